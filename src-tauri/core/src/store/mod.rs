//! The SQLite store: where the file lives, opening it safely, and its migrations.
//!
//! One `Store` is opened per program. Writes go through [`Store::write`], which runs
//! the closure in one transaction, so a failed operation leaves nothing behind.

pub mod backup;
pub mod files;
mod migrations;
pub mod paths;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};

use crate::error::{Error, Result};

// SQLCipher calls its cryptography by name (`.cargo/config.toml`); naming the crate
// here links it into every program of ours that opens a store.
use homegroup_cipher as _;

pub use migrations::SCHEMA_VERSION;
// What `Store::write` and `Store::conn` hand out, for callers that name the types.
pub use rusqlite::{Connection as StoreConnection, Transaction};

pub struct Store {
    path: PathBuf,
    conn: Mutex<Connection>,
    /// The passphrase of an encrypted file (`None`: the file is plain), kept in memory
    /// so backups are encrypted the same way. Whether the file is encrypted is found
    /// out once, before the first connection, and kept here from then on: never again
    /// by reading the file ourselves (see [`Store::is_encrypted`]).
    key: Mutex<Option<String>>,
    /// Rises with every committed write through this store: readers that cache (the
    /// feed server) compare it without touching the database.
    generation: std::sync::atomic::AtomicU64,
    /// The shared lock that tells a rewrite of the whole file that this store is open.
    presence: Mutex<files::Presence>,
    /// Connections for reads beside the writing one (WAL lets readers run while a
    /// write is under way): a slow read of a region's meetings does not hold up a
    /// quick one. Emptied when the file is swapped (passphrase, restore).
    readers: Mutex<Vec<Connection>>,
    /// Held shared by every read through `readers`, alone by a swap of the file, so no
    /// read runs on the old file while it is replaced.
    swap: std::sync::RwLock<()>,
}

/// Read connections kept open for reuse.
const READERS: usize = 4;

/// Page cache of each read connection, in KiB (SQLite's own default).
const READER_CACHE_KIB: i64 = 2048;

