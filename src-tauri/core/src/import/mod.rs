//! Importing published meeting lists. Each reader turns a source into `Imported`
//! meetings keyed by the source's own id (slug, BMLT id, UID); `apply` then creates,
//! updates or removes in one transaction, so a failed import changes nothing and a
//! re-import of the same source never duplicates.

pub mod bmlt;
pub mod csv;
pub mod fetch;
pub mod ics;
pub mod meeting_guide;
pub mod sources;
pub mod warning;

pub use warning::{ImportWarning, Position, Problem};

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::clock::now_utc;
use crate::error::{Error, Result};
use crate::program::exceptions::Exception;
use crate::program::fellowship::{AttendanceMode, Fellowship};
use crate::program::meetings::{self, MeetingInput};
use crate::schedule::Day;

/// The kinds of meeting list Homegroup reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportFormat {
    MeetingGuide,
    Bmlt,
    Ics,
    Csv,
}

impl ImportFormat {
    pub fn key(self) -> &'static str {
        match self {
            ImportFormat::MeetingGuide => "meeting_guide",
            ImportFormat::Bmlt => "bmlt",
            ImportFormat::Ics => "ics",
            ImportFormat::Csv => "csv",
        }
    }

    pub fn parse(s: &str) -> Option<ImportFormat> {
        [
            ImportFormat::MeetingGuide,
            ImportFormat::Bmlt,
            ImportFormat::Ics,
            ImportFormat::Csv,
        ]
        .into_iter()
        .find(|f| f.key() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            ImportFormat::MeetingGuide => "Meeting Guide JSON",
            ImportFormat::Bmlt => "BMLT",
            ImportFormat::Ics => "iCalendar",
            ImportFormat::Csv => "CSV",
        }
    }

    /// Which reader fits these bytes, judged by content, not by file name.
    pub fn detect(bytes: &[u8]) -> Result<ImportFormat> {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
        let t = head.trim_start_matches('\u{feff}').trim_start();
        if t.starts_with('[') || t.starts_with('{') {
            // BMLT names its fields unmistakably; everything else JSON is read as
            // Meeting Guide, whose reader explains any shape it cannot use.
            if t.contains("\"weekday_tinyint\"") || t.contains("\"id_bigint\"") {
                Ok(ImportFormat::Bmlt)
            } else {
                Ok(ImportFormat::MeetingGuide)
            }
        } else if t
            .as_bytes()
            .get(..15)
            .is_some_and(|h| h.eq_ignore_ascii_case(b"BEGIN:VCALENDAR"))
        {
            Ok(ImportFormat::Ics)
        } else if t.starts_with('<') {
            Err(html())
        } else if t.is_empty() {
            Err(Error::invalid(
                crate::error::Code::ImportEmpty,
                "file",
                "the file is empty",
            ))
        } else if csv::looks_like(t) {
            Ok(ImportFormat::Csv)
        } else {
            Err(Error::invalid(
                crate::error::Code::ImportUnknownFormat,
                "format",
                "this is not a meeting list Homegroup can read (Meeting Guide JSON, BMLT, iCalendar or CSV)",
            ))
        }
    }
}

pub(crate) fn html() -> Error {
    Error::invalid(
        crate::error::Code::ImportHtml,
        "file",
        "this is a web page (HTML), not a meeting list: the address may lead to a login, error or \"access denied\" page",
    )
}

/// A source's text without a byte-order mark or leading blanks; an empty file, one
/// that is not UTF-8 and a web page where a list was expected are refused by name.
pub(crate) fn text_of(bytes: &[u8]) -> Result<&str> {
    let text = std::str::from_utf8(bytes).map_err(|_| {
        // The advice depends on what the file is meant to be: a spreadsheet can save
        // UTF-8; a JSON or calendar file in another encoding came from a broken export.
        match ImportFormat::detect(bytes) {
            Ok(ImportFormat::Csv) | Err(_) => Error::invalid(
                crate::error::Code::ImportNotUtf8,
                "file",
                "the file is not UTF-8 text; in a spreadsheet, save it as \"CSV UTF-8\"",
            ),
            Ok(f) => Error::invalid(
                crate::error::Code::ImportNotUtf8Export,
                "file",
                format!(
                    "this {} file is not UTF-8 text, as the format requires; export it again from where it came from, or ask its maintainer to",
                    f.label()
                ),
            ),
        }
    })?;
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('<') {
        return Err(html());
    }
    if trimmed.is_empty() {
        return Err(Error::invalid(
            crate::error::Code::ImportEmpty,
            "file",
            "the file is empty",
        ));
    }
    Ok(trimmed)
}

/// The language a meeting's formats name, if any ("ES" → "es").
pub(crate) fn language_from(fellowship: Fellowship, codes: &[impl AsRef<str>]) -> String {
    codes
        .iter()
        .find_map(|c| crate::program::formats::language_of(fellowship, c.as_ref()))
        .unwrap_or("")
        .to_owned()
}

