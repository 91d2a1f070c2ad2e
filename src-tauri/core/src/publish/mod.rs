//! Publishing feeds to servers that already exist, so members' subscriptions keep
//! working while the laptop is off. Two kinds of target:
//!
//! - a **CalDAV calendar**: one resource per meeting UID (no METHOD, as CalDAV wants);
//!   its public address is the calendar's subscription link where the server has one;
//! - a **WebDAV folder** (Nextcloud/ownCloud, Apache or nginx with WebDAV, web hosts):
//!   one `.ics` and one Meeting Guide `.json` file per feed, and the meeting finder
//!   page with its data ([`crate::page`]), served to everyone by the web server at the
//!   public address.
//!
//! Each file's hash is compared with what we last wrote, so an unchanged program sends
//! nothing; progress is recorded file by file, so an interrupted run resumes. After a
//! publish the public address is fetched anonymously ([`public`]), because a member's
//! phone is the only judge of whether publishing worked. `dav` speaks HTTP.

pub(crate) mod dav;
mod public;

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::clock::now_utc;
use crate::error::{Code, Error, ErrorPayload, Result};
use crate::feeds::{self, FeedFormat};
use crate::store::{program_version, Store};
use dav::{OnChanged, PutError, Remote};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    /// A CalDAV calendar collection.
    #[default]
    Caldav,
    /// A WebDAV folder a web server serves to everyone.
    Webdav,
}

impl TargetKind {
    fn as_str(self) -> &'static str {
        match self {
            TargetKind::Caldav => "caldav",
            TargetKind::Webdav => "webdav",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Target {
    pub id: i64,
    pub feed_id: i64,
    pub kind: TargetKind,
    /// The collection or folder uploaded to, ending in `/`.
    pub url: String,
    pub username: String,
    /// Whether a password is stored (the password itself never leaves the core).
    pub has_password: bool,
    /// What the person gave as the address members use ('' when none).
    pub public_url: String,
    /// The address members subscribe to: the feed's `.ics` in a public folder, or the
    /// calendar's public address. Shown only once it has served what was uploaded.
    pub subscribe_url: Option<String>,
    /// When the public address last served what was uploaded (RFC 3339).
    pub public_ok_at: Option<String>,
    /// What was wrong with the public address at the last check.
    pub public_error: Option<Code>,
    pub last_run_at: Option<String>,
    pub last_ok_at: Option<String>,
    /// Why the last publish failed; none after a success.
    pub last_error: Option<Code>,
    /// The same in words (English: the CLI and the log), with the server's answer.
    pub last_error_detail: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct TargetInput {
    pub feed_id: i64,
    #[serde(default)]
    pub kind: TargetKind,
    pub url: String,
    #[serde(default)]
    pub username: String,
    #[serde(default)]
    pub password: String,
    /// A command that prints the password (`pass show area/dav`), kept instead of it:
    /// for a computer whose keyring does not answer. Empty or absent: none.
    #[serde(default)]
    #[ts(optional)]
    pub password_command: Option<String>,
    /// The address members will use: for a folder, the web address that serves it; for a
    /// calendar, its public subscription link. Empty: none yet.
    #[serde(default)]
    pub public_url: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct PublishReport {
    pub created: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub deleted: u32,
    /// Requests that change something on the server (PUT, DELETE, MKCOL).
    pub writes: u32,
    /// Where members subscribe, when it served what was uploaded.
    pub subscribe_url: Option<String>,
    /// What is wrong with the public address (the upload itself worked).
    pub public_error: Option<ErrorPayload>,
}

/// How long one request may take; tests shorten it.
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

fn web_address(url: &str, field: &'static str, code: Code) -> Result<reqwest::Url> {
    let url = url.trim();
    let example = "https://example.org/dav/calendars/group/";
    let parsed = reqwest::Url::parse(url).map_err(|_| {
        Error::invalid(
            code,
            field,
            format!("'{url}' is not a web address; it should look like {example}"),
        )
    })?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(Error::invalid(
            code,
            field,
            format!("'{url}' must start with https:// (or http:// on this computer)"),
        ));
    }
    // A login inside the address would be sent by the HTTP client, kept in the address,
    // shown in messages, and (in a public address) printed on the flyer.
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(Error::invalid(
            code,
            field,
            "put the user name and password in their own fields, not in the address",
        ));
    }
    Ok(parsed)
}

pub(crate) fn collection_url(url: &str) -> Result<String> {
    let parsed = web_address(url, "url", Code::PublishInvalidUrl)?;
    // A password sent over plain http:// can be read by anyone on the network: only a
    // server on this computer is reached without leaving it.
    if parsed.scheme() == "http" && !is_loopback(&parsed) {
        return Err(Error::invalid(
            Code::PublishInsecureUrl,
            "url",
            format!(
                "{} is reached over plain http://, where the password would travel unencrypted; use its https:// address (http:// is only for a server on this computer)",
                parsed.host_str().unwrap_or_default()
            ),
        ));
    }
    Ok(folder(url.trim()))
}

fn folder(url: &str) -> String {
    if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    }
}

/// The public address as given: a calendar app's `webcal://` link is its https twin.
fn public_address(url: &str, kind: TargetKind) -> Result<String> {
    let url = url.trim();
    if url.is_empty() {
        return Ok(String::new());
    }
    let url = match url.split_once("://") {
        Some((s, rest)) if s.eq_ignore_ascii_case("webcal") => format!("https://{rest}"),
        _ => url.to_owned(),
    };
    web_address(&url, "public_url", Code::PublishInvalidPublicUrl)?;
    Ok(match kind {
        TargetKind::Webdav => folder(&url),
        TargetKind::Caldav => url,
    })
}

/// Whether the address stays on this computer (127.0.0.0/8, ::1 or localhost).
fn is_loopback(url: &reqwest::Url) -> bool {
    let host = url.host_str().unwrap_or_default();
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<std::net::IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => host.eq_ignore_ascii_case("localhost"),
    }
}

