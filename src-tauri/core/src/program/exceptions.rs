//! Changes to single dates of a meeting (cancelled, moved, annotated), keyed by the
//! occurrence's original local start, and temporary closures over a range of dates.
//! Every change bumps the meeting's SEQUENCE and edit time so calendar feeds update.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::clock::now_utc;
use crate::error::{Error, Result};
use crate::program::meetings;
use crate::schedule::expand::Expander;

/// The key of an occurrence: its original local start, `YYYY-MM-DDTHH:MM`.
pub fn occurrence_key(local: NaiveDateTime) -> String {
    local.format("%Y-%m-%dT%H:%M").to_string()
}

pub fn parse_occurrence_key(s: &str) -> Result<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s.trim(), "%Y-%m-%dT%H:%M").map_err(|_| {
        Error::invalid(
            crate::error::Code::ExceptionInvalidOccurrence,
            "occurrence",
            format!("'{s}' is not an occurrence start like 2026-12-24T19:00"),
        )
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExceptionKind {
    Cancelled,
    Moved,
    /// Happens as usual, with a note (anniversary speaker, birthday night).
    Noted,
}

impl ExceptionKind {
    fn key(self) -> &'static str {
        match self {
            ExceptionKind::Cancelled => "cancelled",
            ExceptionKind::Moved => "moved",
            ExceptionKind::Noted => "noted",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "cancelled" => Some(ExceptionKind::Cancelled),
            "moved" => Some(ExceptionKind::Moved),
            "noted" => Some(ExceptionKind::Noted),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Exception {
    /// Original local start of the occurrence, `YYYY-MM-DDTHH:MM`.
    pub occurrence: String,
    pub kind: ExceptionKind,
    #[serde(default)]
    pub note: String,
    /// New local start, in the meeting's zone, when moved in time.
    #[serde(default)]
    #[ts(type = "string | null")]
    pub new_start: Option<NaiveDateTime>,
    #[serde(default)]
    pub new_duration: Option<u32>,
    #[serde(default)]
    pub new_venue_id: Option<i64>,
    #[serde(default)]
    pub new_video_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Closure {
    pub id: i64,
    pub from_date: NaiveDate,
    pub to_date: NaiveDate,
    pub reason: String,
}

fn touch(conn: &Connection, meeting_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE meetings SET sequence = sequence + 1, updated_at = ?2 WHERE id = ?1",
        params![meeting_id, now_utc()],
    )?;
    Ok(())
}

/// Records (or replaces) the change to one occurrence.
pub fn set(conn: &Connection, meeting_id: i64, e: &Exception) -> Result<()> {
    let meeting = meetings::get(conn, meeting_id)?;
    let original = parse_occurrence_key(&e.occurrence)?;
    let exp = Expander::new(&meeting.schedule)?;
    if !exp
        .local_starts(original.date(), original.date())
        .contains(&original)
    {
        return Err(Error::invalid(
            crate::error::Code::ExceptionNotAnOccurrence,
            "occurrence",
            format!(
                "{} does not meet at {}",
                meeting.name,
                e.occurrence.replace('T', " ")
            ),
        ));
    }
    let url = e
        .new_video_url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty());
    if let Some(u) = url {
        if !(u.starts_with("https://") || u.starts_with("http://")) {
            return Err(Error::invalid(
                crate::error::Code::MeetingInvalidUrl,
                "new_video_url",
                format!("'{u}' is not a web link; it should start with https://"),
            ));
        }
    }
    if let Some(v) = e.new_venue_id {
        crate::program::venues::get(conn, v)?;
    }
    if let Some(d) = e.new_duration {
        if d == 0 || d > 24 * 60 {
            return Err(Error::invalid(
                crate::error::Code::ScheduleInvalidDuration,
                "new_duration",
                "a meeting lasts between 1 minute and 24 hours",
            ));
        }
    }
    let (new_start, new_duration, new_venue, new_url) = match e.kind {
        ExceptionKind::Moved => {
            if e.new_start.is_none()
                && e.new_venue_id.is_none()
                && url.is_none()
                && e.new_duration.is_none()
            {
                return Err(Error::invalid(
                    crate::error::Code::ExceptionMoveNeedsChange,
                    "new_start",
                    "say what changes: a new date and time, a new place or a new link",
                ));
            }
            (
                e.new_start.map(occurrence_key),
                e.new_duration,
                e.new_venue_id,
                url.map(str::to_owned),
            )
        }
        _ => (None, None, None, None),
    };
    conn.execute(
        "INSERT INTO meeting_exceptions (meeting_id, occurrence, kind, note, new_start, new_duration, new_venue_id, new_video_url, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) \
         ON CONFLICT (meeting_id, occurrence) DO UPDATE SET kind = excluded.kind, note = excluded.note, new_start = excluded.new_start, \
         new_duration = excluded.new_duration, new_venue_id = excluded.new_venue_id, new_video_url = excluded.new_video_url, updated_at = excluded.updated_at",
        params![meeting_id, occurrence_key(original), e.kind.key(), e.note.trim(), new_start, new_duration, new_venue, new_url, now_utc()],
    )?;
    touch(conn, meeting_id)
}

/// Cancels the meeting's occurrence on `date` (its local date), with an optional note.
pub fn cancel_on(
    conn: &Connection,
    meeting_id: i64,
    date: NaiveDate,
    note: &str,
) -> Result<Exception> {
    let meeting = meetings::get(conn, meeting_id)?;
    let starts = Expander::new(&meeting.schedule)?.local_starts(date, date);
    let Some(start) = starts.first() else {
        return Err(Error::invalid(
            crate::error::Code::ExceptionNotAnOccurrence,
            "date",
            format!("{} does not meet on {date}", meeting.name),
        ));
    };
    let e = Exception {
        occurrence: occurrence_key(*start),
        kind: ExceptionKind::Cancelled,
        note: note.trim().to_owned(),
        new_start: None,
        new_duration: None,
        new_venue_id: None,
        new_video_url: None,
    };
    set(conn, meeting_id, &e)?;
    Ok(e)
}

/// Puts the source's changed dates on an imported meeting, replacing the ones it had.
/// A change an import left out, with the date as the source gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dropped {
    /// The date could not be read.
    Unreadable(String),
    /// The meeting does not meet on that date.
    NotADate(String),
}

/// A date that is not an occurrence of the schedule is skipped and named in the
/// returned list rather than failing the whole import.
pub fn replace_imported(
    conn: &Connection,
    meeting_id: i64,
    schedule: &crate::schedule::Schedule,
    list: &[Exception],
) -> Result<Vec<Dropped>> {
    conn.prepare_cached("DELETE FROM meeting_exceptions WHERE meeting_id = ?1")?
        .execute([meeting_id])?;
    if list.is_empty() {
        return Ok(vec![]);
    }
    let exp = Expander::new(schedule)?;
    let mut warnings = vec![];
    let mut ins = conn.prepare_cached(
        "INSERT OR REPLACE INTO meeting_exceptions (meeting_id, occurrence, kind, note, new_start, new_duration, new_venue_id, new_video_url, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7, ?8)",
    )?;
    for e in list {
        let Ok(original) = parse_occurrence_key(&e.occurrence) else {
            warnings.push(Dropped::Unreadable(e.occurrence.clone()));
            continue;
        };
        if !exp
            .local_starts(original.date(), original.date())
            .contains(&original)
        {
            warnings.push(Dropped::NotADate(e.occurrence.replace('T', " ")));
            continue;
        }
        let moved = e.kind == ExceptionKind::Moved;
        ins.execute(params![
            meeting_id,
            occurrence_key(original),
            e.kind.key(),
            e.note.trim(),
            e.new_start.filter(|_| moved).map(occurrence_key),
            e.new_duration
                .filter(|d| moved && (1..=24 * 60).contains(d)),
            e.new_video_url
                .as_deref()
                .filter(|u| moved && u.starts_with("http")),
            now_utc(),
        ])?;
    }
    Ok(warnings)
}

/// Restores an occurrence to its regular schedule.
pub fn clear(conn: &Connection, meeting_id: i64, occurrence: &str) -> Result<()> {
    let key = occurrence_key(parse_occurrence_key(occurrence)?);
    let n = conn.execute(
        "DELETE FROM meeting_exceptions WHERE meeting_id = ?1 AND occurrence = ?2",
        params![meeting_id, key],
    )?;
    if n == 0 {
        return Err(Error::not_found("change to the occurrence", key));
    }
    touch(conn, meeting_id)
}

pub fn list(conn: &Connection, meeting_id: i64) -> Result<Vec<Exception>> {
    let mut stmt = conn.prepare_cached(
        "SELECT occurrence, kind, note, new_start, new_duration, new_venue_id, new_video_url FROM meeting_exceptions \
         WHERE meeting_id = ?1 ORDER BY occurrence",
    )?;
    let rows = stmt
        .query_map([meeting_id], |r| {
            let kind: String = r.get(1)?;
            let new_start: Option<String> = r.get(3)?;
            Ok(Exception {
                occurrence: r.get(0)?,
                kind: ExceptionKind::parse(&kind).unwrap_or(ExceptionKind::Noted),
                note: r.get(2)?,
                new_start: new_start.and_then(|s| parse_occurrence_key(&s).ok()),
                new_duration: r.get(4)?,
                new_venue_id: r.get(5)?,
                new_video_url: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Closes the meeting temporarily from `from` to `to`, inclusive.
pub fn add_closure(
    conn: &Connection,
    meeting_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    reason: &str,
) -> Result<Closure> {
    meetings::get(conn, meeting_id)?;
    if to < from {
        return Err(Error::invalid(
            crate::error::Code::ScheduleEndBeforeStart,
            "to_date",
            format!("the closure ends ({to}) before it starts ({from})"),
        ));
    }
    conn.execute(
        "INSERT INTO meeting_closures (meeting_id, from_date, to_date, reason, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![meeting_id, from.to_string(), to.to_string(), reason.trim(), now_utc()],
    )?;
    let id = conn.last_insert_rowid();
    touch(conn, meeting_id)?;
    Ok(Closure {
        id,
        from_date: from,
        to_date: to,
        reason: reason.trim().to_owned(),
    })
}

pub fn remove_closure(conn: &Connection, closure_id: i64) -> Result<()> {
    let meeting_id: Option<i64> = conn
        .query_row(
            "SELECT meeting_id FROM meeting_closures WHERE id = ?1",
            [closure_id],
            |r| r.get(0),
        )
        .optional()?;
    let meeting_id = meeting_id.ok_or_else(|| Error::not_found("closure", closure_id))?;
    conn.execute("DELETE FROM meeting_closures WHERE id = ?1", [closure_id])?;
    touch(conn, meeting_id)
}

pub fn closures(conn: &Connection, meeting_id: i64) -> Result<Vec<Closure>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, from_date, to_date, reason FROM meeting_closures WHERE meeting_id = ?1 ORDER BY from_date")?;
    let rows = stmt
        .query_map([meeting_id], |r| {
            let from: String = r.get(1)?;
            let to: String = r.get(2)?;
            Ok((r.get::<_, i64>(0)?, from, to, r.get::<_, String>(3)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(id, from, to, reason)| {
            Ok(Closure {
                id,
                from_date: from.parse().map_err(|_| {
                    Error::invalid(
                        crate::error::Code::ClosureCorrupt,
                        "from_date",
                        "stored closure date is unreadable",
                    )
                })?,
                to_date: to.parse().map_err(|_| {
                    Error::invalid(
                        crate::error::Code::ClosureCorrupt,
                        "to_date",
                        "stored closure date is unreadable",
                    )
                })?,
                reason,
            })
        })
        .collect()
}
