//! Members as the group knows them: a nickname and, if they want, a clean date. There
//! is nowhere to put a surname, phone or e-mail, and "forget" erases a member with
//! everything recorded about them.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::clock::now_utc;
use crate::error::{Error, Result};

const NICKNAME_MAX: usize = 40;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Member {
    pub id: i64,
    pub group_id: Option<i64>,
    pub group_name: Option<String>,
    pub nickname: String,
    pub clean_date: Option<NaiveDate>,
    /// Times the clean date was reset (relapses recorded here).
    pub resets: u32,
    /// The latest occurrence key they checked in at, `YYYY-MM-DDTHH:MM`.
    pub last_seen: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct MemberInput {
    pub nickname: String,
    pub clean_date: Option<NaiveDate>,
    /// Home group; members of no group are shared by every meeting here.
    pub group_id: Option<i64>,
}

impl MemberInput {
    fn validate(&self, today: NaiveDate) -> Result<String> {
        let nick = self
            .nickname
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if nick.is_empty() {
            return Err(Error::invalid(
                crate::error::Code::MemberNicknameEmpty,
                "nickname",
                "give a nickname (a first name or initial is enough)",
            ));
        }
        if nick.chars().count() > NICKNAME_MAX {
            return Err(Error::invalid(
                crate::error::Code::MemberNicknameTooLong,
                "nickname",
                format!("a nickname has at most {NICKNAME_MAX} characters"),
            ));
        }
        if nick.contains('@') || nick.chars().filter(char::is_ascii_digit).count() >= 7 {
            return Err(Error::invalid(
                crate::error::Code::MemberNicknameIdentifying,
                "nickname",
                "a nickname cannot be an e-mail address or phone number",
            ));
        }
        if let Some(d) = self.clean_date {
            if d > today {
                return Err(Error::invalid(
                    crate::error::Code::MemberCleanDateFuture,
                    "clean_date",
                    format!("the clean date {d} is in the future"),
                ));
            }
        }
        Ok(nick)
    }
}

const SELECT: &str = "SELECT m.id, m.group_id, g.name, m.nickname, m.clean_date, \
    (SELECT count(*) FROM clean_date_resets r WHERE r.member_id = m.id), \
    (SELECT max(occurrence) FROM checkins c WHERE c.member_id = m.id) \
    FROM members m LEFT JOIN groups g ON g.id = m.group_id";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Member> {
    let clean: Option<String> = r.get(4)?;
    Ok(Member {
        id: r.get(0)?,
        group_id: r.get(1)?,
        group_name: r.get(2)?,
        nickname: r.get(3)?,
        clean_date: clean.and_then(|s| s.parse().ok()),
        resets: r.get(5)?,
        last_seen: r.get(6)?,
    })
}

fn duplicate(nick: &str) -> Error {
    Error::invalid(
        crate::error::Code::MemberDuplicateNickname,
        "nickname",
        format!("“{nick}” is already a member of this group; add an initial to tell them apart"),
    )
}

fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE)
}

pub fn create(conn: &Connection, input: &MemberInput, today: NaiveDate) -> Result<Member> {
    let nick = input.validate(today)?;
    if let Some(g) = input.group_id {
        crate::program::groups::get(conn, g)?;
    }
    let now = now_utc();
    conn.prepare_cached(
        "INSERT INTO members (group_id, nickname, clean_date, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
    )?
    .execute(params![input.group_id, nick, input.clean_date.map(|d| d.to_string()), now])
    .map_err(|e| if is_unique_violation(&e) { duplicate(&nick) } else { e.into() })?;
    get(conn, conn.last_insert_rowid())
}

/// Changes nickname, group or clean date. A changed clean date here is a correction;
/// a relapse is recorded with [`relapse`] so the award history stays readable.
pub fn update(conn: &Connection, id: i64, input: &MemberInput, today: NaiveDate) -> Result<Member> {
    get(conn, id)?;
    let nick = input.validate(today)?;
    if let Some(g) = input.group_id {
        crate::program::groups::get(conn, g)?;
    }
    conn.execute(
        "UPDATE members SET group_id = ?2, nickname = ?3, clean_date = ?4, updated_at = ?5 WHERE id = ?1",
        params![id, input.group_id, nick, input.clean_date.map(|d| d.to_string()), now_utc()],
    )
    .map_err(|e| if is_unique_violation(&e) { duplicate(&nick) } else { e.into() })?;
    get(conn, id)
}

