//! Finding meetings by what a person types, a page at a time: the Meetings screen and
//! the pickers ask for 100 rows of a region's 35,000, with the count of all that match.
//!
//! The words are looked up in `meetings_fts` (FTS5, accents folded: "reunion" finds
//! "Reunión"), which triggers keep in step with every write (schema v6); an import
//! writes first and indexes what it wrote at its end ([`deferred`], schema v14).

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::program::meetings::{self, Meeting};

/// The most rows one page holds.
pub const MAX_PAGE: u32 = 500;

#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
pub struct MeetingQuery {
    /// Words to find in the name, the place, the notes or the format codes; every word
    /// must match (as the start of a word). Empty: every meeting.
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

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MeetingPage {
    /// This page, by name.
    pub meetings: Vec<Meeting>,
    /// How many meetings match in all.
    pub total: u32,
    pub offset: u32,
}

/// The FTS5 query for what was typed: each word quoted (so nothing typed is read as
/// query syntax) and taken as a prefix. `None` when nothing searchable was typed.
pub fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(12)
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// One page of the meetings matching `q`, by name, and how many match in all.
pub fn page(conn: &Connection, q: &MeetingQuery) -> Result<MeetingPage> {
    let limit = q.limit.clamp(1, MAX_PAGE);
    let (ids, total): (Vec<i64>, u32) = match fts_query(&q.text) {
        None => {
            let total = conn.query_row("SELECT count(*) FROM meetings", [], |r| r.get(0))?;
            let ids = conn
                .prepare_cached(
                    "SELECT id FROM meetings ORDER BY name COLLATE NOCASE, id LIMIT ?1 OFFSET ?2",
                )?
                .query_map([limit, q.offset], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            (ids, total)
        }
        Some(query) => {
            let total = conn
                .prepare_cached("SELECT count(*) FROM meetings_fts WHERE meetings_fts MATCH ?1")?
                .query_row([&query], |r| r.get(0))?;
            let ids = conn
                .prepare_cached(
                    "SELECT m.id FROM meetings_fts JOIN meetings m ON m.id = meetings_fts.rowid \
                     WHERE meetings_fts MATCH ?1 ORDER BY m.name COLLATE NOCASE, m.id LIMIT ?2 OFFSET ?3",
                )?
                .query_map(rusqlite::params![query, limit, q.offset], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            (ids, total)
        }
    };
    let meetings = ids
        .into_iter()
        .map(|id| meetings::get(conn, id))
        .collect::<Result<_>>()?;
    Ok(MeetingPage {
        meetings,
        total,
        offset: q.offset,
    })
}

/// Runs `write` (part of a transaction on `conn`) with search indexing held back: the
/// meetings it writes are noted, and indexed once when it ends, in one statement. For
/// writes of many meetings at once, an import above all: FTS5 writes out what it holds
/// at every statement, so indexing row by row was 59 % of a 35,000-meeting import.
/// Whether `write` succeeds or fails, search is on again when this returns (and a
/// rollback of the transaction undoes the pause with the rest).
pub fn deferred<T>(conn: &Connection, write: impl FnOnce() -> Result<T>) -> Result<T> {
    // Nested: the outer one indexes everything at its end.
    let paused: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM search_paused)")?
        .query_row([], |r| r.get(0))?;
    if paused {
        return write();
    }
    conn.execute("INSERT INTO search_paused (id) VALUES (1)", [])?;
    let written = write();
    let indexed = index_pending(conn);
    let written = written?;
    indexed?;
    Ok(written)
}

/// The meetings noted while search was paused indexed again from their rows (those
/// deleted since, only taken out), and search on again.
fn index_pending(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "DELETE FROM search_paused;
         DELETE FROM meetings_fts WHERE rowid IN (SELECT meeting_id FROM search_pending);
         INSERT INTO meetings_fts (rowid, name, place, notes, formats)
         SELECT m.id, m.name,
                ifnull((SELECT v.name || ' ' || v.address || ' ' || v.city FROM venues v WHERE v.id = m.venue_id), ''),
                m.notes,
                ifnull((SELECT group_concat(f.code, ' ') FROM meeting_formats f WHERE f.meeting_id = m.id), '')
         FROM meetings m WHERE m.id IN (SELECT meeting_id FROM search_pending);
         DELETE FROM search_pending;",
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::meetings::tests::{store, tuesday_night};
    use crate::program::meetings::{create, delete, update};

    fn q(text: &str) -> MeetingQuery {
        MeetingQuery {
            text: text.into(),
            offset: 0,
            limit: 100,
        }
    }

    fn names(p: &MeetingPage) -> Vec<&str> {
        p.meetings.iter().map(|m| m.name.as_str()).collect()
    }

    #[test]
    fn finds_by_any_word_without_accents_and_follows_every_write() {
        let (_d, s) = store();
        let mut a = tuesday_night();
        a.name = "Reunión de Esperanza".into();
        a.notes = "Entrada por la puerta lateral".into();
        let a = s.write(|tx| create(tx, &a)).unwrap();
        let mut b = tuesday_night();
        b.name = "Serenity Now".into();
        b.formats = vec!["B".into()];
        let b = s.write(|tx| create(tx, &b)).unwrap();
        let c = s.conn();
        assert_eq!(
            names(&page(&c, &q("reunion")).unwrap()),
            ["Reunión de Esperanza"]
        );
        assert_eq!(
            names(&page(&c, &q("ESPER")).unwrap()),
            ["Reunión de Esperanza"]
        );
        assert_eq!(
            names(&page(&c, &q("puerta")).unwrap()),
            ["Reunión de Esperanza"]
        );
        assert_eq!(names(&page(&c, &q("seren")).unwrap()).len(), 1);
        assert_eq!(page(&c, &q("")).unwrap().total, 2);
        // A word nobody has, and query syntax typed by accident, find nothing.
        assert_eq!(page(&c, &q("zzz")).unwrap().total, 0);
        assert_eq!(page(&c, &q("\"NEAR( -")).unwrap().total, 0);
        drop(c);

        let mut renamed = tuesday_night();
        renamed.name = "Serenidad".into();
        s.write(|tx| update(tx, b.id, &renamed)).unwrap();
        assert_eq!(
            names(&page(&s.conn(), &q("serenidad")).unwrap()),
            ["Serenidad"]
        );
        assert_eq!(page(&s.conn(), &q("serenity")).unwrap().total, 0);
        s.write(|tx| delete(tx, a.id)).unwrap();
        assert_eq!(page(&s.conn(), &q("reunion")).unwrap().total, 0);
    }

    /// Writes made with search held back leave the index as the same writes made row
    /// by row would: meetings added, renamed and deleted, a hall renamed, formats added
    /// and taken away.
    #[test]
    fn a_deferred_write_indexes_what_it_wrote_as_row_by_row_would() {
        let index = |defer: bool| {
            let (_d, s) = store();
            // Meetings written before, each then touched in one way only, so every
            // trigger is the one that notes its meeting.
            let mut ids = Vec::new();
            for (i, name) in [
                "Reunión de Esperanza",
                "Serenity Now",
                "Just for Today",
                "Basic Text",
                "Living Clean",
            ]
            .iter()
            .enumerate()
            {
                let mut m = tuesday_night();
                m.name = (*name).into();
                m.notes = format!("Puerta {i}");
                m.formats = vec!["O".into(), ["D", "B", "ES", "W", "C"][i].into()];
                // Each in a hall of its own.
                if let Some(crate::program::meetings::VenueChoice::New { venue }) = &mut m.venue {
                    venue.name = format!("Hall {i}");
                }
                ids.push(s.write(|tx| create(tx, &m)).unwrap().id);
            }
            s.write(|tx| {
                let writes = || -> Result<()> {
                    let mut renamed = tuesday_night();
                    renamed.name = "Serenidad".into();
                    update(tx, ids[1], &renamed)?;
                    tx.execute(
                        "UPDATE venues SET name = 'Iglesia San Marcos' WHERE id = (SELECT venue_id FROM meetings WHERE id = ?1)",
                        [ids[0]],
                    )?;
                    tx.execute("DELETE FROM meeting_formats WHERE meeting_id = ?1 AND code = 'O'", [ids[2]])?;
                    tx.execute("INSERT INTO meeting_formats (meeting_id, code) VALUES (?1, 'SP')", [ids[4]])?;
                    delete(tx, ids[3])?;
                    let mut added = tuesday_night();
                    added.name = "Recovery Dharma".into();
                    added.formats = vec!["M".into()];
                    create(tx, &added)?;
                    Ok(())
                };
                if defer {
                    deferred(tx, writes)
                } else {
                    writes()
                }
            })
            .unwrap();
            let c = s.conn();
            let rows: Vec<(i64, String, String, String, Vec<String>)> = c
                .prepare(
                    "SELECT rowid, name, place, notes, formats FROM meetings_fts ORDER BY rowid",
                )
                .unwrap()
                .query_map([], |r| {
                    let formats: String = r.get(4)?;
                    let mut codes: Vec<String> =
                        formats.split_whitespace().map(str::to_owned).collect();
                    codes.sort();
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, codes))
                })
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            let left: (i64, i64) = c
                .query_row(
                    "SELECT (SELECT count(*) FROM search_paused), (SELECT count(*) FROM search_pending)",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .unwrap();
            assert_eq!(left, (0, 0), "search is on again, nothing left pending");
            assert_eq!(
                names(&page(&c, &q("reunion marcos")).unwrap()),
                ["Reunión de Esperanza"]
            );
            assert_eq!(names(&page(&c, &q("serenidad")).unwrap()), ["Serenidad"]);
            assert_eq!(page(&c, &q("basic")).unwrap().total, 0);
            rows
        };
        let deferred_rows = index(true);
        assert_eq!(deferred_rows.len(), 5);
        assert_eq!(deferred_rows, index(false));
    }

    /// A write that fails leaves search on (its transaction is rolled back besides).
    #[test]
    fn a_failed_deferred_write_leaves_search_on() {
        let (_d, s) = store();
        let c = s.conn();
        let failed: Result<()> = deferred(&c, || {
            create(&c, &tuesday_night())?;
            Err(crate::error::Error::invalid(
                crate::error::Code::ImportNoMeetings,
                "file",
                "stopped on purpose",
            ))
        });
        assert!(failed.is_err());
        let paused: i64 = c
            .query_row("SELECT count(*) FROM search_paused", [], |r| r.get(0))
            .unwrap();
        assert_eq!(paused, 0);
        // What it wrote before failing (no transaction here) is indexed all the same.
        assert_eq!(page(&c, &q("tuesday")).unwrap().total, 1);
    }

    #[test]
    fn pages_hold_at_most_their_limit_and_count_all() {
        let (_d, s) = store();
        s.write(|tx| {
            for i in 0..25 {
                let mut m = tuesday_night();
                m.name = format!("Meeting {i:02}");
                create(tx, &m)?;
            }
            Ok(())
        })
        .unwrap();
        let second = page(
            &s.conn(),
            &MeetingQuery {
                text: "meeting".into(),
                offset: 10,
                limit: 10,
            },
        )
        .unwrap();
        assert_eq!(second.total, 25);
        assert_eq!(second.meetings.len(), 10);
        assert_eq!(second.meetings[0].name, "Meeting 10");
    }
}
