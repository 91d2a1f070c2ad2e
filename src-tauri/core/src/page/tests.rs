use chrono::{Datelike, Duration, NaiveDate};
use serde_json::Value;

use super::*;
use crate::program::exceptions::{self, Exception, ExceptionKind};
use crate::program::meetings::tests::{store, tuesday_night};
use crate::program::meetings::{create, MeetingInput};
use crate::schedule::{Day, Recurrence};

/// The first Tuesday at least a week after today (the clock's), as a meeting's local date.
fn a_tuesday_ahead() -> NaiveDate {
    let mut d = crate::clock::today() + Duration::days(7);
    while d.weekday() != chrono::Weekday::Tue {
        d += Duration::days(1);
    }
    d
}

fn file<'a>(files: &'a [PageFile], name: &str) -> &'a PageFile {
    files
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no {name}"))
}

fn json_of(files: &[PageFile], name: &str) -> Value {
    serde_json::from_str(&file(files, name).body).unwrap()
}

fn page(s: &crate::Store) -> Vec<PageFile> {
    s.write(|tx| {
        let all = crate::program::meetings::list(tx)?;
        files(tx, &all, None, &Names::in_folder(true, "whole-program"))
    })
    .unwrap()
}

#[test]
fn a_program_page_lists_each_meeting_with_its_changes_and_keeps_private_parts_out() {
    let (_d, s) = store();
    let hope = s
        .write(|tx| {
            create(
                tx,
                &MeetingInput {
                    name: "Reunión de Esperanza".into(),
                    facilitator: "Rosa P.".into(),
                    ..tuesday_night()
                },
            )
        })
        .unwrap();
    let mut monthly = tuesday_night();
    monthly.name = "Business meeting".into();
    monthly.schedule.recurrence = Recurrence::MonthlyWeekday {
        interval: 1,
        weeks: vec![-1],
        day: Day::SA,
    };
    let business = s.write(|tx| create(tx, &monthly)).unwrap();
    let tuesday = a_tuesday_ahead();
    s.write(|tx| {
        exceptions::set(
            tx,
            hope.id,
            &Exception {
                occurrence: format!("{tuesday}T19:00"),
                kind: ExceptionKind::Cancelled,
                note: "Hall closed for repairs".into(),
                new_start: None,
                new_duration: None,
                new_venue_id: None,
                new_video_url: None,
            },
        )?;
        let next = tuesday + Duration::days(7);
        exceptions::set(
            tx,
            hope.id,
            &Exception {
                occurrence: format!("{next}T19:00"),
                kind: ExceptionKind::Moved,
                note: String::new(),
                new_start: Some((next + Duration::days(1)).and_hms_opt(20, 0, 0).unwrap()),
                new_duration: None,
                new_venue_id: None,
                new_video_url: None,
            },
        )
    })
    .unwrap();

    let files = page(&s);
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    for n in [
        "index.html",
        "whole-program.page.js",
        "whole-program.page.css",
        "whole-program.page.json",
        "whole-program.page-0.json",
        "whole-program.page-0.ics.json",
        "whole-program.page-search.json",
        "whole-program.page-zones.json",
    ] {
        assert!(names.contains(&n), "{n} missing from {names:?}");
    }
    let html = &file(&files, "index.html").body;
    assert!(html.contains("Content-Security-Policy"));
    assert!(html.contains("default-src 'none'"));
    assert!(html.contains(r#"src="whole-program.page.js""#));

    let index = json_of(&files, "whole-program.page.json");
    assert_eq!(index["ics"], "whole-program.ics");
    assert_eq!(index["zones"], serde_json::json!(["America/New_York"]));
    assert_eq!(index["buckets"].as_array().unwrap().len(), 1);
    assert_eq!(index["formats"]["na:O"]["es"], "Abierta");
    assert_eq!(index["words"]["es"]["page-today"], "Hoy");
    assert_eq!(index["words"]["en"]["page-moved-to"], "Moved to {$when}");

    let list = json_of(&files, "whole-program.page-0.json");
    let list = list.as_array().unwrap();
    let h = list.iter().find(|m| m["i"] == hope.id).unwrap();
    assert_eq!(h["n"], "Reunión de Esperanza");
    assert_eq!(h["t"], "19:00");
    assert_eq!(h["w"], serde_json::json!([2]));
    assert_eq!(h["k"], "hybrid");
    assert_eq!(h["r"], "Basement");
    assert_eq!(h["v"]["a"], "12 Elm St");
    assert_eq!(h["l"], "https://us02web.zoom.us/j/85512345678");
    assert!(h.get("pc").is_none(), "a private passcode stays out");
    let x = h["x"].as_array().unwrap();
    assert_eq!(x[0]["k"], "c");
    assert_eq!(x[0]["note"], "Hall closed for repairs");
    assert_eq!(x[1]["k"], "m");
    assert_eq!(x[1]["to"], format!("{}T20:00", tuesday + Duration::days(8)));
    let b = list.iter().find(|m| m["i"] == business.id).unwrap();
    assert!(b.get("w").is_none());
    let dates = b["d"].as_array().unwrap();
    assert!(dates.len() >= 12, "a year of last Saturdays: {dates:?}");
    assert!(dates
        .iter()
        .all(|d| d.as_str().unwrap().ends_with("T19:00")));

    let events = json_of(&files, "whole-program.page-0.ics.json");
    let ev = events[hope.id.to_string()].as_str().unwrap();
    assert!(ev.starts_with("BEGIN:VEVENT\r\n"));
    assert!(ev.contains("RRULE:FREQ=WEEKLY;BYDAY=TU"));
    assert!(ev.contains("EXDATE;TZID=America/New_York:"));
    let zones = json_of(&files, "whole-program.page-zones.json");
    assert!(zones["America/New_York"]
        .as_str()
        .unwrap()
        .starts_with("BEGIN:VTIMEZONE\r\n"));

    // Nothing private anywhere: the facilitator, the private passcode.
    for f in &files {
        assert!(
            !f.body.contains("Rosa P."),
            "{} names the facilitator",
            f.name
        );
        assert!(
            !f.body.contains("pwd=") && !f.body.contains("\"hope\""),
            "{}",
            f.name
        );
    }
    // The same program gives the same bytes, whatever day it is.
    assert_eq!(files, page(&s));
}

#[test]
fn a_region_is_cut_into_stretches_of_the_week_that_hold_every_meeting_once() {
    let (_d, s) = store();
    s.write(|tx| {
        for i in 0..(PER_FILE * 3 + 7) {
            let mut m = tuesday_night();
            m.name = format!("Meeting {i}");
            m.venue = None;
            m.mode = crate::program::fellowship::AttendanceMode::Online;
            m.schedule.start_time =
                chrono::NaiveTime::from_hms_opt((i % 24) as u32, ((i * 7) % 60) as u32, 0).unwrap();
            m.schedule.recurrence = Recurrence::Weekly {
                interval: 1,
                days: vec![[Day::SU, Day::TU, Day::SA][i % 3]],
            };
            create(tx, &m)?;
        }
        Ok(())
    })
    .unwrap();
    let files = page(&s);
    let index = json_of(&files, "whole-program.page.json");
    let buckets = index["buckets"].as_array().unwrap();
    assert!(buckets.len() >= 3, "{buckets:?}");
    assert_eq!(buckets[0]["a"], 0);
    assert_eq!(buckets.last().unwrap()["b"], 7 * 1440);
    let mut seen = std::collections::HashSet::new();
    for (n, b) in buckets.iter().enumerate() {
        let (a, z) = (b["a"].as_u64().unwrap(), b["b"].as_u64().unwrap());
        if n > 0 {
            assert_eq!(buckets[n - 1]["b"], b["a"], "stretches meet");
        }
        let list = json_of(&files, b["f"].as_str().unwrap());
        let list = list.as_array().unwrap();
        assert_eq!(list.len() as u64, b["n"].as_u64().unwrap());
        assert!(
            list.len() <= PER_FILE + 24,
            "a stretch holds about PER_FILE meetings"
        );
        for m in list {
            let [h, mi] =
                [0, 3].map(|i| m["t"].as_str().unwrap()[i..i + 2].parse::<u64>().unwrap());
            let wd = m["w"][0].as_u64().unwrap();
            let minute = wd * 1440 + h * 60 + mi;
            assert!(
                a <= minute && minute < z,
                "{m} is in the stretch of its start"
            );
            assert!(seen.insert(m["i"].as_i64().unwrap()), "each meeting once");
        }
    }
    assert_eq!(seen.len(), PER_FILE * 3 + 7);
    let search = json_of(&files, "whole-program.page-search.json");
    assert_eq!(search.as_array().unwrap().len(), PER_FILE * 3 + 7);
}

#[test]
fn the_local_resources_are_in_the_page_itself_with_a_number_to_tap() {
    let (_d, s) = store();
    s.write(|tx| create(tx, &tuesday_night())).unwrap();
    let html = |s: &crate::Store| file(&page(s), "index.html").body.clone();
    // A program without resources has no empty box.
    assert!(!html(&s).contains("id=\"resources\""));
    s.write(|tx| {
        crate::program::resources::create(
            tx,
            &crate::program::resources::ResourceInput {
                name: "Crisis <line>".into(),
                phone: "1-800-GET-HELP".into(),
                hours: "24/7".into(),
                language: "es".into(),
                ..Default::default()
            },
        )
    })
    .unwrap();
    let html = html(&s);
    assert!(
        html.contains("<h2 id=\"resources-h\">Help now</h2>"),
        "{html}"
    );
    assert!(
        html.contains("<li><bdi class=\"name\">Crisis &lt;line&gt;</bdi> · <a href=\"tel:18004384357\" dir=\"ltr\">1-800-GET-HELP</a> · <bdi>24/7</bdi> · <bdi>Español</bdi></li>"),
        "{html}"
    );
}
