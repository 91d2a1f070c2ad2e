//! The files beside the database: who else has it open, and keeping every file private.
//!
//! Health data must not be readable by other accounts on the machine, whatever the
//! umask: folders Homegroup creates are 0700, the database, its `-wal`/`-shm` (SQLite
//! gives them the database's own mode) and every backup or rewrite 0600.
//!
//! Every open [`Store`](super::Store) holds a shared lock on `<db>-lock`. Rewriting the
//! whole file (passphrase set/change/remove, restore) needs that lock alone: with
//! another program's connection still open, the old write-ahead log would be left
//! beside the new file, and SQLite would later read it as the new file's, so the
//! rewrite is refused and the message names the programs that hold the file.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_owned(),
        source,
    }
}

/// `path` with `suffix` appended to its file name (`db.sqlite3` → `db.sqlite3-wal`).
pub fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Creates `dir` and any missing parents as 0700 (existing folders are left alone: the
/// database may live in a folder the person chose, such as their Documents).
pub fn private_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(io(dir))
}

/// Makes `path` readable and writable by its owner only (0600), creating it empty when
/// missing. An empty file is an empty database to SQLite.
///
/// An existing file is never opened here, only looked at and chmod-ed by name: it may
/// be a database that SQLite has open in this process, and closing any descriptor of it
/// would drop every POSIX lock the process holds on it (the locks by which another
/// program knows not to delete the write-ahead log).
pub fn private_file(path: &Path) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        // New, and so open nowhere else: created 0600 whatever the umask allows more
        // of (the mode above is masked by it, never widened).
        Ok(_) => restrict(path),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => restrict(path),
        Err(e) => Err(io(path)(e)),
    }
}

/// 0600 on the file at `path`, by name (see [`private_file`]).
fn restrict(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map_err(io(path))?
            .permissions()
            .mode()
            & 0o777;
        if mode != 0o600 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
                .map_err(io(path))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// 0600 on an existing file, if it exists (a file someone else owns is left as it is).
pub fn restrict_existing(path: &Path) {
    if path.exists() {
        let _ = restrict(path);
    }
}

/// Whether a file that no SQLite connection of this process has open (a backup, a copy)
/// looks encrypted: whole pages (SQLCipher writes pages of at least 1 KiB) without
/// SQLite's plain header. Read by hand, without SQLite, so that nothing (no `-wal`,
/// no `-shm`) is ever left beside it. Never for the live database: see
/// [`super::Store::is_encrypted`].
pub fn looks_encrypted(path: &Path) -> bool {
    use std::io::Read;
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    if meta.len() < 1024 || meta.len() % 512 != 0 {
        return false;
    }
    let mut head = [0u8; 16];
    match File::open(path).and_then(|mut f| f.read_exact(&mut head)) {
        Ok(()) => &head != b"SQLite format 3\0",
        Err(_) => false,
    }
}

/// Where a copy that is being written (a backup, a passphrase change, a restore) goes
/// until it is complete: `<dir>/<stem>.<kind>-<pid>.partial`, so that the next program
/// to open the database can tell a copy a killed program left behind (its process is
/// gone) from one another program is writing now, and remove it ([`sweep`]).
pub fn scratch(path: &Path, kind: &str) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{stem}.{kind}-{}.partial", std::process::id()))
}

/// Removes from `dir` the copies that programs killed while writing them left behind
/// ([`scratch`] names whose process is gone; the names of older versions, which had no
/// process in them) with their journals. A backup cut short may be a whole readable
/// copy of the database: left in place it would outlive a passphrase, a restore and the
/// rotation of backups, which none of them see.
pub fn sweep(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if leftover(name) {
            tracing::info!(file = name, "removing a copy an interrupted program left");
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Whether `name` is a copy an interrupted program left (see [`sweep`]).
fn leftover(name: &str) -> bool {
    let base = ["-journal", "-wal", "-shm"]
        .iter()
        .find_map(|s| name.strip_suffix(s))
        .unwrap_or(name);
    if let Some(rest) = base.strip_suffix(".partial") {
        // `<stem>.<kind>-<pid>.partial`; before process ids, a backup's `<name>.partial`.
        let pid = rest
            .rsplit_once('.')
            .and_then(|(_, kind_pid)| kind_pid.rsplit_once('-'))
            .and_then(|(_, pid)| pid.parse::<u32>().ok());
        return match pid {
            Some(pid) => !alive(pid),
            None => rest.starts_with("homegroup-") || rest.starts_with("before-restore-"),
        };
    }
    [
        ".rekey-partial",
        ".restore-partial",
        ".restore-source",
        ".reencrypt-partial",
    ]
    .iter()
    .any(|s| base.ends_with(s))
}

/// Whether a process with this id runs (this one always does).
fn alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    #[cfg(target_os = "linux")]
    {
        Path::new(&format!("/proc/{pid}")).exists()
    }
    #[cfg(not(target_os = "linux"))]
    {
        // Without /proc nothing is known: keep the file rather than remove a live one.
        true
    }
}

/// The presence lock of one open store: shared while the store is open.
pub struct Presence {
    path: PathBuf,
    file: Option<File>,
}

impl Presence {
    /// Takes the shared lock beside `db` (waits while a rewrite holds it alone).
    pub fn shared(db: &Path) -> Result<Self> {
        let path = sidecar(db, "-lock");
        private_file(&path)?;
        let file = File::open(&path).map_err(io(&path))?;
        file.lock_shared().map_err(io(&path))?;
        Ok(Presence {
            path,
            file: Some(file),
        })
    }

    /// Runs `f` while no other program has the database open: this store's shared lock
    /// is traded for the lock alone, and back afterwards. Refused, naming the other
    /// programs, while anyone else holds it.
    pub fn alone<T>(&mut self, db: &Path, f: impl FnOnce() -> Result<T>) -> Result<T> {
        // flock(2) converts the lock on this descriptor; a conversion that fails may
        // have let go of the shared lock (BSD semantics), so it is taken again.
        let file = self
            .file
            .as_ref()
            .expect("a presence always holds its file");
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                let _ = file.lock_shared();
                return Err(Error::DatabaseInUse {
                    path: db.to_owned(),
                    holders: describe(&holders(db)),
                });
            }
            Err(std::fs::TryLockError::Error(e)) => {
                let _ = file.lock_shared();
                return Err(io(&self.path)(e));
            }
        }
        let out = f();
        // Back to shared: other programs may open the database again.
        let _ = file.lock_shared();
        out
    }
}

