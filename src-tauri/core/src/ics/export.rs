//! Meetings as iCalendar: one VEVENT per meeting with its RRULE (or RDATEs), EXDATEs for
//! cancelled and closed dates, RECURRENCE-ID overrides for moved and annotated dates,
//! and a VTIMEZONE for every zone used. Every stamp comes from the records' edit times,
//! so an unchanged program exports identical bytes.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Duration, NaiveDateTime, NaiveTime};
#[cfg(test)]
use ical::generator::Emitter;
use ical::parser::ical::component::{IcalCalendar, IcalEvent};
use rusqlite::Connection;

use super::text::escape;
#[cfg(test)]
use super::text::refold;
use super::{prop, prop_with, vtimezone};
use crate::conference;
use crate::error::Result;
use crate::exceptions::{self, parse_occurrence_key, Exception, ExceptionKind};
use crate::fellowship::Fellowship;
use crate::formats;
use crate::meetings::Meeting;
use crate::schedule::expand::{resolve, Expander};
use crate::schedule::Recurrence;
use crate::venues::{self, Venue};

const PRODID: &str = "-//Homegroup//Homegroup Calendar//EN";
/// How often subscribers are asked to refresh: often enough that a moved meeting
/// reaches phones the same day.
const REFRESH: &str = "PT1H";

/// A whole calendar for subscribers (METHOD:PUBLISH).
pub fn calendar(conn: &Connection, meetings: &[Meeting], name: &str) -> Result<String> {
    let mut cal = IcalCalendar::new();
    let name = escape(name);
    for (k, v) in [
        ("VERSION", "2.0"),
        ("PRODID", PRODID),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
    ] {
        cal.properties.push(prop(k, v));
    }
    // NAME is RFC 7986; Google reads only X-WR-CALNAME.
    cal.properties.push(prop("NAME", name.clone()));
    cal.properties.push(prop("X-WR-CALNAME", name));
    cal.properties.push(prop_with(
        "REFRESH-INTERVAL",
        &[("VALUE", "DURATION")],
        REFRESH,
    ));
    cal.properties.push(prop("X-PUBLISHED-TTL", REFRESH));
    fill(conn, &mut cal, meetings)?;
    Ok(super::emit::calendar(&cal, 600 * meetings.len() + 4096))
}

/// The calendar written both ways: by the `ical` crate's emitter re-folded (the old
/// path) and in one pass; the test holds them byte-identical.
#[cfg(test)]
pub(crate) fn both_ways(conn: &Connection, meetings: &[Meeting]) -> Result<(String, String)> {
    let mut cal = IcalCalendar::new();
    cal.properties.push(prop("VERSION", "2.0"));
    cal.properties.push(prop_with(
        "X-TEST",
        &[("CN", "\"Ana: room 1, B\""), ("ROLE", "a;b")],
        "x",
    ));
    fill(conn, &mut cal, meetings)?;
    Ok((refold(&cal.generate()), super::emit::calendar(&cal, 0)))
}

/// One meeting as a CalDAV resource: no METHOD, one UID, its zone included.
pub fn resource(conn: &Connection, meeting: &Meeting) -> Result<String> {
    let mut cal = IcalCalendar::new();
    for (k, v) in [
        ("VERSION", "2.0"),
        ("PRODID", PRODID),
        ("CALSCALE", "GREGORIAN"),
    ] {
        cal.properties.push(prop(k, v));
    }
    fill(conn, &mut cal, std::slice::from_ref(meeting))?;
    Ok(super::emit::calendar(&cal, 8192))
}

fn fill(conn: &Connection, cal: &mut IcalCalendar, meetings: &[Meeting]) -> Result<()> {
    let venues: HashMap<i64, Venue> = venues::list(conn)?.into_iter().map(|v| (v.id, v)).collect();
    // The window VTIMEZONEs must be exact for: from the earliest start to ten years past
    // the latest date the data mentions (from the data, so the bytes do not change with
    // the calendar year).
    let mut years: BTreeMap<String, (i32, i32)> = BTreeMap::new();
    for m in meetings {
        let s = &m.schedule;
        let first = s.start_date.year() - 1;
        let last = s
            .end_date
            .map(|d| d.year())
            .unwrap_or(s.start_date.year())
            .max(first)
            + 10;
        let e = years.entry(s.timezone.clone()).or_insert((first, last));
        e.0 = e.0.min(first);
        e.1 = e.1.max(last);
    }
    for (zone, (first, last)) in &years {
        let tz = crate::schedule::zones::parse(zone)?;
        cal.timezones.push(vtimezone::build(tz, *first, *last));
    }
    // Most meetings have no changes; ask the database only about those that do.
    let changed =
        crate::occurrences::ids(conn, "SELECT DISTINCT meeting_id FROM meeting_exceptions")?;
    let closed = crate::occurrences::ids(conn, "SELECT DISTINCT meeting_id FROM meeting_closures")?;
    for m in meetings {
        let has = (changed.contains(&m.id), closed.contains(&m.id));
        cal.events.extend(events(conn, m, &venues, has)?);
    }
    Ok(())
}

