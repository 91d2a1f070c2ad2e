//! Who chairs or facilitates each occurrence. Names here are service positions, never
//! published in feeds.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::program::exceptions::{occurrence_key, parse_occurrence_key};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Chair,
    Facilitator,
    Secretary,
    Speaker,
    Greeter,
}

impl Role {
    fn key(self) -> &'static str {
        match self {
            Role::Chair => "chair",
            Role::Facilitator => "facilitator",
            Role::Secretary => "secretary",
            Role::Speaker => "speaker",
            Role::Greeter => "greeter",
        }
    }
}

/// Names `person` for `role` at one occurrence; an empty name removes the entry.
pub fn set(
    conn: &Connection,
    meeting_id: i64,
    occurrence: &str,
    role: Role,
    person: &str,
) -> Result<()> {
    crate::program::meetings::get(conn, meeting_id)?;
    let key = occurrence_key(parse_occurrence_key(occurrence)?);
    let person = person.trim();
    if person.chars().count() > 80 {
        return Err(Error::invalid(
            crate::error::Code::RosterNameTooLong,
            "person",
            "a name on the roster has at most 80 characters",
        ));
    }
    if person.is_empty() {
        conn.execute(
            "DELETE FROM roster WHERE meeting_id = ?1 AND occurrence = ?2 AND role = ?3",
            params![meeting_id, key, role.key()],
        )?;
    } else {
        conn.execute(
            "INSERT INTO roster (meeting_id, occurrence, role, person) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (meeting_id, occurrence, role) DO UPDATE SET person = excluded.person",
            params![meeting_id, key, role.key(), person],
        )?;
    }
    Ok(())
}

/// The person chairing or facilitating each (meeting, occurrence) near a window.
/// Occurrence keys are local times, so the window is compared by date text with margin.
pub fn in_window(
    conn: &Connection,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<HashMap<(i64, String), String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT meeting_id, occurrence, person FROM roster WHERE role IN ('chair', 'facilitator') \
         AND occurrence >= ?1 AND occurrence <= ?2 ORDER BY role DESC",
    )?;
    let lo = from.format("%Y-%m-%d").to_string();
    let hi = to.format("%Y-%m-%dT23:59").to_string();
    let mut out = HashMap::new();
    for row in stmt.query_map(params![lo, hi], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })? {
        let (m, o, p) = row?;
        out.insert((m, o), p);
    }
    Ok(out)
}
