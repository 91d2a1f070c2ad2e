//! What a resource carries is exactly what was shared: every field survives being
//! written as iCalendar and read back, whatever the meeting holds.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::{fields, resource};
use crate::program::exceptions::{self, Exception, ExceptionKind};
use crate::program::fellowship::{AttendanceMode, Fellowship};
use crate::program::meetings::{self, tests::tuesday_night, VenueChoice};
use crate::program::venues::VenueInput;
use crate::schedule::{Day, Recurrence};

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
}

fn round_trip(conn: &rusqlite::Connection, id: i64) -> (fields::Fields, fields::Fields) {
    let m = meetings::get(conn, id).unwrap();
    let (body, sent) = resource::encode(conn, &m, &fields::Fields::new()).unwrap();
    let (uid, read, ours) =
        resource::decode("/c/x.ics", body.as_bytes(), Fellowship::Na, "UTC").unwrap();
    assert_eq!(uid, m.uid);
    assert!(ours);
    (sent, read)
}

#[test]
fn every_shared_field_survives_the_resource() {
    let (_dir, store) = meetings::tests::store();
    let conn = store.conn();
    // In person, Spanish text with the characters iCalendar escapes, a group, formats.
    let mut a = tuesday_night();
    a.name = "Grupo \"Esperanza\"; lunes, martes".into();
    a.notes = "Entrada por la calle lateral, junto a la cafetería\\el patio".into();
    a.language = "es".into();
    a.formats = vec!["O".into(), "C".into(), "W".into()];
    a.offers_verification = true;
    a.room = "Sala 2 — planta baja".into();
    a.facilitator = "Never shared".into();
    let group =
        crate::program::groups::find_or_create(&conn, Fellowship::Na, "Grupo Esperanza").unwrap();
    a.group_id = Some(group);
    let a = meetings::create(&conn, &a).unwrap();
    // A cancelled date with a note, a moved one to another place, a noted one, a closure.
    exceptions::set(
        &conn,
        a.id,
        &Exception {
            occurrence: "2026-12-22T19:00".into(),
            kind: ExceptionKind::Cancelled,
            note: "Navidad".into(),
            new_start: None,
            new_duration: None,
            new_venue_id: None,
            new_video_url: None,
        },
    )
    .unwrap();
    let hall = crate::program::venues::find_or_create(
        &conn,
        &VenueInput {
            name: "Salón parroquial".into(),
            address: "Calle Mayor 5".into(),
            city: "Zaragoza".into(),
            country: "ES".into(),
            timezone: a.schedule.timezone.clone(),
            ..Default::default()
        },
    )
    .unwrap();
    exceptions::set(
        &conn,
        a.id,
        &Exception {
            occurrence: "2027-01-05T19:00".into(),
            kind: ExceptionKind::Moved,
            note: "Un día después".into(),
            new_start: Some(at("2027-01-06T20:00")),
            new_duration: Some(75),
            new_venue_id: Some(hall),
            new_video_url: None,
        },
    )
    .unwrap();
    exceptions::set(
        &conn,
        a.id,
        &Exception {
            occurrence: "2027-01-12T19:00".into(),
            kind: ExceptionKind::Noted,
            note: "Aniversario: 5 años".into(),
            new_start: None,
            new_duration: None,
            new_venue_id: None,
            new_video_url: None,
        },
    )
    .unwrap();
    exceptions::add_closure(
        &conn,
        a.id,
        NaiveDate::from_ymd_opt(2027, 2, 1).unwrap(),
        NaiveDate::from_ymd_opt(2027, 2, 14).unwrap(),
        "Obras en la iglesia",
    )
    .unwrap();
    let (sent, read) = round_trip(&conn, a.id);
    assert_eq!(read, sent);
    assert!(!sent.values().any(|v| v.contains("Never shared")));
    assert!(sent.contains_key("date:2027-01-05T19:00"));
    assert!(sent.contains_key("closure:2027-02-01/2027-02-14"));

    // Hybrid, a private passcode and a secret link parameter: neither is shared.
    let mut b = tuesday_night();
    b.name = "Hybrid Hope".into();
    b.mode = AttendanceMode::Hybrid;
    b.online.url = "https://zoom.us/j/123?pwd=abc&tk=SECRET".into();
    b.online.secret_params = "tk".into();
    b.online.passcode = "887766".into();
    b.online.dial_in = "+1 646 558 8656".into();
    b.schedule.recurrence = Recurrence::MonthlyWeekday {
        interval: 1,
        weeks: vec![1, -1],
        day: Day::TH,
    };
    b.schedule.end_date = Some(NaiveDate::from_ymd_opt(2027, 12, 31).unwrap());
    let b = meetings::create(&conn, &b).unwrap();
    let (sent, read) = round_trip(&conn, b.id);
    assert_eq!(read, sent);
    assert!(
        !sent
            .values()
            .any(|v| v.contains("SECRET") || v.contains("887766")),
        "{sent:?}"
    );

    // Online on given dates, SMART, a public passcode.
    let mut c = tuesday_night();
    c.name = "SMART online".into();
    c.fellowship = Fellowship::Smart;
    c.formats = vec![];
    c.mode = AttendanceMode::Online;
    c.venue = None;
    c.online.url = "https://meet.jit.si/smart-hope".into();
    c.online.passcode = "4321".into();
    c.online.passcode_public = true;
    c.schedule.start_time = NaiveTime::from_hms_opt(7, 30, 0).unwrap();
    c.schedule.timezone = "Asia/Ho_Chi_Minh".into();
    c.schedule.recurrence = Recurrence::Dates {
        dates: vec![
            NaiveDate::from_ymd_opt(2026, 12, 9).unwrap(),
            NaiveDate::from_ymd_opt(2027, 1, 13).unwrap(),
        ],
    };
    let c = meetings::create(&conn, &c).unwrap();
    let (sent, read) = round_trip(&conn, c.id);
    assert_eq!(read, sent);
    assert_eq!(sent.get("passcode").map(String::as_str), Some("4321"));
}