fn stamp(rfc3339: &str) -> String {
    // Stored as 2026-11-23T11:45:50Z; iCalendar wants 20261123T114550Z.
    rfc3339.chars().filter(|c| *c != '-' && *c != ':').collect()
}

fn local(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

fn events(
    conn: &Connection,
    m: &Meeting,
    venues: &HashMap<i64, Venue>,
    (has_changes, has_closures): (bool, bool),
) -> Result<Vec<IcalEvent>> {
    let s = &m.schedule;
    let zone = s.timezone.as_str();
    let duration = Duration::minutes(s.duration_minutes as i64);
    let start = s.start_date.and_time(s.start_time);
    let changes: Vec<Exception> = if has_changes {
        exceptions::list(conn, m.id)?
    } else {
        Vec::new()
    };
    let closed: Vec<NaiveDateTime> = if has_closures {
        let exp = Expander::new(s)?;
        exceptions::closures(conn, m.id)?
            .iter()
            .flat_map(|c| exp.local_starts(c.from_date, c.to_date))
            .collect()
    } else {
        Vec::new()
    };

    let stamp = stamp(&m.updated_at);
    let base = |e: &mut IcalEvent| {
        e.properties.push(prop("UID", m.uid.clone()));
        e.properties.push(prop("DTSTAMP", stamp.clone()));
        e.properties.push(prop("LAST-MODIFIED", stamp.clone()));
        e.properties.push(prop("SEQUENCE", m.sequence.to_string()));
        e.properties.push(prop("SUMMARY", escape(&m.name)));
    };

    let mut main = IcalEvent::new();
    base(&mut main);
    main.properties
        .push(prop_with("DTSTART", &[("TZID", zone)], local(start)));
    main.properties.push(prop_with(
        "DTEND",
        &[("TZID", zone)],
        local(start + duration),
    ));
    match &s.recurrence {
        Recurrence::Once => {}
        Recurrence::Dates { dates } => {
            let list: Vec<String> = dates
                .iter()
                .map(|d| local(d.and_time(s.start_time)))
                .collect();
            if !list.is_empty() {
                main.properties
                    .push(prop_with("RDATE", &[("TZID", zone)], list.join(",")));
            }
        }
        _ => main.properties.push(prop("RRULE", rrule(m)?)),
    }
    let mut exdates: Vec<NaiveDateTime> = changes
        .iter()
        .filter(|c| c.kind == ExceptionKind::Cancelled)
        .filter_map(|c| parse_occurrence_key(&c.occurrence).ok())
        .chain(closed.iter().copied())
        .collect();
    exdates.sort();
    exdates.dedup();
    if !exdates.is_empty() {
        let list: Vec<String> = exdates.iter().map(|t| local(*t)).collect();
        main.properties
            .push(prop_with("EXDATE", &[("TZID", zone)], list.join(",")));
    }
    where_and_how(&mut main, m, m.venue.as_ref(), &m.online.url, "");
    main.properties.push(prop("STATUS", "CONFIRMED"));
    let mut out = vec![main];

    for c in &changes {
        let Ok(original) = parse_occurrence_key(&c.occurrence) else {
            continue;
        };
        if c.kind == ExceptionKind::Cancelled || closed.contains(&original) {
            continue;
        }
        let mut e = IcalEvent::new();
        base(&mut e);
        e.properties.push(prop_with(
            "RECURRENCE-ID",
            &[("TZID", zone)],
            local(original),
        ));
        let (at, length, venue, url) = if c.kind == ExceptionKind::Moved {
            (
                c.new_start.unwrap_or(original),
                c.new_duration
                    .map(|d| Duration::minutes(d as i64))
                    .unwrap_or(duration),
                c.new_venue_id
                    .and_then(|v| venues.get(&v))
                    .or(m.venue.as_ref()),
                c.new_video_url
                    .clone()
                    .unwrap_or_else(|| m.online.url.clone()),
            )
        } else {
            (original, duration, m.venue.as_ref(), m.online.url.clone())
        };
        e.properties
            .push(prop_with("DTSTART", &[("TZID", zone)], local(at)));
        e.properties
            .push(prop_with("DTEND", &[("TZID", zone)], local(at + length)));
        where_and_how(&mut e, m, venue, &url, &c.note);
        e.properties.push(prop("STATUS", "CONFIRMED"));
        out.push(e);
    }
    Ok(out)
}

/// The stored rule with UNTIL added for an end date (in UTC, as RFC 5545 requires when
/// DTSTART carries a TZID).
fn rrule(m: &Meeting) -> Result<String> {
    let (rule, _) = crate::schedule::rule::to_stored(&m.schedule.recurrence);
    let has_end = rule
        .split(';')
        .any(|p| p.starts_with("UNTIL=") || p.starts_with("COUNT="));
    Ok(match m.schedule.end_date {
        Some(end) if !has_end => {
            let tz = m.schedule.tz()?;
            let last = resolve(
                tz,
                end.and_time(NaiveTime::from_hms_opt(23, 59, 59).expect("valid")),
            );
            format!("{rule};UNTIL={}", last.format("%Y%m%dT%H%M%SZ"))
        }
        _ => rule,
    })
}

fn where_and_how(e: &mut IcalEvent, m: &Meeting, venue: Option<&Venue>, url: &str, note: &str) {
    if let Some(v) = venue.filter(|_| m.mode.has_room()) {
        let mut place = v.details.one_line();
        if !m.room.trim().is_empty() {
            place = format!("{place} ({})", m.room.trim());
        }
        e.properties.push(prop("LOCATION", escape(&place)));
        if let (Some(lat), Some(lon)) = (v.details.latitude, v.details.longitude) {
            e.properties.push(prop("GEO", format!("{lat:.6};{lon:.6}")));
        }
    }
    let url = url.trim();
    let online = m.mode != crate::fellowship::AttendanceMode::InPerson;
    let preview = conference::preview(
        url,
        &m.online.dial_in,
        &m.online.meeting_id,
        &m.online.passcode,
    );
    if online && !url.is_empty() {
        e.properties.push(prop("URL", url.to_owned()));
        let label = if preview.label.is_empty() {
            "Video"
        } else {
            &preview.label
        };
        e.properties.push(prop_with(
            "CONFERENCE",
            &[("VALUE", "URI"), ("FEATURE", "VIDEO"), ("LABEL", label)],
            url.to_owned(),
        ));
    }
    let tap = if online {
        preview.one_tap.clone()
    } else {
        None
    };
    if let Some(tap) = &tap {
        e.properties.push(prop_with(
            "CONFERENCE",
            &[("VALUE", "URI"), ("FEATURE", "PHONE")],
            format!("tel:{}", tap.replace('#', "%23")),
        ));
    }
    e.properties.push(prop(
        "DESCRIPTION",
        escape(&description(m, url, note, online)),
    ));
}

/// What a member reads in their calendar app. Apple, Outlook and Thunderbird do not show
/// CONFERENCE, so the link and phone are here too. Never the facilitator's name, and the
/// passcode only where the group allows it.
fn description(m: &Meeting, url: &str, note: &str, online: bool) -> String {
    let spanish = m.language.eq_ignore_ascii_case("es");
    let mut lines: Vec<String> = Vec::new();
    if !note.trim().is_empty() {
        lines.push(note.trim().to_owned());
    }
    if !m.notes.trim().is_empty() {
        lines.push(m.notes.trim().to_owned());
    }
    if online {
        if !url.is_empty() {
            lines.push(format!(
                "{}: {url}",
                if spanish { "Enlace" } else { "Join" }
            ));
        }
        if !m.online.meeting_id.trim().is_empty() {
            lines.push(format!(
                "{}: {}",
                if spanish {
                    "ID de la reunión"
                } else {
                    "Meeting ID"
                },
                m.online.meeting_id.trim()
            ));
        }
        if m.online.passcode_public && !m.online.passcode.trim().is_empty() {
            lines.push(format!(
                "{}: {}",
                if spanish { "Código" } else { "Passcode" },
                m.online.passcode.trim()
            ));
        }
        if !m.online.dial_in.trim().is_empty() {
            let mut phone = format!(
                "{}: {}",
                if spanish { "Teléfono" } else { "Phone" },
                m.online.dial_in.trim()
            );
            if !m.online.dial_in_notes.trim().is_empty() {
                phone.push_str(&format!(" ({})", m.online.dial_in_notes.trim()));
            }
            lines.push(phone);
        }
    }
    let names: Vec<String> = m
        .formats
        .iter()
        .filter_map(|c| formats::find(m.fellowship, c))
        .map(|f| {
            let n = if spanish { f.name_es } else { f.name_en };
            if m.fellowship == Fellowship::Smart {
                n.to_owned()
            } else {
                format!("{n} ({})", f.code)
            }
        })
        .collect();
    if !names.is_empty() {
        lines.push(format!(
            "{}: {}",
            if spanish { "Formato" } else { "Format" },
            names.join(", ")
        ));
    }
    if let Some(g) = &m.group_name {
        lines.push(format!("{}: {g}", if spanish { "Grupo" } else { "Group" }));
    }
    lines.push(m.fellowship.name().to_owned());
    lines.join("\n")
}
