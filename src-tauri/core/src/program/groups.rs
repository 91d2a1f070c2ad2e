//! Groups: the home a meeting belongs to. A group decides for itself whether it offers
//! attendance verification, so that choice lives here as well as on each meeting.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::clock::now_utc;
use crate::error::{Error, Result};
use crate::program::fellowship::Fellowship;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Group {
    pub id: i64,
    pub fellowship: Fellowship,
    pub name: String,
    pub offers_verification: bool,
    /// How to reach the group, as it chose to give it (a phone, an email); may be empty.
    pub contact: String,
    /// How many meetings belong to the group.
    pub meetings: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GroupInput {
    pub fellowship: Fellowship,
    pub name: String,
    #[serde(default)]
    pub offers_verification: bool,
    #[serde(default)]
    pub contact: String,
}

const NAME_MAX: usize = 120;
const CONTACT_MAX: usize = 200;

impl GroupInput {
    fn validate(&self) -> Result<String> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(Error::invalid(
                crate::error::Code::GroupNameEmpty,
                "name",
                "give the group a name",
            ));
        }
        if name.chars().count() > NAME_MAX {
            return Err(Error::invalid(
                crate::error::Code::GroupNameTooLong,
                "name",
                format!("a group name has at most {NAME_MAX} characters"),
            ));
        }
        if self.contact.trim().chars().count() > CONTACT_MAX {
            return Err(Error::invalid(
                crate::error::Code::GroupContactTooLong,
                "contact",
                format!("a contact has at most {CONTACT_MAX} characters"),
            ));
        }
        Ok(name.to_owned())
    }
}

/// Creates a group; a second group of the same fellowship and name is refused.
pub fn create(conn: &Connection, input: &GroupInput) -> Result<Group> {
    let name = input.validate()?;
    if find(conn, input.fellowship, &name)?.is_some() {
        return Err(Error::invalid(
            crate::error::Code::GroupDuplicate,
            "name",
            format!("there is already a group called '{name}'"),
        ));
    }
    let now = now_utc();
    conn.execute(
        "INSERT INTO groups (fellowship, name, offers_verification, contact, created_at, updated_at) \
         VALUES (?1, ?2, ?3, ?5, ?4, ?4)",
        params![input.fellowship.key(), name, input.offers_verification, now, input.contact.trim()],
    )?;
    get(conn, conn.last_insert_rowid())
}

/// The group of this fellowship and name, ignoring case, if there is one.
pub fn find(conn: &Connection, fellowship: Fellowship, name: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM groups WHERE fellowship = ?1 AND name = ?2 COLLATE NOCASE",
            params![fellowship.key(), name.trim()],
            |r| r.get(0),
        )
        .optional()?)
}

/// The group of this name, created if missing (importers name groups by text).
pub fn find_or_create(conn: &Connection, fellowship: Fellowship, name: &str) -> Result<i64> {
    match find(conn, fellowship, name)? {
        Some(id) => Ok(id),
        None => create(
            conn,
            &GroupInput {
                fellowship,
                name: name.to_owned(),
                offers_verification: false,
                contact: String::new(),
            },
        )
        .map(|g| g.id),
    }
}

pub fn update(conn: &Connection, id: i64, input: &GroupInput) -> Result<Group> {
    let name = input.validate()?;
    get(conn, id)?;
    if find(conn, input.fellowship, &name)?.is_some_and(|other| other != id) {
        return Err(Error::invalid(
            crate::error::Code::GroupDuplicate,
            "name",
            format!("there is already a group called '{name}'"),
        ));
    }
    conn.execute(
        "UPDATE groups SET fellowship = ?2, name = ?3, offers_verification = ?4, updated_at = ?5, \
         contact = ?6 WHERE id = ?1",
        params![
            id,
            input.fellowship.key(),
            name,
            input.offers_verification,
            now_utc(),
            input.contact.trim()
        ],
    )?;
    get(conn, id)
}

const SELECT: &str = "SELECT g.id, g.fellowship, g.name, g.offers_verification, \
    (SELECT count(*) FROM meetings m WHERE m.group_id = g.id), g.contact FROM groups g";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Group> {
    let fellowship: String = r.get(1)?;
    Ok(Group {
        id: r.get(0)?,
        fellowship: Fellowship::parse(&fellowship).unwrap_or(Fellowship::Other),
        name: r.get(2)?,
        offers_verification: r.get(3)?,
        meetings: r.get(4)?,
        contact: r.get(5)?,
    })
}

pub fn get(conn: &Connection, id: i64) -> Result<Group> {
    conn.query_row(&format!("{SELECT} WHERE g.id = ?1"), [id], row)
        .optional()?
        .ok_or(Error::NotFound {
            what: "group",
            id: id.to_string(),
        })
}

pub fn list(conn: &Connection) -> Result<Vec<Group>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} ORDER BY g.name COLLATE NOCASE"))?;
    let rows = stmt.query_map([], row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::meetings::tests::store;

    fn input(name: &str) -> GroupInput {
        GroupInput {
            fellowship: Fellowship::Na,
            name: name.into(),
            offers_verification: true,
            contact: String::new(),
        }
    }

    #[test]
    fn creates_lists_and_refuses_duplicates_ignoring_case() {
        let (_dir, s) = store();
        let g = s.write(|tx| create(tx, &input("Hope Group"))).unwrap();
        assert!(g.offers_verification);
        let e = s.write(|tx| create(tx, &input("hope group"))).unwrap_err();
        assert_eq!(e.code(), "group.duplicate");
        let e = s.write(|tx| create(tx, &input("   "))).unwrap_err();
        assert_eq!(e.code(), "group.name_empty");
        assert_eq!(list(&s.conn()).unwrap().len(), 1);
        let same = s
            .write(|tx| find_or_create(tx, Fellowship::Na, "HOPE GROUP"))
            .unwrap();
        assert_eq!(same, g.id);
    }

    #[test]
    fn a_group_is_edited_and_a_meeting_offering_slips_makes_its_group_offer_them() {
        let (_dir, s) = store();
        let mut plain = input("Hope Group");
        plain.offers_verification = false;
        let g = s.write(|tx| create(tx, &plain)).unwrap();
        assert!(!g.offers_verification);
        // A meeting of the group ticked "offers verification": the group now offers it.
        let mut m = crate::program::meetings::tests::tuesday_night();
        m.fellowship = Fellowship::Na;
        m.formats = vec![];
        m.group_id = Some(g.id);
        m.offers_verification = true;
        s.write(|tx| crate::program::meetings::create(tx, &m))
            .unwrap();
        assert!(get(&s.conn(), g.id).unwrap().offers_verification);
        // Edited: a new name, a contact; a name another group has is refused.
        let mut edited = input("Hope Group of Springfield");
        edited.contact = "  hope@example.org ".into();
        let e = s.write(|tx| update(tx, g.id, &edited)).unwrap();
        assert_eq!(
            (e.name.as_str(), e.contact.as_str(), e.meetings),
            ("Hope Group of Springfield", "hope@example.org", 1)
        );
        s.write(|tx| create(tx, &input("Serenity"))).unwrap();
        let err = s
            .write(|tx| update(tx, g.id, &input("serenity")))
            .unwrap_err();
        assert_eq!(err.code(), "group.duplicate");
    }
}
