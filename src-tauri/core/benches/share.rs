//! Syncing a 500-meeting program through a local Radicale, inside one program (as the
//! app's background sync runs): the first sync (every meeting uploaded), a second
//! installation joining (every meeting downloaded), and a sync with nothing new, with
//! the HTTP requests each made. `scripts/bench/share_sync.mjs` times the same through
//! the CLI, start-up included, beside vdirsyncer.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../tests/support/servers.rs"]
#[allow(dead_code)]
mod servers;

use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveTime};
use homegroup_core::program::fellowship::{AttendanceMode, Fellowship};
use homegroup_core::program::meetings::{self, MeetingInput, MeetingStatus, OnlineAccess};
use homegroup_core::schedule::{Day, Recurrence, Schedule};
use homegroup_core::share::{self, LinkInput, Options};
use homegroup_core::Store;

const MEETINGS: usize = 500;

fn input(i: usize) -> MeetingInput {
    MeetingInput {
        fellowship: Fellowship::Na,
        group_id: None,
        name: format!("Meeting {i}"),
        mode: AttendanceMode::Online,
        venue: None,
        room: String::new(),
        online: OnlineAccess {
            url: format!("https://zoom.us/j/{}", 8_000_000_000u64 + i as u64),
            ..Default::default()
        },
        formats: vec!["O".into()],
        schedule: Schedule {
            start_date: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            start_time: NaiveTime::from_hms_opt(7 + (i % 14) as u32, 0, 0).unwrap(),
            duration_minutes: 60,
            timezone: "America/Chicago".into(),
            recurrence: Recurrence::Weekly {
                interval: 1,
                days: vec![Day::ALL[i % 7]],
            },
            end_date: None,
        },
        status: MeetingStatus::Active,
        notes: String::new(),
        language: String::new(),
        offers_verification: false,
        facilitator: String::new(),
    }
}

fn side(dir: &std::path::Path, name: &str, url: &str) -> (Store, i64) {
    let store = Store::open(&dir.join(name)).unwrap();
    let link = share::link(
        &store,
        &LinkInput {
            url: url.into(),
            username: "alice".into(),
            password: String::new(),
            group_id: None,
            password_command: None,
        },
    )
    .unwrap()
    .id;
    (store, link)
}

fn main() {
    let server = servers::radicale();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let c = reqwest::blocking::Client::new();
    let _ = c
        .request(
            reqwest::Method::from_bytes(b"MKCOL").unwrap(),
            format!("{}/alice/", server.base),
        )
        .basic_auth("alice", Some("s3cret"))
        .send();
    let made = c
        .request(
            reqwest::Method::from_bytes(b"MKCALENDAR").unwrap(),
            format!("{}/alice/bench/", server.base),
        )
        .basic_auth("alice", Some("s3cret"))
        .send()
        .unwrap();
    assert!(made.status().is_success(), "{}", made.status());
    let url = format!("{}/alice/bench/", server.base);
    let dir = tempfile::tempdir().unwrap();
    let opts = Options {
        timeout: Duration::from_secs(60),
        password: Some("s3cret".into()),
    };

    let (a, la) = side(dir.path(), "a.sqlite3", &url);
    a.write(|tx| {
        for i in 0..MEETINGS {
            meetings::create(tx, &input(i))?;
        }
        Ok(())
    })
    .unwrap();
    let t = Instant::now();
    let r = rt.block_on(share::sync(&a, la, &opts)).unwrap();
    println!(
        "first sync, {} uploaded: {:.0?} ({} requests)",
        r.uploaded,
        t.elapsed(),
        r.requests
    );

    let (b, lb) = side(dir.path(), "b.sqlite3", &url);
    let t = Instant::now();
    let r = rt.block_on(share::sync(&b, lb, &opts)).unwrap();
    println!(
        "joining, {} downloaded: {:.0?} ({} requests)",
        r.created,
        t.elapsed(),
        r.requests
    );

    let mut times = vec![];
    let mut requests = 0;
    for _ in 0..11 {
        let t = Instant::now();
        let r = rt.block_on(share::sync(&b, lb, &opts)).unwrap();
        times.push(t.elapsed());
        requests = r.requests;
        assert_eq!((r.created, r.updated, r.uploaded), (0, 0, 0));
    }
    times.sort();
    println!(
        "nothing new: {:.1?} median of 11 ({} request each)",
        times[times.len() / 2],
        requests
    );
}