/// How long a writer waits for another program's write to finish before giving up
/// (an import of a whole region takes a few seconds).
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// What to do with plaintext backups when the database becomes encrypted: a backup
/// that anyone with the file can read would undo the point of a passphrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum OldBackups {
    /// Encrypt each one under the new passphrase.
    Reencrypt,
    /// Delete them.
    Remove,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to
    /// date. A database written by a newer Homegroup is refused before anything is
    /// written to it; an encrypted one asks for its passphrase.
    pub fn open(path: &Path) -> Result<Self> {
        Self::open_with(path, None)
    }

    /// Opens with a passphrase for an encrypted database (ignored for a plain one).
    pub fn open_with(path: &Path, passphrase: Option<&str>) -> Result<Self> {
        if let Some(dir) = path.parent() {
            files::private_dir(dir)?;
        }
        // Created 0600 before SQLite sees it (SQLite would use 0644 less the umask), so
        // the write-ahead log and shared-memory files, which take the database's mode,
        // are private too. An older, wider file is narrowed.
        files::private_file(path)?;
        for suffix in ["-wal", "-shm"] {
            files::restrict_existing(&files::sidecar(path, suffix));
        }
        let presence = files::Presence::shared(path)?;
        // Copies a killed rewrite or backup left behind are removed before anything else.
        files::sweep(path.parent().unwrap_or(Path::new(".")));
        files::sweep(&backup::dir_for(path));
        let key = match (Self::is_encrypted(path), passphrase) {
            (false, _) => None,
            (true, None) => {
                return Err(Error::PassphraseRequired {
                    path: path.to_owned(),
                })
            }
            (true, Some("")) => {
                return Err(Error::invalid(
                    crate::error::Code::DatabasePassphraseEmpty,
                    "passphrase",
                    "type the database's passphrase",
                ))
            }
            (true, Some(p)) => Some(p.to_owned()),
        };
        let mut conn = connect(path, key.as_deref())?;
        migrations::to_latest(&mut conn, path)?;
        // A file opened afresh may have been replaced since it was last read.
        next_epoch();
        Ok(Store {
            path: path.to_owned(),
            conn: Mutex::new(conn),
            key: Mutex::new(key),
            generation: Default::default(),
            presence: Mutex::new(presence),
            readers: Mutex::new(Vec::new()),
            swap: std::sync::RwLock::new(()),
        })
    }

    /// Whether the database at `path` looks encrypted: whole pages (SQLCipher writes in
    /// pages of at least 1 KiB) that SQLite cannot read without a key.
    ///
    /// The header is read through SQLite, never with a plain open and close: SQLite
    /// keeps the descriptors of a file that this process has open in other connections
    /// (and their locks) when one of its own connections closes, where closing a
    /// descriptor of ours would drop them all (SQLite's "How To Corrupt", 2.2.1). The
    /// connection locks as any other does (not `immutable`, whose close drops them too).
    pub fn is_encrypted(path: &Path) -> bool {
        let Ok(meta) = std::fs::metadata(path) else {
            return false;
        };
        if meta.len() < 1024 || meta.len() % 512 != 0 {
            return false;
        }
        let Ok(conn) = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        ) else {
            return false;
        };
        let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE");
        // Page 1 is read for the schema: a plain file gives its version, an encrypted
        // one "file is not a database".
        matches!(
            conn.query_row("PRAGMA schema_version", [], |r| r.get::<_, i64>(0))
                .map_err(|e| e.sqlite_error_code()),
            Err(Some(ErrorCode::NotADatabase))
        )
    }

    /// Whether `passphrase` opens the encrypted file at `path` (read on its own
    /// connection; nothing is written).
    pub fn check_passphrase(path: &Path, passphrase: &str) -> Result<()> {
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| classify(e, path))?;
        let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE");
        conn.pragma_update(None, "key", passphrase)?;
        conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
            .map(|_| ())
            .map_err(|_| Error::WrongPassphrase {
                path: path.to_owned(),
            })
    }

    /// Whether the file is encrypted (known since it was opened: no read of the file).
    pub fn encrypted(&self) -> bool {
        self.key.lock().unwrap_or_else(|p| p.into_inner()).is_some()
    }

    /// Sets, changes (`Some`) or removes (`None`) the passphrase. The whole database
    /// is copied into a new file under the new key, flushed to disk, and only then
    /// renamed over the old one: a crash at any point leaves one complete file.
    ///
    /// Refused while another program has the database open (its write-ahead log would
    /// outlive the file it belongs to). When the database ends up encrypted, plaintext
    /// backups are handled as `old_backups` says; with plaintext backups present and
    /// no answer, nothing is changed and `database.plaintext_backups` asks for one.
    pub fn set_passphrase(&self, new: Option<&str>, old_backups: Option<OldBackups>) -> Result<()> {
        if let Some(p) = new {
            if p.trim().is_empty() {
                return Err(Error::invalid(
                    crate::error::Code::DatabasePassphraseEmpty,
                    "passphrase",
                    "type a passphrase (a few words are easy to remember)",
                ));
            }
            if p.chars().count() < 8 {
                return Err(Error::invalid(
                    crate::error::Code::DatabasePassphraseShort,
                    "passphrase",
                    "a passphrase has at least 8 characters (a few words are easy to remember)",
                ));
            }
        }
        // A copy a killed backup left is no backup: it goes, whatever the answer below.
        files::sweep(&backup::dir_for(&self.path));
        files::sweep(self.path.parent().unwrap_or(Path::new(".")));
        let plain_backups: Vec<PathBuf> = if new.is_some() {
            backup::list(&backup::dir_for(&self.path))?
                .into_iter()
                .filter(|b| !b.encrypted)
                .map(|b| PathBuf::from(b.path))
                .collect()
        } else {
            vec![]
        };
        if !plain_backups.is_empty() && old_backups.is_none() {
            return Err(Error::invalid(
                crate::error::Code::DatabasePlaintextBackups,
                "old_backups",
                format!(
                    "{} older backups are not encrypted: choose whether to encrypt them with the new passphrase or delete them",
                    plain_backups.len()
                ),
            ));
        }
        self.alone(|| self.rekey(new))?;
        if let (Some(key), Some(choice)) = (new, old_backups) {
            for b in &plain_backups {
                match choice {
                    OldBackups::Reencrypt => backup::reencrypt(b, key)?,
                    OldBackups::Remove => std::fs::remove_file(b).map_err(|source| Error::Io {
                        path: b.clone(),
                        source,
                    })?,
                }
            }
        }
        Ok(())
    }

    /// The rewrite itself, with the database held alone.
    fn rekey(&self, new: Option<&str>) -> Result<()> {
        let mut guard = self.conn();
        let old_key = self.key();
        // Everything into the main file first: the export reads through the log
        // anyway, and an empty log is one less thing to go wrong below.
        checkpoint(&guard, &self.path)?;
        let tmp = files::scratch(&self.path, "rekey");
        let _ = std::fs::remove_file(&tmp);
        let export = (|| -> Result<()> {
            files::private_file(&tmp)?;
            let version: i64 = guard.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            guard.execute(
                "ATTACH DATABASE ?1 AS target KEY ?2",
                rusqlite::params![tmp.to_string_lossy(), new.unwrap_or("")],
            )?;
            guard.query_row("SELECT sqlcipher_export('target')", [], |_| Ok(()))?;
            guard.execute_batch(&format!("PRAGMA target.user_version = {version}"))?;
            guard.execute_batch("DETACH DATABASE target")?;
            std::fs::File::open(&tmp)
                .and_then(|f| f.sync_all())
                .map_err(|source| Error::Io {
                    path: tmp.clone(),
                    source,
                })
        })();
        if let Err(e) = export {
            let _ = guard.execute_batch("DETACH DATABASE target");
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        // The new file must open under its key before the old connection goes.
        if let Err(e) = connect(&tmp, new) {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        files::remove_logs(&tmp)?;
        // Close the old connection (it checkpoints and removes its log: no other
        // program has the file open), then make sure no log is left for the new file.
        let old = std::mem::replace(&mut *guard, Connection::open_in_memory()?);
        drop(old);
        let swapped = files::remove_logs(&self.path).and_then(|()| {
            std::fs::rename(&tmp, &self.path).map_err(|source| Error::Io {
                path: self.path.clone(),
                source,
            })
        });
        if let Err(e) = swapped {
            // The old file is still in place: back onto it, with its own key.
            let _ = std::fs::remove_file(&tmp);
            *guard = connect(&self.path, old_key.as_deref())?;
            return Err(e);
        }
        if let Some(dir) = self.path.parent() {
            let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
        }
        *guard = connect(&self.path, new)?;
        *self.key.lock().unwrap_or_else(|p| p.into_inner()) = new.map(str::to_owned);
        self.bump();
        Ok(())
    }

    /// Runs `f`, which replaces the whole file (a passphrase change, a restore), while
    /// no other program has it open and no read of this store's is in flight: the read
    /// connections are closed first and reads wait until `f` is done.
    pub(crate) fn alone<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let mut presence = self.presence.lock().unwrap_or_else(|p| p.into_inner());
        presence.alone(&self.path, || {
            let _no_reads = self.swap.write().unwrap_or_else(|p| p.into_inner());
            self.readers
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clear();
            f()
        })
    }

    pub(crate) fn key(&self) -> Option<String> {
        self.key.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` on a read connection of its own (one of a few kept open), so reads do
    /// not wait for each other or for a write. What it sees is the last committed state.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let _reading = self.swap.read().unwrap_or_else(|p| p.into_inner());
        let pooled = self.readers.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let conn = match pooled {
            Some(c) => c,
            None => {
                let c = connect(&self.path, self.key().as_deref())?;
                c.pragma_update(None, "query_only", true)?;
                // Each reader's cache holds its own copy of the pages it read: with the
                // writer's 32 MiB, a region's four readers kept some 60 MB of the same
                // pages (the window benchmark's memory at 35,000 meetings). A read
                // served from the system's file cache instead costs a copy per page.
                c.pragma_update(None, "cache_size", -READER_CACHE_KIB)?;
                c
            }
        };
        let out = f(&conn);
        let mut pool = self.readers.lock().unwrap_or_else(|p| p.into_inner());
        if pool.len() < READERS {
            pool.push(conn);
        }
        out
    }

    /// The connection, for reads.
    pub fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave a half-written transaction
        // (SQLite rolls it back), so a poisoned lock is safe to reuse.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` in one transaction: committed if it returns `Ok`, rolled back otherwise.
    ///
    /// The transaction takes the write lock as it begins (`BEGIN IMMEDIATE`): one that
    /// read first and asked for the lock later could not wait for another program's
    /// write, and would fail at once with "database is locked".
    pub fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        self.write_on(&mut self.conn(), f)
    }

    /// One transaction on `conn`, begun IMMEDIATE; the generation rises when rows changed.
    fn write_on<T>(
        &self,
        conn: &mut Connection,
        f: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let before = conn.total_changes();
        let tx = self.begin(conn)?;
        let value = f(&tx)?;
        tx.commit().map_err(|e| self.busy(e))?;
        // Schema changes and pragmas are not counted as row changes; nothing writes
        // those through here but migrations and the passphrase (which bump by hand).
        if conn.total_changes() != before {
            self.bump();
        }
        Ok(value)
    }

    /// Runs `f` in one transaction if the write lock is free now; otherwise gives up at
    /// once with `database.busy` instead of waiting (for writes that can be done later,
    /// such as a feed's Last-Modified mark).
    pub fn write_if_free<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = self.conn();
        conn.busy_timeout(Duration::ZERO)?;
        let result = self.write_on(&mut conn, f);
        conn.busy_timeout(BUSY_TIMEOUT)?;
        result
    }

    /// Moves what the write-ahead log holds into the file and empties the log, if no
    /// reader is in the way (then the log is emptied later, as SQLite does by itself):
    /// after text was overwritten, so its old pages do not linger in the log.
    pub fn checkpoint_quietly(&self) {
        let _ = checkpoint(&self.conn(), &self.path);
    }

    /// How many writes this store has committed (see `generation`).
    pub fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::Acquire)
    }

    pub(crate) fn bump(&self) {
        self.generation
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    }

    /// Runs `f` in a transaction that is always rolled back: what a change would do,
    /// without doing it (an import's preview).
    pub fn preview<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = self.conn();
        let tx = self.begin(&mut conn)?;
        let value = f(&tx);
        tx.rollback()?;
        value
    }
}

