//! Finding meetings by what a person types, a page at a time: the Meetings screen and
//! the pickers ask for 100 rows of a region's 35,000, with the count of all that match.
//!
//! The words are looked up in `meetings_fts` (FTS5, accents folded: "reunion" finds
//! "Reunión"), which triggers keep in step with every write (schema v6).

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
