//! Verifiable attendance slips. A group that offers verification signs, with its own
//! Ed25519 key (made on first use, kept in the database), a slip listing meeting, date
//! and nickname for a member's check-ins: presence only, nothing else about the person.
//!
//! The signed token (`HG1.<payload>.<signature>`, base64url) is in the slip's QR code
//! and verifies anywhere with the group's public key alone. The short code printed on
//! the slip is a digest of that token: the issuing installation can look it up, and
//! anyone can check a printed code against a scanned token.

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use chrono::NaiveDate;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::clock::now_utc;
use crate::error::{Error, Result};

const PREFIX: &str = "HG1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Entry {
    /// Local start, `YYYY-MM-DDTHH:MM`.
    pub occurrence: String,
    pub meeting: String,
}

/// What a slip says, exactly as signed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Payload {
    /// Key id: the first 8 bytes of SHA-256 of the public key, hex.
    k: String,
    /// Group name.
    g: String,
    /// Nickname.
    n: String,
    /// (occurrence, meeting name) pairs.
    a: Vec<(String, String)>,
    /// Issued on.
    i: NaiveDate,
}

/// A slip just issued and where its PDF was saved.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Issued {
    pub slip: Slip,
    pub path: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Slip {
    pub code: String,
    pub token: String,
    pub group: String,
    pub nickname: String,
    pub entries: Vec<Entry>,
    pub issued: NaiveDate,
    pub key_id: String,
}

pub fn key_id(public: &[u8]) -> String {
    Sha256::digest(public)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// "7K3Q-9XDA-M2PF": 12 characters of Crockford base32 from the token's digest.
pub fn short_code(token: &str) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let digest = Sha256::digest(token.as_bytes());
    let mut bits: u64 = u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"));
    let mut chars = Vec::with_capacity(14);
    for i in 0..12 {
        if i > 0 && i % 4 == 0 {
            chars.push(b'-');
        }
        chars.push(ALPHABET[(bits >> 59) as usize]);
        bits <<= 5;
    }
    String::from_utf8(chars).expect("ASCII")
}

fn normalise_code(s: &str) -> String {
    s.trim()
        .to_ascii_uppercase()
        .replace(['O'], "0")
        .replace(['I', 'L'], "1")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect()
}

