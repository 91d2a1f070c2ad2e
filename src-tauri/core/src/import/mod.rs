//! Importing published meeting lists. Each reader turns a source into `Imported`
//! meetings keyed by the source's own id (slug, BMLT id, UID); `apply` then creates,
//! updates or removes in one transaction, so a failed import changes nothing and a
//! re-import of the same source never duplicates.

pub mod fetch;
pub mod meeting_guide;

use std::collections::{HashMap, HashSet};

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::fellowship::Fellowship;
use crate::meetings::{self, MeetingInput};
use crate::store::now_utc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormat {
    MeetingGuide,
}

impl ImportFormat {
    fn key(self) -> &'static str {
        match self {
            ImportFormat::MeetingGuide => "meeting_guide",
        }
    }

    /// Which reader fits these bytes, judged by content, not by file name.
    pub fn detect(bytes: &[u8]) -> Result<ImportFormat> {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]);
        let t = head.trim_start_matches('\u{feff}').trim_start();
        if t.starts_with('[') || t.starts_with('{') {
            // JSON: the Meeting Guide reader explains any shape it cannot use.
            Ok(ImportFormat::MeetingGuide)
        } else if t.starts_with('<') {
            Err(html())
        } else if t.is_empty() {
            Err(Error::invalid("import.empty", "file", "the file is empty"))
        } else {
            Err(Error::invalid(
                "import.unknown_format",
                "format",
                "this is not a meeting list Homegroup can read (Meeting Guide JSON)",
            ))
        }
    }
}

pub(crate) fn html() -> Error {
    Error::invalid(
        "import.html",
        "file",
        "this is a web page (HTML), not a meeting list: the address may lead to a login, error or \"access denied\" page",
    )
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
}

pub(crate) fn hash_of(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct ImportReport {
    pub source_id: i64,
    pub created: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub removed: u32,
    /// Meetings edited here since the last import, left as they are.
    pub kept_local_edits: Vec<String>,
    /// Records the source holds that could not be used, and why.
    pub warnings: Vec<String>,
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

/// Reads `bytes` as `format` (detected when `None`) and brings the store in line with it.
/// Run it inside one transaction (`Store::write`): any error leaves nothing behind.
pub fn import(
    conn: &Connection,
    location: &str,
    bytes: &[u8],
    format: Option<ImportFormat>,
    fellowship: Fellowship,
    default_zone: &str,
) -> Result<ImportReport> {
    let format = match format {
        Some(f) => f,
        None => ImportFormat::detect(bytes)?,
    };
    let (items, warnings) = match format {
        ImportFormat::MeetingGuide => meeting_guide::read(bytes, fellowship, default_zone)?,
    };
    if items.is_empty() {
        let why = warnings
            .iter()
            .take(3)
            .cloned()
            .collect::<Vec<_>>()
            .join("; ");
        return Err(Error::invalid(
            "import.no_meetings",
            "file",
            if why.is_empty() {
                "the list parses but holds no meetings".to_owned()
            } else {
                format!("the list holds no meeting Homegroup can use ({why})")
            },
        ));
    }
    let source = source_id(conn, format, location, fellowship)?;
    let mut report = apply(conn, source, items)?;
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
            serde_json::to_string(&report.warnings).expect("strings serialise"),
        ],
    )?;
    conn.execute(
        "UPDATE import_sources SET last_run_at = ?2 WHERE id = ?1",
        params![source, now_utc()],
    )?;
    Ok(report)
}

fn apply(conn: &Connection, source: i64, items: Vec<Imported>) -> Result<ImportReport> {
    let mut report = ImportReport {
        source_id: source,
        ..Default::default()
    };
    let mut existing: HashMap<String, (i64, Option<String>, bool, String)> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT source_key, id, source_hash, locally_edited, name FROM meetings WHERE source_id = ?1",
        )?;
        let rows = stmt.query_map([source], |r| {
            Ok((
                r.get::<_, String>(0)?,
                (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?),
            ))
        })?;
        for row in rows {
            let (k, v) = row?;
            existing.insert(k, v);
        }
    }
    let mut seen = HashSet::new();
    for mut item in items {
        if !seen.insert(item.key.clone()) {
            report.warnings.push(format!(
                "\"{}\": the id {} appears twice; the second was ignored",
                item.input.name, item.key
            ));
            continue;
        }
        if let Some(group) = item.group.as_deref().filter(|g| !g.trim().is_empty()) {
            item.input.group_id = Some(crate::groups::find_or_create(
                conn,
                item.input.fellowship,
                group,
            )?);
        }
        match existing.get(&item.key) {
            Some((_, Some(h), _, _)) if *h == item.hash => report.unchanged += 1,
            Some((_, _, true, name)) => report.kept_local_edits.push(name.clone()),
            Some((id, _, false, _)) => {
                match meetings::update_imported(conn, *id, &item.input, &item.hash) {
                    Ok(_) => report.updated += 1,
                    Err(Error::Invalid { message, .. }) => report
                        .warnings
                        .push(format!("\"{}\": {message}", item.input.name)),
                    Err(e) => return Err(e),
                }
            }
            None => {
                match meetings::create_imported(conn, &item.input, source, &item.key, &item.hash) {
                    Ok(_) => report.created += 1,
                    Err(Error::Invalid { message, .. }) => report
                        .warnings
                        .push(format!("\"{}\": {message}", item.input.name)),
                    Err(e) => return Err(e),
                }
            }
        }
    }
    for (key, (id, _, edited, name)) in &existing {
        if seen.contains(key) {
            continue;
        }
        if *edited {
            report.kept_local_edits.push(name.clone());
        } else {
            meetings::delete(conn, *id)?;
            report.removed += 1;
        }
    }
    report.kept_local_edits.sort();
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::tests::store;

    const FEED: &str = r#"[
      {"name": "Sunday Serenity", "slug": "sunday", "day": 0, "time": "18:00", "timezone": "America/New_York", "address": "1 Main St", "city": "Anytown"},
      {"name": "Tuesday Online", "slug": "tuesday", "day": 2, "time": "19:00", "timezone": "America/New_York", "conference_url": "https://zoom.us/j/1234567890"}
    ]"#;

    fn run(s: &crate::Store, text: &str) -> Result<ImportReport> {
        s.write(|tx| {
            import(
                tx,
                "feed.json",
                text.as_bytes(),
                None,
                Fellowship::Other,
                "UTC",
            )
        })
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
        let mut input = crate::meetings::tests::tuesday_night();
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
}