/// The feed's file name in a folder, unless another feed's files there already have
/// it ("Online" and "online!" both make `online`): then the feed's id is added, so two
/// feeds never write the same file.
fn free_file_name(conn: &Connection, url: &str, feed: &feeds::Feed) -> Result<String> {
    let name = feeds::file_stem(feed);
    let taken: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM publish_targets \
         WHERE url = ?1 AND kind = 'webdav' AND file_name = ?2 AND feed_id != ?3)",
        params![url, name, feed.id],
        |r| r.get(0),
    )?;
    Ok(if taken {
        format!("{name}-{}", feed.id)
    } else {
        name
    })
}

/// The keyring's name for a publish target's login.
pub(crate) fn account(url: &str, user: &str) -> String {
    format!("publish {url} {user}")
}

impl TargetInput {
    /// What was given for the password.
    pub fn given(&self) -> crate::secrets::Given<'_> {
        crate::secrets::given(&self.password, self.password_command.as_deref())
    }
}

/// Saves a place to publish to (or updates the one for the same feed and address). The
/// password is kept as a sharing login is ([`crate::secrets`]): never in plain text in
/// a database that is not encrypted.
pub fn add_target(store: &Store, input: &TargetInput) -> Result<Target> {
    add_target_keeping(store, input, input.given())
}

/// [`add_target`], keeping `given` for the password.
pub fn add_target_keeping(
    store: &Store,
    input: &TargetInput,
    given: crate::secrets::Given<'_>,
) -> Result<Target> {
    let url = collection_url(&input.url)?;
    let public = public_address(&input.public_url, input.kind)?;
    // Checked before anything is kept: a login for a feed that is not there stays out
    // of the keyring too.
    store.read(|c| feeds::get(c, input.feed_id))?;
    let kept = crate::secrets::keep(
        store.encrypted(),
        &account(&url, input.username.trim()),
        given,
    )?;
    let (password_in, password) = kept.as_ref().map(|k| k.columns()).unwrap_or(("", ""));
    store.write(|conn| {
        let feed = feeds::get(conn, input.feed_id)?;
        let name = free_file_name(conn, &url, &feed)?;
        let existing = target_at(conn, input.feed_id, &url)?;
        let id = match existing {
            Some(id) => {
                conn.execute(
                    // Nothing given keeps the password kept; a changed login or address
                    // is tried at once (no back-off left from the old one), and a new
                    // public address is checked again at the next publish.
                    "UPDATE publish_targets SET kind = ?2, username = ?3, \
                     password = CASE WHEN ?7 THEN ?4 ELSE password END, \
                     password_in = CASE WHEN ?7 THEN ?8 ELSE password_in END, public_url = ?5, \
                     public_ok_at = CASE WHEN public_url = ?5 THEN public_ok_at END, \
                     published_version = CASE WHEN kind = ?2 THEN published_version ELSE -1 END, \
                     file_name = CASE WHEN file_name = '' THEN ?6 ELSE file_name END, \
                     failures = 0, last_error_code = NULL \
                     WHERE id = ?1",
                    params![
                        id,
                        input.kind.as_str(),
                        input.username.trim(),
                        password,
                        public,
                        name,
                        kept.is_some(),
                        password_in
                    ],
                )?;
                id
            }
            None => {
                conn.execute(
                    "INSERT INTO publish_targets (feed_id, kind, url, username, password, password_in, public_url, file_name) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![
                        input.feed_id,
                        input.kind.as_str(),
                        url,
                        input.username.trim(),
                        password,
                        password_in,
                        public,
                        name
                    ],
                )?;
                conn.last_insert_rowid()
            }
        };
        get_target(conn, id)
    })
}

