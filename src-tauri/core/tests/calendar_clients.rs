//! What calendar apps will see: an exported program parsed by an independent
//! implementation (Python's vobject with dateutil, as Radicale uses) and expanded
//! across DST changes must give exactly the occurrences the store gives.

use std::process::Command;

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use homegroup_core::program::exceptions::{self, Exception, ExceptionKind};
use homegroup_core::program::fellowship::{AttendanceMode, Fellowship};
use homegroup_core::program::meetings::{self, MeetingInput, MeetingStatus, OnlineAccess};
use homegroup_core::program::occurrences::{self, MeetingFilter, OccurrenceStatus};
use homegroup_core::program::venues::VenueInput;
use homegroup_core::schedule::{Day, Recurrence, Schedule};
use homegroup_core::{export::ics, Store};

fn meeting(
    name: &str,
    zone: &str,
    start: (i32, u32, u32),
    time: (u32, u32),
    r: Recurrence,
) -> MeetingInput {
    MeetingInput {
        fellowship: Fellowship::Na,
        group_id: None,
        name: name.into(),
        mode: AttendanceMode::Hybrid,
        venue: Some(meetings::VenueChoice::New {
            venue: VenueInput {
                name: "Salón Parroquial".into(),
                address: "Calle Mayor 1, 2º".into(),
                city: "Springfield".into(),
                ..Default::default()
            },
        }),
        room: String::new(),
        online: OnlineAccess {
            url: "https://meet.jit.si/homegroup-test".into(),
            ..Default::default()
        },
        formats: vec![],
        schedule: Schedule {
            start_date: NaiveDate::from_ymd_opt(start.0, start.1, start.2).unwrap(),
            start_time: NaiveTime::from_hms_opt(time.0, time.1, 0).unwrap(),
            duration_minutes: 60,
            timezone: zone.into(),
            recurrence: r,
            end_date: None,
        },
        status: MeetingStatus::Active,
        notes: "Café, galletas; y \\ amistad.\nBienvenidos.".into(),
        language: "es".into(),
        offers_verification: false,
        facilitator: String::new(),
    }
}

fn python() -> Option<&'static str> {
    // Debian's own python3 has vobject (with Radicale); another python3 earlier on
    // PATH may not.
    ["/usr/bin/python3", "python3"].into_iter().find(|p| {
        Command::new(p)
            .args(["-c", "import vobject, dateutil"])
            .status()
            .is_ok_and(|s| s.success())
    })
}

#[test]
fn an_independent_parser_expands_our_feed_to_the_stores_occurrences() {
    let py = python()
        .expect("python3 with vobject (Debian: python3-vobject) is installed by scripts/install");
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("t.sqlite3")).unwrap();
    let made = store
        .write(|tx| {
            let ny = meetings::create(
                tx,
                &meeting(
                    "Martes de Esperanza",
                    "America/New_York",
                    (2026, 11, 3),
                    (19, 0),
                    Recurrence::Weekly {
                        interval: 1,
                        days: vec![Day::TU],
                    },
                ),
            )?;
            let london = meetings::create(
                tx,
                &meeting(
                    "Late night, London",
                    "Europe/London",
                    (2026, 11, 1),
                    (1, 30),
                    Recurrence::Weekly {
                        interval: 2,
                        days: vec![Day::SU],
                    },
                ),
            )?;
            let sydney = meetings::create(
                tx,
                &meeting(
                    "Business (last Saturday)",
                    "Australia/Sydney",
                    (2026, 11, 1),
                    (10, 0),
                    Recurrence::MonthlyWeekday {
                        interval: 1,
                        weeks: vec![-1],
                        day: Day::SA,
                    },
                ),
            )?;
            let phoenix = meetings::create(
                tx,
                &meeting(
                    "Fifteenth",
                    "America/Phoenix",
                    (2026, 11, 15),
                    (18, 0),
                    Recurrence::MonthlyDate {
                        interval: 1,
                        days: vec![15],
                    },
                ),
            )?;
            let madrid = meetings::create(
                tx,
                &meeting(
                    "Aniversario",
                    "Europe/Madrid",
                    (2027, 3, 28),
                    (12, 0),
                    Recurrence::Once,
                ),
            )?;
            exceptions::set(
                tx,
                ny.id,
                &Exception {
                    occurrence: "2027-03-16T19:00".into(),
                    kind: ExceptionKind::Cancelled,
                    note: "Holiday".into(),
                    new_start: None,
                    new_duration: None,
                    new_venue_id: None,
                    new_video_url: None,
                },
            )?;
            exceptions::set(
                tx,
                ny.id,
                &Exception {
                    occurrence: "2027-11-02T19:00".into(),
                    kind: ExceptionKind::Moved,
                    note: "Election day".into(),
                    new_start: Some(
                        NaiveDate::from_ymd_opt(2027, 11, 3)
                            .unwrap()
                            .and_hms_opt(18, 30, 0)
                            .unwrap(),
                    ),
                    new_duration: None,
                    new_venue_id: None,
                    new_video_url: None,
                },
            )?;
            exceptions::add_closure(
                tx,
                sydney.id,
                NaiveDate::from_ymd_opt(2027, 6, 1).unwrap(),
                NaiveDate::from_ymd_opt(2027, 8, 31).unwrap(),
                "Winter break",
            )?;
            Ok(vec![ny, london, sydney, phoenix, madrid])
        })
        .unwrap();
    let list = meetings::list(&store.conn()).unwrap();
    let text = ics::export::calendar(&store.conn(), &list, "Programa").unwrap();
    let path = dir.path().join("program.ics");
    std::fs::write(&path, &text).unwrap();

    let from = Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).unwrap();
    let to = Utc.with_ymd_and_hms(2028, 1, 1, 0, 0, 0).unwrap();
    let out = Command::new(py)
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/independent.py"))
        .arg(&path)
        .arg(from.to_rfc3339())
        .arg(to.to_rfc3339())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let theirs: Vec<(String, String)> = serde_json::from_slice(&out.stdout).unwrap();

    let uid = |id: i64| made.iter().find(|m| m.id == id).unwrap().uid.clone();
    let mut ours: Vec<(String, String)> =
        occurrences::between(&store.conn(), from, to, &MeetingFilter::default())
            .unwrap()
            .into_iter()
            .filter(|o| {
                matches!(
                    o.status,
                    OccurrenceStatus::Scheduled | OccurrenceStatus::Moved
                )
            })
            .map(|o| {
                (
                    uid(o.meeting_id),
                    o.start.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                )
            })
            .collect();
    ours.sort();
    assert!(ours.len() > 80, "a year of five meetings");
    let only_ours: Vec<_> = ours.iter().filter(|x| !theirs.contains(x)).collect();
    let only_theirs: Vec<_> = theirs.iter().filter(|x| !ours.contains(x)).collect();
    assert!(
        only_ours.is_empty() && only_theirs.is_empty(),
        "only in the store: {only_ours:?}\nonly in the parsed feed: {only_theirs:?}"
    );
}
