//! Publishing to a second real CalDAV server, Xandikos (Debian's package), which keeps
//! its calendar in a Git repository and is strict about iCalendar: created, unchanged,
//! updated and deleted resources, read back by a plain GET.

mod support;

use std::process::{Child, Command, Stdio};

use chrono::NaiveTime;
use homegroup_core::feeds;
use homegroup_core::meetings::{self, MeetingInput};
use homegroup_core::publish::{self, TargetInput};
use homegroup_core::schedule::{Day, Recurrence};
use homegroup_core::Store;

struct Xandikos {
    child: Child,
    base: String,
    _dir: tempfile::TempDir,
}

impl Drop for Xandikos {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The port a process listens on, read from the kernel: its socket inodes in
/// /proc/PID/fd matched against the listening sockets in /proc/net/tcp. Xandikos takes
/// port 0 but logs "0", so this is how the kernel's choice is read back.
fn listening_port(pid: u32) -> Option<u16> {
    let inodes: Vec<String> = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .ok()?
        .flatten()
        .filter_map(|e| std::fs::read_link(e.path()).ok())
        .filter_map(|l| {
            let l = l.to_string_lossy().into_owned();
            l.strip_prefix("socket:[")
                .and_then(|r| r.strip_suffix(']'))
                .map(str::to_owned)
        })
        .collect();
    let table = std::fs::read_to_string("/proc/net/tcp").ok()?;
    table.lines().skip(1).find_map(|line| {
        let cols: Vec<&str> = line.split_whitespace().collect();
        // local_address is HEXIP:HEXPORT; state 0A is LISTEN; column 9 is the inode.
        let listening = cols.get(3) == Some(&"0A");
        let ours = cols.get(9).is_some_and(|i| inodes.iter().any(|n| n == i));
        (listening && ours)
            .then(|| u16::from_str_radix(cols[1].rsplit(':').next()?, 16).ok())
            .flatten()
    })
}

fn xandikos() -> Xandikos {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new("xandikos")
        .args(["--defaults", "-l", "127.0.0.1", "-p", "0", "-d"])
        .arg(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("xandikos is installed by scripts/install");
    // Wait for the listening socket to exist (the condition itself, not a guess of time).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let port = loop {
        if let Some(p) = listening_port(child.id()) {
            break p;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "xandikos exited before listening"
        );
        assert!(
            std::time::Instant::now() < deadline,
            "xandikos did not listen"
        );
        std::thread::yield_now();
    };
    Xandikos {
        child,
        base: format!("http://127.0.0.1:{port}"),
        _dir: dir,
    }
}

fn input(name: &str, day: Day) -> MeetingInput {
    let mut m = support::online_meeting(name, "https://meet.jit.si/homegroup?pwd=secret");
    m.schedule.start_time = NaiveTime::from_hms_opt(7, 30, 0).unwrap();
    m.schedule.timezone = "Asia/Ho_Chi_Minh".into();
    m.schedule.recurrence = Recurrence::Weekly {
        interval: 1,
        days: vec![day],
    };
    m.notes = "Họp trực tuyến — chào mừng mọi người.".into();
    m.language = "vi".into();
    m
}

#[tokio::test(flavor = "multi_thread")]
async fn publishes_to_xandikos() {
    let server = xandikos();
    let calendar = format!("{}/user/calendars/calendar/", server.base);
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("x.sqlite3")).unwrap();
    let (a, b, target) = store
        .write(|tx| {
            let a = meetings::create(tx, &input("Thứ Hai Bình An", Day::MO))?;
            let b = meetings::create(tx, &input("Thứ Năm Hy Vọng", Day::TH))?;
            let feed = feeds::ensure_default(tx)?;
            let t = publish::add_target(
                tx,
                &TargetInput {
                    feed_id: feed.id,
                    url: calendar.clone(),
                    ..Default::default()
                },
            )?;
            Ok((a, b, t))
        })
        .unwrap();

    let r = publish::publish(&store, target.id).await.unwrap();
    assert_eq!((r.created, r.writes), (2, 2), "{r:?}");
    let c = reqwest::Client::new();
    let body = c
        .get(format!("{calendar}{}.ics", a.uid))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        body.replace("\r\n ", "")
            .contains("SUMMARY:Thứ Hai Bình An"),
        "{body}"
    );
    assert!(!body.contains("pwd=secret"), "no passcode published");

    let r = publish::publish(&store, target.id).await.unwrap();
    assert_eq!(
        (r.unchanged, r.writes),
        (2, 0),
        "an unchanged program sends nothing"
    );

    store
        .write(|tx| meetings::update(tx, b.id, &input("Thứ Năm Hy Vọng Mới", Day::TH)))
        .unwrap();
    store.write(|tx| meetings::delete(tx, a.id)).unwrap();
    let r = publish::publish(&store, target.id).await.unwrap();
    assert_eq!((r.updated, r.deleted, r.writes), (1, 1, 2), "{r:?}");
    let gone = c
        .get(format!("{calendar}{}.ics", a.uid))
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), 404);
}
