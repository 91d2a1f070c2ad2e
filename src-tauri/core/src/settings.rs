//! Small preferences kept in the database, so they travel with it (and its backups).

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;

/// Share feeds with the local network (else this computer only).
pub const FEEDS_LAN: &str = "feeds.lan";
/// The feed server's port, once one was chosen.
pub const FEEDS_PORT: &str = "feeds.port";

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
            r.get(0)
        })
        .optional()?)
}

pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

pub fn flag(conn: &Connection, key: &str) -> Result<bool> {
    Ok(get(conn, key)?.as_deref() == Some("1"))
}
