//! Calendar feeds members subscribe to: the whole program, one group, one meeting, or a
//! saved filter (online only, Spanish, women's…), each behind an unguessable token.
//! A feed is built from meetings alone; members, attendance and chips never enter it.

pub mod flyer;
pub mod server;
mod watchdog;

use chrono::{DateTime, SubsecRound, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;
use ts_rs::TS;

use crate::clock::now_utc;
use crate::error::{Error, Result};
use crate::program::meetings::{self, Meeting, MeetingStatus};
use crate::program::occurrences::MeetingFilter;

pub const DEFAULT_NAME: &str = "Whole program";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FeedScope {
    Program,
    Group { group_id: i64 },
    Meeting { meeting_id: i64 },
    Filter { filter: MeetingFilter },
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Feed {
    pub id: i64,
    pub name: String,
    /// The secret part of the feed's address.
    pub token: String,
    pub scope: FeedScope,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FeedInput {
    pub name: String,
    pub scope: FeedScope,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FeedFormat {
    Ics,
    Json,
}

impl FeedFormat {
    fn hash_column(self) -> &'static str {
        match self {
            FeedFormat::Ics => "ics_hash",
            FeedFormat::Json => "json_hash",
        }
    }
    pub fn content_type(self) -> &'static str {
        match self {
            FeedFormat::Ics => "text/calendar; charset=utf-8",
            FeedFormat::Json => "application/json; charset=utf-8",
        }
    }
    pub fn extension(self) -> &'static str {
        match self {
            FeedFormat::Ics => "ics",
            FeedFormat::Json => "json",
        }
    }
}

/// A rendered feed with what HTTP caching needs.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub body: String,
    /// Strong validator: a hash of the body, quoted.
    pub etag: String,
    /// When this feed's content last changed; never goes backwards.
    pub last_modified: DateTime<Utc>,
    /// Set when the content is new since the last [`record`]ed render.
    pub mark: Option<Mark>,
}

fn new_token() -> String {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).expect("the operating system's random source is available");
    // 192 bits, URL-safe.
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn scope_columns(scope: &FeedScope) -> (&'static str, Option<i64>, Option<i64>, String) {
    match scope {
        FeedScope::Program => ("program", None, None, "{}".into()),
        FeedScope::Group { group_id } => ("group", Some(*group_id), None, "{}".into()),
        FeedScope::Meeting { meeting_id } => ("meeting", None, Some(*meeting_id), "{}".into()),
        FeedScope::Filter { filter } => (
            "filter",
            None,
            None,
            serde_json::to_string(filter).expect("a filter serialises"),
        ),
    }
}

pub fn create(conn: &Connection, input: &FeedInput) -> Result<Feed> {
    let name = input.name.trim();
    if name.is_empty() {
        return Err(Error::invalid(
            crate::error::Code::FeedNameEmpty,
            "name",
            "give the feed a name",
        ));
    }
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM feeds WHERE name = ?1)",
        [name],
        |r| r.get(0),
    )?;
    if exists {
        return Err(Error::invalid(
            crate::error::Code::FeedDuplicate,
            "name",
            format!("there is already a feed called '{name}'"),
        ));
    }
    match &input.scope {
        FeedScope::Group { group_id } => {
            crate::program::groups::get(conn, *group_id)?;
        }
        FeedScope::Meeting { meeting_id } => {
            meetings::get(conn, *meeting_id)?;
        }
        _ => {}
    }
    let (scope, group_id, meeting_id, filter) = scope_columns(&input.scope);
    let token = new_token();
    conn.execute(
        "INSERT INTO feeds (name, token, token_hash, scope, group_id, meeting_id, filter, high_water, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![name, token, token_hash(&token), scope, group_id, meeting_id, filter, now_utc()],
    )?;
    get(conn, conn.last_insert_rowid())
}

/// The whole-program feed, created the first time anyone asks for feeds.
pub fn ensure_default(conn: &Connection) -> Result<Feed> {
    let id: Option<i64> = conn
        .query_row(
            "SELECT id FROM feeds WHERE scope = 'program' ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    match id {
        Some(id) => get(conn, id),
        None => create(
            conn,
            &FeedInput {
                name: DEFAULT_NAME.into(),
                scope: FeedScope::Program,
            },
        ),
    }
}

pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    if conn.execute("DELETE FROM feeds WHERE id = ?1", [id])? == 0 {
        return Err(Error::not_found("feed", id));
    }
    Ok(())
}

const SELECT: &str = "SELECT id, name, token, scope, group_id, meeting_id, filter FROM feeds";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Feed> {
    let scope: String = r.get(3)?;
    let filter: String = r.get(6)?;
    let scope = match scope.as_str() {
        "group" => FeedScope::Group {
            group_id: r.get::<_, Option<i64>>(4)?.unwrap_or_default(),
        },
        "meeting" => FeedScope::Meeting {
            meeting_id: r.get::<_, Option<i64>>(5)?.unwrap_or_default(),
        },
        "filter" => FeedScope::Filter {
            filter: serde_json::from_str(&filter).unwrap_or_default(),
        },
        _ => FeedScope::Program,
    };
    Ok(Feed {
        id: r.get(0)?,
        name: r.get(1)?,
        token: r.get(2)?,
        scope,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Feed> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], row)
        .optional()?
        .ok_or_else(|| Error::not_found("feed", id))
}

pub fn list(conn: &Connection) -> Result<Vec<Feed>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} ORDER BY id"))?;
    let rows = stmt.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The feed called `name` (ignoring case).
pub fn by_name(conn: &Connection, name: &str) -> Result<Feed> {
    list(conn)?
        .into_iter()
        .find(|f| f.name.eq_ignore_ascii_case(name.trim()))
        .ok_or_else(|| {
            Error::invalid(
                crate::error::Code::FeedUnknown,
                "feed",
                format!("there is no feed called '{name}'; `homegroup feeds list` shows them"),
            )
        })
}

use crate::digest::token_hash;

/// The feed a token opens: one index probe on the token's hash, then the token itself
/// compared in constant time. A wrong token costs no scan and no write.
pub fn by_token(conn: &Connection, token: &str) -> Result<Option<Feed>> {
    let id: Option<i64> = conn
        .prepare_cached("SELECT id FROM feeds WHERE token_hash = ?1")?
        .query_row([token_hash(token)], |r| r.get(0))
        .optional()?;
    let Some(id) = id else {
        return Ok(None);
    };
    let feed = get(conn, id)?;
    let same: bool = feed.token.as_bytes().ct_eq(token.as_bytes()).into();
    Ok(same.then_some(feed))
}

/// The active meetings a feed publishes.
pub fn meetings_of(conn: &Connection, feed: &Feed) -> Result<Vec<Meeting>> {
    let all = meetings::list(conn)?
        .into_iter()
        .filter(|m| m.status == MeetingStatus::Active);
    Ok(match &feed.scope {
        FeedScope::Program => all.collect(),
        FeedScope::Group { group_id } => all.filter(|m| m.group_id == Some(*group_id)).collect(),
        FeedScope::Meeting { meeting_id } => all.filter(|m| m.id == *meeting_id).collect(),
        FeedScope::Filter { filter } => all.filter(|m| filter.matches(m)).collect(),
    })
}

/// How many meetings a feed publishes, counted without loading them (but for saved
/// filters, which are matched meeting by meeting).
pub fn count_of(conn: &Connection, feed: &Feed) -> Result<usize> {
    let count = |sql: &str, id: Option<i64>| -> Result<usize> {
        let n: i64 = match id {
            Some(id) => conn.prepare_cached(sql)?.query_row([id], |r| r.get(0))?,
            None => conn.prepare_cached(sql)?.query_row([], |r| r.get(0))?,
        };
        Ok(n as usize)
    };
    match &feed.scope {
        FeedScope::Program => count(
            "SELECT count(*) FROM meetings WHERE status = 'active'",
            None,
        ),
        FeedScope::Group { group_id } => count(
            "SELECT count(*) FROM meetings WHERE status = 'active' AND group_id = ?1",
            Some(*group_id),
        ),
        FeedScope::Meeting { meeting_id } => count(
            "SELECT count(*) FROM meetings WHERE status = 'active' AND id = ?1",
            Some(*meeting_id),
        ),
        FeedScope::Filter { .. } => Ok(meetings_of(conn, feed)?.len()),
    }
}