/// Text of a JSON source, refusing HTML and naming where broken JSON breaks.
pub(crate) fn json_root(bytes: &[u8], what: &str) -> Result<Value> {
    let trimmed = text_of(bytes)?;
    serde_json::from_str(trimmed).map_err(|e| json_error(&e, what))
}

/// What is wrong with a JSON source, in words: only a file that ends too soon is
/// called cut short; nesting, numbers and text that JSON readers refuse say so.
pub(crate) fn json_error(e: &serde_json::Error, what: &str) -> Error {
    let (line, column) = (e.line(), e.column());
    let detail = e.to_string();
    let (code, message) = if e.classify() == serde_json::error::Category::Eof {
        (
            crate::error::Code::ImportJsonCutShort,
            format!(
                "the {what} ends in the middle (line {line}): it was cut short; download it again"
            ),
        )
    } else if detail.contains("recursion limit") {
        (
            crate::error::Code::ImportJsonTooDeep,
            format!("the {what} nests lists inside lists too deeply (line {line}, column {column}) to be a meeting list"),
        )
    } else if detail.contains("number out of range") {
        (
            crate::error::Code::ImportJsonBadNumber,
            format!(
                "the {what} has a number too large to mean anything (line {line}, column {column})"
            ),
        )
    } else if detail.contains("surrogate") || detail.contains("escape") {
        (
            crate::error::Code::ImportJsonBadText,
            format!("the {what} has broken text: an escaped character that is not a character (line {line}, column {column})"),
        )
    } else {
        (
            crate::error::Code::ImportBadJson,
            format!("the {what} is not valid JSON (line {line}, column {column}): it may have been edited by hand or is not JSON"),
        )
    };
    Error::invalid(code, "file", message)
}

/// "19:00", "19:00:00", "7:00 PM", "7pm".
pub(crate) fn clock(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    if let Some(t) = crate::schedule::hhmm::parse(s) {
        return Some(t);
    }
    let lower = s.to_ascii_lowercase().replace('.', "");
    for f in ["%H:%M", "%H:%M:%S", "%I:%M %p", "%I:%M%p", "%I %p", "%I%p"] {
        if let Ok(t) = NaiveTime::parse_from_str(&lower, f) {
            return Some(t);
        }
    }
    match lower.as_str() {
        "noon" => NaiveTime::from_hms_opt(12, 0, 0),
        "midnight" => NaiveTime::from_hms_opt(0, 0, 0),
        _ => None,
    }
}

/// Four weeks back, so this month's calendar shows imported weekly meetings.
pub(crate) fn anchor() -> NaiveDate {
    crate::clock::today() - Duration::days(28)
}

/// The first date on or after `from` that falls on one of `days`: the rule's start.
/// What a reader found of one meeting, in the terms every format shares. `input()` is
/// the one place an imported meeting is made, so each format gets the same limits (a
/// name of 200 characters; notes joined a line each) and the same blanks for what is
/// this computer's to say (its group, room, facilitator, slips).
pub(crate) struct Listed {
    pub fellowship: Fellowship,
    pub name: String,
    pub mode: crate::program::fellowship::AttendanceMode,
    pub venue: Option<crate::program::meetings::VenueChoice>,
    pub url: String,
    pub phone: String,
    pub phone_notes: String,
    pub formats: Vec<String>,
    pub schedule: crate::schedule::Schedule,
    pub status: crate::program::meetings::MeetingStatus,
    /// The source's notes, each kept when not empty.
    pub notes: Vec<String>,
    pub language: String,
}

impl Listed {
    pub fn input(self) -> crate::program::meetings::MeetingInput {
        crate::program::meetings::MeetingInput {
            fellowship: self.fellowship,
            group_id: None,
            name: self.name.chars().take(200).collect(),
            mode: self.mode,
            venue: self.venue,
            room: String::new(),
            online: crate::program::meetings::OnlineAccess {
                url: self.url,
                dial_in: self.phone,
                dial_in_notes: self.phone_notes,
                // The source already published whatever its notes say.
                ..crate::program::meetings::OnlineAccess::default()
            },
            formats: self.formats,
            schedule: self.schedule,
            status: self.status,
            notes: self
                .notes
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("\n"),
            language: self.language,
            offers_verification: false,
            facilitator: String::new(),
        }
    }
}

/// Every week on `days`, from the first of them on or after `from`: how the meeting
/// lists (BMLT, CSV, Meeting Guide) describe a meeting.
pub(crate) fn weekly(
    from: NaiveDate,
    days: Vec<Day>,
    start_time: chrono::NaiveTime,
    duration_minutes: u32,
    timezone: String,
) -> crate::schedule::Schedule {
    crate::schedule::Schedule {
        start_date: first_on(from, &days),
        start_time,
        duration_minutes,
        timezone,
        recurrence: crate::schedule::Recurrence::Weekly { interval: 1, days },
        end_date: None,
    }
}

pub(crate) fn first_on(from: NaiveDate, days: &[Day]) -> NaiveDate {
    (0..7)
        .map(|k| from + Duration::days(k))
        .find(|d| days.contains(&Day::from_chrono(d.weekday())))
        .unwrap_or(from)
}

