//! Import sources remembered between runs: where a list came from, how often to
//! refresh it, and the change report of every run (kept, so a facilitator can see
//! what last Tuesday's refresh did).

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

use super::{ImportFormat, ImportReport, ImportRequest};
use crate::clock::now_utc;
use crate::error::{Error, Result};
use crate::program::fellowship::Fellowship;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Source {
    pub id: i64,
    pub format: ImportFormat,
    pub location: String,
    pub fellowship: Fellowship,
    /// Refreshed every this many minutes; `None` only by hand.
    pub refresh_minutes: Option<u32>,
    pub last_run_at: Option<String>,
    /// Meetings that came from it and are still here.
    pub meetings: u32,
    /// The latest run's outcome.
    pub last_run: Option<Run>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Run {
    pub id: i64,
    pub at: String,
    /// Why it failed; nothing changed then.
    pub error: Option<String>,
    pub report: Option<ImportReport>,
}

fn run_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<Run> {
    let report: String = r.get(3)?;
    Ok(Run {
        id: r.get(0)?,
        at: r.get(1)?,
        error: r.get(2)?,
        report: serde_json::from_str(&report).ok(),
    })
}

pub fn list(conn: &Connection) -> Result<Vec<Source>> {
    let mut stmt = conn.prepare(
        "SELECT s.id, s.kind, s.location, s.fellowship, s.refresh_minutes, s.last_run_at, \
         (SELECT count(*) FROM meetings m WHERE m.source_id = s.id) FROM import_sources s ORDER BY s.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<u32>>(4)?,
            r.get::<_, Option<String>>(5)?,
            r.get::<_, u32>(6)?,
        ))
    })?;
    let mut out = vec![];
    for row in rows {
        let (id, kind, location, fellowship, refresh_minutes, last_run_at, meetings) = row?;
        out.push(Source {
            id,
            format: ImportFormat::parse(&kind).unwrap_or(ImportFormat::MeetingGuide),
            location,
            fellowship: Fellowship::parse(&fellowship).unwrap_or(Fellowship::Other),
            refresh_minutes,
            last_run_at,
            meetings,
            last_run: runs(conn, id, 1)?.into_iter().next(),
        });
    }
    Ok(out)
}

pub fn get(conn: &Connection, id: i64) -> Result<Source> {
    list(conn)?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or_else(|| Error::not_found("import source", id))
}

/// The newest runs first.
pub fn runs(conn: &Connection, source_id: i64, limit: u32) -> Result<Vec<Run>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, started_at, error, report FROM import_runs WHERE source_id = ?1 ORDER BY id DESC LIMIT ?2",
    )?;
    let rows = stmt
        .query_map(params![source_id, limit], run_from)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Refresh every `minutes` (at least 15: a public list changes weekly at most), or
/// only by hand with `None`.
pub fn set_refresh(conn: &Connection, id: i64, minutes: Option<u32>) -> Result<()> {
    if let Some(m) = minutes {
        if !(15..=60 * 24 * 31).contains(&m) {
            return Err(Error::invalid(
                crate::error::Code::SourceInvalidRefresh,
                "refresh_minutes",
                "refresh between every 15 minutes and once a month",
            ));
        }
    }
    let n = conn.execute(
        "UPDATE import_sources SET refresh_minutes = ?2 WHERE id = ?1",
        params![id, minutes],
    )?;
    if n == 0 {
        return Err(Error::not_found("import source", id));
    }
    Ok(())
}

/// Forgets a source; its meetings stay, as meetings of this app's own.
pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    conn.execute(
        "UPDATE meetings SET source_key = NULL, source_hash = NULL, locally_edited = 0 WHERE source_id = ?1",
        [id],
    )?;
    let n = conn.execute("DELETE FROM import_sources WHERE id = ?1", [id])?;
    if n == 0 {
        return Err(Error::not_found("import source", id));
    }
    Ok(())
}

