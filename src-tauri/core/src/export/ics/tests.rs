//! Exported calendars read back with the `ical` parser: structure, escaping, folding,
//! exceptions and byte-for-byte stability.

use chrono::{NaiveDate, NaiveDateTime};
use ical::parser::ical::component::IcalEvent;
use ical::IcalParser;

use super::export::calendar;
use crate::program::exceptions::{add_closure, set, Exception, ExceptionKind};
use crate::program::meetings::tests::{store, tuesday_night};
use crate::program::meetings::{self, create, MeetingInput};
use crate::schedule::{Day, Recurrence};

fn parse(text: &str) -> ical::parser::ical::component::IcalCalendar {
    let mut p = IcalParser::new(text.as_bytes());
    let cal = p.next().expect("one calendar").expect("parses");
    assert!(p.next().is_none());
    cal
}

fn get<'a>(e: &'a IcalEvent, name: &str) -> Vec<&'a str> {
    e.properties
        .iter()
        .filter(|p| p.name == name)
        .filter_map(|p| p.value.as_deref())
        .collect()
}

fn key(d: NaiveDateTime) -> String {
    d.format("%Y-%m-%dT%H:%M").to_string()
}

fn spanish() -> MeetingInput {
    MeetingInput {
        name: "Reunión de Esperanza, Fe; y \\ Unidad".into(),
        notes: "Traiga café.\nSegunda línea, con comas; y punto y coma.".into(),
        language: "es".into(),
        ..tuesday_night()
    }
}

#[test]
fn every_line_is_crlf_and_at_most_75_octets() {
    let (_d, s) = store();
    let m = s.write(|tx| create(tx, &spanish())).unwrap();
    let text = calendar(&s.conn(), &[m], "Grupo Esperanza — horario").unwrap();
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "bare LF");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
}

#[test]
fn text_is_escaped_and_reads_back() {
    let (_d, s) = store();
    let m = s.write(|tx| create(tx, &spanish())).unwrap();
    let cal = parse(&calendar(&s.conn(), &[m], "Horario").unwrap());
    let e = &cal.events[0];
    assert_eq!(
        get(e, "SUMMARY"),
        ["Reunión de Esperanza\\, Fe\\; y \\\\ Unidad"]
    );
    let desc = get(e, "DESCRIPTION")[0];
    assert!(
        desc.starts_with("Traiga café.\\nSegunda línea\\, con comas\\; y punto y coma."),
        "{desc}"
    );
    // Passcode "hope" is private by default; the link is in the description.
    assert!(desc.contains("Enlace: https://us02web.zoom.us/j/85512345678"));
    assert!(!desc.contains("hope"));
}

#[test]
fn calendar_has_the_properties_every_client_needs() {
    let (_d, s) = store();
    let m = s.write(|tx| create(tx, &tuesday_night())).unwrap();
    let cal = parse(&calendar(&s.conn(), &[m.clone()], "Hope Group").unwrap());
    let names: Vec<&str> = cal.properties.iter().map(|p| p.name.as_str()).collect();
    for n in [
        "VERSION",
        "PRODID",
        "CALSCALE",
        "METHOD",
        "NAME",
        "X-WR-CALNAME",
        "REFRESH-INTERVAL",
        "X-PUBLISHED-TTL",
    ] {
        assert!(names.contains(&n), "missing {n}");
    }
    assert_eq!(cal.timezones.len(), 1);
    let e = &cal.events[0];
    assert_eq!(get(e, "UID"), [m.uid.as_str()]);
    assert_eq!(get(e, "RRULE"), ["FREQ=WEEKLY;BYDAY=TU"]);
    assert_eq!(get(e, "DTSTART"), ["20260106T190000"]);
    assert_eq!(get(e, "DTEND"), ["20260106T203000"]);
    assert_eq!(
        get(e, "LOCATION"),
        ["St. Mark's Hall\\, 12 Elm St\\, Springfield (Basement)"]
    );
    assert_eq!(get(e, "URL"), ["https://us02web.zoom.us/j/85512345678"]);
    assert!(get(e, "CONFERENCE").contains(&"https://us02web.zoom.us/j/85512345678"));
    let dtstart = e.properties.iter().find(|p| p.name == "DTSTART").unwrap();
    assert_eq!(
        dtstart.params.as_ref().unwrap()[0],
        ("TZID".to_owned(), vec!["America/New_York".to_owned()])
    );
}

