//! Meeting night on a database with 1,000,000 attendance rows (2,000 members at one
//! weekly meeting for ten years): one check-in plus recomputing tonight's due list,
//! the work behind each Enter on the check-in screen.

// Measured with the allocator the shipped programs use.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

use chrono::{Duration, NaiveDate};
use homegroup_core::program::fellowship::{AttendanceMode, Fellowship};
use homegroup_core::program::meetings::{self, MeetingInput, MeetingStatus, OnlineAccess};
use homegroup_core::schedule::{Day, Recurrence, Schedule};
use homegroup_core::{night::attendance, Store};
use rusqlite::params;

const MEMBERS: i64 = 2_000;
const ROWS: usize = 1_000_000;

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("night.sqlite3")).unwrap();
    let first = NaiveDate::from_ymd_opt(2016, 11, 22).unwrap();
    let input = MeetingInput {
        fellowship: Fellowship::Na,
        group_id: None,
        name: "Tuesday Night Hope".into(),
        mode: AttendanceMode::Online,
        venue: None,
        room: String::new(),
        online: OnlineAccess {
            url: "https://zoom.us/j/1".into(),
            ..Default::default()
        },
        formats: vec![],
        schedule: Schedule {
            start_date: first,
            start_time: chrono::NaiveTime::from_hms_opt(19, 0, 0).unwrap(),
            duration_minutes: 90,
            timezone: "America/New_York".into(),
            recurrence: Recurrence::Weekly {
                interval: 1,
                days: vec![Day::TU],
            },
            end_date: None,
        },
        status: MeetingStatus::Active,
        notes: String::new(),
        language: String::new(),
        offers_verification: false,
        facilitator: String::new(),
    };
    let meeting = store.write(|tx| meetings::create(tx, &input)).unwrap().id;
    let weeks = ROWS / MEMBERS as usize;
    let started = Instant::now();
    store
        .write(|tx| {
            let mut member = tx.prepare("INSERT INTO members (nickname, clean_date, created_at, updated_at) VALUES (?1, ?2, 'x', 'x')")?;
            for i in 0..MEMBERS {
                let clean = first + Duration::days(i * 3 % 3000);
                member.execute(params![format!("member{i}"), clean.to_string()])?;
            }
            let mut checkin = tx.prepare(
                "INSERT INTO checkins (meeting_id, occurrence, member_id, first_time, checked_in_at) VALUES (?1, ?2, ?3, 0, 'x')",
            )?;
            for w in 0..weeks {
                let key = format!("{}T19:00", first + Duration::weeks(w as i64));
                for m in 1..=MEMBERS {
                    checkin.execute(params![meeting, key, m])?;
                }
            }
            Ok(())
        })
        .unwrap();
    let rows: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM checkins", [], |r| r.get(0))
        .unwrap();
    println!(
        "seeded {rows} attendance rows for {MEMBERS} members in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    // Tonight: the week after the last seeded one; 40 people check in one by one.
    let tonight = first + Duration::weeks(weeks as i64);
    let key = format!("{tonight}T19:00");
    let mut times = vec![];
    for m in 1..=40i64 {
        let t = Instant::now();
        let n = store
            .write(|tx| {
                attendance::check_in(tx, meeting, &key, m * 37 % MEMBERS + 1, tonight)?;
                attendance::night(tx, meeting, &key, tonight)
            })
            .unwrap();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(n.checked_in.len(), m as usize);
    }
    let due = attendance::night(&store.conn(), meeting, &key, tonight)
        .unwrap()
        .due
        .len();
    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    println!("one check-in plus tonight's due list (40 people checked in, {due} chips due):");
    println!(
        "  first {:.2} ms, median {:.2} ms, p95 {:.2} ms, last {:.2} ms",
        times[0],
        sorted[sorted.len() / 2],
        sorted[sorted.len() * 95 / 100],
        times[times.len() - 1]
    );

    // Where the time goes: the commit alone (WAL with synchronous=FULL: one fsync), and
    // the due list read outside any write.
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let mut commits = vec![];
    let mut reads = vec![];
    for _ in 0..40 {
        let t = Instant::now();
        store.write(|_| Ok(())).unwrap();
        commits.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        attendance::night(&store.conn(), meeting, &key, tonight).unwrap();
        reads.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    println!(
        "  of which: an empty write transaction (its commit) {:.2} ms median; the due list read alone {:.2} ms",
        median(commits),
        median(reads)
    );
}
