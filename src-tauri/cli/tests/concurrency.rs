//! Several programs on one database, as they meet on a real machine: `homegroup
//! import` runs side by side (a cron job and a person), `homegroup serve` answering
//! calendar apps all the while, a backup in between; then the passphrase turned on,
//! changed and off with the feed server running. Nothing may fail with "database is
//! locked", no poll may get a 5xx, and the file must end whole and private.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use homegroup_core::Store;

const CLI: &str = env!("CARGO_BIN_EXE_homegroup");

fn homegroup(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(CLI);
    c.arg("--db").arg(db).args(args).env_remove("HOMEGROUP_DB");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

/// A Meeting Guide list of `n` weekly meetings; `variant` changes every name, so each
/// import of the other variant rewrites every row.
fn meeting_list(dir: &Path, n: usize, variant: &str) -> PathBuf {
    let list: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"name":"Meeting {i} {variant}","slug":"m-{i}","day":{},"time":"19:00","timezone":"America/Chicago","address":"{i} Main St","city":"Springfield","types":["O","D"]}}"#,
                i % 7
            )
        })
        .collect();
    let path = dir.join(format!("list-{variant}.json"));
    std::fs::write(&path, format!("[{}]", list.join(","))).unwrap();
    path
}

struct Server {
    child: Child,
    /// Host and port, and the whole-program feed's path.
    addr: String,
    path: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(db: &Path, env: &[(&str, &str)]) -> Server {
    let mut c = Command::new(CLI);
    c.arg("--db")
        .arg(db)
        .args(["serve", "--bind", "127.0.0.1:0"])
        .env_remove("HOMEGROUP_DB")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    for (k, v) in env {
        c.env(k, v);
    }
    let mut child = c.spawn().unwrap();
    // Port 0: the server prints the address it got.
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    // The rest of what it prints is read and dropped.
    std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
    let url = first
        .trim()
        .strip_prefix("http://")
        .expect("serve prints its URLs")
        .to_owned();
    let (addr, path) = url.split_once('/').unwrap();
    Server {
        child,
        addr: addr.to_owned(),
        path: format!("/{path}"),
    }
}

/// One poll as a calendar app makes it; the status code.
fn poll(server_addr: &str, path: &str) -> u16 {
    let mut s = TcpStream::connect(server_addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = Vec::new();
    s.read_to_end(&mut answer).unwrap();
    let head = String::from_utf8_lossy(&answer[..answer.len().min(20)]).to_string();
    head.split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

/// Polls the feed until `stop`, every 20 ms; every status seen.
fn poller(server: &Server, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<Vec<u16>> {
    let (addr, path) = (server.addr.clone(), server.path.clone());
    std::thread::spawn(move || {
        let mut seen = vec![];
        while !stop.load(Ordering::Relaxed) {
            seen.push(poll(&addr, &path));
            std::thread::sleep(Duration::from_millis(20));
        }
        seen
    })
}

fn integrity(db: &Path, passphrase: Option<&str>) {
    let store = Store::open_with(db, passphrase).unwrap();
    let check: String = store
        .conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

#[test]
fn writers_wait_for_each_other_and_the_feed_server_never_fails() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("area.sqlite3");
    let lists = [
        meeting_list(dir.path(), 1500, "a"),
        meeting_list(dir.path(), 1500, "b"),
    ];
    let first = homegroup(&db, &["import", lists[0].to_str().unwrap()], &[]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let server = serve(&db, &[]);
    let stop = Arc::new(AtomicBool::new(false));
    let polls = poller(&server, stop.clone());

    let failures = Arc::new(Mutex::new(Vec::<String>::new()));
    let mut rounds = 0;
    let until = Instant::now() + Duration::from_secs(12);
    // Rounds of two, then three writers at once: imports of alternating lists and a
    // backup, each a separate program, for a bounded time.
    while Instant::now() < until || rounds < 4 {
        let three = rounds % 2 == 1;
        let mut jobs = vec![];
        for k in 0..2 {
            let (db, list, failures) = (
                db.clone(),
                lists[(rounds + k) % 2].clone(),
                failures.clone(),
            );
            jobs.push(std::thread::spawn(move || {
                let out = homegroup(&db, &["import", list.to_str().unwrap()], &[]);
                if !out.status.success() {
                    failures
                        .lock()
                        .unwrap()
                        .push(String::from_utf8_lossy(&out.stderr).into_owned());
                }
            }));
        }
        if three {
            let (db, failures) = (db.clone(), failures.clone());
            jobs.push(std::thread::spawn(move || {
                let out = homegroup(&db, &["backup"], &[]);
                if !out.status.success() {
                    failures
                        .lock()
                        .unwrap()
                        .push(String::from_utf8_lossy(&out.stderr).into_owned());
                }
            }));
        }
        for j in jobs {
            j.join().unwrap();
        }
        rounds += 1;
    }
    stop.store(true, Ordering::Relaxed);
    let statuses = polls.join().unwrap();
    let failures = failures.lock().unwrap().clone();
    assert!(failures.is_empty(), "writers failed: {failures:?}");
    let errors: Vec<u16> = statuses
        .iter()
        .copied()
        .filter(|s| *s != 200 && *s != 304)
        .collect();
    assert!(errors.is_empty(), "the feed server answered {errors:?}");
    println!(
        "{rounds} rounds of 2–3 writers, {} polls, all answered",
        statuses.len()
    );
    drop(server);
    integrity(&db, None);
}

#[test]
fn the_passphrase_changes_only_with_the_database_alone_and_leaves_nothing_readable() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("hope.sqlite3");
    let list = meeting_list(dir.path(), 200, "a");
    assert!(homegroup(&db, &["import", list.to_str().unwrap()], &[])
        .status
        .success());
    assert!(homegroup(&db, &["backup"], &[]).status.success());
    let token = {
        let store = Store::open(&db).unwrap();
        let t: String = store
            .write(|tx| Ok(homegroup_core::feeds::ensure_default(tx)?.token))
            .unwrap();
        t
    };
    let phrase = [("HOMEGROUP_NEW_PASSPHRASE", "correct horse battery")];

    // With `homegroup serve` running (and polled), the passphrase is not touched.
    let server = serve(&db, &[]);
    assert_eq!(poll(&server.addr, &server.path), 200);
    let refused = homegroup(
        &db,
        &["passphrase", "set", "--old-backups", "reencrypt"],
        &phrase,
    );
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(
        said.contains("homegroup serve") && said.contains("Nothing was changed"),
        "{said}"
    );
    assert!(!Store::is_encrypted(&db), "still plaintext, as it was");
    assert_eq!(
        poll(&server.addr, &server.path),
        200,
        "the server kept serving"
    );
    drop(server);
    integrity(&db, None);

    // Alone: asked first what to do with the plaintext backup, then encrypted.
    let asked = homegroup(&db, &["passphrase", "set"], &phrase);
    assert!(!asked.status.success());
    assert!(String::from_utf8_lossy(&asked.stderr).contains("--old-backups"));
    let set = homegroup(
        &db,
        &["passphrase", "set", "--old-backups", "reencrypt"],
        &phrase,
    );
    assert!(
        set.status.success(),
        "{}",
        String::from_utf8_lossy(&set.stderr)
    );

    // Served again under the passphrase; then changed (refused while serving) and
    // removed, and the file stays whole.
    let unlock = [("HOMEGROUP_PASSPHRASE", "correct horse battery")];
    let server = serve(&db, &unlock);
    assert_eq!(poll(&server.addr, &server.path), 200);
    let change = [
        ("HOMEGROUP_PASSPHRASE", "correct horse battery"),
        ("HOMEGROUP_NEW_PASSPHRASE", "another good phrase"),
    ];
    assert!(!homegroup(&db, &["passphrase", "set"], &change)
        .status
        .success());
    drop(server);
    let changed = homegroup(&db, &["passphrase", "set"], &change);
    assert!(
        changed.status.success(),
        "{}",
        String::from_utf8_lossy(&changed.stderr)
    );
    integrity(&db, Some("another good phrase"));

    // Nothing beside the encrypted database can be read: no old log, no backup in
    // plaintext (the token is the secret a plaintext copy would give away).
    for e in walk(dir.path()) {
        let name = e.file_name().unwrap().to_string_lossy().to_string();
        if name.ends_with(".json") {
            continue;
        }
        let bytes = std::fs::read(&e).unwrap();
        assert!(
            !bytes.windows(token.len()).any(|w| w == token.as_bytes()),
            "{} holds the feed token in clear",
            e.display()
        );
        assert!(
            !bytes.starts_with(b"SQLite format 3"),
            "{} is a plaintext database",
            e.display()
        );
    }

    let removed = homegroup(
        &db,
        &["passphrase", "remove"],
        &[("HOMEGROUP_PASSPHRASE", "another good phrase")],
    );
    assert!(
        removed.status.success(),
        "{}",
        String::from_utf8_lossy(&removed.stderr)
    );
    integrity(&db, None);
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