#[test]
fn cancelled_holiday_is_exdate_and_moved_date_is_an_override() {
    let (_d, s) = store();
    let m = s.write(|tx| create(tx, &tuesday_night())).unwrap();
    s.write(|tx| {
        set(
            tx,
            m.id,
            &Exception {
                occurrence: "2026-12-22T19:00".into(),
                kind: ExceptionKind::Cancelled,
                note: "Navidad".into(),
                new_start: None,
                new_duration: None,
                new_venue_id: None,
                new_video_url: None,
            },
        )?;
        set(
            tx,
            m.id,
            &Exception {
                occurrence: "2026-12-29T19:00".into(),
                kind: ExceptionKind::Moved,
                note: "Moved for New Year".into(),
                new_start: Some(
                    NaiveDate::from_ymd_opt(2026, 12, 30)
                        .unwrap()
                        .and_hms_opt(18, 0, 0)
                        .unwrap(),
                ),
                new_duration: None,
                new_venue_id: None,
                new_video_url: None,
            },
        )?;
        add_closure(
            tx,
            m.id,
            NaiveDate::from_ymd_opt(2027, 2, 1).unwrap(),
            NaiveDate::from_ymd_opt(2027, 2, 14).unwrap(),
            "Hall repairs",
        )
    })
    .unwrap();
    let m = meetings::get(&s.conn(), m.id).unwrap();
    let cal = parse(&calendar(&s.conn(), &[m.clone()], "Hope").unwrap());
    assert_eq!(cal.events.len(), 2);
    let main = &cal.events[0];
    assert_eq!(
        get(main, "EXDATE"),
        ["20261222T190000,20270202T190000,20270209T190000"]
    );
    let over = &cal.events[1];
    assert_eq!(get(over, "UID"), [m.uid.as_str()]);
    assert_eq!(get(over, "RECURRENCE-ID"), ["20261229T190000"]);
    assert_eq!(get(over, "DTSTART"), ["20261230T180000"]);
    assert!(get(over, "DESCRIPTION")[0].starts_with("Moved for New Year"));
    assert_eq!(get(main, "SEQUENCE"), [m.sequence.to_string().as_str()]);
    assert!(m.sequence >= 3, "each change raised SEQUENCE");
    let _ = key;
}

#[test]
fn an_unchanged_program_exports_identical_bytes() {
    let (_d, s) = store();
    let m = s.write(|tx| create(tx, &tuesday_night())).unwrap();
    let a = calendar(&s.conn(), &[m.clone()], "Hope").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let b = calendar(&s.conn(), &[m], "Hope").unwrap();
    assert_eq!(a, b);
}

#[test]
fn last_saturday_and_end_date_become_rrule_with_utc_until() {
    let (_d, s) = store();
    let mut input = tuesday_night();
    input.schedule.recurrence = Recurrence::MonthlyWeekday {
        interval: 1,
        weeks: vec![-1],
        day: Day::SA,
    };
    input.schedule.end_date = Some(NaiveDate::from_ymd_opt(2027, 6, 30).unwrap());
    let m = s.write(|tx| create(tx, &input)).unwrap();
    let cal = parse(&calendar(&s.conn(), &[m], "Hope").unwrap());
    // 23:59:59 on 30 June in New York (EDT) is 03:59:59 UTC on 1 July.
    assert_eq!(
        get(&cal.events[0], "RRULE"),
        ["FREQ=MONTHLY;BYDAY=-1SA;UNTIL=20270701T035959Z"]
    );
}

#[test]
fn the_one_pass_writer_matches_the_crate_emitter_byte_for_byte() {
    let (_d, s) = store();
    let m = s.write(|tx| create(tx, &spanish())).unwrap();
    s.write(|tx| create(tx, &tuesday_night())).unwrap();
    let day = m.schedule.start_date + chrono::Duration::days(7);
    s.write(|tx| {
        set(
            tx,
            m.id,
            &Exception {
                occurrence: key(day.and_time(m.schedule.start_time)),
                kind: ExceptionKind::Noted,
                note: "Aniversario de María; traigan pastel, café y \\ todo".into(),
                new_start: None,
                new_duration: None,
                new_venue_id: None,
                new_video_url: None,
            },
        )
    })
    .unwrap();
    let all = meetings::list(&s.conn()).unwrap();
    let (old, new) = super::export::both_ways(&s.conn(), &all).unwrap();
    assert_eq!(old, new);
}

#[test]
fn local_resources_are_the_calendar_s_description() {
    use crate::program::resources::{self, ResourceInput};
    let (_d, s) = store();
    let m = s.write(|tx| create(tx, &tuesday_night())).unwrap();
    let none = parse(&calendar(&s.conn(), &[m.clone()], "Hope Group").unwrap());
    assert!(!none.properties.iter().any(|p| p.name == "X-WR-CALDESC"));
    s.write(|tx| {
        for (name, phone, url) in [
            ("Línea de crisis; 24/7, en español", "988", ""),
            ("NA Helpline", "1-800-GET-HELP", "https://na.org/help"),
        ] {
            resources::create(
                tx,
                &ResourceInput {
                    name: name.into(),
                    phone: phone.into(),
                    url: url.into(),
                    ..Default::default()
                },
            )?;
        }
        Ok(())
    })
    .unwrap();
    let cal = parse(&calendar(&s.conn(), &[m], "Hope Group").unwrap());
    let expected = "Línea de crisis\\; 24/7\\, en español · 988\\nNA Helpline · 1-800-GET-HELP · https://na.org/help";
    for name in ["DESCRIPTION", "X-WR-CALDESC"] {
        let p = cal.properties.iter().find(|p| p.name == name).unwrap();
        assert_eq!(p.value.as_deref(), Some(expected), "{name}");
    }
    let all = meetings::list(&s.conn()).unwrap();
    let (old, new) = super::export::both_ways(&s.conn(), &all).unwrap();
    assert_eq!(old, new);
}