/// How to attend, from what a source says about place, link and phone.
pub(crate) fn mode_for(
    physical: bool,
    url: &str,
    phone: &str,
    says_online: bool,
) -> AttendanceMode {
    let remote = !url.is_empty() || !phone.is_empty() || says_online;
    match (physical, remote) {
        (true, true) => AttendanceMode::Hybrid,
        (true, false) => AttendanceMode::InPerson,
        (false, _) if url.is_empty() && !phone.is_empty() => AttendanceMode::Phone,
        (false, _) => AttendanceMode::Online,
    }
}

/// One meeting as a source describes it.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The source's own id for it (slug, BMLT id, UID).
    pub key: String,
    /// Hash of the source's record, to tell "unchanged" without comparing fields.
    pub hash: String,
    pub input: MeetingInput,
    pub group: Option<String>,
    /// Cancelled, moved or annotated dates the source gives (iCalendar only).
    pub exceptions: Vec<Exception>,
}

/// `hash_of` the parts joined by U+001F, without joining them.
pub(crate) fn hash_of_parts<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut h = Sha256::new();
    for (i, p) in parts.into_iter().enumerate() {
        if i > 0 {
            h.update("\u{1f}".as_bytes());
        }
        h.update(p.as_bytes());
    }
    let mut hex = format!("{:x}", h.finalize());
    hex.truncate(32);
    hex
}

pub(crate) fn hash_of(text: &str) -> String {
    // The first 16 bytes, in hex.
    let mut hex = format!("{:x}", Sha256::digest(text.as_bytes()));
    hex.truncate(32);
    hex
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ImportReport {
    pub source_id: i64,
    /// The format the source was read as.
    pub format: String,
    pub created: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub removed: u32,
    /// Names of the meetings created, updated and removed, for the preview.
    pub created_names: Vec<String>,
    pub updated_names: Vec<String>,
    pub removed_names: Vec<String>,
    /// Meetings edited here since the last import, left as they are.
    pub kept_local_edits: Vec<String>,
    /// Records the source holds that could not be used, or came in with something left
    /// out, and why (worded in the asked language by [`ImportReport::word`]).
    pub warnings: Vec<ImportWarning>,
    /// Records left out, and records that came in with something left out (filled by
    /// [`ImportReport::word`]).
    pub skipped: u32,
    pub partly: u32,
    /// The warnings' reasons, grouped and counted, most first (filled by `word`).
    pub reasons: Vec<Reason>,
}

/// One reason a summary gives, with how many records it touched.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Reason {
    pub text: String,
    pub count: u32,
    /// The records were left out (else they came in with something left out).
    pub skipped: bool,
    /// The sentences of the warnings behind it, in the list's order.
    pub warnings: Vec<String>,
}

impl ImportReport {
    /// Words the warnings in `lang` and counts them: how many records were left out,
    /// how many came in with something left out, and the reasons, grouped.
    pub fn word(&mut self, lang: crate::i18n::Lang) {
        warning::word(&mut self.warnings, lang);
        // Grouped by whether the records were left out, what was wrong, and which check.
        type Key = (bool, Problem, Option<crate::error::Code>);
        let mut groups: Vec<(Key, Reason)> = vec![];
        let mut partly = std::collections::HashSet::new();
        self.skipped = 0;
        for w in &self.warnings {
            if w.skipped {
                self.skipped += 1;
            } else {
                partly.insert(w.name.clone());
            }
            let key = (w.skipped, w.problem, w.code);
            let at = match groups.iter().position(|(k, _)| *k == key) {
                Some(i) => i,
                None => {
                    let text = match (w.problem, w.code) {
                        (Problem::Invalid, Some(code)) => {
                            crate::i18n::message(lang, &crate::error::message_id(code), &[])
                        }
                        (p, _) => warning::reason(p, lang),
                    };
                    groups.push((
                        key,
                        Reason {
                            text,
                            skipped: w.skipped,
                            ..Default::default()
                        },
                    ));
                    groups.len() - 1
                }
            };
            let r = &mut groups[at].1;
            r.count += 1;
            r.warnings.push(w.text.clone());
        }
        self.partly = partly.len() as u32;
        let mut reasons: Vec<Reason> = groups.into_iter().map(|(_, r)| r).collect();
        reasons.sort_by(|a, b| b.skipped.cmp(&a.skipped).then(b.count.cmp(&a.count)));
        self.reasons = reasons;
    }
}

/// What to import and how.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct ImportRequest {
    /// A file path or an http(s) address; with the format, it names the source.
    pub location: String,
    /// `None`: detected from the content.
    pub format: Option<ImportFormat>,
    pub fellowship: Fellowship,
    /// Zone for sources that do not give one (Meeting Guide without `timezone`).
    pub default_zone: String,
    /// Take the source's version even of meetings edited here.
    #[serde(default)]
    pub overwrite_local_edits: bool,
    /// BMLT service bodies to ask a root server for (all when empty).
    #[serde(default)]
    pub service_bodies: Vec<u32>,
}