fn hash(body: &str) -> String {
    crate::digest::short_hash(body)
}

/// Renders a feed. The body depends only on the data; Last-Modified is the first time
/// this content was served, raised whenever the content differs from last time
/// (deletions included), never lowered. Rendering only reads: when the content is new,
/// `mark` holds what [`record`] should store, written after the answer by whoever can
/// (the feed server must never fail a poll because another program is writing).
pub fn render(conn: &Connection, feed: &Feed, format: FeedFormat) -> Result<Rendered> {
    let meetings = meetings_of(conn, feed)?;
    let body = match format {
        FeedFormat::Ics => crate::export::ics::export::calendar(conn, &meetings, &feed.name)?,
        FeedFormat::Json => {
            let out = crate::export::meeting_guide::export(&meetings);
            serde_json::to_string_pretty(&out.meetings).expect("JSON values serialise")
        }
    };
    let h = hash(&body);
    let (stored, high_water): (String, String) = conn.query_row(
        &format!(
            "SELECT {}, high_water FROM feeds WHERE id = ?1",
            format.hash_column()
        ),
        [feed.id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut last = parse_time(&high_water);
    let mut mark = None;
    if stored != h {
        // HTTP dates have whole seconds; so does the stored mark.
        let now = crate::clock::now().trunc_subsecs(0);
        if now > last {
            last = now;
        }
        mark = Some(Mark {
            feed_id: feed.id,
            format,
            hash: h.clone(),
            at: last,
        });
    }
    Ok(Rendered {
        etag: format!("\"{h}\""),
        body,
        last_modified: last,
        mark,
    })
}

/// A feed's content changed: its hash and the date it changed, to be stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub feed_id: i64,
    pub format: FeedFormat,
    pub hash: String,
    pub at: DateTime<Utc>,
}

/// Stores a [`Mark`]. The high-water mark only rises, so marks recorded late or twice
/// (two renders of one change) do no harm.
pub fn record(conn: &Connection, mark: &Mark) -> Result<()> {
    conn.execute(
        &format!(
            "UPDATE feeds SET {} = ?2, high_water = max(high_water, ?3) WHERE id = ?1",
            mark.format.hash_column()
        ),
        params![
            mark.feed_id,
            mark.hash,
            mark.at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
        ],
    )?;
    Ok(())
}

fn parse_time(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// Everything the subscribe screen shows for one feed.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FeedLinks {
    pub feed: Feed,
    /// `http://…/feeds/TOKEN.ics`, for calendar apps that ask for a URL.
    pub http: String,
    /// `webcal://…`, which opens the calendar app's subscribe dialog.
    pub webcal: String,
    /// The Meeting Guide JSON of the same meetings.
    pub json: String,
    /// Where members subscribe from anywhere, once a publish target has served the feed
    /// publicly (an https:// address on a server that is always on).
    pub public: Option<String>,
    /// Its webcal:// twin.
    pub public_webcal: Option<String>,
    /// QR code of the address members should use (the public one when there is one,
    /// else the local webcal address), as SVG markup.
    pub qr_svg: String,
    /// How many meetings the feed publishes now.
    pub meetings: usize,
}

/// The subscribe screen: where feeds are served and every feed's links.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Overview {
    /// Base address subscribers use, or none when the server is not running.
    pub base: Option<String>,
    /// Shared with the local network (else this computer only).
    pub lan: bool,
    pub feeds: Vec<FeedLinks>,
}

pub fn overview(conn: &Connection, base: Option<&str>, lan: bool) -> Result<Overview> {
    let shown = base.unwrap_or("http://127.0.0.1");
    Ok(Overview {
        base: base.map(str::to_owned),
        lan,
        feeds: links(conn, shown)?,
    })
}