impl Store {
    fn begin<'c>(&self, conn: &'c mut Connection) -> Result<Transaction<'c>> {
        conn.transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self.busy(e))
    }

    /// A busy or locked error, with the programs that hold the file named.
    fn busy(&self, e: rusqlite::Error) -> Error {
        if is_busy(&e) {
            Error::DatabaseBusy {
                path: self.path.clone(),
                holders: files::describe(&files::holders(&self.path)),
            }
        } else {
            Error::Storage(e)
        }
    }
}

/// Moves everything from the write-ahead log into the database file and empties it.
fn checkpoint(conn: &Connection, path: &Path) -> Result<()> {
    let busy: i64 = conn
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))
        .map_err(|e| classify(e, path))?;
    if busy != 0 {
        return Err(Error::DatabaseBusy {
            path: path.to_owned(),
            holders: files::describe(&files::holders(path)),
        });
    }
    Ok(())
}

/// Opens a connection: the key first for an encrypted file (`key`; `None` for a plain
/// one, as [`Store::is_encrypted`] found before the first connection: SQLCipher wants
/// the key before anything else), then the version check, then the pragmas that write.
pub(crate) fn connect(path: &Path, key: Option<&str>) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| classify(e, path))?;
    // SQLCipher logs a wrong key to stderr by itself; the error below says it better.
    let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE");
    if let Some(k) = key {
        conn.pragma_update(None, "key", k)?;
    }
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| classify(e, path))?;
    // Read the version before any pragma that writes (journal_mode does): a newer
    // program's file, or one opened with the wrong key, stays byte-for-byte as it was.
    let found: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| match classify(e, path) {
            Error::NotADatabase { .. } if key.is_some() => Error::WrongPassphrase {
                path: path.to_owned(),
            },
            other => other,
        })?;
    if found > SCHEMA_VERSION {
        return Err(Error::DatabaseTooNew {
            path: path.to_owned(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    conn.pragma_update(None, "foreign_keys", true)?;
    let mode = into_wal(&conn, path)?;
    if !mode.eq_ignore_ascii_case("wal") && !mode.eq_ignore_ascii_case("memory") {
        tracing::warn!(mode, "database is not in WAL mode");
    }
    // FULL: a committed write survives power loss, not just a killed process.
    conn.pragma_update(None, "synchronous", "FULL")?;
    // Deleted and overwritten text (a forgotten member, a password moved out) is zeroed
    // in the pages that are written anyway, so a later backup or copy of the file does
    // not carry it (FAST: no extra I/O; freed whole pages keep their traces).
    conn.pragma_update(None, "secure_delete", "FAST")?;
    // 32 MiB of page cache: a whole import stays in memory until its commit instead of
    // spilling half-written pages to the log mid-transaction.
    conn.pragma_update(None, "cache_size", -32768)?;
    Ok(conn)
}

/// Puts the file in write-ahead-log mode (a no-op for a file that is in it already)
/// and returns the mode SQLite reports.
///
/// Tried again until [`BUSY_TIMEOUT`] when another program holds the write lock:
/// switching a new file reads its header and then asks for the write lock within the
/// one statement, and SQLite never waits (busy handler) for a write lock asked for by
/// a connection that is already reading, lest two such wait for each other. So a
/// program that opened a new file while another was switching or migrating it got
/// "database is locked" at once: 2 of 1,200 opens, eight programs on each new file.
/// Nothing is held between the tries, so no two programs can wait on each other here.
fn into_wal(conn: &Connection, path: &Path) -> Result<String> {
    let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
    let mut pause = Duration::from_millis(1);
    loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)) {
            Err(e) if is_busy(&e) && std::time::Instant::now() < deadline => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            other => return other.map_err(|e| classify(e, path)),
        }
    }
}