impl ImportRequest {
    pub fn new(location: &str, fellowship: Fellowship, default_zone: &str) -> ImportRequest {
        ImportRequest {
            location: location.trim().to_owned(),
            format: None,
            fellowship,
            default_zone: default_zone.to_owned(),
            overwrite_local_edits: false,
            service_bodies: vec![],
        }
    }

    pub fn is_url(&self) -> bool {
        self.location.starts_with("http://") || self.location.starts_with("https://")
    }
}

/// How far an import is, for a progress bar: `done` of `total` meetings applied.
#[derive(Debug, Clone, Copy, Serialize, TS)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

/// Reads the source's bytes: the file, or the address with the network limits of
/// [`fetch`] (a BMLT root server is asked for its meeting search).
pub async fn load(req: &ImportRequest) -> Result<Vec<u8>> {
    if req.is_url() {
        let url = match req.format {
            Some(ImportFormat::Bmlt) => bmlt::search_url(&req.location, &req.service_bodies),
            _ => req.location.clone(),
        };
        fetch::fetch(&url).await
    } else {
        let path = std::path::PathBuf::from(&req.location);
        let meta = std::fs::metadata(&path).map_err(|e| crate::error::Error::Io {
            path: path.clone(),
            source: e,
        })?;
        if meta.len() as usize > fetch::MAX_BYTES {
            return Err(Error::invalid(
                crate::error::Code::ImportTooLarge,
                "file",
                format!(
                    "the file is {} MB; a meeting list is at most {} MB",
                    meta.len() / 1_000_000,
                    fetch::MAX_BYTES / 1_000_000
                ),
            ));
        }
        std::fs::read(&path).map_err(|e| Error::Io { path, source: e })
    }
}

/// Loads the source (a file or an address) and imports it on a blocking thread; with
/// `dry_run` the report says what would change and the store is left as it was.
pub async fn run(
    store: std::sync::Arc<crate::Store>,
    req: ImportRequest,
    dry_run: bool,
    mut progress: impl FnMut(Progress) + Send + 'static,
) -> Result<ImportReport> {
    let bytes = load(&req).await?;
    tokio::task::spawn_blocking(move || {
        let mut step = |p: Progress| progress(p);
        if dry_run {
            store.preview(|tx| import(tx, &req, &bytes, &mut step))
        } else {
            store.write(|tx| import(tx, &req, &bytes, &mut step))
        }
    })
    .await
    .map_err(|_| {
        Error::invalid(
            crate::error::Code::ImportInterrupted,
            "file",
            "the import stopped unexpectedly; nothing was changed",
        )
    })?
}

/// The name a source is stored under: an address as given, a file by its full path.
pub fn location_key(req: &ImportRequest) -> String {
    if req.is_url() {
        match req.format {
            Some(ImportFormat::Bmlt) => bmlt::search_url(&req.location, &req.service_bodies),
            _ => req.location.clone(),
        }
    } else {
        std::fs::canonicalize(&req.location)
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| req.location.clone())
    }
}