#[test]
fn a_plain_event_from_another_app_is_a_meeting() {
    let body = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//EN\r\nBEGIN:VEVENT\r\n\
UID:other-app-1\r\nDTSTAMP:20261201T000000Z\r\nDTSTART;TZID=Europe/Madrid:20261203T190000\r\n\
DURATION:PT1H30M\r\nRRULE:FREQ=WEEKLY;BYDAY=TH\r\nSUMMARY:Grupo Jueves\r\n\
LOCATION:Calle Mayor 5\\, Zaragoza\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let (uid, f, ours) =
        resource::decode("/c/o.ics", body.as_bytes(), Fellowship::Na, "UTC").unwrap();
    assert_eq!(uid, "other-app-1");
    assert!(!ours);
    assert_eq!(f["name"], "Grupo Jueves");
    assert_eq!(f["start_time"], "19:00");
    assert_eq!(f["duration"], "90");
    assert_eq!(f["repeats"], "FREQ=WEEKLY;BYDAY=TH");
    let s = fields::from_fields(&f).unwrap();
    assert!(matches!(s.input.venue, Some(VenueChoice::New { .. })));
}

#[test]
fn a_field_set_from_its_text_reads_back_the_same() {
    let (_dir, store) = meetings::tests::store();
    let conn = store.conn();
    let m = meetings::create(&conn, &tuesday_night()).unwrap();
    let mut s = fields::of_meeting(&conn, &m).unwrap();
    let before = fields::fields(&s);
    for (k, v) in &before {
        fields::set(&mut s, k, v).unwrap();
    }
    assert_eq!(fields::fields(&s), before);
    fields::set(&mut s, "room", "Basement").unwrap();
    fields::set(&mut s, "formats", "O,C").unwrap();
    let after = fields::fields(&s);
    assert_eq!(after["room"], "Basement");
    assert_eq!(after["formats"], "C,O");
    assert!(fields::set(&mut s, "start_time", "7pm").is_err());
}

#[test]
fn a_newer_homegroups_fields_go_back_as_they_came() {
    let (_dir, store) = meetings::tests::store();
    let conn = store.conn();
    let m = meetings::create(&conn, &tuesday_night()).unwrap();
    let (body, _) = resource::encode(&conn, &m, &fields::Fields::new()).unwrap();
    // A newer build added a property of its own.
    let newer = body.replacen(
        "X-HOMEGROUP-VERSION:1\r\n",
        "X-HOMEGROUP-VERSION:2\r\nX-HOMEGROUP-WHEELCHAIR:step-free\\, side door\r\n",
        1,
    );
    let (_, read, _) =
        resource::decode("/c/x.ics", newer.as_bytes(), Fellowship::Na, "UTC").unwrap();
    assert_eq!(read["x:WHEELCHAIR"], "step-free, side door");
    // Written back by this build, it is still there.
    let (again, sent) = resource::encode(&conn, &m, &read).unwrap();
    assert_eq!(sent["x:WHEELCHAIR"], "step-free, side door");
    assert!(again.contains("X-HOMEGROUP-WHEELCHAIR:step-free\\, side door"));
}

#[test]
fn a_dates_own_link_is_shared_without_its_private_parts() {
    let (_dir, store) = meetings::tests::store();
    let conn = store.conn();
    let mut input = tuesday_night();
    input.online.secret_params = "tk".into();
    let m = meetings::create(&conn, &input).unwrap();
    exceptions::set(
        &conn,
        m.id,
        &Exception {
            occurrence: "2026-12-22T19:00".into(),
            kind: ExceptionKind::Moved,
            note: String::new(),
            new_start: None,
            new_duration: None,
            new_venue_id: None,
            new_video_url: Some("https://zoom.us/j/999?pwd=PRIVATE1&tk=SECRET2".into()),
        },
    )
    .unwrap();
    let (body, sent) = resource::encode(
        &conn,
        &meetings::get(&conn, m.id).unwrap(),
        &fields::Fields::new(),
    )
    .unwrap();
    assert!(
        !body.contains("PRIVATE1") && !body.contains("SECRET2"),
        "{body}"
    );
    assert!(sent["date:2026-12-22T19:00"].contains("https://zoom.us/j/999"));
}

#[test]
fn an_app_that_drops_our_properties_changes_only_what_it_shows() {
    let base: fields::Fields = [
        ("name", "Hope"),
        ("room", "Hall"),
        ("start_time", "19:00"),
        ("formats", "O"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let plain: fields::Fields = [
        ("name", "Hope renamed"),
        ("start_time", "19:30"),
        ("date:2027-01-05T19:00", "{\"kind\":\"cancelled\"}"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let f = resource::only_icalendar_changes(&base, &plain);
    assert_eq!(f["name"], "Hope renamed");
    assert_eq!(f["start_time"], "19:30");
    assert_eq!(f["room"], "Hall");
    assert_eq!(f["formats"], "O");
    assert!(f.contains_key("date:2027-01-05T19:00"));
}