/// Saves a target from the window and publishes to it at once; `replacing` is the
/// target being edited. What is kept is only what worked: a new target whose first
/// publish fails goes again (with any password kept for it), and the error says why;
/// an edit that moves a target to another address replaces the old one only once the
/// new one has taken the upload.
pub async fn save_and_publish(
    store: &Store,
    replacing: Option<i64>,
    input: &TargetInput,
) -> Result<(Target, PublishReport)> {
    let url = collection_url(&input.url)?;
    let existed = store.read(|c| target_at(c, input.feed_id, &url))?;
    let target = add_target(store, input)?;
    match publish(store, target.id).await {
        Ok(report) => {
            if let Some(old) = replacing.filter(|old| *old != target.id) {
                forget_target(store, old)?;
            }
            Ok((store.read(|c| get_target(c, target.id))?, report))
        }
        Err(e) => {
            if existed.is_none() {
                forget_target(store, target.id)?;
            }
            Err(e)
        }
    }
}

/// The target that uploads `feed_id` to `url` (a collection address), if there is one.
fn target_at(conn: &Connection, feed_id: i64, url: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM publish_targets WHERE feed_id = ?1 AND url = ?2",
            params![feed_id, url],
            |r| r.get(0),
        )
        .optional()?)
}

/// Removes a target and the password kept for it, unless another target logs in to the
/// same place as the same user.
pub fn forget_target(store: &Store, id: i64) -> Result<()> {
    let t = store.read(|c| get_target(c, id))?;
    let shared = store.write(|c| {
        remove_target(c, id)?;
        Ok(c.query_row(
            "SELECT count(*) FROM publish_targets WHERE url = ?1 AND username = ?2",
            params![t.url, t.username],
            |r| r.get::<_, i64>(0),
        )? > 0)
    })?;
    if shared {
        return Ok(());
    }
    crate::secrets::forget(&account(&t.url, &t.username)).or_else(|e| {
        // No keyring at all: nothing was kept there.
        if e.kind() == Code::SecretsNoKeyring {
            Ok(())
        } else {
            Err(e)
        }
    })
}

pub fn remove_target(conn: &Connection, id: i64) -> Result<()> {
    if conn.execute("DELETE FROM publish_targets WHERE id = ?1", [id])? == 0 {
        return Err(Error::not_found("publish target", id));
    }
    Ok(())
}

const SELECT: &str =
    "SELECT id, feed_id, kind, url, username, password_in NOT IN ('', 'each_run'), public_url, file_name, \
    public_ok_at, public_error_code, last_run_at, last_ok_at, last_error_code, last_error \
    FROM publish_targets";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Target> {
    let kind = match r.get_ref(2)?.as_str()? {
        "webdav" => TargetKind::Webdav,
        _ => TargetKind::Caldav,
    };
    let public_url: String = r.get(6)?;
    let file: String = r.get(7)?;
    let public_ok_at: Option<String> = r.get(8)?;
    let code = |i: usize| -> rusqlite::Result<Option<Code>> {
        Ok(r.get::<_, Option<String>>(i)?
            .map(|s| Code::parse(&s).unwrap_or(Code::RemoteRefused)))
    };
    Ok(Target {
        id: r.get(0)?,
        feed_id: r.get(1)?,
        kind,
        url: r.get(3)?,
        username: r.get(4)?,
        has_password: r.get(5)?,
        subscribe_url: public_ok_at
            .is_some()
            .then(|| subscribe_url(kind, &public_url, &file))
            .flatten(),
        public_url,
        public_ok_at,
        public_error: code(9)?,
        last_run_at: r.get(10)?,
        last_ok_at: r.get(11)?,
        last_error: code(12)?,
        last_error_detail: r.get(13)?,
    })
}

