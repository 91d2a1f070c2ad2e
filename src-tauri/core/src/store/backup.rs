//! Backups with SQLite's online backup API (the app keeps working while one is made),
//! rotated in a `backups` folder beside the database, and a restore that checks a file
//! thoroughly before it replaces anything.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use rusqlite::backup::Backup;
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use super::{connect, files, migrations, Store, SCHEMA_VERSION};
use crate::error::{Error, Result};

/// Automatic backups kept; the oldest beyond this are deleted.
pub const KEEP: usize = 10;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BackupFile {
    pub path: String,
    pub bytes: u64,
    /// RFC 3339, UTC.
    pub made_at: String,
    /// Encrypted with a passphrase (a plaintext backup of an encrypted database is a
    /// leak, and is shown as one).
    pub encrypted: bool,
}

/// The `backups` folder beside the database.
pub fn dir_for(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new(".")).join("backups")
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_owned(),
        source,
    }
}

fn integrity(conn: &Connection, path: &Path) -> Result<()> {
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(Error::invalid(
            crate::error::Code::BackupDamaged,
            "file",
            format!("{} is damaged ({check}); it was not used", path.display()),
        ));
    }
    Ok(())
}

impl Store {
    /// Copies the live database to `dest` (encrypted with the same passphrase, if any),
    /// then checks the copy. Written beside `dest` and renamed, so `dest` is never half.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        if let Some(dir) = dest.parent() {
            files::private_dir(dir)?;
            files::sweep(dir);
        }
        let tmp = files::scratch(dest, "backup");
        let _ = std::fs::remove_file(&tmp);
        let key = self.key();
        let made = (|| -> Result<()> {
            // 0600 before the first page is written, whatever the umask.
            files::private_file(&tmp)?;
            let mut out = Connection::open(&tmp)?;
            if let Some(k) = &key {
                out.pragma_update(None, "key", k)?;
            }
            {
                let src = self.conn();
                Backup::new(&src, &mut out)?.run_to_completion(
                    256,
                    Duration::from_millis(0),
                    None,
                )?;
            }
            integrity(&out, dest)?;
            drop(out);
            files::remove_logs(&tmp)?;
            // The file's time is the app's clock, which the list reads as "made at" and the
            // daily backup compares with the clock: on a test build's set clock, a backup
            // made a moment ago must not look months old (or in the future).
            let f = std::fs::OpenOptions::new()
                .write(true)
                .open(&tmp)
                .map_err(io(&tmp))?;
            f.set_modified(crate::clock::now().into())
                .map_err(io(&tmp))?;
            f.sync_all().map_err(io(&tmp))?;
            std::fs::rename(&tmp, dest).map_err(io(dest))
        })();
        if made.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        made
    }

    /// A backup into the `backups` folder now, and the oldest removed beyond [`KEEP`].
    pub fn backup_now(&self) -> Result<BackupFile> {
        let dir = dir_for(self.path());
        let name = format!(
            "homegroup-{}.sqlite3",
            crate::clock::now().format("%Y%m%d-%H%M%S-%3f")
        );
        let dest = dir.join(name);
        self.backup_to(&dest)?;
        let mut all = list(&dir)?;
        while all.len() > KEEP {
            let oldest = all.pop().expect("more than KEEP");
            std::fs::remove_file(&oldest.path).map_err(io(Path::new(&oldest.path)))?;
        }
        all.into_iter()
            .find(|b| Path::new(&b.path) == dest)
            .ok_or_else(|| Error::not_found("backup", dest.display()))
    }

    /// The automatic backup: made when the newest one is older than `every`.
    pub fn backup_if_due(&self, every: Duration) -> Result<Option<BackupFile>> {
        let newest = list(&dir_for(self.path()))?.into_iter().next();
        let due = newest.is_none_or(|b| {
            chrono::DateTime::parse_from_rfc3339(&b.made_at)
                .map(|t| {
                    crate::clock::now()
                        .signed_duration_since(t)
                        .to_std()
                        .unwrap_or_default()
                        >= every
                })
                .unwrap_or(true)
        });
        if due {
            self.backup_now().map(Some)
        } else {
            Ok(None)
        }
    }

    /// Replaces the database with the backup at `src` after checking it: it must open
    /// (with the current passphrase, or `passphrase` if it was made under another), pass
    /// `integrity_check`, be a Homegroup database no newer than this program. The
    /// current database is backed up first, so a restore can itself be undone.
    pub fn restore_from(&self, src: &Path, passphrase: Option<&str>) -> Result<()> {
        if !src.is_file() {
            return Err(Error::invalid(
                crate::error::Code::BackupMissing,
                "file",
                format!("{} is not a file", src.display()),
            ));
        }
        let key = passphrase.map(str::to_owned).or_else(|| self.key());
        let source = match connect_read(src, key.as_deref()) {
            Ok(c) => c,
            Err(Error::NotADatabase { .. }) => {
                return Err(Error::invalid(
                    crate::error::Code::BackupNotADatabase,
                    "file",
                    format!(
                        "{} is not a Homegroup backup (or it needs another passphrase)",
                        src.display()
                    ),
                ))
            }
            Err(e) => return Err(e),
        };
        integrity(&source, src)?;
        let homegroup: i64 = source.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('meetings', 'members', 'feeds')",
            [],
            |r| r.get(0),
        )?;
        if homegroup != 3 {
            return Err(Error::invalid(
                crate::error::Code::BackupNotHomegroup,
                "file",
                format!(
                    "{} is an SQLite file but not a Homegroup database",
                    src.display()
                ),
            ));
        }
        self.backup_to(&dir_for(self.path()).join(format!(
            "before-restore-{}.sqlite3",
            crate::clock::now().format("%Y%m%d-%H%M%S")
        )))?;
        drop(source);
        // Export from a scratch copy (the backup file itself is never opened for
        // writing) into a new file under this store's passphrase, then swap it in.
        let scratch = files::scratch(self.path(), "restore-source");
        let tmp = files::scratch(self.path(), "restore");
        let _ = std::fs::remove_file(&tmp);
        let current_key = self.key();
        let copied = (|| -> Result<()> {
            files::private_file(&scratch)?;
            std::fs::copy(src, &scratch).map_err(io(&scratch))?;
            // fs::copy gives the copy the backup's own mode.
            files::restrict_existing(&scratch);
            files::private_file(&tmp)?;
            let encrypted = files::looks_encrypted(&scratch);
            let source = Connection::open(&scratch)?;
            if encrypted {
                if let Some(k) = key.as_deref() {
                    source.pragma_update(None, "key", k)?;
                }
            }
            let version: i64 = source.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            source.execute(
                "ATTACH DATABASE ?1 AS target KEY ?2",
                rusqlite::params![tmp.to_string_lossy(), current_key.as_deref().unwrap_or("")],
            )?;
            source.query_row("SELECT sqlcipher_export('target')", [], |_| Ok(()))?;
            source.execute_batch(&format!(
                "PRAGMA target.user_version = {version}; DETACH DATABASE target"
            ))?;
            drop(source);
            files::remove_logs(&scratch)?;
            std::fs::File::open(&tmp)
                .and_then(|f| f.sync_all())
                .map_err(io(&tmp))
        })();
        let _ = std::fs::remove_file(&scratch);
        let _ = files::remove_logs(&scratch);
        if let Err(e) = copied {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        // Swapped in only while no other program has the file open: its log would
        // otherwise be read as the restored file's.
        let swapped = self.alone(|| {
            let mut guard = self.conn();
            let live = crate::store::program_version(&guard)?;
            let live_meetings = crate::store::meetings_version(&guard)?;
            let old = std::mem::replace(&mut *guard, Connection::open_in_memory()?);
            drop(old);
            let renamed = files::remove_logs(self.path())
                .and_then(|()| std::fs::rename(&tmp, self.path()).map_err(io(self.path())));
            // Whether or not the new file is in place, the store goes back onto the file.
            let mut conn = connect(self.path(), current_key.as_deref())?;
            renamed?;
            migrations::to_latest(&mut conn, self.path())?;
            // The restored program is another program: its change counter goes past
            // every number the file had, so nothing read under one of those numbers
            // (the prepared schedules, a share's last sync) is taken for it; nor are the
            // file's notes of changed meetings (v13), which tell its own history.
            conn.execute(
                "UPDATE program_version SET n = max(n, ?1) + 1, meetings = max(meetings, n, ?1, ?2) + 1, \
                 meetings_floor = max(meetings, n, ?1, ?2) + 1 WHERE id = 1",
                [live, live_meetings],
            )?;
            *guard = conn;
            Ok(())
        });
        super::next_epoch();
        if swapped.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        swapped?;
        self.bump();
        Ok(())
    }
}