/// A new clean date after a relapse; the previous one is kept with the awards made
/// under it, and a "welcome back" milestone becomes due.
pub fn relapse(
    conn: &Connection,
    id: i64,
    new_clean_date: NaiveDate,
    today: NaiveDate,
) -> Result<Member> {
    let m = get(conn, id)?;
    if new_clean_date > today {
        return Err(Error::invalid(
            crate::error::Code::MemberCleanDateFuture,
            "clean_date",
            format!("the clean date {new_clean_date} is in the future"),
        ));
    }
    if let Some(old) = m.clean_date {
        if new_clean_date <= old {
            return Err(Error::invalid(
                crate::error::Code::MemberRelapseBeforeCleanDate,
                "clean_date",
                format!("the new clean date must be after the current one ({old})"),
            ));
        }
    }
    conn.execute(
        "INSERT INTO clean_date_resets (member_id, previous_clean_date, new_clean_date, recorded_at) VALUES (?1, ?2, ?3, ?4)",
        params![id, m.clean_date.map(|d| d.to_string()), new_clean_date.to_string(), now_utc()],
    )?;
    conn.execute(
        "UPDATE members SET clean_date = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, new_clean_date.to_string(), now_utc()],
    )?;
    get(conn, id)
}

/// Erases the member, their check-ins, awards and resets, for good.
pub fn forget(conn: &Connection, id: i64) -> Result<()> {
    // Residents and outside attendance cascade from members too.
    let n = conn.execute("DELETE FROM members WHERE id = ?1", [id])?;
    if n == 0 {
        return Err(Error::not_found("member", id));
    }
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<Member> {
    conn.prepare_cached(&format!("{SELECT} WHERE m.id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("member", id))
}

/// Everyone, or the members of one group plus those of no group.
pub fn list(conn: &Connection, group_id: Option<i64>) -> Result<Vec<Member>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE ?1 IS NULL OR m.group_id = ?1 OR m.group_id IS NULL ORDER BY m.nickname COLLATE NOCASE"
    ))?;
    let rows = stmt
        .query_map([group_id], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// What the Members screen asks for: one page of members whose nickname contains the
/// text typed (any case), alphabetically.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MemberQuery {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub offset: u32,
    /// Rows wanted, at most [`MAX_PAGE`].
    #[serde(default = "default_limit")]
    pub limit: u32,
}

fn default_limit() -> u32 {
    100
}

/// The most rows one page holds: a screen's worth, never a whole house or area.
pub const MAX_PAGE: u32 = 500;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MemberPage {
    pub members: Vec<Member>,
    /// How many match in all (the page may hold fewer).
    pub total: u32,
}

/// One page of members matching `q`, counted by the store (the window never holds all).
pub fn page(conn: &Connection, q: &MemberQuery) -> Result<MemberPage> {
    // A nickname holds no LIKE wildcards the person meant as such.
    let needle = format!(
        "%{}%",
        q.text
            .trim()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let filter = "m.nickname LIKE ?1 ESCAPE '\\'";
    let total: u32 = conn
        .prepare_cached(&format!("SELECT count(*) FROM members m WHERE {filter}"))?
        .query_row([&needle], |r| r.get(0))?;
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE {filter} ORDER BY m.nickname COLLATE NOCASE, m.id LIMIT ?2 OFFSET ?3"
    ))?;
    let members = stmt
        .query_map(
            rusqlite::params![needle, q.limit.clamp(1, MAX_PAGE), q.offset],
            from_row,
        )?
        .collect::<rusqlite::Result<_>>()?;
    Ok(MemberPage { members, total })
}

/// A nickname to check in by: just enough for type-ahead.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Name {
    pub id: i64,
    pub nickname: String,
}