/// A program that has the database open, as the system names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Holder {
    pub pid: u32,
    /// Its command line's first words: `homegroup serve`, `homegroup-desktop`.
    pub command: String,
}

/// The other programs that have `db` (or its write-ahead log) open. Read from /proc
/// on Linux; elsewhere nothing is known and the message says "another program".
pub fn holders(db: &Path) -> Vec<Holder> {
    #[cfg(target_os = "linux")]
    {
        let wanted: Vec<PathBuf> = [
            db.to_owned(),
            sidecar(db, "-wal"),
            sidecar(db, "-shm"),
            sidecar(db, "-lock"),
        ]
        .iter()
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .collect();
        let me = std::process::id();
        let mut found = vec![];
        let Ok(procs) = std::fs::read_dir("/proc") else {
            return found;
        };
        for entry in procs.flatten() {
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|s| s.parse::<u32>().ok())
            else {
                continue;
            };
            if pid == me {
                continue;
            }
            let Ok(fds) = std::fs::read_dir(entry.path().join("fd")) else {
                continue;
            };
            let open = fds
                .flatten()
                .filter_map(|fd| std::fs::read_link(fd.path()).ok())
                .any(|target| wanted.contains(&target));
            if open {
                let command = std::fs::read(entry.path().join("cmdline"))
                    .map(|raw| {
                        raw.split(|b| *b == 0)
                            .filter(|w| !w.is_empty())
                            .take(2)
                            .map(|w| {
                                let w = String::from_utf8_lossy(w);
                                // The program's name, not where it is installed.
                                w.rsplit('/').next().unwrap_or_default().to_owned()
                            })
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .unwrap_or_default();
                found.push(Holder { pid, command });
            }
        }
        found.sort_by_key(|h| h.pid);
        found
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = db;
        vec![]
    }
}

/// "homegroup serve (process 4242)" or "another program".
pub fn describe(holders: &[Holder]) -> String {
    if holders.is_empty() {
        return "another program".into();
    }
    holders
        .iter()
        .map(|h| {
            if h.command.is_empty() {
                format!("process {}", h.pid)
            } else {
                format!("{} (process {})", h.command, h.pid)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Removes `-wal` and `-shm` beside `db` once nothing has it open, so a file renamed
/// into its place never meets an old log.
pub fn remove_logs(db: &Path) -> Result<()> {
    for suffix in ["-wal", "-shm", "-journal"] {
        let p = sidecar(db, suffix);
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io(&p)(e)),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The id of a process that has ended.
    fn gone() -> u32 {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        child.wait().unwrap();
        pid
    }

    #[test]
    fn a_copy_a_killed_program_left_is_swept_and_a_live_ones_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let dead = gone();
        let left = [
            format!("homegroup-20261202-101010-123.backup-{dead}.partial"),
            format!("homegroup-20261202-101010-123.backup-{dead}.partial-journal"),
            format!("hg.rekey-{dead}.partial"),
            // Older versions' names, which had no process id.
            "homegroup-20261202-101010-123.partial".into(),
            "hg.rekey-partial".into(),
            "hg.restore-source".into(),
        ];
        let kept = [
            format!("hg.backup-{}.partial", std::process::id()),
            "hg.sqlite3".into(),
            "hg.sqlite3-wal".into(),
            "notes.partial".into(),
            "homegroup-20261202-101010-123.sqlite3".into(),
        ];
        for name in left.iter().chain(&kept) {
            std::fs::write(dir.path().join(name), b"SQLite format 3\0members").unwrap();
        }
        sweep(dir.path());
        for name in &left {
            assert!(!dir.path().join(name).exists(), "{name} is left");
        }
        for name in &kept {
            assert!(dir.path().join(name).exists(), "{name} was removed");
        }
    }

    #[test]
    fn an_existing_file_is_made_private_by_name() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("wide.sqlite3");
        std::fs::write(&path, b"x").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        private_file(&path).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(std::fs::read(&path).unwrap(), b"x", "content kept");
        let new = dir.path().join("new.sqlite3");
        private_file(&new).unwrap();
        let mode = std::fs::metadata(&new).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
