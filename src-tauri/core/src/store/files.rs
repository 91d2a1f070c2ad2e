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
pub fn private_file(path: &Path) -> Result<()> {
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path).map_err(io(path))?;
    restrict(&file, path)
}

/// 0600 on an open file (a file that existed before keeps its content).
fn restrict(file: &File, path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = file.metadata().map_err(io(path))?.permissions().mode() & 0o777;
        if mode != 0o600 {
            file.set_permissions(std::fs::Permissions::from_mode(0o600))
                .map_err(io(path))?;
        }
    }
    #[cfg(not(unix))]
    let _ = (file, path);
    Ok(())
}

/// 0600 on an existing file, if it exists (a file someone else owns is left as it is).
pub fn restrict_existing(path: &Path) {
    if let Ok(file) = File::open(path) {
        let _ = restrict(&file, path);
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