fn source_id(
    conn: &Connection,
    format: ImportFormat,
    location: &str,
    fellowship: Fellowship,
) -> Result<i64> {
    let found: Option<i64> = conn
        .query_row(
            "SELECT id FROM import_sources WHERE kind = ?1 AND location = ?2",
            params![format.key(), location],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    conn.execute(
        "INSERT INTO import_sources (kind, location, fellowship, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![format.key(), location, fellowship.key(), now_utc()],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The most meetings one list may hold: a whole region is about 35,000. Counted before
/// anything is parsed, so a list made to exhaust memory and time is refused in a moment.
pub const MAX_RECORDS: usize = 100_000;

/// How many records `bytes` holds at most, counted without parsing: the items of a
/// JSON list, the events of a calendar, the lines of a CSV file. Stops counting past
/// [`MAX_RECORDS`].
fn count_records(bytes: &[u8], format: ImportFormat) -> usize {
    match format {
        ImportFormat::MeetingGuide | ImportFormat::Bmlt => json_items(bytes),
        ImportFormat::Ics => {
            let needle = b"BEGIN:VEVENT";
            let mut n = 0;
            let mut at = 0;
            while let Some(i) = find(&bytes[at..], needle) {
                n += 1;
                if n > MAX_RECORDS {
                    break;
                }
                at += i + needle.len();
            }
            n
        }
        // A header, then a meeting a line (a quoted line break makes this an
        // overcount, never an undercount).
        ImportFormat::Csv => bytes
            .iter()
            .filter(|b| **b == b'\n')
            .take(MAX_RECORDS + 2)
            .count()
            .saturating_sub(1),
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = hay[from..].iter().position(|&b| b == needle[0]) {
        let at = from + p;
        if hay[at..].starts_with(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Items of the outermost JSON array, or of the largest array one level inside an
/// outermost object (`{"meetings": […]}`): values at that depth, outside strings.
fn json_items(bytes: &[u8]) -> usize {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    // For the containers open at depth 1 and 2: whether each is an array, and how many
    // items it has so far.
    let mut array = [false; 3];
    let mut items = [0usize; 3];
    let mut best = 0usize;
    let first_value = |depth: usize, items: &mut [usize; 3], array: &[bool; 3]| {
        if (1..=2).contains(&depth) && array[depth] && items[depth] == 0 {
            items[depth] = 1;
        }
    };
    for &b in bytes {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => {
                first_value(depth, &mut items, &array);
                in_string = true;
            }
            b'[' | b'{' => {
                first_value(depth, &mut items, &array);
                depth += 1;
                if depth <= 2 {
                    array[depth] = b == b'[';
                    items[depth] = 0;
                }
            }
            b']' | b'}' => {
                if depth <= 2 && array[depth] {
                    best = best.max(items[depth]);
                }
                depth = depth.saturating_sub(1);
            }
            b',' if (1..=2).contains(&depth) && array[depth] => {
                items[depth] += 1;
                if items[depth] > MAX_RECORDS {
                    return items[depth];
                }
            }
            b' ' | b'\t' | b'\r' | b'\n' | b',' | b':' => {}
            _ => first_value(depth, &mut items, &array),
        }
    }
    best.max(items[1]).max(items[2])
}

#[cfg(test)]
mod count_tests {
    use super::*;

    #[test]
    fn records_are_counted_without_parsing() {
        assert_eq!(json_items(br#"[]"#), 0);
        assert_eq!(
            json_items(br#"[{"name": "a, b", "types": ["O", "D"]}, {"name": "c"}]"#),
            2
        );
        assert_eq!(json_items(br#"{"meetings": [1, 2, 3], "x": [1]}"#), 3);
        assert_eq!(json_items(br#"["a\"],", "b"]"#), 2);
        let many = format!("[{}{{}}]", "{},".repeat(MAX_RECORDS + 5));
        assert!(json_items(many.as_bytes()) > MAX_RECORDS);
        let ics = "BEGIN:VEVENT\r\nEND:VEVENT\r\n".repeat(3);
        assert_eq!(count_records(ics.as_bytes(), ImportFormat::Ics), 3);
        assert_eq!(count_records(b"name,day\na,1\nb,2\n", ImportFormat::Csv), 2);
    }
}

/// The readers behind one door: the items and the warnings about skipped records.
pub fn read(
    bytes: &[u8],
    format: ImportFormat,
    fellowship: Fellowship,
    default_zone: &str,
) -> Result<(Vec<Imported>, Vec<ImportWarning>)> {
    crate::schedule::zones::parse(default_zone)?;
    if bytes.len() > fetch::MAX_BYTES {
        return Err(Error::invalid(
            crate::error::Code::ImportTooLarge,
            "file",
            format!(
                "the list is {} MB; a meeting list is at most {} MB",
                bytes.len() / 1_000_000,
                fetch::MAX_BYTES / 1_000_000
            ),
        ));
    }
    let records = count_records(bytes, format);
    if records > MAX_RECORDS {
        return Err(Error::invalid(
            crate::error::Code::ImportTooMany,
            "file",
            format!(
                "the list holds more than {MAX_RECORDS} meetings; a whole region holds about 35,000, so this is not a meeting list (or it is several joined together)"
            ),
        ));
    }
    match format {
        ImportFormat::MeetingGuide => meeting_guide::read(bytes, fellowship, default_zone),
        ImportFormat::Bmlt => bmlt::read(bytes, fellowship, default_zone),
        ImportFormat::Ics => ics::read(bytes, fellowship, default_zone),
        ImportFormat::Csv => csv::read(bytes, fellowship, default_zone),
    }
}

/// Reads `bytes` as the request's format (detected when `None`) and brings the store
/// in line with it. Run it inside one transaction (`Store::write`, or `Store::preview`
/// to see the report without keeping anything): any error leaves nothing behind.
pub fn import(
    conn: &Connection,
    req: &ImportRequest,
    bytes: &[u8],
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportReport> {
    let format = match req.format {
        Some(f) => f,
        None => ImportFormat::detect(bytes)?,
    };
    let (items, warnings) = read(bytes, format, req.fellowship, &req.default_zone)?;
    if items.is_empty() {
        let why = warnings
            .iter()
            .take(3)
            .map(|w| w.words(crate::i18n::Lang::EN))
            .collect::<Vec<_>>()
            .join("; ");
        return Err(Error::invalid(
            crate::error::Code::ImportNoMeetings,
            "file",
            if why.is_empty() {
                "the list parses but holds no meetings".to_owned()
            } else {
                format!("the list holds no meeting Homegroup can use ({why})")
            },
        ));
    }
    let location = location_key(req);
    let source = source_id(conn, format, &location, req.fellowship)?;
    // Indexed for search once, at the end (schema v14).
    let mut report = crate::program::search::deferred(conn, || {
        apply(conn, source, items, req.overwrite_local_edits, progress)
    })?;
    report.format = format.key().to_owned();
    report.warnings.splice(0..0, warnings);
    conn.execute(
        "INSERT INTO import_runs (source_id, started_at, finished_at, created, updated, unchanged, removed, skipped, report) \
         VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            source,
            now_utc(),
            report.created,
            report.updated,
            report.unchanged,
            report.removed,
            report.kept_local_edits.len() as i64 + report.warnings.len() as i64,
            serde_json::to_string(&report).expect("a report serialises"),
        ],
    )?;
    conn.execute(
        "UPDATE import_sources SET last_run_at = ?2 WHERE id = ?1",
        params![source, now_utc()],
    )?;
    Ok(report)
}

/// What an earlier import of this source made: key → (meeting id, the record's hash,
/// edited here since, name).
type Known = HashMap<String, (i64, Option<String>, bool, String)>;

fn known(conn: &Connection, source: i64) -> Result<Known> {
    let mut stmt = conn.prepare(
        "SELECT source_key, id, source_hash, locally_edited, name FROM meetings WHERE source_id = ?1",
    )?;
    let rows = stmt.query_map([source], |r| {
        Ok((
            r.get::<_, String>(0)?,
            (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?),
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Meetings the source no longer lists go, unless edited here (then kept and named).
fn remove_gone(
    conn: &Connection,
    existing: &Known,
    seen: &HashSet<String>,
    overwrite: bool,
    report: &mut ImportReport,
) -> Result<()> {
    for (key, (id, _, edited, name)) in existing {
        if seen.contains(key) {
            continue;
        }
        if *edited && !overwrite {
            report.kept_local_edits.push(name.clone());
        } else {
            meetings::delete(conn, *id)?;
            report.removed += 1;
            report.removed_names.push(name.clone());
        }
    }
    Ok(())
}

fn apply(
    conn: &Connection,
    source: i64,
    items: Vec<Imported>,
    overwrite: bool,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportReport> {
    let mut report = ImportReport {
        source_id: source,
        ..Default::default()
    };
    let existing = known(conn, source)?;
    let total = items.len() as u32;
    let mut seen = HashSet::new();
    let mut venues = meetings::VenueCache::with_stored(conn)?;
    let mut inserts = meetings::Inserts::new(conn)?;
    let mut groups: HashMap<String, i64> = HashMap::new();
    for (i, mut item) in items.into_iter().enumerate() {
        if i % 500 == 0 {
            progress(Progress {
                done: i as u32,
                total,
            });
        }
        if !seen.insert(item.key.clone()) {
            report.warnings.push(ImportWarning::skipped(
                &item.input.name,
                None,
                Problem::DuplicateId,
                item.key.clone(),
            ));
            continue;
        }
        let unchanged =
            matches!(existing.get(&item.key), Some((_, Some(h), _, _)) if *h == item.hash);
        if unchanged {
            report.unchanged += 1;
            continue;
        }
        if let Some(group) = item
            .group
            .as_deref()
            .map(str::trim)
            .filter(|g| !g.is_empty())
        {
            let id = match groups.get(group) {
                Some(id) => *id,
                None => {
                    let id =
                        crate::program::groups::find_or_create(conn, item.input.fellowship, group)?;
                    groups.insert(group.to_owned(), id);
                    id
                }
            };
            item.input.group_id = Some(id);
        }
        let name = item.input.name.clone();
        let outcome = match existing.get(&item.key) {
            Some((_, _, true, local_name)) if !overwrite => {
                report.kept_local_edits.push(local_name.clone());
                continue;
            }
            Some((id, _, _, _)) => {
                meetings::update_imported(conn, *id, &item.input, &item.hash, &mut venues)
                    .map(|_| (*id, false))
            }
            None => meetings::create_imported(
                conn,
                &mut inserts,
                &item.input,
                source,
                &item.key,
                &item.hash,
                &mut venues,
            )
            .map(|id| (id, true)),
        };
        let (id, created) = match outcome {
            Ok(x) => x,
            Err(Error::Invalid { code, .. }) => {
                report.warnings.push(ImportWarning::refused(&name, code));
                continue;
            }
            Err(e) => return Err(e),
        };
        // A new meeting has no changed dates to replace.
        if !(created && item.exceptions.is_empty()) {
            let schedule = &item.input.schedule;
            for w in
                crate::program::exceptions::replace_imported(conn, id, schedule, &item.exceptions)?
            {
                report.warnings.push(match w {
                    crate::program::exceptions::Dropped::Unreadable(v) => {
                        ImportWarning::partly(&name, None, Problem::ChangeUnreadable, v)
                    }
                    crate::program::exceptions::Dropped::NotADate(v) => {
                        ImportWarning::partly(&name, None, Problem::ChangeNotADate, v)
                    }
                });
            }
        }
        if created {
            report.created += 1;
            report.created_names.push(name);
        } else {
            report.updated += 1;
            report.updated_names.push(name);
        }
    }
    remove_gone(conn, &existing, &seen, overwrite, &mut report)?;
    progress(Progress { done: total, total });
    report.kept_local_edits.sort();
    report.removed_names.sort();
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_json_is_named_for_what_is_wrong_with_it() {
        let code = |bytes: &[u8]| json_root(bytes, "list").unwrap_err();
        let cut = code(br#"[{"name": "Sunday Seren"#);
        assert_eq!(cut.code(), "import.json_cut_short");
        assert!(cut.to_string().contains("cut short"));
        for (bytes, want) in [
            (
                format!("{}{}", "[".repeat(1000), "]".repeat(1000)).into_bytes(),
                "import.json_too_deep",
            ),
            (br#"[{"day": 1e999}]"#.to_vec(), "import.json_bad_number"),
            (
                br#"[{"name": "\ud800 x"}]"#.to_vec(),
                "import.json_bad_text",
            ),
            (br#"[{"name": "x",,}]"#.to_vec(), "import.bad_json"),
        ] {
            let e = code(&bytes);
            assert_eq!(e.code(), want, "{e}");
            assert!(!e.to_string().contains("cut short"), "{want}: {e}");
        }
    }

    #[test]
    fn a_file_in_another_encoding_gets_advice_for_its_kind() {
        let latin1_json = b"[{\"name\": \"Reuni\xf3n\", \"day\": 1, \"time\": \"19:00\"}]";
        let e = text_of(latin1_json).unwrap_err();
        assert_eq!(e.code(), "import.not_utf8_export");
        assert!(e.to_string().contains("Meeting Guide JSON"), "{e}");
        assert!(!e.to_string().contains("CSV"), "{e}");
        let ics = b"BEGIN:VCALENDAR\r\nSUMMARY:Reuni\xf3n\r\nEND:VCALENDAR\r\n";
        assert!(text_of(ics).unwrap_err().to_string().contains("iCalendar"));
        let csv = b"Name,Day,Time\nReuni\xf3n,Monday,19:00\n";
        assert_eq!(text_of(csv).unwrap_err().code(), "import.not_utf8");
    }
    use crate::program::meetings::tests::store;

    #[test]
    fn record_hashes_stay_what_earlier_versions_stored() {
        // Stored hashes decide "unchanged" on the next import; a new way of computing
        // them must give the same strings, or every meeting would look edited once.
        let parts = [
            "1042",
            "",
            "Grupo Esperanza",
            "3",
            "19:00:00",
            "Calle Mayor, 5",
        ];
        assert_eq!(hash_of_parts(parts), hash_of(&parts.join("\u{1f}")));
        assert_eq!(hash_of(""), "e3b0c44298fc1c149afbf4c8996fb924");
    }

    const FEED: &str = r#"[
      {"name": "Sunday Serenity", "slug": "sunday", "day": 0, "time": "18:00", "timezone": "America/New_York", "address": "1 Main St", "city": "Anytown"},
      {"name": "Tuesday Online", "slug": "tuesday", "day": 2, "time": "19:00", "timezone": "America/New_York", "conference_url": "https://zoom.us/j/1234567890"}
    ]"#;

    fn run(s: &crate::Store, text: &str) -> Result<ImportReport> {
        let req = ImportRequest::new("feed.json", Fellowship::Other, "UTC");
        s.write(|tx| import(tx, &req, text.as_bytes(), &mut |_| {}))
    }

    #[test]
    fn reimport_updates_removes_and_keeps_local_edits() {
        let (_d, s) = store();
        let r = run(&s, FEED).unwrap();
        assert_eq!((r.created, r.updated, r.unchanged, r.removed), (2, 0, 0, 0));
        let changed = FEED.replace("\"18:00\"", "\"18:30\"");
        let r = run(&s, &changed).unwrap();
        assert_eq!((r.created, r.updated, r.unchanged), (0, 1, 1));
        let sunday = meetings::list(&s.conn())
            .unwrap()
            .into_iter()
            .find(|m| m.name == "Sunday Serenity")
            .unwrap();
        assert_eq!(sunday.schedule.start_time.to_string(), "18:30:00");
        assert!(sunday.imported && !sunday.locally_edited);

        // Edited here: the next import keeps the edit and says so.
        let mut input = crate::program::meetings::tests::tuesday_night();
        input.name = "Sunday Serenity (our hall)".into();
        s.write(|tx| meetings::update(tx, sunday.id, &input))
            .unwrap();
        let r = run(&s, &changed.replace("18:30", "17:00")).unwrap();
        assert_eq!(
            r.kept_local_edits,
            vec!["Sunday Serenity (our hall)".to_owned()]
        );

        // Gone from the source: removed here (unless edited here).
        let only_sunday = r#"[{"name": "Sunday Serenity", "slug": "sunday", "day": 0, "time": "17:00", "timezone": "America/New_York", "address": "1 Main St", "city": "Anytown"}]"#;
        let r = run(&s, only_sunday).unwrap();
        assert_eq!(r.removed, 1);
        assert_eq!(meetings::list(&s.conn()).unwrap().len(), 1);
    }

    #[test]
    fn an_import_reuses_stored_venues_and_brings_their_coordinates() {
        let (_d, s) = store();
        let hall = |lat: &str| {
            format!(
                r#"{{"name": "Hall {lat}", "slug": "h{lat}", "day": 1, "time": "19:00", "timezone": "America/New_York",
                    "location": "St. Mark's", "address": "12 Elm St", "city": "Springfield", "latitude": {lat}, "longitude": -75.1}}"#
            )
        };
        // Stored by hand, before any import, with no coordinates.
        let mut input = crate::program::meetings::tests::tuesday_night();
        if let Some(meetings::VenueChoice::New { venue }) = &mut input.venue {
            venue.name = "St. Mark's".into();
        }
        s.write(|tx| meetings::create(tx, &input)).unwrap();
        let count = || -> i64 {
            s.conn()
                .query_row("SELECT count(*) FROM venues", [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(count(), 1);
        run(&s, &format!("[{}, {}]", hall("40.1"), hall("40.2"))).unwrap();
        assert_eq!(count(), 1, "the same place is not stored twice");
        let lat: f64 = s
            .conn()
            .query_row("SELECT latitude FROM venues", [], |r| r.get(0))
            .unwrap();
        assert_eq!(lat, 40.1, "the first record's coordinates, once");
        // A new place in the next import is a new venue, reused within the import.
        let other = hall("40.3").replace("12 Elm St", "9 Oak Ave");
        run(
            &s,
            &format!("[{}, {}]", other, other.replace("h40.3", "h40.4")),
        )
        .unwrap();
        assert_eq!(count(), 2);
    }

    #[test]
    fn a_failed_import_leaves_nothing_behind() {
        let (_d, s) = store();
        let e = run(&s, "[{\"name\": \"x\", \"slug\": \"x\"}]").unwrap_err();
        assert_eq!(e.code(), "import.no_meetings");
        let sources: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM import_sources", [], |r| r.get(0))
            .unwrap();
        assert_eq!(sources, 0);
    }

    #[test]
    fn calendar_files_bring_their_changed_dates_and_a_preview_keeps_nothing() {
        let (_d, s) = store();
        let file = include_bytes!("../../../../tests/fixtures/group-calendar.ics");
        let req = ImportRequest::new("group.ics", Fellowship::Na, "UTC");
        let preview = s.preview(|tx| import(tx, &req, file, &mut |_| {})).unwrap();
        assert_eq!((preview.created, preview.format.as_str()), (3, "ics"));
        assert!(meetings::list(&s.conn()).unwrap().is_empty());

        let mut seen = vec![];
        let r = s
            .write(|tx| import(tx, &req, file, &mut |p| seen.push(p.done)))
            .unwrap();
        assert_eq!(r.created, 3);
        assert_eq!(seen.last(), Some(&3));
        let tuesday = meetings::list(&s.conn())
            .unwrap()
            .into_iter()
            .find(|m| m.name.starts_with("Grupo"))
            .unwrap();
        let ex = crate::program::exceptions::list(&s.conn(), tuesday.id).unwrap();
        assert_eq!(ex.len(), 4);

        let again = s.write(|tx| import(tx, &req, file, &mut |_| {})).unwrap();
        assert_eq!((again.created, again.updated, again.unchanged), (0, 0, 3));
        assert_eq!(meetings::list(&s.conn()).unwrap().len(), 3);
    }

    #[test]
    fn local_edits_are_overwritten_only_when_asked() {
        let (_d, s) = store();
        run(&s, FEED).unwrap();
        let sunday = meetings::list(&s.conn())
            .unwrap()
            .into_iter()
            .find(|m| m.name == "Sunday Serenity")
            .unwrap();
        let mut input = crate::program::meetings::tests::tuesday_night();
        input.name = "Ours now".into();
        s.write(|tx| meetings::update(tx, sunday.id, &input))
            .unwrap();
        let changed = FEED.replace("18:00", "18:15");
        let mut req = ImportRequest::new("feed.json", Fellowship::Other, "UTC");
        req.overwrite_local_edits = true;
        let r = s
            .write(|tx| import(tx, &req, changed.as_bytes(), &mut |_| {}))
            .unwrap();
        assert!(r.kept_local_edits.is_empty());
        assert_eq!(r.updated_names, vec!["Sunday Serenity".to_owned()]);
        assert!(!meetings::get(&s.conn(), sunday.id).unwrap().locally_edited);
    }

    #[test]
    fn formats_are_told_apart_by_content() {
        assert_eq!(
            ImportFormat::detect(b"[{\"name\":\"x\"}]").unwrap(),
            ImportFormat::MeetingGuide
        );
        assert_eq!(
            ImportFormat::detect(b"[{\"id_bigint\":\"1\"}]").unwrap(),
            ImportFormat::Bmlt
        );
        assert_eq!(
            ImportFormat::detect(b"\xef\xbb\xbfBEGIN:VCALENDAR\r\n").unwrap(),
            ImportFormat::Ics
        );
        assert_eq!(
            ImportFormat::detect(b"Time,Day,Name\n").unwrap(),
            ImportFormat::Csv
        );
        assert_eq!(
            ImportFormat::detect(b"<!DOCTYPE html>").unwrap_err().code(),
            "import.html"
        );
        assert_eq!(
            ImportFormat::detect(b"hello").unwrap_err().code(),
            "import.unknown_format"
        );
    }
}
