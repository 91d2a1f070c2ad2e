//! One year of occurrences for 10,000 meetings: the whole path the calendar and the
//! feeds take (store read, rule expansion in each meeting's zone, exceptions applied),
//! beside the bare recurrence expansion it is built on.

// Measured with the allocator the shipped programs use.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use homegroup_core::program::fellowship::{AttendanceMode, Fellowship};
use homegroup_core::program::meetings::{self, MeetingInput, MeetingStatus, OnlineAccess};
use homegroup_core::program::occurrences::{self, MeetingFilter};
use homegroup_core::schedule::expand::Expander;
use homegroup_core::schedule::{Day, Recurrence, Schedule};
use homegroup_core::Store;

const MEETINGS: usize = 10_000;
const ZONES: [&str; 6] = [
    "America/New_York",
    "America/Phoenix",
    "Europe/London",
    "Europe/Madrid",
    "Australia/Sydney",
    "America/Mexico_City",
];

fn recurrence(i: usize) -> Recurrence {
    let day = Day::ALL[i % 7];
    match i % 5 {
        0 | 1 => Recurrence::Weekly {
            interval: 1,
            days: vec![day],
        },
        2 => Recurrence::Weekly {
            interval: 2,
            days: vec![day, Day::ALL[(i + 3) % 7]],
        },
        3 => Recurrence::MonthlyWeekday {
            interval: 1,
            weeks: vec![-1],
            day,
        },
        _ => Recurrence::MonthlyDate {
            interval: 1,
            days: vec![1 + (i % 28) as i8],
        },
    }
}

fn input(i: usize) -> MeetingInput {
    MeetingInput {
        fellowship: if i % 3 == 0 {
            Fellowship::Smart
        } else {
            Fellowship::Na
        },
        group_id: None,
        name: format!("Meeting {i}"),
        mode: AttendanceMode::Online,
        venue: None,
        room: String::new(),
        online: OnlineAccess {
            url: format!("https://zoom.us/j/{}", 8_000_000_000u64 + i as u64),
            ..Default::default()
        },
        formats: vec![],
        schedule: Schedule {
            start_date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            start_time: NaiveTime::from_hms_opt(6 + (i % 16) as u32, 30 * (i % 2) as u32, 0)
                .unwrap(),
            duration_minutes: 60,
            timezone: ZONES[i % ZONES.len()].into(),
            recurrence: recurrence(i),
            end_date: None,
        },
        status: MeetingStatus::Active,
        notes: String::new(),
        language: String::new(),
        offers_verification: false,
        facilitator: String::new(),
    }
}

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let t = Instant::now();
        let v = f();
        best = best.min(t.elapsed());
        out = Some(v);
    }
    (best, out.unwrap())
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("bench.sqlite3")).unwrap();
    let inputs: Vec<MeetingInput> = (0..MEETINGS).map(input).collect();
    let t = Instant::now();
    store
        .write(|tx| {
            for m in &inputs {
                meetings::create(tx, m)?;
            }
            Ok(())
        })
        .unwrap();
    println!("seeded {MEETINGS} meetings in {:.2?}", t.elapsed());

    let from = Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap();
    let to = Utc.with_ymd_and_hms(2028, 1, 1, 0, 0, 0).unwrap();

    let (bare, count) = best_of(3, || {
        inputs
            .iter()
            .map(|m| Expander::new(&m.schedule).unwrap().between(from, to).len())
            .sum::<usize>()
    });
    println!(
        "rule expansion only:     {count} occurrences in {bare:.2?} ({:.0} per second)",
        count as f64 / bare.as_secs_f64()
    );

    let conn = store.conn();
    let (full, occ) = best_of(3, || {
        occurrences::between(&conn, from, to, &MeetingFilter::default()).unwrap()
    });
    println!(
        "store → occurrences:     {} occurrences in {full:.2?} ({:.0} per second)",
        occ.len(),
        occ.len() as f64 / full.as_secs_f64()
    );
    assert_eq!(occ.len(), count, "both paths see the same year");

    // A region's month: 35,000 weekly meetings that began in 2000, as imported lists
    // say, expanded for one month of 2027 (what the calendar's month asks for), by date
    // arithmetic beside the rrule crate, which walks from 2000 to the month.
    let weekly: Vec<Schedule> = (0..35_000)
        .map(|i| Schedule {
            start_date: NaiveDate::from_ymd_opt(2000, 1, 3).unwrap()
                + chrono::Duration::days((i % 7) as i64),
            recurrence: Recurrence::Weekly {
                interval: 1,
                days: vec![Day::ALL[i % 7]],
            },
            ..input(i).schedule
        })
        .collect();
    let month = (
        Utc.with_ymd_and_hms(2027, 3, 1, 0, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(2027, 4, 1, 0, 0, 0).unwrap(),
    );
    let (fast, n) = best_of(3, || {
        weekly
            .iter()
            .map(|s| Expander::new(s).unwrap().between(month.0, month.1).len())
            .sum::<usize>()
    });
    let (slow, m) = best_of(3, || {
        weekly
            .iter()
            .map(|s| {
                Expander::by_rrule_only(s)
                    .unwrap()
                    .between(month.0, month.1)
                    .len()
            })
            .sum::<usize>()
    });
    assert_eq!(n, m, "both ways find the same month");
    println!("35,000 weekly meetings since 2000, one month ({n} occurrences): arithmetic {fast:.2?}, rrule crate {slow:.2?}");
}
