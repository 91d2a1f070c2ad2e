//! Meetings as iCalendar: one VEVENT per meeting with its RRULE (or RDATEs), EXDATEs for
//! cancelled and closed dates, RECURRENCE-ID overrides for moved and annotated dates,
//! and a VTIMEZONE for every zone used. Every stamp comes from the records' edit times,
//! so an unchanged program exports identical bytes.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{Datelike, Duration, NaiveDateTime, NaiveTime, Timelike};
use ical::parser::ical::component::IcalTimeZoneTransitionType;
use rusqlite::Connection;

use super::emit::{Sink, Writer};
use super::vtimezone;
use crate::error::Result;
use crate::program::conference;
use crate::program::exceptions::{self, parse_occurrence_key, Exception, ExceptionKind};
use crate::program::fellowship::Fellowship;
use crate::program::formats;
use crate::program::meetings::Meeting;
use crate::program::venues::{self, Venue};
use crate::schedule::expand::{resolve, Expander};
use crate::schedule::Recurrence;

const PRODID: &str = "-//Homegroup//Homegroup Calendar//EN";
/// How often subscribers are asked to refresh: often enough that a moved meeting
/// reaches phones the same day.
const REFRESH: &str = "PT1H";

/// A whole calendar for subscribers (METHOD:PUBLISH).
pub fn calendar(conn: &Connection, meetings: &[Meeting], name: &str) -> Result<String> {
    let mut w = Writer::with_capacity(600 * meetings.len() + 4096);
    write(conn, &mut w, meetings, Some(name), &[])?;
    Ok(w.finish())
}

/// One meeting as a CalDAV resource: no METHOD, one UID, its zone included.
pub fn resource(conn: &Connection, meeting: &Meeting) -> Result<String> {
    resource_with(conn, meeting, &[])
}

/// A property of our own (`X-…`) that other calendar apps keep and ignore.
pub struct XProp {
    pub name: String,
    pub params: Vec<(String, String)>,
    /// TEXT: escaped when written.
    pub text: String,
}

/// One meeting as a CalDAV resource, with `extra` properties on its main event (a
/// shared program's `X-HOMEGROUP-…` fields).
pub fn resource_with(conn: &Connection, meeting: &Meeting, extra: &[XProp]) -> Result<String> {
    let mut w = Writer::with_capacity(8192);
    write(conn, &mut w, std::slice::from_ref(meeting), None, extra)?;
    Ok(w.finish())
}

/// The calendar written both ways: by the `ical` crate's emitter (re-folded at octets)
/// and by `Writer`; the test holds them byte-identical.
#[cfg(test)]
pub(crate) fn both_ways(conn: &Connection, meetings: &[Meeting]) -> Result<(String, String)> {
    let mut c = super::emit::Components::default();
    let mut w = Writer::with_capacity(0);
    for sink in [&mut c as &mut dyn Sink, &mut w] {
        write(
            conn,
            sink,
            meetings,
            Some("Grupo \"Esperanza\", lunes; martes"),
            &[],
        )?;
    }
    Ok((c.emitted(), w.finish()))
}

/// With a `name`, a calendar to subscribe to; without, a CalDAV resource.
fn write<S: Sink + ?Sized>(
    conn: &Connection,
    sink: &mut S,
    meetings: &[Meeting],
    name: Option<&str>,
    extra: &[XProp],
) -> Result<()> {
    sink.begin("VCALENDAR");
    sink.raw("VERSION", &[], "2.0");
    sink.raw("PRODID", &[], PRODID);
    sink.raw("CALSCALE", &[], "GREGORIAN");
    if let Some(name) = name {
        sink.raw("METHOD", &[], "PUBLISH");
        // NAME is RFC 7986; Google reads only X-WR-CALNAME.
        sink.text("NAME", name);
        sink.text("X-WR-CALNAME", name);
        sink.raw("REFRESH-INTERVAL", &[("VALUE", "DURATION")], REFRESH);
        sink.raw("X-PUBLISHED-TTL", &[], REFRESH);
        // The program's local resources (helplines, crisis lines) travel with the
        // calendar, where a subscriber's app shows its description; RFC 7986's
        // DESCRIPTION, and X-WR-CALDESC for the apps that read only that.
        let local = crate::program::resources::list(conn)?;
        if !local.is_empty() {
            let text = local
                .iter()
                .map(|r| crate::program::resources::one_line(&r.details, str::to_owned))
                .collect::<Vec<_>>()
                .join("\n");
            sink.text("DESCRIPTION", &text);
            sink.text("X-WR-CALDESC", &text);
        }
    }
    fill(conn, sink, meetings, extra)?;
    sink.end("VCALENDAR");
    Ok(())
}