/// The nicknames of a group's members and those of no group, alphabetically.
pub fn names(conn: &Connection, group_id: Option<i64>) -> Result<Vec<Name>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, nickname FROM members WHERE ?1 IS NULL OR group_id = ?1 OR group_id IS NULL ORDER BY nickname COLLATE NOCASE",
    )?;
    let rows = stmt
        .query_map([group_id], |r| {
            Ok(Name {
                id: r.get(0)?,
                nickname: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::meetings::tests::store;

    #[test]
    fn members_come_a_page_at_a_time_found_by_any_part_of_the_nickname() {
        let (_dir, store) = store();
        let today = day("2026-11-30");
        store
            .write(|tx| {
                for i in 0..250 {
                    let input = MemberInput {
                        nickname: format!("Member {i:03}"),
                        clean_date: None,
                        group_id: None,
                    };
                    create(tx, &input, today)?;
                }
                create(
                    tx,
                    &MemberInput {
                        nickname: "100%_Sam".into(),
                        clean_date: None,
                        group_id: None,
                    },
                    today,
                )
            })
            .unwrap();
        let q = |text: &str, offset, limit| MemberQuery {
            text: text.into(),
            offset,
            limit,
        };
        let first = page(&store.conn(), &q("", 0, 100)).unwrap();
        assert_eq!((first.members.len(), first.total), (100, 251));
        assert_eq!(first.members[0].nickname, "100%_Sam");
        let last = page(&store.conn(), &q("", 200, 100)).unwrap();
        assert_eq!(last.members.len(), 51);
        assert_eq!(last.members[50].nickname, "Member 249");
        let found = page(&store.conn(), &q("ber 04", 0, 100)).unwrap();
        assert_eq!(found.total, 10, "Member 040 to 049");
        // Wildcards typed are letters, not patterns.
        assert_eq!(page(&store.conn(), &q("%_", 0, 100)).unwrap().total, 1);
        assert_eq!(
            page(&store.conn(), &q("", 0, 100_000))
                .unwrap()
                .members
                .len(),
            251.min(MAX_PAGE as usize)
        );
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn nicknames_are_unique_per_group_whatever_the_case() {
        let (_d, s) = store();
        let today = day("2026-11-23");
        let a = MemberInput {
            nickname: "  Maria  J ".into(),
            ..Default::default()
        };
        let m = s.write(|tx| create(tx, &a, today)).unwrap();
        assert_eq!(m.nickname, "Maria J");
        let again = MemberInput {
            nickname: "maria j".into(),
            ..Default::default()
        };
        let e = s.write(|tx| create(tx, &again, today)).unwrap_err();
        assert_eq!(e.code(), "member.duplicate_nickname");
        for (bad, code) in [
            ("", "member.nickname_empty"),
            ("me@example.org", "member.nickname_identifying"),
            ("555 123 4567", "member.nickname_identifying"),
        ] {
            let e = s
                .write(|tx| {
                    create(
                        tx,
                        &MemberInput {
                            nickname: bad.into(),
                            ..Default::default()
                        },
                        today,
                    )
                })
                .unwrap_err();
            assert_eq!(e.code(), code);
        }
        let future = MemberInput {
            nickname: "Tom".into(),
            clean_date: Some(day("2027-01-01")),
            group_id: None,
        };
        assert_eq!(
            s.write(|tx| create(tx, &future, today)).unwrap_err().code(),
            "member.clean_date_future"
        );
    }

    #[test]
    fn a_relapse_keeps_the_old_clean_date_on_record() {
        let (_d, s) = store();
        let today = day("2026-11-23");
        let m = s
            .write(|tx| {
                create(
                    tx,
                    &MemberInput {
                        nickname: "Sam".into(),
                        clean_date: Some(day("2025-01-10")),
                        group_id: None,
                    },
                    today,
                )
            })
            .unwrap();
        let e = s
            .write(|tx| relapse(tx, m.id, day("2024-12-01"), today))
            .unwrap_err();
        assert_eq!(e.code(), "member.relapse_before_clean_date");
        let m = s
            .write(|tx| relapse(tx, m.id, day("2026-11-01"), today))
            .unwrap();
        assert_eq!((m.clean_date, m.resets), (Some(day("2026-11-01")), 1));
        s.write(|tx| forget(tx, m.id)).unwrap();
        let left: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM clean_date_resets", [], |r| r.get(0))
            .unwrap();
        assert_eq!(left, 0);
    }
}