/// Sources whose refresh time has come at `now` (RFC 3339, UTC).
pub fn due(conn: &Connection, now: &str) -> Result<Vec<Source>> {
    let now = chrono::DateTime::parse_from_rfc3339(now).map_err(|_| {
        Error::invalid(
            crate::error::Code::SourceInvalidTime,
            "now",
            "not an RFC 3339 time",
        )
    })?;
    Ok(list(conn)?
        .into_iter()
        .filter(|s| {
            let Some(every) = s.refresh_minutes else {
                return false;
            };
            match s
                .last_run_at
                .as_deref()
                .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
            {
                None => true,
                Some(last) => last + chrono::Duration::minutes(every as i64) <= now,
            }
        })
        .collect())
}

/// How to import this source again.
pub fn request(source: &Source, default_zone: &str) -> ImportRequest {
    ImportRequest {
        location: source.location.clone(),
        format: Some(source.format),
        fellowship: source.fellowship,
        default_zone: default_zone.to_owned(),
        overwrite_local_edits: false,
        service_bodies: vec![],
    }
}

/// Keeps a failed run's reason (the import itself rolled back), and counts it as the
/// latest attempt so a source that is down is not hammered.
pub fn record_failure(conn: &Connection, source_id: i64, error: &Error) -> Result<()> {
    let exists: Option<i64> = conn
        .query_row(
            "SELECT id FROM import_sources WHERE id = ?1",
            [source_id],
            |r| r.get(0),
        )
        .optional()?;
    if exists.is_none() {
        return Err(Error::not_found("import source", source_id));
    }
    let now = now_utc();
    conn.execute(
        "INSERT INTO import_runs (source_id, started_at, finished_at, error) VALUES (?1, ?2, ?2, ?3)",
        params![source_id, now, error.to_string()],
    )?;
    conn.execute(
        "UPDATE import_sources SET last_run_at = ?2 WHERE id = ?1",
        params![source_id, now],
    )?;
    Ok(())
}

/// Imports one remembered source again; a failure is kept in its run history and
/// returned.
pub async fn refresh(
    store: std::sync::Arc<crate::Store>,
    source: &Source,
    default_zone: &str,
) -> Result<ImportReport> {
    let req = request(source, default_zone);
    match super::run(store.clone(), req, false, |_| {}).await {
        Ok(report) => Ok(report),
        Err(e) => {
            store.write(|tx| record_failure(tx, source.id, &e))?;
            Err(e)
        }
    }
}

/// How often the app looks for sources whose refresh time has come.
pub const LOOK_EVERY: std::time::Duration = std::time::Duration::from_secs(300);

/// The app's refresh loop: every `every`, the sources that are due are imported again
/// and `done` hears how many ran. `store` is asked each time, so a database that was
/// locked (encrypted and not yet unlocked) or failed to open at start is picked up as
/// soon as it opens; a tick without one just waits for the next. Runs until dropped.
pub async fn refresh_forever(
    every: std::time::Duration,
    store: impl Fn() -> Option<std::sync::Arc<crate::Store>>,
    zone: impl Fn() -> String,
    done: impl Fn(&[(Source, Result<ImportReport>)]),
) {
    let mut tick = tokio::time::interval(every);
    loop {
        tick.tick().await;
        let Some(store) = store() else {
            continue;
        };
        match refresh_due(store, &zone()).await {
            Ok(ran) => {
                for (source, result) in &ran {
                    if let Err(e) = result {
                        tracing::warn!(
                            source = source.id,
                            code = e.code(),
                            "scheduled refresh failed"
                        );
                    }
                }
                if !ran.is_empty() {
                    done(&ran);
                }
            }
            Err(e) => tracing::warn!(code = e.code(), "could not read import sources"),
        }
    }
}

/// Refreshes every source whose time has come, one after another.
pub async fn refresh_due(
    store: std::sync::Arc<crate::Store>,
    default_zone: &str,
) -> Result<Vec<(Source, Result<ImportReport>)>> {
    let due = due(&store.conn(), &now_utc())?;
    let mut out = vec![];
    for source in due {
        let result = refresh(store.clone(), &source, default_zone).await;
        out.push((source, result));
    }
    Ok(out)
}
