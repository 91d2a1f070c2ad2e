//! The schema's versions and how a file is brought up to the latest one.
//!
//! Our own runner rather than rusqlite_migration's: that crate reads the version before
//! it begins the (deferred) transaction that applies the steps, so several programs opening one new file at
//! once (two cron jobs, the app and a script) each applied step 1 and all but one
//! failed with "table fellowships already exists", pasting the whole schema at the user.
//! Here the version is read again inside a transaction that holds the write lock, so a
//! second program waits for the first and then finds nothing left to do.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, Result};

/// Append-only: a released migration is never edited, only followed by a new one.
const STEPS: &[&str] = &[
    include_str!("schema_v1.sql"),
    include_str!("schema_v2.sql"),
    include_str!("schema_v3.sql"),
    include_str!("schema_v4.sql"),
    include_str!("schema_v5.sql"),
    include_str!("schema_v6.sql"),
    include_str!("schema_v7.sql"),
    include_str!("schema_v8.sql"),
    include_str!("schema_v9.sql"),
    include_str!("schema_v10.sql"),
    include_str!("schema_v11.sql"),
    include_str!("schema_v12.sql"),
    include_str!("schema_v13.sql"),
    include_str!("schema_v14.sql"),
];

pub const SCHEMA_VERSION: i64 = STEPS.len() as i64;

/// Brings the database on `conn` to [`SCHEMA_VERSION`] in one transaction: all the
/// missing steps or none of them. `path` only names the file in an error.
pub(super) fn to_latest(conn: &mut Connection, path: &Path) -> Result<()> {
    let failed = |step| fail(path, step);
    if version(conn).map_err(failed(0))? == SCHEMA_VERSION {
        return Ok(());
    }
    // A step may build a table anew (SQLite cannot change a constraint in place):
    // with foreign keys on, dropping the old table would delete the rows that refer to
    // it. Off for the steps (it cannot change inside a transaction), checked before
    // the commit, and on again whatever happened.
    let enforced: bool = conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .map_err(failed(0))?;
    conn.pragma_update(None, "foreign_keys", false)
        .map_err(failed(0))?;
    let applied = apply(conn, path);
    conn.pragma_update(None, "foreign_keys", enforced)
        .map_err(failed(0))?;
    applied
}

/// An SQLite error of `step` as the person reads it.
fn fail(path: &Path, step: i64) -> impl FnOnce(rusqlite::Error) -> Error + '_ {
    move |e| match super::classify(e, path) {
        // A busy file or an unreadable one says so in its own words.
        Error::Storage(e) => Error::Migration {
            path: path.to_owned(),
            step,
            cause: short_cause(&e),
        },
        other => other,
    }
}

fn apply(conn: &mut Connection, path: &Path) -> Result<()> {
    let failed = |step| fail(path, step);
    // IMMEDIATE takes the write lock first; another program migrating holds it, and
    // this one waits (busy timeout) rather than reading a version that is about to go.
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(failed(0))?;
    let found = version(&tx).map_err(failed(0))?;
    for (i, sql) in STEPS.iter().enumerate().skip(found.max(0) as usize) {
        let step = i as i64 + 1;
        tx.execute_batch(sql).map_err(failed(step))?;
        if step == 6 {
            hash_feed_tokens(&tx).map_err(failed(step))?;
        }
    }
    let broken: i64 = tx
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .map_err(failed(SCHEMA_VERSION))?;
    if broken > 0 {
        // Rolled back: nothing of the upgrade stays.
        return Err(failed(SCHEMA_VERSION)(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT),
            Some(format!(
                "{broken} rows would refer to rows that do not exist"
            )),
        )));
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)
        .map_err(failed(SCHEMA_VERSION))?;
    tx.commit().map_err(failed(SCHEMA_VERSION))
}

fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// SQLite's own words for what went wrong, without the statement it was running (a
/// migration is kilobytes of schema: nothing a person can act on).
fn short_cause(e: &rusqlite::Error) -> String {
    match e {
        rusqlite::Error::SqliteFailure(f, Some(msg)) => format!("{msg} ({:?})", f.code),
        rusqlite::Error::SqliteFailure(f, None) => format!("{:?}", f.code),
        other => {
            let text = other.to_string();
            text.lines()
                .next()
                .unwrap_or_default()
                .chars()
                .take(200)
                .collect()
        }
    }
}

/// v6: the hash of each existing feed's token (SQLite has no SHA-256 of its own).
fn hash_feed_tokens(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    let rows: Vec<(i64, String)> = tx
        .prepare("SELECT id, token FROM feeds")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, token) in rows {
        tx.execute(
            "UPDATE feeds SET token_hash = ?2 WHERE id = ?1",
            rusqlite::params![id, crate::digest::token_hash(&token)],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_applies_to_an_empty_file_and_a_second_run_does_nothing() {
        let mut conn = Connection::open_in_memory().unwrap();
        let path = Path::new("memory");
        to_latest(&mut conn, path).unwrap();
        assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .unwrap();
        to_latest(&mut conn, path).unwrap();
        let again: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tables, again);
    }

    #[test]
    fn a_failed_step_leaves_the_file_as_it_was_and_names_no_sql() {
        let mut conn = Connection::open_in_memory().unwrap();
        // A table of the first step's name already there: step 1 fails.
        conn.execute_batch("CREATE TABLE fellowships (x INTEGER)")
            .unwrap();
        let e = to_latest(&mut conn, Path::new("/data/hg.sqlite3")).unwrap_err();
        assert_eq!(e.code(), "database.migration");
        let text = e.to_string();
        assert!(text.contains("/data/hg.sqlite3"), "{text}");
        assert!(text.contains("already exists"), "{text}");
        assert!(!text.contains("CREATE"), "no SQL in the message: {text}");
        assert!(text.len() < 300, "{text}");
        assert_eq!(version(&conn).unwrap(), 0);
        let n: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1, "nothing of the failed upgrade is left");
    }
}
