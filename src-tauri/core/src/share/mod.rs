//! Several trusted servants keeping one program through a CalDAV calendar they already
//! have (Nextcloud, Radicale, Xandikos, Baïkal…): no server of our own.
//!
//! Each meeting is one resource ([`resource`]); what of it is shared is a set of named
//! text fields ([`fields`]), so a sync is: ask the server what changed since last time
//! ([`caldav`]: RFC 6578 `sync-collection`, else every ETag), fetch those, **merge each
//! field three ways** ([`merge`]) against the version both sides last agreed on (kept
//! per meeting in `share_items.base`), then upload what changed here with `If-Match` /
//! `If-None-Match: *`. A write the server refuses because someone else wrote first (412)
//! is fetched and merged, then tried again.
//!
//! Never lost: a field both sides changed differently is a **conflict** a person
//! resolves (both values kept; the server keeps its value and this installation its
//! own until then, and the meeting is not uploaded meanwhile); a meeting deleted on one
//! side and edited on the other keeps the edit, and the report says so.
//!
//! Crash-safe: every change from the server is applied to one meeting in one
//! transaction together with its new base and ETag; an upload is recorded only after
//! the server took it. Killed in between, the next sync sees the server's version of
//! a meeting it uploaded, merges it (both sides changed the same way: no conflict)
//! and carries on. The sync token is saved only when everything it listed was applied.

mod caldav;
pub mod fields;
pub mod merge;
pub mod resource;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::clock::now_utc;
use crate::error::{Code, Error, ErrorPayload, Result};
use crate::program::fellowship::Fellowship;
use crate::program::meetings;
use crate::publish::dav::{self, Remote};
use crate::store::Store;
use caldav::{Server, Written};
use fields::Fields;

/// A shared calendar this installation keeps in step with.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Link {
    pub id: i64,
    pub url: String,
    pub username: String,
    /// Whether a password is kept (it never leaves the core).
    pub has_password: bool,
    /// Only this group's meetings are shared (`None`: the whole program).
    pub group_id: Option<i64>,
    pub group_name: Option<String>,
    pub last_ok_at: Option<String>,
    /// The code of the last failure (the window translates it) and its detail.
    pub last_error: Option<ErrorPayload>,
    /// Fields waiting for a person to choose between two values.
    pub conflicts: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct LinkInput {
    /// The CalDAV calendar collection's address.
    pub url: String,
    pub username: String,
    /// Empty keeps the one stored.
    pub password: String,
    /// A command that prints the password (`pass show area/dav`), kept instead of it:
    /// for a computer whose keyring does not answer. Empty or absent: none.
    #[ts(optional)]
    pub password_command: Option<String>,
    pub group_id: Option<i64>,
}

impl LinkInput {
    /// What was given for the password.
    pub fn given(&self) -> crate::secrets::Given<'_> {
        crate::secrets::given(&self.password, self.password_command.as_deref())
    }
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct SyncReport {
    pub link_id: i64,
    pub url: String,
    /// Meetings made, changed and deleted here from the server's changes.
    pub created: u32,
    pub updated: u32,
    pub deleted: u32,
    /// Meetings uploaded (new or changed) and deleted on the server.
    pub uploaded: u32,
    pub removed: u32,
    /// Conflicts open after this sync (new and older ones).
    pub conflicts: u32,
    /// Deleted on one side, edited on the other: the edit was kept. By meeting name.
    pub kept_edits: Vec<String>,
    /// Meetings that came from the shared calendar without a place or link (another
    /// calendar app's plain event): brought in, their place to be confirmed. By name.
    pub to_confirm: Vec<String>,
    /// Resources on the server that are not meetings Homegroup can read, and meetings
    /// that could not go up, and why.
    pub warnings: Vec<SyncWarning>,
    /// HTTP requests made.
    pub requests: u32,
}

/// One thing a sync could not take or send, as data: which resource (and meeting, when
/// its name could be read) and the error's code, so each person reads it in their own
/// language (the CLI printed the core's English sentence on every screen).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SyncWarning {
    /// The resource on the server, when it is about one.
    pub href: String,
    /// The meeting's name, when it could be read.
    pub name: String,
    pub code: Code,
    /// The core's own sentence, which names the field or the server (English).
    pub message: String,
}

impl SyncWarning {
    fn of(href: &str, name: &str, e: &Error) -> SyncWarning {
        SyncWarning {
            href: href.to_owned(),
            name: name.to_owned(),
            code: e.kind(),
            message: e.to_string(),
        }
    }

    /// In `lang`: the catalog's sentence for its code, after the meeting or resource it
    /// is about; English keeps the core's sentence, which says more.
    pub fn words(&self, lang: crate::i18n::Lang) -> String {
        let id = crate::error::message_id(self.code);
        let said = if lang == crate::i18n::Lang::EN || !crate::i18n::has(lang, &id) {
            self.message.clone()
        } else {
            crate::i18n::message(lang, &id, &[])
        };
        match (self.name.as_str(), self.href.as_str()) {
            ("", "") => said,
            ("", href) => format!("{href}: {said}"),
            (name, _) => format!("{name}: {said}"),
        }
    }
}