/// Another connection holds the lock this one asked for.
fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked)
    )
}

fn classify(e: rusqlite::Error, path: &Path) -> Error {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::NotADatabase {
            path: path.to_owned(),
        },
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => Error::DatabaseBusy {
            path: path.to_owned(),
            holders: files::describe(&files::holders(path)),
        },
        Some(ErrorCode::CannotOpen)
        | Some(ErrorCode::PermissionDenied)
        | Some(ErrorCode::ReadOnly) => Error::Io {
            path: path.to_owned(),
            source: std::io::Error::new(std::io::ErrorKind::PermissionDenied, e.to_string()),
        },
        _ => Error::Storage(e),
    }
}

/// Rises when a store is opened and when a file is swapped under one (restore,
/// passphrase): what a cache above the store kept under an older epoch may belong to
/// another file, whatever its `program_version` says. Process-wide.
static EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The current epoch (see [`EPOCH`]): caches key what they keep by it.
pub fn epoch() -> u64 {
    EPOCH.load(std::sync::atomic::Ordering::Acquire)
}

pub(crate) fn next_epoch() {
    EPOCH.fetch_add(1, std::sync::atomic::Ordering::AcqRel);
}

/// The program's change counter: triggers move it with every write to what feeds, the
/// calendar and sharing are made of (meetings, venues, exceptions, feeds…), whichever
/// program wrote. Caches above the store compare it instead of being told.
pub fn program_version(conn: &Connection) -> Result<i64> {
    Ok(
        conn.query_row("SELECT n FROM program_version WHERE id = 1", [], |r| {
            r.get(0)
        })?,
    )
}