/// The group's current signing key, made on first use.
fn signing_key(conn: &Connection, group_id: i64) -> Result<SigningKey> {
    let existing: Option<Vec<u8>> = conn
        .query_row(
            "SELECT secret_key FROM group_keys WHERE group_id = ?1 AND revoked_at IS NULL ORDER BY id DESC LIMIT 1",
            [group_id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(bytes) = existing {
        let bytes: [u8; 32] = bytes.try_into().map_err(|_| {
            Error::invalid(
                crate::error::Code::SlipBadKey,
                "key",
                "the group's stored key is damaged; revoke it to make a new one",
            )
        })?;
        return Ok(SigningKey::from_bytes(&bytes));
    }
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).expect("the operating system's random source is available");
    let key = SigningKey::from_bytes(&seed);
    conn.execute(
        "INSERT INTO group_keys (group_id, public_key, secret_key, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![group_id, key.verifying_key().as_bytes().to_vec(), seed.to_vec(), now_utc()],
    )?;
    Ok(key)
}

/// Signs a slip for `member`'s check-ins at `group`'s meetings from `from` to `to`.
pub fn issue(
    conn: &Connection,
    group_id: i64,
    member_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Result<Slip> {
    let group = crate::program::groups::get(conn, group_id)?;
    if !group.offers_verification {
        return Err(Error::invalid(
            crate::error::Code::SlipNotOffered,
            "group",
            format!(
                "{} does not offer attendance verification (a group decides this in its settings)",
                group.name
            ),
        ));
    }
    if to < from {
        return Err(Error::invalid(
            crate::error::Code::SlipInvalidRange,
            "to",
            "the end date is before the start date",
        ));
    }
    let member = crate::night::members::get(conn, member_id)?;
    let entries: Vec<(String, String)> = conn
        .prepare_cached(
            "SELECT c.occurrence, m.name FROM checkins c JOIN meetings m ON m.id = c.meeting_id \
             WHERE c.member_id = ?1 AND m.group_id = ?2 AND c.occurrence >= ?3 AND c.occurrence < ?4 ORDER BY c.occurrence",
        )?
        .query_map(
            params![member_id, group_id, from.to_string(), (to + chrono::Duration::days(1)).to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?
        .collect::<rusqlite::Result<_>>()?;
    if entries.is_empty() {
        return Err(Error::invalid(
            crate::error::Code::SlipNoAttendance,
            "from",
            format!(
                "{} has no check-in at {}'s meetings from {from} to {to}",
                member.nickname, group.name
            ),
        ));
    }
    let key = signing_key(conn, group_id)?;
    let payload = Payload {
        k: key_id(key.verifying_key().as_bytes()),
        g: group.name.clone(),
        n: member.nickname.clone(),
        a: entries,
        i: today,
    };
    let body = B64.encode(serde_json::to_vec(&payload).expect("a payload serialises"));
    let signature = key.sign(body.as_bytes());
    let token = format!("{PREFIX}.{body}.{}", B64.encode(signature.to_bytes()));
    let code = short_code(&token);
    conn.execute(
        "INSERT OR REPLACE INTO slips (code, token, member_id, group_id, issued_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![normalise_code(&code), token, member_id, group_id, now_utc()],
    )?;
    Ok(Slip {
        code,
        token,
        group: payload.g,
        nickname: payload.n,
        entries: payload
            .a
            .into_iter()
            .map(|(occurrence, meeting)| Entry {
                occurrence,
                meeting,
            })
            .collect(),
        issued: today,
        key_id: payload.k,
    })
}

struct KnownKey {
    public: Vec<u8>,
    revoked: Option<String>,
    /// This installation's own group (its check-ins can be consulted).
    own_group: Option<i64>,
}

fn find_key(conn: &Connection, id: &str) -> Result<Option<KnownKey>> {
    let mut keys: Vec<KnownKey> = conn
        .prepare("SELECT public_key, revoked_at, group_id FROM group_keys")?
        .query_map([], |r| {
            Ok(KnownKey {
                public: r.get(0)?,
                revoked: r.get(1)?,
                own_group: Some(r.get(2)?),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    keys.extend(
        conn.prepare("SELECT public_key, revoked_at FROM trusted_keys")?
            .query_map([], |r| {
                Ok(KnownKey {
                    public: r.get(0)?,
                    revoked: r.get(1)?,
                    own_group: None,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?,
    );
    Ok(keys.into_iter().find(|k| key_id(&k.public) == id))
}

fn refused(code: crate::error::Code, message: impl Into<String>) -> Error {
    Error::invalid(code, "slip", message)
}

/// Checks a slip by its token (from the QR code) or its short code (slips issued
/// here). The error says exactly why a slip fails.
pub fn verify(conn: &Connection, text: &str) -> Result<Slip> {
    let text = text.trim();
    let token = if text.starts_with(&format!("{PREFIX}.")) {
        text.to_owned()
    } else {
        let code = normalise_code(text);
        if code.len() != 12 {
            return Err(refused(
                crate::error::Code::SlipMalformed,
                "this is neither a slip code (12 letters and digits) nor the text of a slip's QR code",
            ));
        }
        conn.query_row("SELECT token FROM slips WHERE code = ?1", [&code], |r| r.get::<_, String>(0))
            .optional()?
            .ok_or_else(|| {
                refused(
                    crate::error::Code::SlipUnknownCode,
                    "no slip with this code was issued here; scan the slip's QR code to check it with the group's public key",
                )
            })?
    };
    let parts: Vec<&str> = token.split('.').collect();
    let [_, body, sig] = parts[..] else {
        return Err(refused(
            crate::error::Code::SlipMalformed,
            "the slip's text is incomplete",
        ));
    };
    let payload: Payload = B64
        .decode(body)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .ok_or_else(|| {
            refused(
                crate::error::Code::SlipMalformed,
                "the slip's text is damaged",
            )
        })?;
    let signature = B64
        .decode(sig)
        .ok()
        .and_then(|b| Signature::from_slice(&b).ok())
        .ok_or_else(|| {
            refused(
                crate::error::Code::SlipMalformed,
                "the slip's signature is damaged",
            )
        })?;
    let key = find_key(conn, &payload.k)?.ok_or_else(|| {
        refused(
            crate::error::Code::SlipUnknownKey,
            format!("the slip is signed by a key this computer does not know ({}): import {}'s public key first", payload.k, payload.g),
        )
    })?;
    let public: [u8; 32] = key.public.clone().try_into().map_err(|_| {
        refused(
            crate::error::Code::SlipUnknownKey,
            "the stored key is damaged",
        )
    })?;
    let public = VerifyingKey::from_bytes(&public).map_err(|_| {
        refused(
            crate::error::Code::SlipUnknownKey,
            "the stored key is damaged",
        )
    })?;
    if public.verify(body.as_bytes(), &signature).is_err() {
        return Err(refused(
            crate::error::Code::SlipTampered,
            "the slip has been altered since it was signed: its signature does not match",
        ));
    }
    if let Some(when) = key.revoked {
        return Err(refused(
            crate::error::Code::SlipRevoked,
            format!(
                "{} revoked the key that signed this slip on {}; ask the group for a new slip",
                payload.g,
                &when[..10.min(when.len())]
            ),
        ));
    }
    if let Some(group_id) = key.own_group {
        // Here the check-ins themselves can be consulted.
        for (occurrence, meeting) in &payload.a {
            let present: bool = conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM checkins c JOIN meetings m ON m.id = c.meeting_id JOIN members mb ON mb.id = c.member_id \
                 WHERE m.group_id = ?1 AND c.occurrence = ?2 AND mb.nickname = ?3)",
                params![group_id, occurrence, payload.n],
                |r| r.get(0),
            )?;
            if !present {
                return Err(refused(
                    crate::error::Code::SlipNoCheckin,
                    format!(
                        "{} has no check-in at {meeting} on {}",
                        payload.n,
                        occurrence.replace('T', " ")
                    ),
                ));
            }
        }
    }
    Ok(Slip {
        code: short_code(&token),
        token,
        group: payload.g,
        nickname: payload.n,
        entries: payload
            .a
            .into_iter()
            .map(|(occurrence, meeting)| Entry {
                occurrence,
                meeting,
            })
            .collect(),
        issued: payload.i,
        key_id: payload.k,
    })
}

/// Stops trusting the group's current key: slips it signed fail from now on, and the
/// next slip is signed with a new key.
pub fn revoke(conn: &Connection, group_id: i64) -> Result<()> {
    crate::program::groups::get(conn, group_id)?;
    let n = conn.execute(
        "UPDATE group_keys SET revoked_at = ?2 WHERE group_id = ?1 AND revoked_at IS NULL",
        params![group_id, now_utc()],
    )?;
    if n == 0 {
        return Err(Error::invalid(
            crate::error::Code::SlipNoKey,
            "group",
            "the group has no key yet (one is made with its first slip)",
        ));
    }
    Ok(())
}

/// The group's public keys and how to verify its slips: all a house or court needs,
/// and nothing about anyone.
pub fn export_public(conn: &Connection, group_id: i64) -> Result<String> {
    let group = crate::program::groups::get(conn, group_id)?;
    signing_key(conn, group_id)?;
    let mut out = format!(
        "Homegroup attendance verification: {name}\n\n\
         Slips from {name} list meeting, date and nickname, and confirm presence only.\n\
         To check one: in Homegroup (Houses > Verify a slip) or with `homegroup verify`, after\n\
         importing this file once (`homegroup keys trust FILE`). Scan the slip's QR code or\n\
         paste its text; a slip that was altered, or signed with a revoked key, is refused.\n\n",
        name = group.name
    );
    let keys: Vec<(Vec<u8>, String, Option<String>)> = conn
        .prepare("SELECT public_key, created_at, revoked_at FROM group_keys WHERE group_id = ?1 ORDER BY id")?
        .query_map([group_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (public, created, revoked) in keys {
        out.push_str(&format!(
            "HOMEGROUP-KEY {} {} {}{}\n",
            B64.encode(&public),
            key_id(&public),
            &created[..10],
            revoked
                .map(|r| format!(" revoked {}", &r[..10]))
                .unwrap_or_default()
        ));
    }
    out.push_str(&format!("HOMEGROUP-GROUP {}\n", group.name));
    Ok(out)
}

/// Trusts the keys in an export file from another group (and learns of revocations).
/// Returns how many keys were added or updated.
pub fn trust(conn: &Connection, text: &str) -> Result<u32> {
    let label = text
        .lines()
        .find_map(|l| l.strip_prefix("HOMEGROUP-GROUP "))
        .unwrap_or("")
        .trim()
        .to_owned();
    let mut n = 0;
    for line in text.lines().filter(|l| l.starts_with("HOMEGROUP-KEY ")) {
        let parts: Vec<&str> = line.split_whitespace().collect();
        let public = parts
            .get(1)
            .and_then(|k| B64.decode(k).ok())
            .filter(|k| {
                k.len() == 32
                    && VerifyingKey::from_bytes(k[..].try_into().expect("32 bytes")).is_ok()
            })
            .ok_or_else(|| {
                Error::invalid(
                    crate::error::Code::KeysMalformed,
                    "file",
                    format!("this key line is damaged: {line}"),
                )
            })?;
        let revoked = parts
            .iter()
            .position(|p| *p == "revoked")
            .and_then(|i| parts.get(i + 1))
            .map(|d| d.to_string());
        conn.execute(
            "INSERT INTO trusted_keys (public_key, label, revoked_at, added_at) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (public_key) DO UPDATE SET label = excluded.label, revoked_at = coalesce(excluded.revoked_at, revoked_at)",
            params![public, label, revoked, now_utc()],
        )?;
        n += 1;
    }
    if n == 0 {
        return Err(Error::invalid(
            crate::error::Code::KeysNone,
            "file",
            "this is not a Homegroup verification file: it holds no HOMEGROUP-KEY line",
        ));
    }
    Ok(n)
}

/// The slip as a printable page in `lang`:
/// meetings and dates, the nickname, the code, the QR.
pub fn pdf(slip: &Slip, lang: crate::i18n::Lang) -> Result<Vec<u8>> {
    use crate::i18n::{self, Arg};
    use crate::pdf::Block;
    let say = |id: &str, args: &[(&str, Arg)]| i18n::message(lang, id, args);
    let mut blocks = vec![
        Block::Title(say("slip-title", &[])),
        Block::Text(say(
            "slip-attended",
            &[
                ("nickname", (&slip.nickname).into()),
                ("group", (&slip.group).into()),
            ],
        )),
        Block::Gap(4.0),
    ];
    for e in &slip.entries {
        // "2026-11-24T19:00": the meeting's own wall-clock date and time.
        let when = chrono::NaiveDateTime::parse_from_str(&e.occurrence, "%Y-%m-%dT%H:%M")
            .map(|t| {
                format!(
                    "{} {}",
                    i18n::date(lang, t.date()),
                    i18n::time(lang, t.time())
                )
            })
            .unwrap_or_else(|_| e.occurrence.replace('T', " "));
        blocks.push(Block::Item(format!("{when}  {}", e.meeting)));
    }
    blocks.extend([
        Block::Gap(10.0),
        Block::Strong(say("slip-code", &[("code", (&slip.code).into())])),
        Block::Small(say(
            "slip-signed",
            &[
                ("group", (&slip.group).into()),
                ("date", i18n::date(lang, slip.issued).into()),
                ("key", (&slip.key_id).into()),
            ],
        )),
        Block::Qr {
            data: slip.token.clone(),
            size: 200.0,
        },
        Block::Small(say("slip-scan", &[])),
    ]);
    crate::pdf::render(&blocks, lang.rtl())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::meetings::tests::store;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A group offering verification, its Tuesday meeting, and Kim checked in twice.
    fn setup(s: &crate::Store) -> (i64, i64, i64) {
        let today = day("2026-11-24");
        let g = s
            .write(|tx| {
                crate::program::groups::create(
                    tx,
                    &crate::program::groups::GroupInput {
                        fellowship: crate::program::fellowship::Fellowship::Na,
                        name: "Hope Group".into(),
                        offers_verification: true,
                        contact: String::new(),
                    },
                )
            })
            .unwrap()
            .id;
        let mut input = crate::program::meetings::tests::tuesday_night();
        input.group_id = Some(g);
        input.schedule.start_date = day("2026-11-03");
        let m = s
            .write(|tx| crate::program::meetings::create(tx, &input))
            .unwrap()
            .id;
        let kim = s
            .write(|tx| {
                crate::night::members::create(
                    tx,
                    &crate::night::members::MemberInput {
                        nickname: "Kim".into(),
                        ..Default::default()
                    },
                    today,
                )
            })
            .unwrap()
            .id;
        for k in ["2026-11-10T19:00", "2026-11-17T19:00"] {
            s.write(|tx| crate::night::attendance::check_in(tx, m, k, kim, today))
                .unwrap();
        }
        (g, m, kim)
    }

    /// Kim's slip for November, issued on the 24th.
    fn november(s: &crate::Store, g: i64, kim: i64) -> Slip {
        s.write(|tx| {
            issue(
                tx,
                g,
                kim,
                day("2026-11-01"),
                day("2026-11-30"),
                day("2026-11-24"),
            )
        })
        .unwrap()
    }

    #[test]
    fn a_slip_prints_in_the_persons_language() {
        let (_d, s) = store();
        let (g, _, kim) = setup(&s);
        let slip = november(&s, g, kim);
        let text = |tag: &str| {
            crate::pdf::text_of(&pdf(&slip, crate::i18n::Lang::parse(tag).unwrap()).unwrap())
        };
        let es = text("es");
        assert!(es.contains("Asistencia a reuniones"), "{es}");
        assert!(
            es.contains("Kim asistió, según registra Hope Group"),
            "{es}"
        );
        assert!(es.contains("17 nov 2026 19:00"), "{es}");
        let pt = text("pt-BR");
        assert!(pt.contains("Presença em reuniões"), "{pt}");
        assert!(pt.contains("Código do comprovante"), "{pt}");
        // Persian, right to left, in the embedded Arabic-script font.
        let fa = text("fa");
        assert!(fa.contains("حضور در جلسه"), "{fa}");
        assert!(fa.contains("Kim") && fa.contains("Hope Group"), "{fa}");
    }

    #[test]
    fn a_slip_verifies_by_token_and_by_code_and_lists_only_presence() {
        let (_d, s) = store();
        let (g, _, kim) = setup(&s);
        let slip = november(&s, g, kim);
        assert_eq!(slip.entries.len(), 2);
        assert_eq!(slip.code.len(), 14);
        let by_token = verify(&s.conn(), &slip.token).unwrap();
        assert_eq!(
            (by_token.nickname.as_str(), by_token.entries.len()),
            ("Kim", 2)
        );
        let by_code = verify(&s.conn(), &slip.code.to_lowercase().replace('-', " ")).unwrap();
        assert_eq!(by_code.token, slip.token);
        assert!(pdf(&slip, crate::i18n::Lang::EN)
            .unwrap()
            .starts_with(b"%PDF-"));
        let e = s
            .write(|tx| {
                issue(
                    tx,
                    g,
                    kim,
                    day("2026-10-01"),
                    day("2026-10-31"),
                    day("2026-11-24"),
                )
            })
            .unwrap_err();
        assert_eq!(e.code(), "slip.no_attendance");
    }

    #[test]
    fn tampering_a_missing_checkin_and_revocation_each_fail_with_their_reason() {
        let (_d, s) = store();
        let (g, m, kim) = setup(&s);
        let slip = november(&s, g, kim);
        // Add a date to the payload: the signature no longer matches.
        let parts: Vec<&str> = slip.token.split('.').collect();
        let mut payload: Payload = serde_json::from_slice(&B64.decode(parts[1]).unwrap()).unwrap();
        payload
            .a
            .push(("2026-11-24T19:00".into(), "Tuesday Night".into()));
        let forged = format!(
            "HG1.{}.{}",
            B64.encode(serde_json::to_vec(&payload).unwrap()),
            parts[2]
        );
        assert_eq!(
            verify(&s.conn(), &forged).unwrap_err().code(),
            "slip.tampered"
        );
        assert_eq!(
            verify(&s.conn(), "HG1.abc").unwrap_err().code(),
            "slip.malformed"
        );
        assert_eq!(
            verify(&s.conn(), "ZZZZ-ZZZZ-ZZZZ").unwrap_err().code(),
            "slip.unknown_code"
        );

        // A check-in undone after the slip was signed.
        s.write(|tx| crate::night::attendance::undo_check_in(tx, m, "2026-11-17T19:00", kim))
            .unwrap();
        let e = verify(&s.conn(), &slip.token).unwrap_err();
        assert_eq!(e.code(), "slip.no_checkin");
        assert!(e.to_string().contains("2026-11-17 19:00"), "{e}");

        // Revoked: old slips fail; a new slip gets a new key and verifies.
        s.write(|tx| revoke(tx, g)).unwrap();
        assert_eq!(
            verify(&s.conn(), &slip.token).unwrap_err().code(),
            "slip.revoked"
        );
        let fresh = november(&s, g, kim);
        assert_ne!(fresh.key_id, slip.key_id);
        assert!(verify(&s.conn(), &fresh.token).is_ok());
    }

    #[test]
    fn another_installation_verifies_with_the_exported_public_key_only() {
        let (_d, group_side) = store();
        let (g, _, kim) = setup(&group_side);
        let slip = group_side
            .write(|tx| {
                issue(
                    tx,
                    g,
                    kim,
                    day("2026-11-01"),
                    day("2026-11-30"),
                    day("2026-11-24"),
                )
            })
            .unwrap();
        let export = group_side.write(|tx| export_public(tx, g)).unwrap();
        assert!(!export.contains("Kim"));
        assert!(!export.contains("secret"));

        let (_d2, house) = store();
        assert_eq!(
            verify(&house.conn(), &slip.token).unwrap_err().code(),
            "slip.unknown_key"
        );
        assert_eq!(house.write(|tx| trust(tx, &export)).unwrap(), 1);
        assert_eq!(verify(&house.conn(), &slip.token).unwrap().nickname, "Kim");
        // The group revokes and re-exports; the house learns of it.
        group_side.write(|tx| revoke(tx, g)).unwrap();
        let again = group_side.write(|tx| export_public(tx, g)).unwrap();
        house.write(|tx| trust(tx, &again)).unwrap();
        assert_eq!(
            verify(&house.conn(), &slip.token).unwrap_err().code(),
            "slip.revoked"
        );
        assert_eq!(
            house.write(|tx| trust(tx, "hello")).unwrap_err().code(),
            "keys.none"
        );
    }
}
