//! Exporting a program the size of NA's world list (about 35,000 meetings): the
//! iCalendar feed and the Meeting Guide JSON, with the time and the size of each.

// Measured with the allocator the shipped programs use.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveTime};
use homegroup_core::program::fellowship::{AttendanceMode, Fellowship};
use homegroup_core::program::meetings::{
    self, MeetingInput, MeetingStatus, OnlineAccess, VenueChoice,
};
use homegroup_core::program::venues::VenueInput;
use homegroup_core::schedule::{Day, Recurrence, Schedule};
use homegroup_core::{export::ics, export::meeting_guide, feeds, Store};

const MEETINGS: usize = 35_000;
const ZONES: [&str; 12] = [
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Phoenix",
    "America/Mexico_City",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Madrid",
    "Asia/Kolkata",
    "Australia/Sydney",
    "Asia/Tehran",
];
const FORMATS: [&str; 6] = ["O", "C", "D", "BT", "JT", "ES"];

fn input(i: usize) -> MeetingInput {
    let online = i % 4 == 0;
    MeetingInput {
        fellowship: Fellowship::Na,
        group_id: None,
        name: format!("Grupo Esperanza {i}, \"Just for Today\""),
        mode: if online {
            AttendanceMode::Online
        } else {
            AttendanceMode::InPerson
        },
        venue: (!online).then(|| VenueChoice::New {
            venue: VenueInput {
                name: format!("Salón {}", i / 3),
                address: format!("{} Calle Mayor", i / 3),
                city: "Springfield".into(),
                latitude: Some(40.0 + (i % 1000) as f64 / 1000.0),
                longitude: Some(-75.0 - (i % 1000) as f64 / 1000.0),
                ..Default::default()
            },
        }),
        room: String::new(),
        online: OnlineAccess {
            url: if online {
                format!("https://zoom.us/j/{}", 8_000_000_000u64 + i as u64)
            } else {
                String::new()
            },
            ..Default::default()
        },
        formats: vec![FORMATS[i % 6].into(), "O".into()],
        schedule: Schedule {
            start_date: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            start_time: NaiveTime::from_hms_opt(7 + (i % 14) as u32, 30 * (i % 2) as u32, 0)
                .unwrap(),
            duration_minutes: 60 + 30 * (i % 2) as u32,
            timezone: ZONES[i % ZONES.len()].into(),
            recurrence: Recurrence::Weekly {
                interval: 1,
                days: vec![Day::ALL[i % 7]],
            },
            end_date: None,
        },
        status: MeetingStatus::Active,
        notes: "Bring a friend; coffee at 7.\nEnter by the side door.".into(),
        language: String::new(),
        offers_verification: false,
        facilitator: String::new(),
    }
}

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
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
    let t = Instant::now();
    store
        .write(|tx| {
            for i in 0..MEETINGS {
                meetings::create(tx, &input(i))?;
            }
            Ok(())
        })
        .unwrap();
    println!("seeded {MEETINGS} meetings in {:.2?}", t.elapsed());
    let conn = store.conn();
    let (list_time, list) = best(3, || meetings::list(&conn).unwrap());
    println!(
        "read {} meetings from the store: {list_time:.2?}",
        list.len()
    );
    let (ics_time, body) = best(3, || ics::export::calendar(&conn, &list, "World").unwrap());
    println!(
        "iCalendar export:   {ics_time:.2?} for {:.1} MB ({} events)",
        body.len() as f64 / 1e6,
        body.matches("BEGIN:VEVENT").count()
    );
    compare_with_python(&list, ics_time);
    let (json_time, json) = best(3, || {
        serde_json::to_string(&meeting_guide::export(&list).meetings).unwrap()
    });
    println!(
        "Meeting Guide JSON: {json_time:.2?} for {:.1} MB",
        json.len() as f64 / 1e6
    );
    drop(conn);
    let feed = store.write(|tx| feeds::ensure_default(tx)).unwrap();
    let (feed_time, r) = best(3, || {
        store
            .write(|tx| feeds::render(tx, &feed, feeds::FeedFormat::Ics))
            .unwrap()
    });
    println!(
        "feed render (store read + export + hash): {feed_time:.2?}, ETag {}",
        r.etag
    );
}

/// The same program built by python `icalendar`, when python3 has it (Debian's
/// python3-icalendar; `scripts/bench-all` installs it).
fn compare_with_python(list: &[meetings::Meeting], ours: Duration) {
    let dump: Vec<serde_json::Value> = list
        .iter()
        .map(|m| {
            let days = match &m.schedule.recurrence {
                Recurrence::Weekly { days, .. } => {
                    days.iter().map(|d| d.code()).collect::<Vec<_>>()
                }
                _ => vec![],
            };
            serde_json::json!({
                "uid": m.uid,
                "name": m.name,
                "tz": m.schedule.timezone,
                "start": format!("{}T{}", m.schedule.start_date, m.schedule.start_time),
                "minutes": m.schedule.duration_minutes,
                "byday": days,
                "location": m.venue.as_ref().map(|v| v.details.one_line()).unwrap_or_default(),
                "url": m.online.url,
                "description": m.notes,
                "sequence": m.sequence,
            })
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("program.json");
    std::fs::write(&path, serde_json::to_vec(&dump).unwrap()).unwrap();
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../scripts/bench/icalendar_build.py"
    );
    // Debian's python3 (with python3-icalendar), not whatever python comes first on PATH.
    let python = if std::path::Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    };
    let out = std::process::Command::new(python)
        .arg(script)
        .arg(&path)
        .output();
    match out {
        Ok(o) if o.status.success() => {
            let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
            let py = v["seconds"].as_f64().unwrap();
            println!(
                "python icalendar, same events (no VTIMEZONE): {py:.2} s for {:.1} MB; Homegroup is {:.1}x faster",
                v["bytes"].as_f64().unwrap() / 1e6,
                py / ours.as_secs_f64()
            );
        }
        _ => println!("python icalendar not available (apt-get install python3-icalendar) - no side-by-side figure"),
    }
}
