//! What the window asks the core for at a region's size (35,000 weekly meetings, as the
//! window benchmark imports them): a month of the calendar with a few entries a day and
//! every day's count, and tonight's meetings for meeting night. Beside each, the way it
//! was done before counting came first: every occurrence of the range built in full
//! (`occurrences::between` just after a change to many meetings, so with every meeting
//! read again), then counted.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::{Duration, Instant};

use chrono::{NaiveDate, TimeZone, Utc};
use homegroup_core::import::{self, ImportFormat, ImportRequest};
use homegroup_core::program::calendar::{self, CalendarQuery};
use homegroup_core::program::exceptions::{self, Exception, ExceptionKind};
use homegroup_core::program::fellowship::Fellowship;
use homegroup_core::program::occurrences::{self, MeetingFilter};
use homegroup_core::{night::attendance, Store};

const MEETINGS: usize = 35_000;

/// The same list `tests/lib/region.mjs` writes: weekly meetings over the week and the
/// day, fifty halls in three towns.
fn region() -> Vec<u8> {
    let towns = ["Springfield", "Shelbyville", "Ogdenville"];
    let list: Vec<serde_json::Value> = (0..MEETINGS)
        .map(|i| {
            serde_json::json!({
                "name": if i % 97 == 0 { format!("Serenity {i}") } else { format!("Meeting {i}") },
                "slug": format!("m-{i}"),
                "day": i % 7,
                "time": format!("{:02}:{}", 6 + i % 16, if i % 2 == 1 { "30" } else { "00" }),
                "timezone": "America/New_York",
                "location": format!("Hall {}", i % 50),
                "address": format!("{} Main St", i % 900),
                "city": towns[i % 3],
                "types": ["O", "D"],
            })
        })
        .collect();
    serde_json::to_vec(&list).unwrap()
}

/// The shortest of `runs` times `f` reports (it times only what it measures).
fn best_of<T>(runs: usize, mut f: impl FnMut() -> (Duration, T)) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let (took, v) = f();
        best = best.min(took);
        out = Some(v);
    }
    (best, out.unwrap())
}

fn timed<T>(f: impl FnOnce() -> T) -> (Duration, T) {
    let t = Instant::now();
    let v = f();
    (t.elapsed(), v)
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("bench.sqlite3")).unwrap();
    let mut req = ImportRequest::new("region.json", Fellowship::Na, "America/New_York");
    req.format = Some(ImportFormat::MeetingGuide);
    let bytes = region();
    let report = store
        .write(|tx| import::import(tx, &req, &bytes, &mut |_| {}))
        .unwrap();
    assert_eq!(report.created as usize, MEETINGS);
    let conn = store.conn();

    let month = CalendarQuery {
        from: NaiveDate::from_ymd_opt(2027, 2, 28).unwrap(),
        to: NaiveDate::from_ymd_opt(2027, 4, 10).unwrap(),
        zone: "America/New_York".into(),
        filter: MeetingFilter::default(),
        per_day: Some(3),
    };
    let now = Utc.with_ymd_and_hms(2027, 3, 17, 23, 0, 0).unwrap();
    let (lo, hi) = occurrences::window_for_dates(month.from, month.to);
    // The prepared program is kept while the meetings do not change, so each figure is
    // taken three times: just after an edit to one meeting (untimed), when only that
    // meeting is read again; just after a write to more meetings than the store notes
    // (schema v13), as after an import, when every meeting is read again; and again with
    // nothing changed, as when a person pages through months.
    let touch = || {
        conn.execute(
            "UPDATE meetings SET name = name WHERE id = (SELECT min(id) FROM meetings)",
            [],
        )
        .unwrap();
    };
    let touch_many = || {
        conn.execute("UPDATE meetings SET name = name WHERE id % 100 = 0", [])
            .unwrap();
    };
    let (built, all) = best_of(5, || {
        touch_many();
        timed(|| occurrences::between(&conn, lo, hi, &MeetingFilter::default()).unwrap())
    });
    let (view_cold, _) = best_of(5, || {
        touch();
        timed(|| calendar::view(&conn, &month, now).unwrap())
    });
    let (view_all, _) = best_of(5, || {
        touch_many();
        timed(|| calendar::view(&conn, &month, now).unwrap())
    });
    let (view_t, view) = best_of(5, || timed(|| calendar::view(&conn, &month, now).unwrap()));
    println!(
        "a month view (6 weeks, {} occurrences, {} entries sent): {view_cold:.2?} after an edit to one meeting (goal < 20 ms), {view_t:.2?} again (goal < 20 ms); {view_all:.2?} after 350 meetings changed, every one read again; every occurrence built, as before: {built:.2?} ({} built)",
        view.total,
        view.entries.len(),
        all.len()
    );
    // A date cancelled, as on meeting night: it moves the program's counter (and the
    // meeting's SEQUENCE for the feeds) but not what the kept schedules hold, so only
    // the changed dates are read again.
    let first: i64 = conn
        .query_row("SELECT min(id) FROM meetings", [], |r| r.get(0))
        .unwrap();
    let dates = occurrences::dates_of(&conn, first, month.from, month.to).unwrap();
    let mut flip = 0;
    let (view_dated, _) = best_of(5, || {
        flip += 1;
        let cancelled = Exception {
            occurrence: dates[0].clone(),
            kind: ExceptionKind::Cancelled,
            note: format!("closed for the holiday ({flip})"),
            new_start: None,
            new_duration: None,
            new_venue_id: None,
            new_video_url: None,
        };
        exceptions::set(&conn, first, &cancelled).unwrap();
        timed(|| calendar::view(&conn, &month, now).unwrap())
    });
    println!("the same month just after a date is cancelled: {view_dated:.2?}");
    let tonight = || attendance::tonight(&conn, now, 30).unwrap();
    let (tonight_cold, _) = best_of(5, || {
        touch();
        timed(tonight)
    });
    let (tonight_all, _) = best_of(5, || {
        touch_many();
        timed(tonight)
    });
    let (tonight_t, listed) = best_of(5, || timed(tonight));
    let (window_t, window) = best_of(5, || {
        touch_many();
        timed(|| {
            occurrences::between(
                &conn,
                now - chrono::Duration::hours(14),
                now + chrono::Duration::hours(14),
                &MeetingFilter::default(),
            )
            .unwrap()
        })
    });
    println!(
        "tonight's meetings ({} listed): {tonight_cold:.2?} after an edit to one meeting, {tonight_t:.2?} again; {tonight_all:.2?} after 350 meetings changed; the 28 hours built in full, as before: {window_t:.2?} ({} built)",
        listed.ours.len() + listed.others.len(),
        window.len()
    );
    let (sched_t, sched) = best_of(5, || {
        timed(|| homegroup_core::program::meetings::list_scheduled(&conn).unwrap())
    });
    let (exp_t, _) = best_of(5, || {
        timed(|| {
            sched
                .iter()
                .map(|m| homegroup_core::schedule::expand::Expander::new(&m.schedule).unwrap())
                .collect::<Vec<_>>()
                .len()
        })
    });
    println!(
        "of which: reading what occurrences need of every meeting {sched_t:.2?}, preparing their schedules {exp_t:.2?}"
    );
    let (list_t, list) = best_of(5, || {
        timed(|| homegroup_core::program::meetings::list(&conn).unwrap())
    });
    println!(
        "for scale, reading every meeting in full: {list_t:.2?} ({} meetings)",
        list.len()
    );
}