fn subscribe_url(kind: TargetKind, public_url: &str, file: &str) -> Option<String> {
    feeds::subscribe_url(kind.as_str(), public_url, file)
}

pub fn get_target(conn: &Connection, id: i64) -> Result<Target> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], row)
        .optional()?
        .ok_or_else(|| Error::not_found("publish target", id))
}

pub fn targets(conn: &Connection) -> Result<Vec<Target>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} ORDER BY id"))?;
    let rows = stmt.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// After `failures` failures in a row, how long to wait before trying again: 30 s,
/// doubling, at most an hour (a laptop offline all evening tries about once an hour).
pub fn back_off(failures: u32) -> Duration {
    let steps = failures.saturating_sub(1).min(7);
    Duration::from_secs((30u64 << steps).min(3600))
}

/// Targets to publish now: the program changed since they were last brought up to date,
/// or the last run failed, or the public address has not served the upload yet; and
/// not inside the back-off after a failure.
pub fn due(conn: &Connection, now: DateTime<Utc>) -> Result<Vec<Target>> {
    let version = program_version(conn)?;
    let mut stmt = conn.prepare_cached(
        "SELECT id, failures, last_run_at, \
                published_version < ?1 AND last_error_code IS NULL \
         FROM publish_targets \
         WHERE published_version < ?1 OR last_error_code IS NOT NULL \
            OR (public_url != '' AND (public_ok_at IS NULL OR public_error_code IS NOT NULL)) \
         ORDER BY id",
    )?;
    let rows: Vec<(i64, u32, Option<String>, bool)> = stmt
        .query_map([version], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = vec![];
    for (id, failures, last, changed_since_a_good_upload) in rows {
        let waited = last
            .and_then(|l| DateTime::parse_from_rfc3339(&l).ok())
            .map(|l| now.signed_duration_since(l).to_std().unwrap_or_default());
        // A failing public address backs off its checks, never a change to upload.
        let backing_off = failures > 0 && waited.is_some_and(|w| w < back_off(failures));
        if backing_off && !changed_since_a_good_upload {
            continue;
        }
        out.push(get_target(conn, id)?);
    }
    Ok(out)
}

/// How often the app looks for a publish to do. A change is published once the program
/// has held still for one look, so a burst of edits makes one publish, 10–20 s later.
pub const LOOK_EVERY: Duration = Duration::from_secs(10);

/// While the app runs: publishes every target that is [`due`] once the program has
/// settled, and reports each run to `done` (the window refreshes its Feeds screen).
pub async fn publish_forever(
    every: Duration,
    store: impl Fn() -> Option<std::sync::Arc<Store>>,
    done: impl Fn(&Target, &Result<PublishReport>),
) {
    let mut tick = tokio::time::interval(every);
    // After a long publish, look again a whole period later, not twice at once.
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut seen = None;
    loop {
        tick.tick().await;
        let Some(store) = store() else {
            continue;
        };
        let looked = store.read(|c| Ok((program_version(c)?, due(c, crate::clock::now())?)));
        let (now, due) = match looked {
            Ok(v) => v,
            Err(e) => {
                tracing::warn!(code = e.code(), "could not read the publish targets");
                continue;
            }
        };
        let settled = seen == Some(now);
        seen = Some(now);
        if !settled {
            continue;
        }
        for target in due {
            let result = publish(&store, target.id).await;
            if let Err(e) = &result {
                tracing::warn!(target = target.id, code = e.code(), "publish failed");
            }
            done(&target, &result);
        }
    }
}

/// A resource name safe in any URL path, stable for a UID.
fn resource_name(uid: &str) -> String {
    if !uid.is_empty()
        && uid.len() <= 120
        && uid
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"@._-".contains(&b))
    {
        format!("{uid}.ics")
    } else {
        let h = Sha256::digest(uid.as_bytes());
        let hex: String = h.iter().take(16).map(|b| format!("{b:02x}")).collect();
        format!("{hex}.ics")
    }
}

