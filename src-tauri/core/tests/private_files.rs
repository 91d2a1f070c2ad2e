//! Health data stays private to its user, whatever the umask: every path that writes
//! a file leaves the folder 0700 and the file (and its `-wal`/`-shm`) 0600.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use homegroup_core::store::{backup, OldBackups};
use homegroup_core::Store;

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        .permissions()
        .mode()
        & 0o777
}

fn sidecar(p: &Path, suffix: &str) -> PathBuf {
    let mut s = p.as_os_str().to_owned();
    s.push(suffix);
    s.into()
}

/// Every file in the database's folder and its backups folder, with its mode.
fn everything(root: &Path) -> Vec<(PathBuf, u32)> {
    let mut out = vec![];
    let mut stack = vec![root.to_owned()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                out.push((p.clone(), mode(&p)));
                stack.push(p);
            } else {
                out.push((p.clone(), mode(&p)));
            }
        }
    }
    out
}

fn assert_private(root: &Path, after: &str) {
    for (p, m) in everything(root) {
        let want = if p.is_dir() { 0o700 } else { 0o600 };
        assert_eq!(m, want, "after {after}: {} is {m:o}", p.display());
    }
}

fn add_member(store: &Store, nick: &str) {
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
fn every_path_that_writes_a_file_keeps_it_private_under_umask_022() {
    // The umask of a usual desktop session: files 0644 and folders 0755 by default.
    unsafe { libc::umask(0o022) };
    let home = tempfile::tempdir().unwrap();
    // The data folder does not exist yet: Homegroup creates it (and its parent).
    let data = home.path().join("share/homegroup");
    let db = data.join("homegroup.sqlite3");
    let store = Store::open(&db).unwrap();
    add_member(&store, "Robin");
    assert_eq!(mode(&data), 0o700, "the data folder");
    assert_eq!(
        mode(&home.path().join("share")),
        0o700,
        "a folder made for it"
    );
    for f in [db.clone(), sidecar(&db, "-wal"), sidecar(&db, "-shm")] {
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }
    assert_private(&data, "open and write");

    let rotating = store.backup_now().unwrap();
    assert_eq!(mode(&backup::dir_for(&db)), 0o700);
    assert_eq!(mode(Path::new(&rotating.path)), 0o600);
    assert_private(&data, "a rotating backup");

    // `backup --out` into a folder of the person's choosing: the file is private, the
    // folder (theirs) is left as it is.
    let elsewhere = home.path().join("usb");
    std::fs::create_dir(&elsewhere).unwrap();
    let out = elsewhere.join("copy.sqlite3");
    store.backup_to(&out).unwrap();
    assert_eq!(mode(&out), 0o600);
    assert_eq!(
        mode(&elsewhere),
        0o755,
        "someone else's folder is not changed"
    );

    store
        .set_passphrase(Some("correct horse battery"), Some(OldBackups::Reencrypt))
        .unwrap();
    add_member(&store, "Sky");
    assert_private(&data, "passphrase set");
    store.set_passphrase(None, None).unwrap();
    add_member(&store, "Jess");
    assert_private(&data, "passphrase removed");

    store
        .restore_from(Path::new(&rotating.path), Some("correct horse battery"))
        .unwrap();
    add_member(&store, "Lee");
    assert_private(&data, "restore");
    drop(store);

    // A database made by an older Homegroup (0644) is narrowed when opened.
    let old = home.path().join("old.sqlite3");
    drop(Store::open(&old).unwrap());
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
    let _again = Store::open(&old).unwrap();
    assert_eq!(mode(&old), 0o600);
}