/// A field both sides changed differently.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct OpenConflict {
    pub id: i64,
    pub link_id: i64,
    pub uid: String,
    /// The meeting's name when the conflict was found.
    pub meeting: String,
    /// The shared field's name (`room`, `start_time`, `date:2026-12-24T19:00`…).
    pub field: String,
    pub base: Option<String>,
    /// This installation's value.
    pub mine: Option<String>,
    /// The shared calendar's value.
    pub theirs: Option<String>,
    pub found_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Keep {
    Mine,
    Theirs,
}

impl Keep {
    pub fn parse(s: &str) -> Option<Keep> {
        match s {
            "mine" => Some(Keep::Mine),
            "theirs" => Some(Keep::Theirs),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Options {
    pub timeout: Duration,
    /// A password for this run only, instead of the one kept.
    pub password: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            timeout: Duration::from_secs(30),
            password: None,
        }
    }
}

const LINK_COLUMNS: &str = "l.id, l.url, l.username, l.password_in NOT IN ('', 'each_run'), l.group_id, g.name, l.last_ok_at, \
     l.last_error_code, l.last_error, (SELECT COUNT(*) FROM share_conflicts c WHERE c.link_id = l.id)";

fn link_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Link> {
    let code: Option<String> = r.get(7)?;
    let detail: String = r.get(8)?;
    Ok(Link {
        id: r.get(0)?,
        url: r.get(1)?,
        username: r.get(2)?,
        has_password: r.get(3)?,
        group_id: r.get(4)?,
        group_name: r.get(5)?,
        last_ok_at: r.get(6)?,
        last_error: code.and_then(|c| Code::parse(&c)).map(|code| ErrorPayload {
            code,
            message: detail,
            field: None,
        }),
        conflicts: r.get(9)?,
    })
}

pub fn links(conn: &Connection) -> Result<Vec<Link>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {LINK_COLUMNS} FROM share_links l LEFT JOIN groups g ON g.id = l.group_id ORDER BY l.id"
    ))?;
    let rows = stmt
        .query_map([], link_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn get_link(conn: &Connection, id: i64) -> Result<Link> {
    conn.query_row(
        &format!("SELECT {LINK_COLUMNS} FROM share_links l LEFT JOIN groups g ON g.id = l.group_id WHERE l.id = ?1"),
        [id],
        link_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("shared calendar", id))
}

/// The keyring's name for a link's login.
pub(crate) fn account(url: &str, user: &str) -> String {
    format!("shared calendar {url} {user}")
}

/// Links this installation to a shared calendar (or updates the link to the same
/// address). The password goes to the system keyring, or into the database when the
/// database is encrypted ([`crate::secrets`]); an empty one keeps what is kept. Nothing
/// is sent until the first sync.
pub fn link(store: &Store, input: &LinkInput) -> Result<Link> {
    link_keeping(store, input, input.given())
}

/// [`link`], keeping `given` for the password (the CLI keeps nothing, [`Given::EachRun`],
/// where no keyring answers).
///
/// [`Given::EachRun`]: crate::secrets::Given::EachRun
pub fn link_keeping(
    store: &Store,
    input: &LinkInput,
    given: crate::secrets::Given<'_>,
) -> Result<Link> {
    let url = crate::publish::collection_url(&input.url)?;
    let user = input.username.trim();
    let kept = crate::secrets::keep(store.encrypted(), &account(&url, user), given)?;
    let (password_in, password) = kept.as_ref().map(|k| k.columns()).unwrap_or(("", ""));
    store.write(|conn| {
        if let Some(g) = input.group_id {
            crate::program::groups::get(conn, g)?;
        }
        conn.execute(
            "INSERT INTO share_links (url, username, password, password_in, group_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
             ON CONFLICT (url) DO UPDATE SET username = excluded.username, group_id = excluded.group_id, synced_version = -1, \
             password = CASE WHEN ?7 THEN excluded.password ELSE password END, \
             password_in = CASE WHEN ?7 THEN excluded.password_in ELSE password_in END",
            params![url, user, password, password_in, input.group_id, now_utc(), kept.is_some()],
        )?;
        let id: i64 =
            conn.query_row("SELECT id FROM share_links WHERE url = ?1", [&url], |r| r.get(0))?;
        get_link(conn, id)
    })
}

/// Joins a shared calendar from the window: links it and syncs at once. A new link is
/// kept only when that first sync works; when it fails, the link (and any password
/// kept for it) goes again and the error says why, so a mistyped address or password
/// leaves no half-made link behind "with 3,306 changes to send".
pub async fn join(store: &Store, input: &LinkInput, options: &Options) -> Result<SyncReport> {
    let url = crate::publish::collection_url(&input.url)?;
    let existed = store.read(|c| {
        Ok(
            c.query_row("SELECT id FROM share_links WHERE url = ?1", [&url], |r| {
                r.get::<_, i64>(0)
            })
            .optional()?,
        )
    })?;
    let link = link(store, input)?;
    match sync(store, link.id, options).await {
        Ok(report) => Ok(report),
        Err(e) => {
            if existed.is_none() {
                unlink(store, link.id)?;
            }
            Err(e)
        }
    }
}

/// Stops sharing through this calendar: the meetings stay here and there.
pub fn unlink(store: &Store, id: i64) -> Result<()> {
    let link = store.read(|c| get_link(c, id))?;
    store.write(|conn| {
        conn.execute("DELETE FROM share_links WHERE id = ?1", [id])?;
        Ok(())
    })?;
    crate::secrets::forget(&account(&link.url, &link.username)).or_else(|e| {
        // No keyring at all: nothing was kept there.
        if e.kind() == Code::SecretsNoKeyring {
            Ok(())
        } else {
            Err(e)
        }
    })
}

pub fn conflicts(conn: &Connection) -> Result<Vec<OpenConflict>> {
    let mut stmt = conn.prepare(
        "SELECT id, link_id, uid, name, field, base, mine, theirs, found_at FROM share_conflicts ORDER BY id",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(OpenConflict {
                id: r.get(0)?,
                link_id: r.get(1)?,
                uid: r.get(2)?,
                meeting: r.get(3)?,
                field: r.get(4)?,
                base: r.get(5)?,
                mine: r.get(6)?,
                theirs: r.get(7)?,
                found_at: r.get(8)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Settles a conflict. `Mine` keeps this installation's value (the next sync uploads
/// it); `Theirs` takes the shared calendar's value here.
pub fn resolve(conn: &Connection, id: i64, keep: Keep) -> Result<()> {
    let c = conflicts(conn)?
        .into_iter()
        .find(|c| c.id == id)
        .ok_or_else(|| Error::not_found("conflict", id))?;
    if keep == Keep::Theirs {
        if let Some(mid) = meetings::find_by_uid(conn, &c.uid)? {
            let m = meetings::get(conn, mid)?;
            let mut s = fields::of_meeting(conn, &m)?;
            fields::set(&mut s, &c.field, c.theirs.as_deref().unwrap_or(""))?;
            fields::write(conn, Some(mid), &c.uid, &s, std::slice::from_ref(&c.field))?;
        }
    }
    conn.execute("DELETE FROM share_conflicts WHERE id = ?1", [id])?;
    // The meeting may go up now, though nothing in the program moved: look next time.
    conn.execute(
        "UPDATE share_links SET synced_version = -1 WHERE id = ?1",
        [c.link_id],
    )?;
    Ok(())
}

struct Item {
    uid: String,
    href: String,
    etag: String,
    base: Fields,
    /// Uploads whose reply never came back (see `share_items.sent`), oldest first.
    sent: Vec<Fields>,
}

fn item_of(
    (uid, href, etag, base, sent): (String, String, String, String, Option<String>),
) -> Item {
    Item {
        uid,
        href,
        etag,
        base: serde_json::from_str(&base).unwrap_or_default(),
        sent: sent
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default(),
    }
}

type ItemRow = (String, String, String, String, Option<String>);

fn item_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ItemRow> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

fn items(conn: &Connection, link_id: i64) -> Result<Vec<Item>> {
    let mut stmt = conn
        .prepare_cached("SELECT uid, href, etag, base, sent FROM share_items WHERE link_id = ?1")?;
    let rows = stmt
        .query_map([link_id], item_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows.into_iter().map(item_of).collect())
}

fn item_by(conn: &Connection, link_id: i64, column: &str, value: &str) -> Result<Option<Item>> {
    Ok(conn
        .query_row(
            &format!(
                "SELECT uid, href, etag, base, sent FROM share_items WHERE link_id = ?1 AND {column} = ?2"
            ),
            params![link_id, value],
            item_row,
        )
        .optional()?
        .map(item_of))
}

/// Notes an upload about to be sent, before it is sent. Earlier ones whose replies were
/// lost are kept beside it (a few): the server may hold any of them.
fn mark_sent(
    conn: &Connection,
    link_id: i64,
    uid: &str,
    href: &str,
    fields: &Fields,
) -> Result<()> {
    const KEPT: usize = 4;
    let mut sent = item_by(conn, link_id, "uid", uid)?
        .map(|i| i.sent)
        .unwrap_or_default();
    if !sent.contains(fields) {
        sent.push(fields.clone());
    }
    if sent.len() > KEPT {
        sent.drain(..sent.len() - KEPT);
    }
    let sent = serde_json::to_string(&sent).expect("fields serialise");
    conn.execute(
        "DELETE FROM share_items WHERE link_id = ?1 AND href = ?2 AND uid != ?3",
        params![link_id, href, uid],
    )?;
    // A new meeting's row has no ETag yet: it is still created with If-None-Match.
    conn.execute(
        "INSERT INTO share_items (link_id, uid, href, etag, base, sent) VALUES (?1, ?2, ?3, '', '{}', ?4) \
         ON CONFLICT (link_id, uid) DO UPDATE SET sent = excluded.sent",
        params![link_id, uid, href, sent],
    )?;
    Ok(())
}

fn save_item(
    conn: &Connection,
    link_id: i64,
    uid: &str,
    href: &str,
    etag: &str,
    base: &Fields,
) -> Result<()> {
    // A UID that moved to another href (or an href reused for another UID) is one row.
    conn.execute(
        "DELETE FROM share_items WHERE link_id = ?1 AND href = ?2 AND uid != ?3",
        params![link_id, href, uid],
    )?;
    conn.execute(
        "INSERT INTO share_items (link_id, uid, href, etag, base, sent) VALUES (?1, ?2, ?3, ?4, ?5, NULL) \
         ON CONFLICT (link_id, uid) DO UPDATE SET href = excluded.href, etag = excluded.etag, base = excluded.base, sent = NULL",
        params![link_id, uid, href, etag, serde_json::to_string(base).expect("fields serialise")],
    )?;
    Ok(())
}

fn open_conflicts(conn: &Connection, link_id: i64, uid: &str) -> Result<HashSet<String>> {
    let mut stmt =
        conn.prepare_cached("SELECT field FROM share_conflicts WHERE link_id = ?1 AND uid = ?2")?;
    let rows = stmt
        .query_map(params![link_id, uid], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The meetings this link shares.
fn in_scope(conn: &Connection, link: &Link) -> Result<Vec<meetings::Meeting>> {
    let all = meetings::list(conn)?;
    Ok(match link.group_id {
        Some(g) => all.into_iter().filter(|m| m.group_id == Some(g)).collect(),
        None => all,
    })
}

/// The name a new meeting's resource gets: its UID where that is a safe file name.
fn resource_name(uid: &str) -> String {
    if !uid.is_empty()
        && uid.len() <= 120
        && uid
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
    {
        format!("{uid}.ics")
    } else {
        // '@' and the rest are escaped differently by different servers; a hash is not.
        format!("{}.ics", &crate::import::hash_of(uid))
    }
}

/// A meeting made here from the server's fields alone, under its UID.
fn create_from(
    conn: &Connection,
    uid: &str,
    theirs: &Fields,
    report: &mut SyncReport,
) -> Result<()> {
    let s = fields::from_fields(theirs)?;
    let all: Vec<String> = theirs.keys().cloned().collect();
    let id = fields::write(conn, None, uid, &s, &all)?;
    report.created += 1;
    note_place(conn, id, report)
}

/// Names in the report a meeting that came without a place or link.
fn note_place(conn: &Connection, id: i64, report: &mut SyncReport) -> Result<()> {
    let m = meetings::get(conn, id)?;
    if m.place_to_confirm && !report.to_confirm.contains(&m.name) {
        report.to_confirm.push(m.name);
    }
    Ok(())
}

/// Applies the server's version of one resource: a new meeting, a merge into ours, or
/// (ours deleted) the edit kept.
fn apply_remote(
    conn: &Connection,
    link: &Link,
    href: &str,
    etag: &str,
    uid: &str,
    theirs: &Fields,
    report: &mut SyncReport,
) -> Result<()> {
    let item = item_by(conn, link.id, "uid", uid)?;
    let local = meetings::find_by_uid(conn, uid)?;
    let name = theirs.get("name").cloned().unwrap_or_default();
    match (item, local) {
        (None, None) => {
            create_from(conn, uid, theirs, report)?;
        }
        (Some(item), None) if item.base.is_empty() => {
            // Only our own first upload was noted, and the meeting is gone here: theirs.
            create_from(conn, uid, theirs, report)?;
        }
        (Some(item), None) => {
            if item.base != *theirs {
                // Deleted here, edited there: the edit wins and comes back.
                create_from(conn, uid, theirs, report)?;
                report.kept_edits.push(name);
            } else {
                // Unchanged there: our deletion still goes up; just note the new ETag.
                save_item(conn, link.id, uid, href, etag, &item.base)?;
                return Ok(());
            }
        }
        (item, Some(id)) => {
            // Our own uploads whose replies were lost are no edits of theirs.
            let (base, ours) = match item {
                Some(i) => (i.base, i.sent),
                None => (Fields::new(), vec![]),
            };
            let m = meetings::get(conn, id)?;
            let shared = fields::of_meeting(conn, &m)?;
            let mine = fields::with_foreign(fields::fields(&shared), &base);
            let merged = merge::merge_with(&base, &ours, &mine, theirs);
            let mut target = shared.clone();
            let mut changed = vec![];
            let names: std::collections::BTreeSet<&String> =
                merged.fields.keys().chain(mine.keys()).collect();
            for f in names {
                let new = merged.fields.get(f);
                if new != mine.get(f) {
                    fields::set(&mut target, f, new.map(String::as_str).unwrap_or(""))?;
                    changed.push(f.clone());
                }
            }
            // Privacy settings changed there say nothing of the private values kept
            // here: a passcode made private, or a link part marked secret, hides the
            // value from the shared fields but must not erase it on this computer.
            let here = &shared.input.online;
            let there = &mut target.input.online;
            if !there.passcode_public && there.passcode.is_empty() {
                there.passcode = here.passcode.clone();
            }
            if there.url != here.url && there.public_link(here.url.trim()) == there.url {
                there.url = here.url.clone();
            }
            // Likewise a dial-in whose passcode keys the group keeps private.
            if there.dial_in != here.dial_in && here.public_dial_in() == there.dial_in {
                there.dial_in = here.dial_in.clone();
            }
            if there.dial_in_notes != here.dial_in_notes
                && here.public_dial_notes() == there.dial_in_notes
            {
                there.dial_in_notes = here.dial_in_notes.clone();
            }
            if !changed.is_empty() {
                fields::write(conn, Some(id), uid, &target, &changed)?;
                report.updated += 1;
                note_place(conn, id, report)?;
            }
            let now = now_utc();
            for c in &merged.conflicts {
                conn.execute(
                    "INSERT INTO share_conflicts (link_id, uid, name, field, base, mine, theirs, found_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) \
                     ON CONFLICT (link_id, uid, field) DO UPDATE SET mine = excluded.mine, theirs = excluded.theirs",
                    params![link.id, uid, m.name, c.field, c.base, c.mine, c.theirs, now],
                )?;
            }
            // A conflict both sides have since settled the same way is gone.
            for f in open_conflicts(conn, link.id, uid)? {
                if mine.get(&f) == theirs.get(&f) {
                    conn.execute(
                        "DELETE FROM share_conflicts WHERE link_id = ?1 AND uid = ?2 AND field = ?3",
                        params![link.id, uid, f],
                    )?;
                }
            }
        }
    }
    save_item(conn, link.id, uid, href, etag, theirs)
}

/// A resource gone from the server: delete the meeting here, unless it was edited here.
fn apply_removed(
    conn: &Connection,
    link: &Link,
    href: &str,
    report: &mut SyncReport,
) -> Result<()> {
    let Some(item) = item_by(conn, link.id, "href", href)? else {
        return Ok(());
    };
    let agreed = !item.base.is_empty();
    if let Some(id) = meetings::find_by_uid(conn, &item.uid)?.filter(|_| agreed) {
        let m = meetings::get(conn, id)?;
        let mine = fields::with_foreign(fields::fields(&fields::of_meeting(conn, &m)?), &item.base);
        if mine == item.base {
            meetings::delete(conn, id)?;
            report.deleted += 1;
        } else {
            // Edited here, deleted there: kept, and uploaded again as new.
            report.kept_edits.push(m.name);
        }
    }
    conn.execute(
        "DELETE FROM share_items WHERE link_id = ?1 AND uid = ?2",
        params![link.id, item.uid],
    )?;
    conn.execute(
        "DELETE FROM share_conflicts WHERE link_id = ?1 AND uid = ?2",
        params![link.id, item.uid],
    )?;
    Ok(())
}

enum Push {
    Put {
        uid: String,
        name: String,
        href: String,
        etag: Option<String>,
        body: String,
        fields: Fields,
    },
    Delete {
        uid: String,
        href: String,
        etag: String,
    },
}

/// What this installation has that the server does not: meetings changed since their
/// base, new ones, and ones deleted here. A meeting with an open conflict waits.
fn pushes(
    conn: &Connection,
    link: &Link,
    server: &Server<'_>,
    only: Option<&str>,
) -> Result<Vec<Push>> {
    let known: HashMap<String, Item> = items(conn, link.id)?
        .into_iter()
        .map(|i| (i.uid.clone(), i))
        .collect();
    let waiting: HashSet<String> = {
        let mut stmt =
            conn.prepare("SELECT DISTINCT uid FROM share_conflicts WHERE link_id = ?1")?;
        let rows = stmt
            .query_map([link.id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        rows
    };
    let mut out = vec![];
    let mut seen = HashSet::new();
    for m in in_scope(conn, link)? {
        seen.insert(m.uid.clone());
        if only.is_some_and(|u| u != m.uid) || waiting.contains(&m.uid) {
            continue;
        }
        let item = known.get(&m.uid);
        let base = item.map(|i| i.base.clone()).unwrap_or_default();
        let f = fields::with_foreign(fields::fields(&fields::of_meeting(conn, &m)?), &base);
        if item.is_some_and(|i| i.base == f) {
            continue;
        }
        let (body, f) = resource::encode(conn, &m, &base)?;
        out.push(Push::Put {
            uid: m.uid.clone(),
            name: m.name.clone(),
            href: item
                .map(|i| i.href.clone())
                .unwrap_or_else(|| server.href_for(&resource_name(&m.uid))),
            etag: item.map(|i| i.etag.clone()).filter(|e| !e.is_empty()),
            body,
            fields: f,
        });
    }
    for (uid, i) in &known {
        if only.is_some_and(|u| u != uid) || seen.contains(uid) {
            continue;
        }
        // Gone from the program (not merely moved out of this link's group).
        if meetings::find_by_uid(conn, uid)?.is_none() {
            out.push(Push::Delete {
                uid: uid.clone(),
                href: i.href.clone(),
                etag: i.etag.clone(),
            });
        }
    }
    Ok(out)
}

/// The fellowship a plain event from another app is taken to be: the program's own.
fn default_fellowship(conn: &Connection) -> Result<(Fellowship, String)> {
    let row: Option<(String, String)> = conn
        .query_row(
            "SELECT fellowship, timezone FROM meetings GROUP BY fellowship, timezone ORDER BY COUNT(*) DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(match row {
        Some((f, z)) => (Fellowship::parse(&f).unwrap_or(Fellowship::Na), z),
        None => (Fellowship::Na, crate::schedule::zones::system_default()),
    })
}

/// What `take_in` fetched, and whether every one of them was applied.
struct Taken {
    got: HashSet<String>,
    all_applied: bool,
}

/// Fetches the named resources and applies each in its own transaction. One that cannot
/// be read or applied is named in the report and left for the next sync.
async fn take_in(
    store: &Store,
    server: &Server<'_>,
    link: &Link,
    hrefs: &[String],
    report: &mut SyncReport,
) -> Result<Taken> {
    let mut taken = Taken {
        got: HashSet::new(),
        all_applied: true,
    };
    if hrefs.is_empty() {
        return Ok(taken);
    }
    let (fellowship, zone) = store.read(default_fellowship)?;
    let fetched = server.fetch(hrefs).await?;
    if fetched.len() < hrefs.len() {
        // Gone between the listing and the fetch: the next listing says so.
        taken.all_applied = false;
    }
    for f in fetched {
        taken.got.insert(f.href.clone());
        let (uid, theirs, ours) = match resource::decode(&f.href, &f.body, fellowship, &zone) {
            Ok(d) => d,
            Err(e) => {
                report.warnings.push(SyncWarning::of(&f.href, "", &e));
                taken.all_applied = false;
                continue;
            }
        };
        let applied = store.write(|tx| {
            // Saved by another calendar app without our properties: only what such an
            // app edits (name, schedule, dates) can have changed; the rest is as agreed.
            let theirs = match (ours, item_by(tx, link.id, "uid", &uid)?) {
                (false, Some(item)) if !item.base.is_empty() => {
                    resource::only_icalendar_changes(&item.base, &theirs)
                }
                _ => theirs.clone(),
            };
            apply_remote(tx, link, &f.href, &f.etag, &uid, &theirs, report)
        });
        if let Err(e) = applied {
            if e.kind() == Code::DatabaseError || e.kind() == Code::DatabaseBusy {
                return Err(e);
            }
            taken.all_applied = false;
            let name = theirs.get("name").map(String::as_str).unwrap_or("");
            report.warnings.push(SyncWarning::of(&f.href, name, &e));
        }
    }
    Ok(taken)
}

/// Whether an upload's failure is about that one meeting (the others can still go up)
/// rather than the server or the connection (then the sync stops).
fn only_this_one(e: &Error) -> bool {
    matches!(e.kind(), Code::RemoteRefused | Code::ShareBadResource)
        || matches!(e, Error::Invalid { .. })
}

/// One sync per link at a time in this program: "Sync now", joining and the background
/// sync must not run side by side (another program's sync beside ours is safe: its
/// writes are conditional, and ours are merged on their 412).
type Runs =
    std::sync::Mutex<HashMap<(std::path::PathBuf, i64), std::sync::Arc<tokio::sync::Mutex<()>>>>;

fn running() -> &'static Runs {
    static RUNNING: std::sync::OnceLock<Runs> = std::sync::OnceLock::new();
    RUNNING.get_or_init(Default::default)
}

/// One HTTP client per time-out for the life of the program: building one loads the
/// system's TLS roots (tens of milliseconds, more than a sync with nothing new costs),
/// and a kept client reuses its connections to the server.
fn client(timeout: Duration) -> Result<reqwest::Client> {
    static CLIENTS: std::sync::OnceLock<std::sync::Mutex<HashMap<Duration, reqwest::Client>>> =
        std::sync::OnceLock::new();
    let mut clients = CLIENTS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    if let Some(c) = clients.get(&timeout) {
        return Ok(c.clone());
    }
    let c = dav::client(timeout)?;
    clients.insert(timeout, c.clone());
    Ok(c)
}

/// Brings this installation and the shared calendar in line.
pub async fn sync(store: &Store, link_id: i64, opts: &Options) -> Result<SyncReport> {
    let lock = running()
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .entry((store.path().to_owned(), link_id))
        .or_default()
        .clone();
    let _alone = lock.lock().await;
    let result = sync_once(store, link_id, opts).await;
    store.write(|tx| {
        match &result {
            Ok(_) => tx.execute(
                "UPDATE share_links SET last_ok_at = ?2, last_error_code = NULL, last_error = '', failures = 0 WHERE id = ?1",
                params![link_id, now_utc()],
            )?,
            Err(e) => tx.execute(
                "UPDATE share_links SET last_error_code = ?2, last_error = ?3, failures = failures + 1 WHERE id = ?1",
                params![link_id, e.code(), e.to_string()],
            )?,
        };
        Ok(())
    })?;
    result
}

async fn sync_once(store: &Store, link_id: i64, opts: &Options) -> Result<SyncReport> {
    let (link, stored, password_in, token, synced_version) = store.read(|conn| {
        let link = get_link(conn, link_id)?;
        let (password, password_in, token, synced): (String, String, String, i64) = conn.query_row(
            "SELECT password, password_in, sync_token, synced_version FROM share_links WHERE id = ?1",
            [link_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        Ok((link, password, password_in, token, synced))
    })?;
    let password = crate::secrets::password(
        &crate::secrets::Kept::from_columns(&password_in, stored),
        &account(&link.url, &link.username),
        opts.password.as_deref(),
    )?;
    let remote = Remote {
        client: client(opts.timeout)?,
        base: &link.url,
        user: link.username.clone(),
        password,
        writes: AtomicU32::new(0),
    };
    let server = Server::new(remote)?;
    let mut report = SyncReport {
        link_id,
        url: link.url.clone(),
        ..SyncReport::default()
    };
    let requests = AtomicU32::new(0);
    let count = |n: u32| requests.fetch_add(n, Ordering::Relaxed);

    // 1. What the server changed.
    let listing = server.list(&token).await?;
    count(1);
    let known: HashMap<String, (String, String)> = store
        .read(|conn| items(conn, link.id))?
        .into_iter()
        .map(|i| (i.href.clone(), (i.uid, i.etag)))
        .collect();
    let changed: Vec<String> = listing
        .present
        .iter()
        .filter(|(href, etag)| known.get(href).is_none_or(|(_, e)| e != etag))
        .map(|(href, _)| href.clone())
        .collect();
    let mut removed: Vec<String> = listing.removed.clone();
    if listing.complete {
        let there: HashSet<&String> = listing.present.iter().map(|(h, _)| h).collect();
        removed.extend(known.keys().filter(|h| !there.contains(h)).cloned());
    }
    let remote_news = !changed.is_empty() || !removed.is_empty();
    count(changed.len().div_ceil(100) as u32);
    let taken = take_in(store, &server, &link, &changed, &mut report).await?;
    for href in &removed {
        store.write(|tx| apply_removed(tx, &link, href, &mut report))?;
    }

    // 2. What this installation changed (nothing to look at when the program has not
    // moved since the last sync that left nothing to upload). The version is read before
    // planning: an edit made while the uploads run is looked at next time.
    let mut version = store.read(crate::store::program_version)?;
    let mut uploads_done = true;
    if remote_news || version != synced_version {
        let plan = store.read(|conn| pushes(conn, &link, &server, None))?;
        for p in plan {
            let (href, name) = match &p {
                Push::Put { href, name, .. } => (href.clone(), name.clone()),
                Push::Delete { href, .. } => (href.clone(), String::new()),
            };
            match upload(store, &server, &link, p, &mut report, 0).await {
                Ok(()) => {}
                Err(e) if only_this_one(&e) => {
                    report.warnings.push(SyncWarning::of(&href, &name, &e));
                    uploads_done = false;
                }
                Err(e) => return Err(e),
            }
        }
    }
    if !uploads_done {
        // Something is left to upload: look again next time whatever happens meanwhile.
        version = -1;
    }
    report.requests =
        requests.load(Ordering::Relaxed) + server.remote.writes.load(Ordering::Relaxed);

    // 3. Remember where we are: the server's new token only once everything it listed
    // was applied (otherwise the same changes are listed again next time).
    let token = if taken.all_applied {
        listing.token.clone()
    } else {
        token
    };
    store.write(|tx| {
        tx.execute(
            "UPDATE share_links SET sync_token = ?2, synced_version = ?3 WHERE id = ?1",
            params![link.id, token, version],
        )?;
        report.conflicts = tx.query_row(
            "SELECT COUNT(*) FROM share_conflicts WHERE link_id = ?1",
            [link.id],
            |r| r.get(0),
        )?;
        Ok(())
    })?;
    Ok(report)
}

/// Uploads one change; when the server has a newer version, merges it and tries again.
fn upload<'a>(
    store: &'a Store,
    server: &'a Server<'_>,
    link: &'a Link,
    p: Push,
    report: &'a mut SyncReport,
    attempt: u32,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<()>> + Send + 'a>> {
    Box::pin(async move {
        let (uid, href) = match &p {
            Push::Put { uid, href, .. } | Push::Delete { uid, href, .. } => {
                (uid.clone(), href.clone())
            }
        };
        let written = match &p {
            Push::Put {
                uid,
                href,
                etag,
                body,
                fields,
                ..
            } => {
                store.write(|tx| mark_sent(tx, link.id, uid, href, fields))?;
                server.put(href, body, etag.as_deref()).await?
            }
            Push::Delete { href, etag, .. } => server.delete(href, etag).await?,
        };
        match (written, p) {
            (
                Written::Done { etag },
                Push::Put {
                    uid, href, fields, ..
                },
            ) => {
                store.write(|tx| save_item(tx, link.id, &uid, &href, &etag, &fields))?;
                report.uploaded += 1;
            }
            (Written::Done { .. }, Push::Delete { uid, .. }) => {
                store.write(|tx| {
                    tx.execute(
                        "DELETE FROM share_items WHERE link_id = ?1 AND uid = ?2",
                        params![link.id, uid],
                    )?;
                    Ok(())
                })?;
                report.removed += 1;
            }
            (Written::Changed, p) => {
                if attempt >= 3 {
                    return Err(Error::remote(
                        Code::RemoteRefused,
                        format!(
                            "{} kept changing {href} while Homegroup wrote it; the next sync tries again",
                            server.remote.base
                        ),
                    ));
                }
                // Someone wrote first: take their version in, merge, and plan again.
                let got = take_in(store, server, link, std::slice::from_ref(&href), report)
                    .await?
                    .got;
                if got.is_empty() {
                    // Not there any more.
                    match p {
                        Push::Put { name, .. } => {
                            let was_known = store.write(|tx| {
                                Ok(tx.execute(
                                    "DELETE FROM share_items WHERE link_id = ?1 AND uid = ?2",
                                    params![link.id, uid],
                                )? > 0)
                            })?;
                            if was_known {
                                // Edited here, deleted there: the edit is uploaded again.
                                report.kept_edits.push(name);
                            }
                        }
                        Push::Delete { .. } => {
                            store.write(|tx| {
                                tx.execute(
                                    "DELETE FROM share_items WHERE link_id = ?1 AND uid = ?2",
                                    params![link.id, uid],
                                )?;
                                Ok(())
                            })?;
                            return Ok(());
                        }
                    }
                }
                let again = store.read(|conn| pushes(conn, link, server, Some(&uid)))?;
                for p in again {
                    upload(store, server, link, p, report, attempt + 1).await?;
                }
            }
        }
        Ok(())
    })
}

/// Syncs every link; the reports, or the first link's error when all failed.
pub async fn sync_all(
    store: &Store,
    opts: &Options,
) -> Result<Vec<std::result::Result<SyncReport, Error>>> {
    let ids: Vec<i64> = store.read(|c| Ok(links(c)?.into_iter().map(|l| l.id).collect()))?;
    if ids.is_empty() {
        return Err(Error::invalid(
            Code::ShareNoLinks,
            "url",
            "this program is not shared yet: give the shared calendar's address with --url",
        ));
    }
    let mut out = vec![];
    for id in ids {
        out.push(sync(store, id, opts).await);
    }
    Ok(out)
}

/// What the Sharing section and its status line show.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ShareStatus {
    pub links: Vec<Link>,
    /// Meetings changed here and not yet on the shared calendar.
    pub pending: u32,
    pub conflicts: Vec<OpenConflict>,
    /// Meetings whose place is to be confirmed (they came without one), by name.
    pub to_confirm: Vec<PlaceToConfirm>,
}

/// A meeting that came from a shared calendar without a place or link.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlaceToConfirm {
    pub meeting_id: i64,
    pub name: String,
}

pub fn status(conn: &Connection) -> Result<ShareStatus> {
    let links = links(conn)?;
    let mut pending_total = 0;
    for l in &links {
        pending_total += pending(conn, l.id)?;
    }
    let mut stmt = conn.prepare_cached(
        "SELECT id, name FROM meetings WHERE place_unconfirmed = 1 ORDER BY name COLLATE NOCASE",
    )?;
    let to_confirm = stmt
        .query_map([], |r| {
            Ok(PlaceToConfirm {
                meeting_id: r.get(0)?,
                name: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ShareStatus {
        links,
        pending: pending_total,
        conflicts: conflicts(conn)?,
        to_confirm,
    })
}

/// How often the app looks; a change is synced once the program has held still for
/// one look (a burst of edits makes one sync), and every [`EVERY`] regardless, for
/// what the others changed.
pub const LOOK_EVERY: Duration = Duration::from_secs(10);
pub const EVERY: Duration = Duration::from_secs(180);

/// While the app runs: syncs every link shortly after each edit here and every few
/// minutes, backing off after failures (30 s doubling to an hour), and reports each
/// sync to `done` (the window refreshes what it shows).
pub async fn sync_forever(
    look: Duration,
    every: Duration,
    store: impl Fn() -> Option<std::sync::Arc<Store>>,
    done: impl Fn(i64, &Result<SyncReport>),
) {
    let mut tick = tokio::time::interval(look);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut seen = None;
    let mut last_synced = None;
    let mut next: HashMap<i64, tokio::time::Instant> = HashMap::new();
    loop {
        tick.tick().await;
        let Some(store) = store() else {
            continue;
        };
        let looked = store.read(|c| Ok((crate::store::program_version(c)?, links(c)?)));
        let (version, links) = match looked {
            Ok(v) => v,
            Err(e) => {
                tracing::warn!(code = e.code(), "could not read the shared calendars");
                continue;
            }
        };
        let settled = seen == Some(version);
        seen = Some(version);
        let edited = settled && last_synced != Some(version);
        let now = tokio::time::Instant::now();
        let mut ran = false;
        for link in links {
            let due = next.get(&link.id).is_none_or(|at| now >= *at);
            if !(edited || due) {
                continue;
            }
            let result = sync(&store, link.id, &Options::default()).await;
            ran = true;
            let failures = store
                .read(|c| {
                    Ok(c.query_row(
                        "SELECT failures FROM share_links WHERE id = ?1",
                        [link.id],
                        |r| r.get::<_, u32>(0),
                    )?)
                })
                .unwrap_or(0);
            let wait = if result.is_ok() {
                every
            } else {
                crate::publish::back_off(failures)
            };
            next.insert(link.id, now + wait);
            if let Err(e) = &result {
                tracing::warn!(link = link.id, code = e.code(), "sync failed");
            }
            done(link.id, &result);
        }
        if ran {
            // The version the syncs started from: an edit made while they ran is newer
            // and is synced on a later look (what they brought in costs one quiet sync).
            last_synced = Some(version);
        }
    }
}

/// Meetings changed here since the last sync, per link (for the status line).
pub fn pending(conn: &Connection, link_id: i64) -> Result<u32> {
    let link = get_link(conn, link_id)?;
    let known: BTreeMap<String, Fields> = items(conn, link.id)?
        .into_iter()
        .map(|i| (i.uid, i.base))
        .collect();
    let mut n = 0;
    let mut seen = HashSet::new();
    for m in in_scope(conn, &link)? {
        seen.insert(m.uid.clone());
        let base = known.get(&m.uid);
        let f = fields::fields(&fields::of_meeting(conn, &m)?);
        let f = fields::with_foreign(f, base.unwrap_or(&Fields::new()));
        if base != Some(&f) {
            n += 1;
        }
    }
    n += known
        .keys()
        .filter(|u| !seen.contains(*u))
        .filter(|u| meetings::find_by_uid(conn, u).ok().flatten().is_none())
        .count() as u32;
    Ok(n)
}

#[cfg(test)]
mod tests;