fn hash(body: &str) -> String {
    hash_bytes(body.as_bytes())
}

fn hash_bytes(body: &[u8]) -> String {
    Sha256::digest(body)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// One file to be on the server: `key` is what progress is recorded under (the UID of
/// a meeting's resource, a folder file's name).
struct Resource {
    key: String,
    name: String,
    content_type: &'static str,
    body: String,
}

/// What one run works from, read in one snapshot.
struct Plan {
    target: Target,
    login: crate::secrets::Kept,
    file: String,
    version: i64,
    resources: Vec<Resource>,
    /// For a calendar: every UID, which its public address must hold.
    uids: Vec<String>,
    known: HashMap<String, (Option<String>, String)>,
}

fn plan(conn: &Connection, target_id: i64) -> Result<Plan> {
    let target = get_target(conn, target_id)?;
    let (password, password_in, file): (String, String, String) = conn.query_row(
        "SELECT password, password_in, file_name FROM publish_targets WHERE id = ?1",
        [target_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    let login = crate::secrets::Kept::from_columns(&password_in, password);
    let version = program_version(conn)?;
    let feed = feeds::get(conn, target.feed_id)?;
    let mut resources = Vec::new();
    let mut uids = Vec::new();
    match target.kind {
        TargetKind::Caldav => {
            for m in feeds::meetings_of(conn, &feed)? {
                resources.push(Resource {
                    name: resource_name(&m.uid),
                    content_type: FeedFormat::Ics.content_type(),
                    body: crate::export::ics::export::resource(conn, &m)?,
                    key: m.uid.clone(),
                });
                uids.push(m.uid);
            }
        }
        TargetKind::Webdav => {
            // The feed's .ics (first: the public address is checked by it), its Meeting
            // Guide .json, and the meeting finder page beside them, for members whose
            // phone subscribes to nothing (every Android phone): the whole program's
            // page is the folder's index.html.
            for f in feeds::folder_files(conn, &feed, &file)? {
                resources.push(Resource {
                    key: f.name.clone(),
                    name: f.name,
                    content_type: f.content_type,
                    body: f.body,
                });
            }
        }
    }
    let mut stmt =
        conn.prepare("SELECT uid, etag, body_hash FROM published_resources WHERE target_id = ?1")?;
    let known = stmt
        .query_map([target_id], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Plan {
        target,
        login,
        file,
        version,
        resources,
        uids,
        known,
    })
}

/// Brings the target in line with its feed, then checks the public address.
pub async fn publish(store: &Store, target_id: i64) -> Result<PublishReport> {
    publish_with(store, target_id, &Options::default()).await
}

/// One run per target at a time in this program: the app's own publish and "Publish
/// now" must not race each other's `If-None-Match` (another program's run is told apart
/// by reading the file back, see `dav::Remote::put`).
type Runs = std::sync::Mutex<HashMap<i64, std::sync::Arc<tokio::sync::Mutex<()>>>>;

fn running() -> &'static Runs {
    static RUNNING: std::sync::OnceLock<Runs> = std::sync::OnceLock::new();
    RUNNING.get_or_init(Default::default)
}

pub async fn publish_with(
    store: &Store,
    target_id: i64,
    options: &Options,
) -> Result<PublishReport> {
    let lock = running()
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .entry(target_id)
        .or_default()
        .clone();
    let _alone = lock.lock().await;
    // A failure before any upload (a feed that cannot be rendered) is recorded too, so
    // the target backs off and the window shows why.
    let planned = store.read(|c| plan(c, target_id)).and_then(|plan| {
        let password = crate::secrets::password(
            &plan.login,
            &account(&plan.target.url, &plan.target.username),
            options.password.as_deref(),
        )?;
        Ok((plan, password, dav::client(options.timeout)?))
    });
    let (plan, password, client) = match planned {
        Ok(p) => p,
        Err(e) => {
            if !matches!(e, Error::NotFound { .. }) {
                let _ = store.write(|tx| {
                    tx.execute(
                        "UPDATE publish_targets SET last_run_at = ?2, last_error_code = ?3, \
                         last_error = ?4, failures = failures + 1 WHERE id = ?1",
                        params![target_id, now_utc(), e.code(), e.to_string()],
                    )?;
                    Ok(())
                });
            }
            return Err(e);
        }
    };
    let remote = Remote {
        client,
        base: &plan.target.url,
        user: plan.target.username.clone(),
        password,
        writes: 0.into(),
    };
    let result = upload(store, &remote, &plan).await;
    let mut public_error = None;
    let mut public_ok = false;
    let subscribe = subscribe_url(plan.target.kind, &plan.target.public_url, &plan.file);
    if let (Ok(_), Some(url)) = (&result, &subscribe) {
        let expect = match plan.target.kind {
            TargetKind::Webdav => public::Expect::Bytes(&plan.resources[0].body),
            TargetKind::Caldav => public::Expect::Calendar(&plan.uids),
        };
        match public::check(url, expect, options.timeout).await {
            Ok(()) => public_ok = true,
            Err(e) => public_error = Some(e),
        }
    }
    let error = result.as_ref().err();
    store.write(|tx| {
        let now = now_utc();
        tx.execute(
            "UPDATE publish_targets SET last_run_at = ?2, \
                last_ok_at = CASE WHEN ?3 IS NULL THEN ?2 ELSE last_ok_at END, \
                last_error_code = ?3, last_error = ?4, \
                failures = CASE WHEN ?3 IS NULL AND ?7 IS NULL THEN 0 ELSE failures + 1 END, \
                published_version = CASE WHEN ?3 IS NULL THEN ?5 ELSE published_version END, \
                public_ok_at = CASE WHEN ?6 THEN ?2 ELSE public_ok_at END, \
                public_error_code = ?7 \
             WHERE id = ?1",
            params![
                target_id,
                now,
                error.map(|e| e.code()),
                error.map(|e| e.to_string()),
                plan.version,
                public_ok,
                public_error.as_ref().map(|e: &Error| e.code()),
            ],
        )?;
        Ok(())
    })?;
    let mut report = result?;
    report.writes = remote.writes.load(std::sync::atomic::Ordering::Relaxed);
    report.subscribe_url = subscribe.filter(|_| public_ok);
    report.public_error = public_error.map(|e| e.payload());
    Ok(report)
}

async fn upload(store: &Store, remote: &Remote<'_>, plan: &Plan) -> Result<PublishReport> {
    let on_changed = match plan.target.kind {
        // The calendar is ours: its resources are written by Homegroup only.
        TargetKind::Caldav => OnChanged::Overwrite,
        TargetKind::Webdav => OnChanged::Report,
    };
    let mut report = PublishReport::default();
    let mut folder_made = false;
    for r in &plan.resources {
        let h = hash(&r.body);
        let previous = plan.known.get(&r.key);
        if previous.is_some_and(|(_, old)| *old == h) {
            report.unchanged += 1;
            continue;
        }
        let known = (
            previous.and_then(|(e, _)| e.as_deref()),
            previous.map(|(_, h)| h.as_str()),
        );
        let tag = loop {
            match remote
                .put(&r.name, &r.body, r.content_type, known, on_changed)
                .await
            {
                Ok(tag) => break tag,
                Err(PutError::MissingFolder)
                    if plan.target.kind == TargetKind::Webdav && !folder_made =>
                {
                    remote.make_folder().await?;
                    folder_made = true;
                }
                Err(PutError::MissingFolder) => {
                    return Err(Error::remote(
                        Code::RemoteNotFound,
                        format!(
                        "{} is not a calendar collection; create the calendar on the server first",
                        remote.base
                    ),
                    ))
                }
                Err(PutError::Failed(e)) => return Err(e),
            }
        };
        if previous.is_some() {
            report.updated += 1;
        } else {
            report.created += 1;
        }
        store.write(|tx| {
            tx.execute(
                "INSERT INTO published_resources (target_id, uid, etag, body_hash) VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (target_id, uid) DO UPDATE SET etag = excluded.etag, body_hash = excluded.body_hash",
                params![plan.target.id, r.key, tag, h],
            )?;
            Ok(())
        })?;
    }
    for (key, (tag, _)) in &plan.known {
        if plan.resources.iter().any(|r| &r.key == key) {
            continue;
        }
        let name = match plan.target.kind {
            TargetKind::Caldav => resource_name(key),
            TargetKind::Webdav => key.clone(),
        };
        remote.delete(&name, tag.as_deref()).await?;
        report.deleted += 1;
        store.write(|tx| {
            tx.execute(
                "DELETE FROM published_resources WHERE target_id = ?1 AND uid = ?2",
                params![plan.target.id, key],
            )?;
            Ok(())
        })?;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_to_this_computer() {
        for ok in [
            "http://127.0.0.1:5232/alice/cal/",
            "http://localhost/dav/",
            "http://[::1]:8080/c/",
            "https://dav.example.org/c/",
        ] {
            assert!(collection_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://dav.example.org/c/",
            "http://192.168.1.20/c/",
            "http://10.0.0.2/c/",
        ] {
            assert_eq!(
                collection_url(bad).unwrap_err().code(),
                "publish.insecure_url",
                "{bad}"
            );
        }
    }

    #[test]
    fn public_addresses_are_web_addresses() {
        assert_eq!(
            public_address("webcal://cal.example.org/u/hope", TargetKind::Caldav).unwrap(),
            "https://cal.example.org/u/hope"
        );
        assert_eq!(
            public_address("https://example.org/na", TargetKind::Webdav).unwrap(),
            "https://example.org/na/",
            "a folder ends in /"
        );
        assert_eq!(public_address("  ", TargetKind::Webdav).unwrap(), "");
        for bad in ["example.org/na", "ftp://example.org/", "https://"] {
            assert_eq!(
                public_address(bad, TargetKind::Webdav).unwrap_err().code(),
                "publish.invalid_public_url",
                "{bad}"
            );
        }
    }

    #[test]
    fn file_names_are_readable_and_never_empty() {
        let feed = |name: &str| feeds::Feed {
            id: 7,
            name: name.into(),
            token: String::new(),
            scope: feeds::FeedScope::Program,
        };
        assert_eq!(feeds::file_stem(&feed("Whole program")), "whole-program");
        assert_eq!(
            feeds::file_stem(&feed("  Reunión: en español! ")),
            "reunion-en-espanol"
        );
        assert_eq!(feeds::file_stem(&feed("Встречи")), "feed-7");
    }

    #[test]
    fn two_feeds_in_one_folder_never_share_a_file() {
        let (_dir, store) = crate::program::meetings::tests::store();
        let mut targets = vec![];
        for name in ["Online", "online!"] {
            let feed = store
                .write(|tx| {
                    feeds::create(
                        tx,
                        &feeds::FeedInput {
                            name: name.into(),
                            scope: feeds::FeedScope::Program,
                        },
                    )
                })
                .unwrap();
            targets.push(
                add_target(
                    &store,
                    &TargetInput {
                        feed_id: feed.id,
                        kind: TargetKind::Webdav,
                        url: "https://example.org/dav/area/".into(),
                        public_url: "https://example.org/area/".into(),
                        ..Default::default()
                    },
                )
                .unwrap(),
            );
        }
        let file = |t: &Target| {
            store
                .read(|c| {
                    Ok(c.query_row(
                        "SELECT file_name FROM publish_targets WHERE id = ?1",
                        [t.id],
                        |r| r.get::<_, String>(0),
                    )?)
                })
                .unwrap()
        };
        assert_eq!(file(&targets[0]), "online");
        assert_eq!(file(&targets[1]), format!("online-{}", targets[1].feed_id));
        // Saving the first again keeps its name.
        let again = add_target(
            &store,
            &TargetInput {
                feed_id: targets[0].feed_id,
                kind: TargetKind::Webdav,
                url: "https://example.org/dav/area/".into(),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(file(&again), "online");
    }

    #[test]
    fn back_off_doubles_to_an_hour() {
        assert_eq!(back_off(1), Duration::from_secs(30));
        assert_eq!(back_off(2), Duration::from_secs(60));
        assert_eq!(back_off(5), Duration::from_secs(480));
        assert_eq!(back_off(40), Duration::from_secs(3600));
    }
}