fn fill<S: Sink + ?Sized>(
    conn: &Connection,
    sink: &mut S,
    meetings: &[Meeting],
    extra: &[XProp],
) -> Result<()> {
    for (zone, (first, last)) in &zone_years(meetings) {
        write_zone(sink, zone, *first, *last)?;
    }
    // Most meetings have no changes; ask the database only about those that do.
    let changed = crate::store::ids(conn, "SELECT DISTINCT meeting_id FROM meeting_exceptions")?;
    let closed = crate::store::ids(conn, "SELECT DISTINCT meeting_id FROM meeting_closures")?;
    let mut scratch = String::with_capacity(512);
    for m in meetings {
        let has = (changed.contains(&m.id), closed.contains(&m.id));
        events(conn, sink, m, has, &mut scratch, extra)?;
    }
    Ok(())
}

/// The years each zone's VTIMEZONE must be exact for: from the earliest start to ten
/// years past the latest date the data mentions (from the data, so the bytes do not
/// change with the calendar year).
fn zone_years(meetings: &[Meeting]) -> BTreeMap<&str, (i32, i32)> {
    let mut years: BTreeMap<&str, (i32, i32)> = BTreeMap::new();
    for m in meetings {
        let s = &m.schedule;
        let first = s.start_date.year() - 1;
        let last = s
            .end_date
            .map(|d| d.year())
            .unwrap_or(s.start_date.year())
            .max(first)
            + 10;
        let e = years.entry(s.timezone.as_str()).or_insert((first, last));
        e.0 = e.0.min(first);
        e.1 = e.1.max(last);
    }
    years
}

fn write_zone<S: Sink + ?Sized>(sink: &mut S, zone: &str, first: i32, last: i32) -> Result<()> {
    let tz = crate::schedule::zones::parse(zone)?;
    let z = vtimezone::build(tz, first, last);
    sink.begin("VTIMEZONE");
    sink.properties(&z.properties);
    for t in &z.transitions {
        let kind = match t.transition {
            IcalTimeZoneTransitionType::STANDARD => "STANDARD",
            IcalTimeZoneTransitionType::DAYLIGHT => "DAYLIGHT",
        };
        sink.begin(kind);
        sink.properties(&t.properties);
        sink.end(kind);
    }
    sink.end("VTIMEZONE");
    Ok(())
}

/// Each zone the meetings use, as its VTIMEZONE lines: the meeting finder page puts a
/// one-meeting calendar together from these and [`events_of`], in the member's phone.
pub fn zones_of(meetings: &[Meeting]) -> Result<BTreeMap<String, String>> {
    zone_years(meetings)
        .into_iter()
        .map(|(zone, (first, last))| {
            let mut w = Writer::with_capacity(1024);
            write_zone(&mut w, zone, first, last)?;
            Ok((zone.to_owned(), w.finish()))
        })
        .collect()
}

/// One meeting's VEVENTs (its rule, cancelled dates, and an override for each moved or
/// annotated date), exactly as the feed has them, without the calendar around them.
pub fn events_of(conn: &Connection, m: &Meeting, changed: bool, closed: bool) -> Result<String> {
    let mut w = Writer::with_capacity(1024);
    let mut scratch = String::with_capacity(512);
    events(conn, &mut w, m, (changed, closed), &mut scratch, &[])?;
    Ok(w.finish())
}

/// Stored as 2026-11-23T11:45:50Z; iCalendar wants 20261123T114550Z.
fn stamp(rfc3339: &str) -> String {
    rfc3339.chars().filter(|c| *c != '-' && *c != ':').collect()
}