/// The meetings' own change counter: moved (to the program's number) by every write to
/// the meetings table and by nothing else, so what is read from meetings alone (the
/// prepared schedules) outlives a cancelled date or a venue's new address.
pub fn meetings_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT meetings FROM program_version WHERE id = 1",
        [],
        |r| r.get(0),
    )?)
}

/// The meetings written since the meetings' version was `since` (inserted, changed in
/// what the schedules hold, or deleted), as the triggers of schema v13 note them; `None`
/// when notes that old may be gone (they are kept for the last 256 writes or so, and a
/// restore drops them all), and everything must be read again.
pub fn meetings_changed_since(
    conn: &Connection,
    since: i64,
) -> Result<Option<std::collections::HashSet<i64>>> {
    let floor: i64 = conn.query_row(
        "SELECT meetings_floor FROM program_version WHERE id = 1",
        [],
        |r| r.get(0),
    )?;
    if since < floor {
        return Ok(None);
    }
    let mut stmt =
        conn.prepare_cached("SELECT meeting_id FROM meetings_changed WHERE version > ?1")?;
    let rows = stmt.query_map([since], |r| r.get(0))?;
    Ok(Some(rows.collect::<rusqlite::Result<_>>()?))
}

/// The set of row ids that `sql` gives in its first column.
pub fn ids(conn: &Connection, sql: &str) -> Result<std::collections::HashSet<i64>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_another_program_is_writing_is_waited_for_not_refused() {
        // Another program has the new file (not yet in WAL mode) locked for writing,
        // as one that switches or migrates it does. Opening it must wait for that
        // write, not fail at once with "database is locked".
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.sqlite3");
        let other = Connection::open(&path).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let opening = path.clone();
        std::thread::spawn(move || tx.send(connect(&opening, None).map(|_| ())));
        // Without the wait, the open fails within milliseconds of the switch.
        assert!(
            rx.recv_timeout(Duration::from_millis(500)).is_err(),
            "the open gave up while the other program was still writing"
        );
        other.execute_batch("COMMIT").unwrap();
        let opened = rx.recv_timeout(BUSY_TIMEOUT).expect("the open finished");
        assert!(opened.is_ok(), "{opened:?}");
        let mode: String = other
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    #[test]
    fn fresh_database_is_created_with_wal_foreign_keys_and_strict_tables() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/dir/hg.sqlite3");
        let store = Store::open(&path).unwrap();
        let conn = store.conn();
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        let not_strict: Vec<String> = conn
            .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%'")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(
            not_strict.is_empty(),
            "tables without STRICT: {not_strict:?}"
        );
    }

    #[test]
    fn reopening_keeps_data_and_does_not_rerun_migrations() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hg.sqlite3");
        Store::open(&path)
            .unwrap()
            .write(|tx| {
                tx.execute("INSERT INTO settings (key, value) VALUES ('k', 'v')", [])?;
                Ok(())
            })
            .unwrap();
        let store = Store::open(&path).unwrap();
        let v: String = store
            .conn()
            .query_row("SELECT value FROM settings WHERE key = 'k'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(v, "v");
    }

    #[test]
    fn database_from_a_newer_version_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("newer.sqlite3");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE future (x INTEGER); PRAGMA user_version = 999;")
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path).err().expect("must refuse");
        assert_eq!(err.code(), "database.too_new");
        assert!(err.to_string().contains("newer Homegroup"), "{err}");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "file must be byte-for-byte unchanged"
        );
        assert!(!path.with_extension("sqlite3-wal").exists());
    }

    #[test]
    fn a_file_that_is_not_a_database_gets_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.txt");
        std::fs::write(
            &path,
            "this is a shopping list, not a database, and it is long enough to have a header",
        )
        .unwrap();
        let err = Store::open(&path).err().expect("must refuse");
        assert_eq!(err.code(), "database.not_a_database", "{err}");
    }

    #[test]
    fn failed_write_rolls_back_everything() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("hg.sqlite3")).unwrap();
        let r: Result<()> = store.write(|tx| {
            tx.execute("INSERT INTO settings (key, value) VALUES ('a', '1')", [])?;
            Err(Error::invalid(
                crate::error::Code::InputMalformed,
                "x",
                "no",
            ))
        });
        assert!(r.is_err());
        let n: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM settings", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    fn a_long_read_does_not_hold_up_another() {
        let dir = tempfile::tempdir().unwrap();
        let store = std::sync::Arc::new(Store::open(&dir.path().join("r.sqlite3")).unwrap());
        let (started, is_started) = std::sync::mpsc::channel();
        let (finish, may_finish) = std::sync::mpsc::channel::<()>();
        let long = {
            let store = store.clone();
            std::thread::spawn(move || {
                store.read(|_| {
                    started.send(()).unwrap();
                    // Open until the other read is done: with one shared connection
                    // the other could not run, and this would time out.
                    may_finish
                        .recv_timeout(Duration::from_secs(10))
                        .expect("the second read ran while the first was open");
                    Ok(())
                })
            })
        };
        is_started.recv().unwrap();
        let n: i64 = store
            .read(|c| Ok(c.query_row("SELECT count(*) FROM meetings", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(n, 0);
        finish.send(()).unwrap();
        long.join().unwrap().unwrap();
    }

    #[test]
    fn an_empty_passphrase_is_refused_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("e.sqlite3");
        let store = Store::open(&path).unwrap();
        assert_eq!(
            store.set_passphrase(Some("   "), None).unwrap_err().code(),
            "database.passphrase_empty"
        );
        store
            .set_passphrase(Some("correct horse battery"), None)
            .unwrap();
        drop(store);
        let e = Store::open_with(&path, Some("")).err().unwrap();
        assert_eq!(e.code(), "database.passphrase_empty");
        assert!(!e.to_string().to_lowercase().contains("sqlcipher"), "{e}");
    }

    #[test]
    fn a_failed_passphrase_change_leaves_the_store_working_on_its_old_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.sqlite3");
        let store = Store::open(&path).unwrap();
        store
            .set_passphrase(Some("correct horse battery"), None)
            .unwrap();
        // The new file cannot be written where it must go.
        std::fs::create_dir(files::scratch(&path, "rekey")).unwrap();
        assert!(store
            .set_passphrase(Some("another good phrase"), None)
            .is_err());
        store
            .write(|tx| {
                tx.execute(
                    "INSERT INTO settings (key, value) VALUES ('still', 'here')",
                    [],
                )?;
                Ok(())
            })
            .expect("the store still writes, on the file it had");
        drop(store);
        let again = Store::open_with(&path, Some("correct horse battery")).unwrap();
        let v: String = again
            .conn()
            .query_row("SELECT value FROM settings WHERE key = 'still'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(v, "here");
    }

    #[test]
    fn a_second_program_with_the_file_open_stops_a_rewrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("two.sqlite3");
        let store = Store::open(&path).unwrap();
        let other = Store::open(&path).unwrap();
        let e = store
            .set_passphrase(Some("correct horse battery"), None)
            .unwrap_err();
        assert_eq!(e.code(), "database.in_use");
        assert!(!Store::is_encrypted(&path));
        drop(other);
        store
            .set_passphrase(Some("correct horse battery"), None)
            .unwrap();
        assert!(!files::sidecar(&path, "-wal").exists() || Store::is_encrypted(&path));
    }

    #[test]
    fn a_passphrase_encrypts_the_whole_file_and_a_wrong_one_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret.sqlite3");
        let store = Store::open(&path).unwrap();
        store
            .write(|tx| {
                tx.execute("INSERT INTO members (nickname, created_at, updated_at) VALUES ('Robin', 'x', 'x')", [])?;
                Ok(())
            })
            .unwrap();
        assert_eq!(
            store
                .set_passphrase(Some("short"), None)
                .unwrap_err()
                .code(),
            "database.passphrase_short"
        );
        store
            .set_passphrase(Some("correct horse battery"), None)
            .unwrap();
        assert!(store.encrypted());
        // Still usable after the switch, with everything in it.
        let n: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM members", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
        drop(store);
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !bytes.windows(5).any(|w| w == b"Robin"),
            "the nickname is not readable in the file"
        );

        assert_eq!(
            Store::open(&path).err().unwrap().code(),
            "database.passphrase_required"
        );
        let before = std::fs::read(&path).unwrap();
        assert_eq!(
            Store::open_with(&path, Some("wrong horse"))
                .err()
                .unwrap()
                .code(),
            "database.wrong_passphrase"
        );
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "a wrong passphrase leaves the file as it was"
        );

        let store = Store::open_with(&path, Some("correct horse battery")).unwrap();
        store
            .set_passphrase(Some("another good phrase"), None)
            .unwrap();
        drop(store);
        assert!(Store::open_with(&path, Some("correct horse battery")).is_err());
        let store = Store::open_with(&path, Some("another good phrase")).unwrap();
        store.set_passphrase(None, None).unwrap();
        assert!(!store.encrypted());
        drop(store);
        let store = Store::open(&path).unwrap();
        let n: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM members", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
        let version: i64 = store
            .conn()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
    }
}