/// Opens a file to read it as a backup, never creating or changing it: immutable, so
/// SQLite neither locks it nor leaves a `-wal` or `-shm` beside it.
fn connect_read(path: &Path, key: Option<&str>) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        immutable_uri(path),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_URI,
    )
    .map_err(|_| Error::NotADatabase {
        path: path.to_owned(),
    })?;
    if files::looks_encrypted(path) {
        match key {
            Some(k) => conn.pragma_update(None, "key", k)?,
            None => {
                return Err(Error::PassphraseRequired {
                    path: path.to_owned(),
                })
            }
        }
    }
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|_| {
            if files::looks_encrypted(path) {
                Error::WrongPassphrase {
                    path: path.to_owned(),
                }
            } else {
                Error::NotADatabase {
                    path: path.to_owned(),
                }
            }
        })?;
    if version > SCHEMA_VERSION {
        return Err(Error::DatabaseTooNew {
            path: path.to_owned(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(conn)
}

/// `file:/abs/path?mode=ro&immutable=1`: read without locking or writing anything.
fn immutable_uri(path: &Path) -> String {
    format!(
        "file:{}?mode=ro&immutable=1",
        uri_path(&std::path::absolute(path).unwrap_or_else(|_| path.to_owned()))
    )
}

/// A path as the path part of an SQLite `file:` URI (RFC 3986 percent-encoding of the
/// characters a URI gives a meaning to).
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for b in path.to_string_lossy().bytes() {
        match b {
            b'?' | b'#' | b'%' | b' ' | b'&' | b'=' => out.push_str(&format!("%{b:02X}")),
            _ => out.push(b as char),
        }
    }
    out
}

/// Encrypts the plaintext backup at `path` under `key`, in place (copied into a new
/// file, checked, then renamed over it), keeping its date.
pub(crate) fn reencrypt(path: &Path, key: &str) -> Result<()> {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let tmp = files::scratch(path, "reencrypt");
    let _ = std::fs::remove_file(&tmp);
    let done = (|| -> Result<()> {
        files::private_file(&tmp)?;
        // Read the backup immutably (no lock, no log beside it) from a connection to
        // the new file, which exports it into itself.
        let out = Connection::open_with_flags(
            &tmp,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_URI,
        )?;
        out.pragma_update(None, "key", key)?;
        out.execute("ATTACH DATABASE ?1 AS plain KEY ''", [immutable_uri(path)])?;
        let version: i64 = out.query_row("PRAGMA plain.user_version", [], |r| r.get(0))?;
        out.query_row("SELECT sqlcipher_export('main', 'plain')", [], |_| Ok(()))?;
        out.execute_batch(&format!(
            "PRAGMA main.user_version = {version}; DETACH DATABASE plain"
        ))?;
        drop(out);
        files::remove_logs(&tmp)?;
        integrity(&connect_read(&tmp, Some(key))?, path)?;
        let f = std::fs::File::open(&tmp).map_err(io(&tmp))?;
        f.sync_all().map_err(io(&tmp))?;
        if let Some(t) = modified {
            let _ = f.set_modified(t);
        }
        std::fs::rename(&tmp, path).map_err(io(path))
    })();
    if done.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    done
}

/// Backups in `dir`, newest first.
pub fn list(dir: &Path) -> Result<Vec<BackupFile>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
        Err(e) => return Err(io(dir)(e)),
    };
    let mut out: Vec<(SystemTime, BackupFile)> = vec![];
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        // Rotating and manual backups, and the copy a restore keeps of what it replaced.
        if !((name.starts_with("homegroup-") || name.starts_with("before-restore-"))
            && name.ends_with(".sqlite3"))
        {
            continue;
        }
        let meta = entry.metadata().map_err(io(&path))?;
        let modified = meta.modified().map_err(io(&path))?;
        out.push((
            modified,
            BackupFile {
                path: path.display().to_string(),
                bytes: meta.len(),
                made_at: chrono::DateTime::<chrono::Utc>::from(modified)
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                encrypted: files::looks_encrypted(&path),
            },
        ));
    }
    out.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| b.1.path.cmp(&a.1.path)));
    Ok(out.into_iter().map(|(_, b)| b).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(store: &Store) -> i64 {
        store
            .conn()
            .query_row("SELECT count(*) FROM members", [], |r| r.get(0))
            .unwrap()
    }

    fn add(store: &Store, nick: &str) {
        store
            .write(|tx| {
                tx.execute(
                    "INSERT INTO members (nickname, created_at, updated_at) VALUES (?1, 'x', 'x')",
                    [nick],
                )?;
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn a_restore_leaves_nothing_beside_the_backup_it_read() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        add(&store, "Robin");
        let b = store.backup_now().unwrap();
        store.restore_from(Path::new(&b.path), None).unwrap();
        for suffix in ["-wal", "-shm", "-journal"] {
            assert!(
                !files::sidecar(Path::new(&b.path), suffix).exists(),
                "{suffix} left beside the backup"
            );
        }
    }

    #[test]
    fn turning_encryption_on_encrypts_or_removes_the_plaintext_backups() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        add(&store, "Robin");
        let a = store.backup_now().unwrap();
        assert!(!a.encrypted);
        let asked = store
            .set_passphrase(Some("correct horse battery"), None)
            .unwrap_err();
        assert_eq!(asked.code(), "database.plaintext_backups");
        assert!(!store.encrypted(), "nothing changed before the answer");
        store
            .set_passphrase(
                Some("correct horse battery"),
                Some(crate::store::OldBackups::Reencrypt),
            )
            .unwrap();
        let listed = list(&dir_for(store.path())).unwrap();
        assert_eq!(listed.len(), 1);
        assert!(listed.iter().all(|b| b.encrypted));
        let bytes = std::fs::read(&a.path).unwrap();
        assert!(!bytes.windows(5).any(|w| w == b"Robin"));
        // The re-encrypted backup restores under the passphrase.
        add(&store, "Sky");
        store.restore_from(Path::new(&a.path), None).unwrap();
        assert_eq!(count(&store), 1);

        // Off, a plaintext backup, on again with "remove": it is gone.
        store.set_passphrase(None, None).unwrap();
        store.backup_now().unwrap();
        store
            .set_passphrase(
                Some("correct horse battery"),
                Some(crate::store::OldBackups::Remove),
            )
            .unwrap();
        assert!(list(&dir_for(store.path()))
            .unwrap()
            .iter()
            .all(|b| b.encrypted));
    }

    #[test]
    fn backups_rotate_and_a_restore_brings_the_data_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        add(&store, "Robin");
        let first = store.backup_now().unwrap();
        assert!(first.bytes > 0);
        add(&store, "Sky");
        assert_eq!(count(&store), 2);
        store.restore_from(Path::new(&first.path), None).unwrap();
        assert_eq!(count(&store), 1, "back to the moment of the backup");
        // The restore saved what it replaced.
        assert!(std::fs::read_dir(dir_for(store.path()))
            .unwrap()
            .flatten()
            .any(|e| e
                .file_name()
                .to_string_lossy()
                .starts_with("before-restore-")));
        assert!(
            store
                .backup_if_due(Duration::from_secs(3600))
                .unwrap()
                .is_none(),
            "a fresh backup exists"
        );
        for _ in 0..(KEEP + 2) {
            std::thread::sleep(Duration::from_millis(2));
            store.backup_now().unwrap();
        }
        assert_eq!(list(&dir_for(store.path())).unwrap().len(), KEEP);
    }

    #[test]
    fn a_bad_file_is_refused_before_anything_changes() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        add(&store, "Robin");
        let junk = dir.path().join("junk.sqlite3");
        std::fs::write(&junk, vec![7u8; 8192]).unwrap();
        let other = dir.path().join("other.sqlite3");
        Connection::open(&other)
            .unwrap()
            .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
        let truncated = dir.path().join("cut.sqlite3");
        let good = store.backup_now().unwrap();
        let bytes = std::fs::read(&good.path).unwrap();
        std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
        for (file, codes) in [
            (
                &junk,
                &[
                    "backup.not_a_database",
                    "database.wrong_passphrase",
                    "database.passphrase_required",
                ][..],
            ),
            (&other, &["backup.not_homegroup"][..]),
            (
                &truncated,
                &["backup.damaged", "backup.not_a_database", "database.error"][..],
            ),
            (&dir.path().join("missing.sqlite3"), &["backup.missing"][..]),
        ] {
            let e = store.restore_from(file, None).unwrap_err();
            assert!(
                codes.contains(&e.code()),
                "{}: {} {e}",
                file.display(),
                e.code()
            );
            assert_eq!(count(&store), 1);
        }
    }

    #[test]
    fn an_encrypted_database_makes_encrypted_backups() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        add(&store, "Robin");
        store
            .set_passphrase(
                Some("correct horse battery"),
                Some(crate::store::OldBackups::Reencrypt),
            )
            .unwrap();
        let b = store.backup_now().unwrap();
        assert!(files::looks_encrypted(Path::new(&b.path)));
        assert!(!std::fs::read(&b.path)
            .unwrap()
            .windows(5)
            .any(|w| w == b"Robin"));
        add(&store, "Sky");
        store.restore_from(Path::new(&b.path), None).unwrap();
        assert_eq!(count(&store), 1);
        assert!(store.encrypted());
    }
}