pub fn links(conn: &Connection, base: &str) -> Result<Vec<FeedLinks>> {
    ensure_default(conn)?;
    list(conn)?
        .into_iter()
        .map(|f| {
            let http = url(base, &f, FeedFormat::Ics);
            let webcal = webcal(&http);
            let public = public_url_of(conn, f.id)?;
            let public_webcal = public.as_deref().map(self::webcal);
            Ok(FeedLinks {
                json: url(base, &f, FeedFormat::Json),
                qr_svg: crate::pdf::qr_svg(public_webcal.as_deref().unwrap_or(&webcal))?,
                public,
                public_webcal,
                meetings: count_of(conn, &f)?,
                http,
                webcal,
                feed: f,
            })
        })
        .collect()
}

/// The webcal:// twin of an http(s) feed address.
pub fn webcal(http: &str) -> String {
    match http.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => http.to_owned(),
    }
}

/// Where a feed is served: `http://HOST:PORT/feeds/TOKEN.ics` and its webcal twin.
pub fn url(base: &str, feed: &Feed, format: FeedFormat) -> String {
    format!(
        "{}/feeds/{}.{}",
        base.trim_end_matches('/'),
        feed.token,
        format.extension()
    )
}

/// The address members subscribe to for a feed, once a place it is published to has
/// served it publicly (the first such place, for a feed published to several). Kept
/// with the feeds: publishing records that a public address works, and every screen
/// and sheet that shows a feed's address reads it here.
pub fn public_url_of(conn: &Connection, feed_id: i64) -> Result<Option<String>> {
    let found: Option<(String, String, String)> = conn
        .prepare_cached(
            "SELECT kind, public_url, file_name FROM publish_targets \
             WHERE feed_id = ?1 AND public_ok_at IS NOT NULL ORDER BY id LIMIT 1",
        )?
        .query_row([feed_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    Ok(found.and_then(|(kind, public, file)| subscribe_url(&kind, &public, &file)))
}

/// A feed's files' name in a folder: its name in lower-case ASCII letters, digits and
/// dashes ("Whole program" → `whole-program`), readable in an address typed by hand.
pub fn file_stem(feed: &Feed) -> String {
    match crate::slug::of(&feed.name, 60) {
        name if name.is_empty() => format!("feed-{}", feed.id),
        name => name,
    }
}

/// Everything a folder that serves a feed holds: `<stem>.ics` first (what a public
/// address is checked by), the Meeting Guide `<stem>.json`, then the meeting finder
/// page and its data.
pub fn folder_files(
    conn: &Connection,
    feed: &Feed,
    stem: &str,
) -> Result<Vec<crate::page::PageFile>> {
    let mut out = Vec::new();
    for format in [FeedFormat::Ics, FeedFormat::Json] {
        out.push(crate::page::PageFile {
            name: format!("{stem}.{}", format.extension()),
            content_type: format.content_type(),
            body: render(conn, feed, format)?.body,
        });
    }
    out.extend(page_files(conn, feed, stem)?);
    Ok(out)
}

/// The meeting finder page of a feed published to a folder as `<stem>.ics`.
pub fn page_files(
    conn: &Connection,
    feed: &Feed,
    stem: &str,
) -> Result<Vec<crate::page::PageFile>> {
    let whole = feed.scope == FeedScope::Program;
    let names = crate::page::Names::in_folder(whole, stem);
    page_files_named(conn, feed, &names)
}

/// The meeting finder page of a feed, its files named as given.
pub fn page_files_named(
    conn: &Connection,
    feed: &Feed,
    names: &crate::page::Names,
) -> Result<Vec<crate::page::PageFile>> {
    let meetings = meetings_of(conn, feed)?;
    let title = (feed.name != DEFAULT_NAME).then_some(feed.name.as_str());
    crate::page::files(conn, &meetings, title, names)
}

/// The address of a feed's meeting finder page, once a folder it is published to has
/// served the feed publicly: what the flyer's QR code carries, since a phone without a
/// calendar app that subscribes (every Android phone) opens a web page.
pub fn page_url_of(conn: &Connection, feed: &Feed) -> Result<Option<String>> {
    let found: Option<(String, String)> = conn
        .prepare_cached(
            "SELECT public_url, file_name FROM publish_targets \
             WHERE feed_id = ?1 AND kind = 'webdav' AND public_ok_at IS NOT NULL \
               AND public_url != '' ORDER BY id LIMIT 1",
        )?
        .query_row([feed.id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let whole = feed.scope == FeedScope::Program;
    Ok(found.map(|(public, file)| format!("{public}{}", crate::page::html_name(whole, &file))))
}

/// What members subscribe to at a public address: a folder's `<file>.ics`, or a
/// calendar's own address (`kind` as stored: `webdav`, `caldav`).
pub fn subscribe_url(kind: &str, public_url: &str, file: &str) -> Option<String> {
    if public_url.is_empty() {
        return None;
    }
    Some(match kind {
        "webdav" => format!("{public_url}{file}.ics"),
        _ => public_url.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::meetings::create;
    use crate::program::meetings::tests::{store, tuesday_night};

    /// Renders and records in one go, as the feed server does across its answer.
    fn render_and_record(conn: &Connection, feed: &Feed, format: FeedFormat) -> Result<Rendered> {
        let r = render(conn, feed, format)?;
        if let Some(m) = &r.mark {
            record(conn, m)?;
        }
        Ok(r)
    }

    #[test]
    fn a_token_is_found_through_the_index_of_its_hash() {
        let (_d, s) = store();
        let feed = s.write(|tx| ensure_default(tx)).unwrap();
        let conn = s.conn();
        let plan: String = conn
            .query_row(
                "EXPLAIN QUERY PLAN SELECT id FROM feeds WHERE token_hash = ?1",
                [token_hash("x")],
                |r| r.get(3),
            )
            .unwrap();
        assert!(plan.contains("feeds_token_hash"), "{plan}");
        assert_eq!(by_token(&conn, &feed.token).unwrap().unwrap().id, feed.id);
        assert!(by_token(&conn, &feed.token[..47]).unwrap().is_none());
    }

    #[test]
    fn the_default_feed_is_made_once_with_a_long_random_token() {
        let (_d, s) = store();
        let a = s.write(|tx| ensure_default(tx)).unwrap();
        let b = s.write(|tx| ensure_default(tx)).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.token.len(), 48);
        assert!(s.write(|tx| by_token(tx, &a.token)).unwrap().is_some());
        assert!(s.write(|tx| by_token(tx, "nope")).unwrap().is_none());
    }

    #[test]
    fn last_modified_rises_on_change_and_deletion_and_never_falls() {
        let (_d, s) = store();
        let m = s.write(|tx| create(tx, &tuesday_night())).unwrap();
        let feed = s.write(|tx| ensure_default(tx)).unwrap();
        let first = s
            .write(|tx| render_and_record(tx, &feed, FeedFormat::Ics))
            .unwrap();
        let again = s
            .write(|tx| render_and_record(tx, &feed, FeedFormat::Ics))
            .unwrap();
        assert_eq!(first.etag, again.etag);
        assert_eq!(first.last_modified, again.last_modified);
        std::thread::sleep(std::time::Duration::from_millis(1100));
        s.write(|tx| meetings::delete(tx, m.id)).unwrap();
        let gone = s
            .write(|tx| render_and_record(tx, &feed, FeedFormat::Ics))
            .unwrap();
        assert_ne!(gone.etag, first.etag);
        assert!(gone.last_modified > first.last_modified);
        assert!(!gone.body.contains("Tuesday Night Hope"));
    }

    #[test]
    fn a_filter_feed_holds_only_matching_meetings() {
        let (_d, s) = store();
        s.write(|tx| create(tx, &tuesday_night())).unwrap();
        let mut es = tuesday_night();
        es.name = "Reunión en español".into();
        es.language = "es".into();
        s.write(|tx| create(tx, &es)).unwrap();
        let feed = s
            .write(|tx| {
                create_feed(
                    tx,
                    "Spanish",
                    MeetingFilter {
                        languages: vec!["es".into()],
                        ..Default::default()
                    },
                )
            })
            .unwrap();
        let r = s
            .write(|tx| render_and_record(tx, &feed, FeedFormat::Json))
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(v.as_array().unwrap().len(), 1);
        assert_eq!(v[0]["name"], "Reunión en español");
    }

    fn create_feed(conn: &Connection, name: &str, filter: MeetingFilter) -> Result<Feed> {
        super::create(
            conn,
            &FeedInput {
                name: name.into(),
                scope: FeedScope::Filter { filter },
            },
        )
    }
}