/// A floating local time as iCalendar writes it beside a TZID: 20261123T190000.
/// (By hand: `format!` costs more than the rest of a DTSTART line.)
fn push_local(out: &mut String, t: NaiveDateTime) {
    fn digits(out: &mut String, n: u32, width: u32) {
        for p in (0..width).rev() {
            out.push(char::from(b'0' + (n / 10u32.pow(p) % 10) as u8));
        }
    }
    digits(out, t.year().clamp(0, 9999) as u32, 4);
    digits(out, t.month(), 2);
    digits(out, t.day(), 2);
    out.push('T');
    digits(out, t.hour(), 2);
    digits(out, t.minute(), 2);
    digits(out, t.second(), 2);
}

/// Local times, comma-separated (RDATE and EXDATE lists).
fn local_list(out: &mut String, times: impl IntoIterator<Item = NaiveDateTime>) {
    out.clear();
    for (i, t) in times.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_local(out, t);
    }
}

/// One meeting: its main event, then an override for each moved or annotated date.
fn events<S: Sink + ?Sized>(
    conn: &Connection,
    sink: &mut S,
    m: &Meeting,
    (has_changes, has_closures): (bool, bool),
    v: &mut String,
    extra: &[XProp],
) -> Result<()> {
    let s = &m.schedule;
    let tzid = [("TZID", s.timezone.as_str())];
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
    let mut sequence = String::new();
    let _ = write!(sequence, "{}", m.sequence);
    let base = |sink: &mut S| {
        sink.begin("VEVENT");
        sink.raw("UID", &[], &m.uid);
        sink.raw("DTSTAMP", &[], &stamp);
        sink.raw("LAST-MODIFIED", &[], &stamp);
        sink.raw("SEQUENCE", &[], &sequence);
        sink.text("SUMMARY", &m.name);
    };
    let at = |sink: &mut S, v: &mut String, name: &str, t: NaiveDateTime| {
        v.clear();
        push_local(v, t);
        sink.raw(name, &tzid, v);
    };

    base(sink);
    at(sink, v, "DTSTART", start);
    at(sink, v, "DTEND", start + duration);
    match &s.recurrence {
        Recurrence::Once => {}
        Recurrence::Dates { dates } => {
            if !dates.is_empty() {
                local_list(v, dates.iter().map(|d| d.and_time(s.start_time)));
                sink.raw("RDATE", &tzid, v);
            }
        }
        _ => sink.raw("RRULE", &[], &rrule(m)?),
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
        local_list(v, exdates);
        sink.raw("EXDATE", &tzid, v);
    }
    // Every link in a calendar is public: passcodes and secret parameters stay out.
    where_and_how(
        sink,
        v,
        m,
        m.venue.as_ref(),
        &m.online.public_link(&m.online.url),
        "",
    );
    sink.raw("STATUS", &[], "CONFIRMED");
    for x in extra {
        let params: Vec<(&str, &str)> = x
            .params
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        sink.raw(&x.name, &params, &super::text::escape(&x.text));
    }
    sink.end("VEVENT");

    for c in &changes {
        let Ok(original) = parse_occurrence_key(&c.occurrence) else {
            continue;
        };
        if c.kind == ExceptionKind::Cancelled || closed.contains(&original) {
            continue;
        }
        base(sink);
        at(sink, v, "RECURRENCE-ID", original);
        let moved_to = match c.new_venue_id {
            Some(id) if c.kind == ExceptionKind::Moved => Some(venues::get(conn, id)?),
            _ => None,
        };
        let (start, length, venue, url) = if c.kind == ExceptionKind::Moved {
            (
                c.new_start.unwrap_or(original),
                c.new_duration
                    .map(|d| Duration::minutes(d as i64))
                    .unwrap_or(duration),
                moved_to.as_ref().or(m.venue.as_ref()),
                c.new_video_url.as_deref().unwrap_or(&m.online.url),
            )
        } else {
            (original, duration, m.venue.as_ref(), m.online.url.as_str())
        };
        at(sink, v, "DTSTART", start);
        at(sink, v, "DTEND", start + length);
        where_and_how(sink, v, m, venue, &m.online.public_link(url), &c.note);
        sink.raw("STATUS", &[], "CONFIRMED");
        sink.end("VEVENT");
    }
    Ok(())
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

fn where_and_how<S: Sink + ?Sized>(
    sink: &mut S,
    v: &mut String,
    m: &Meeting,
    venue: Option<&Venue>,
    url: &str,
    note: &str,
) {
    if let Some(place) = venue.filter(|_| m.mode.has_room()) {
        v.clear();
        v.push_str(&place.details.one_line());
        if !m.room.trim().is_empty() {
            let _ = write!(v, " ({})", m.room.trim());
        }
        sink.text("LOCATION", v);
        if let (Some(lat), Some(lon)) = (place.details.latitude, place.details.longitude) {
            v.clear();
            let _ = write!(v, "{lat:.6};{lon:.6}");
            sink.raw("GEO", &[], v);
        }
    }
    let url = url.trim();
    let online = m.mode != crate::program::fellowship::AttendanceMode::InPerson;
    if online {
        // The one-tap dial string carries the passcode: only when the group allows it.
        let passcode = if m.online.passcode_public {
            m.online.passcode.as_str()
        } else {
            ""
        };
        let preview = conference::preview(
            url,
            &m.online.public_dial_in(),
            &m.online.meeting_id,
            passcode,
        );
        if !url.is_empty() {
            sink.raw("URL", &[], url);
            let label = if preview.label.is_empty() {
                "Video"
            } else {
                &preview.label
            };
            sink.raw(
                "CONFERENCE",
                &[("VALUE", "URI"), ("FEATURE", "VIDEO"), ("LABEL", label)],
                url,
            );
        }
        if let Some(tap) = &preview.one_tap {
            v.clear();
            v.push_str("tel:");
            v.push_str(&tap.replace('#', "%23"));
            sink.raw("CONFERENCE", &[("VALUE", "URI"), ("FEATURE", "PHONE")], v);
        }
    }
    v.clear();
    description(v, m, url, note, online);
    sink.text("DESCRIPTION", v);
}

/// What a member reads in their calendar app. Apple, Outlook and Thunderbird do not show
/// CONFERENCE, so the link and phone are here too. Never the facilitator's name, and the
/// passcode only where the group allows it.
fn description(out: &mut String, m: &Meeting, url: &str, note: &str, online: bool) {
    // In the meeting's own language where the catalog has it (a Spanish-speaking
    // meeting's members read Spanish), else English.
    let lang = crate::i18n::Lang::parse(&m.language).unwrap_or(crate::i18n::Lang::EN);
    let say = |id: &str| crate::i18n::message(lang, id, &[]);
    let line = |out: &mut String, args: std::fmt::Arguments| {
        if !out.is_empty() {
            out.push('\n');
        }
        let _ = out.write_fmt(args);
    };
    if !note.trim().is_empty() {
        line(out, format_args!("{}", note.trim()));
    }
    if !m.notes.trim().is_empty() {
        line(out, format_args!("{}", m.notes.trim()));
    }
    if online {
        if !url.is_empty() {
            line(out, format_args!("{}: {url}", say("feed-join")));
        }
        let id = m.online.meeting_id.trim();
        if !id.is_empty() {
            line(out, format_args!("{}: {id}", say("feed-meeting-id")));
        }
        let passcode = m.online.passcode.trim();
        if m.online.passcode_public && !passcode.is_empty() {
            line(out, format_args!("{}: {passcode}", say("feed-passcode")));
        }
        let phone = m.online.public_dial_in();
        let phone = phone.trim();
        if !phone.is_empty() {
            line(out, format_args!("{}: {phone}", say("feed-phone")));
            let notes = m.online.public_dial_notes();
            let notes = notes.trim();
            if !notes.is_empty() {
                let _ = write!(out, " ({notes})");
            }
        }
    }
    let mut first = true;
    for f in m
        .formats
        .iter()
        .filter_map(|c| formats::find(m.fellowship, c))
    {
        if first {
            line(out, format_args!("{}: ", say("feed-format")));
            first = false;
        } else {
            out.push_str(", ");
        }
        out.push_str(&f.name(lang));
        if m.fellowship != Fellowship::Smart {
            let _ = write!(out, " ({})", f.code);
        }
    }
    if let Some(g) = &m.group_name {
        line(out, format_args!("{}: {g}", say("feed-group")));
    }
    line(
        out,
        format_args!("{}", say(&format!("fellowship-{}", m.fellowship.key()))),
    );
}
