//! Crash safety: a writer process commits bursts of check-ins through the real store
//! and acknowledges each committed transaction on stdout; it is killed with SIGKILL at
//! a random moment, 60 times. After every kill the database must pass
//! `PRAGMA integrity_check` and hold every acknowledged write.

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use chrono::NaiveDate;
use homegroup_core::night::members::{self, MemberInput};
use homegroup_core::program::meetings::{self, MeetingInput};
use homegroup_core::schedule::{Day, Recurrence};
use homegroup_core::{night::attendance, Store};

const CHILD: &str = "HOMEGROUP_CRASH_WRITER";
const KILLS: usize = 60;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn meeting() -> MeetingInput {
    let mut m = support::online_meeting("Nightly", "https://zoom.us/j/1");
    m.schedule.start_date = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    m.schedule.timezone = "UTC".into();
    m.schedule.recurrence = Recurrence::Weekly {
        interval: 1,
        days: Day::ALL.to_vec(),
    };
    m
}

/// The writer: forever, one transaction = a new member checked in at one night plus
/// that night's counts; "ack <member nickname>" after each commit.
fn writer(path: &str, run: usize) {
    let store = Store::open(std::path::Path::new(path)).unwrap();
    let m = store
        .conn()
        .query_row("SELECT id FROM meetings LIMIT 1", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap();
    let mut out = std::io::stdout().lock();
    for i in 0.. {
        let nick = format!("r{run}n{i}");
        let day = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()
            + chrono::Duration::days((i % 2000) as i64);
        let key = format!("{day}T19:00");
        store
            .write(|tx| {
                let member = members::create(
                    tx,
                    &MemberInput {
                        nickname: nick.clone(),
                        ..Default::default()
                    },
                    today(),
                )?;
                attendance::check_in(tx, m, &key, member.id, today())?;
                attendance::set_counts(
                    tx,
                    m,
                    &key,
                    &attendance::CountsInput {
                        held: true,
                        head_count: (i % 50) as u32,
                        ..Default::default()
                    },
                    today(),
                )
            })
            .unwrap();
        use std::io::Write;
        writeln!(out, "ack {nick}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn killed_writers_lose_no_acknowledged_write_and_leave_a_sound_file() {
    if let Ok(spec) = std::env::var(CHILD) {
        let (path, run) = spec.split_once('|').unwrap();
        writer(path, run.parse().unwrap());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.sqlite3");
    Store::open(&path)
        .unwrap()
        .write(|tx| meetings::create(tx, &meeting()))
        .unwrap();

    let exe = std::env::current_exe().unwrap();
    let mut acked: Vec<String> = vec![];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for run in 0..KILLS {
        let mut child = Command::new(&exe)
            .args([
                "killed_writers_lose_no_acknowledged_write_and_leave_a_sound_file",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, format!("{}|{run}", path.display()))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill after 5 to 60 ms of writing (xorshift: no extra dependency).
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let wait = Duration::from_millis(5 + seed % 55);
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(|l| l.ok())
                .filter_map(|l| l.strip_prefix("ack ").map(str::to_owned))
                .collect::<Vec<_>>()
        });
        // 40 ms of start-up (open, migrate), then writing until the kill.
        std::thread::sleep(wait + Duration::from_millis(40));
        sigkill(child.id());
        child.wait().unwrap();
        acked.extend(reader.join().unwrap());

        let store = Store::open(&path).unwrap();
        let conn = store.conn();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "after kill {run}");
        let fk: i64 = conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(fk, 0, "after kill {run}");
        let mut stmt = conn.prepare("SELECT nickname FROM members").unwrap();
        let present: std::collections::HashSet<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        for nick in &acked {
            assert!(
                present.contains(nick),
                "acknowledged write {nick} lost after kill {run}"
            );
        }
        // Every member that exists was written whole: with its check-in.
        let orphans: i64 = conn
            .query_row("SELECT count(*) FROM members m WHERE NOT EXISTS (SELECT 1 FROM checkins c WHERE c.member_id = m.id)", [], |r| r.get(0))
            .unwrap();
        assert_eq!(orphans, 0, "a half-written transaction after kill {run}");
    }
    assert!(
        acked.len() > KILLS,
        "the writers committed only {} transactions",
        acked.len()
    );
    println!(
        "{KILLS} kills, {} acknowledged writes, all present",
        acked.len()
    );
}

fn sigkill(pid: u32) {
    // SIGKILL through the kill(1) program: no libc dependency for one call.
    let status = Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}
