//! iCalendar in, parsed with the `ical` crate. Each UID becomes one meeting: its
//! master VEVENT gives the schedule (DTSTART, DTEND/DURATION, RRULE with UNTIL or
//! COUNT, RDATE), EXDATEs become cancelled dates and RECURRENCE-ID overrides become
//! cancelled, moved or annotated dates. Time zones are resolved in `zones`.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;
use ical::parser::ical::component::IcalEvent;
use ical::property::Property;

use super::warning::{ImportWarning, Position, Problem};
use super::{hash_of, mode_for, Imported, Listed};
use crate::error::{Error, Result};
use crate::export::ics::text::unescape;
use crate::program::exceptions::{occurrence_key, Exception, ExceptionKind};
use crate::program::fellowship::Fellowship;
use crate::program::meetings::{MeetingStatus, VenueChoice};
use crate::program::venues::VenueInput;
use crate::schedule::expand::Expander;
use crate::schedule::{rule, Day, Recurrence, Schedule};
use zones::{instant, local_in, Zones};

mod zones;

fn bad(message: impl Into<String>) -> Error {
    Error::invalid(crate::error::Code::ImportBadIcs, "file", message)
}

fn get<'a>(props: &'a [Property], name: &str) -> Option<&'a Property> {
    props.iter().find(|p| p.name.eq_ignore_ascii_case(name))
}

fn value(props: &[Property], name: &str) -> String {
    get(props, name)
        .and_then(|p| p.value.as_deref())
        .map(|v| unescape(v).trim().to_owned())
        .unwrap_or_default()
}

pub(crate) fn param<'a>(p: &'a Property, name: &str) -> Option<&'a str> {
    p.params
        .as_ref()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.first())
        .map(|v| v.trim().trim_matches('"'))
}

/// A DATE-TIME or DATE as written: zone-local (TZID or floating), UTC, or all-day.
#[derive(Debug, Clone, Copy)]
enum Stamp {
    Local(NaiveDateTime),
    Utc(NaiveDateTime),
    Date(NaiveDate),
}

fn stamp(s: &str) -> Option<Stamp> {
    let s = s.trim();
    if let Some(utc) = s.strip_suffix('Z').or_else(|| s.strip_suffix('z')) {
        return NaiveDateTime::parse_from_str(utc, "%Y%m%dT%H%M%S")
            .ok()
            .map(Stamp::Utc);
    }
    if s.len() == 8 {
        return NaiveDate::parse_from_str(s, "%Y%m%d").ok().map(Stamp::Date);
    }
    NaiveDateTime::parse_from_str(s, "%Y%m%dT%H%M%S")
        .ok()
        .map(Stamp::Local)
}

/// The zone of every TZID in one file, resolved once.
/// "PT1H30M", "P1D", "-PT15M" as minutes (negative and week forms are refused).
fn duration_minutes(s: &str) -> Option<i64> {
    let s = s.trim().trim_start_matches('+');
    let rest = s.strip_prefix('P')?;
    let (date, time) = rest.split_once('T').unwrap_or((rest, ""));
    let mut total = 0i64;
    let mut read = |part: &str, units: &[(char, i64)]| -> Option<()> {
        let mut n = String::new();
        for c in part.chars() {
            if c.is_ascii_digit() {
                n.push(c);
            } else {
                let per = units.iter().find(|(u, _)| *u == c)?.1;
                total += n.parse::<i64>().ok()? * per;
                n.clear();
            }
        }
        n.is_empty().then_some(())
    };
    read(date, &[('W', 7 * 24 * 60), ('D', 24 * 60)])?;
    read(time, &[('H', 60), ('M', 1), ('S', 0)])?;
    Some(total)
}

/// Stamps in a list property (EXDATE/RDATE may hold several, comma-separated).
fn stamps(props: &[Property], name: &str) -> Vec<(Stamp, Option<String>)> {
    props
        .iter()
        .filter(|p| p.name.eq_ignore_ascii_case(name))
        .flat_map(|p| {
            let tzid = param(p, "TZID").map(str::to_owned);
            p.value
                .as_deref()
                .unwrap_or("")
                .split(',')
                .filter_map(stamp)
                .map(move |s| (s, tzid.clone()))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn is_url(s: &str) -> bool {
    let s = s.trim();
    (s.starts_with("https://") || s.starts_with("http://")) && !s.contains(char::is_whitespace)
}

/// The video link an event gives, from the most to the least explicit place.
fn video_link(props: &[Property]) -> (String, String) {
    let mut url = String::new();
    let mut phone = String::new();
    for p in props.iter().filter(|p| {
        p.name.eq_ignore_ascii_case("CONFERENCE")
            || p.name.eq_ignore_ascii_case("X-GOOGLE-CONFERENCE")
    }) {
        let v = p.value.as_deref().unwrap_or("").trim();
        if let Some(tel) = v.strip_prefix("tel:") {
            if phone.is_empty() {
                phone = tel.to_owned();
            }
        } else if is_url(v) && url.is_empty() {
            url = v.to_owned();
        }
    }
    if url.is_empty() {
        let candidates = [
            value(props, "URL"),
            value(props, "LOCATION"),
            value(props, "DESCRIPTION"),
        ];
        url = candidates
            .iter()
            .flat_map(|text| {
                text.split(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == '"')
            })
            .map(|w| w.trim_end_matches(['.', ',', ')', ';']))
            .find(|w| is_url(w) && crate::program::conference::platform_for_url(w).is_some())
            .unwrap_or("")
            .to_owned();
    }
    (url, phone)
}

/// "St Mark's Church, 1 Main St, Springfield": a place name first unless it is a street.
fn venue_from(location: &str) -> (String, String) {
    let mut parts = location.splitn(2, ',');
    let first = parts.next().unwrap_or("").trim();
    match parts.next() {
        Some(rest) if !first.starts_with(|c: char| c.is_ascii_digit()) => {
            (first.to_owned(), rest.trim().to_owned())
        }
        _ => (String::new(), location.trim().to_owned()),
    }
}

/// Rule parts this app stores separately (UNTIL, COUNT) removed; the parts RFC 5545
/// takes from DTSTART when absent (BYDAY of a weekly rule) written out.
fn rule_text(rrule: &str, start: NaiveDateTime) -> (String, Option<String>, Option<u32>) {
    let mut until = None;
    let mut count = None;
    let mut kept = vec![];
    for kv in rrule.split(';').map(str::trim).filter(|kv| !kv.is_empty()) {
        let upper = kv.to_ascii_uppercase();
        if let Some(v) = upper.strip_prefix("UNTIL=") {
            until = Some(v.to_owned());
        } else if let Some(v) = upper.strip_prefix("COUNT=") {
            count = v.parse().ok();
        } else {
            kept.push(upper);
        }
    }
    let has = |kept: &[String], k: &str| kept.iter().any(|kv| kv.starts_with(&format!("{k}=")));
    let day = Day::from_chrono(start.weekday()).code();
    if kept.iter().any(|kv| kv == "FREQ=WEEKLY") && !has(&kept, "BYDAY") {
        kept.push(format!("BYDAY={day}"));
    }
    if kept.iter().any(|kv| kv == "FREQ=MONTHLY")
        && !has(&kept, "BYDAY")
        && !has(&kept, "BYMONTHDAY")
    {
        kept.push(format!("BYMONTHDAY={}", start.day()));
    }
    (kept.join(";"), until, count)
}

pub fn read(
    bytes: &[u8],
    fellowship: Fellowship,
    default_zone: &str,
) -> Result<(Vec<Imported>, Vec<ImportWarning>)> {
    let trimmed = super::text_of(bytes)?;
    if !trimmed
        .get(..15)
        .is_some_and(|h| h.eq_ignore_ascii_case("BEGIN:VCALENDAR"))
    {
        return Err(bad(
            "an iCalendar file starts with BEGIN:VCALENDAR; this one does not",
        ));
    }
    let has_end = trimmed
        .trim_end()
        .rsplit(['\n', '\r'])
        .next()
        .is_some_and(|l| l.trim().eq_ignore_ascii_case("END:VCALENDAR"));
    if !has_end {
        return Err(bad(
            "the calendar file ends before END:VCALENDAR: it was cut short",
        ));
    }
    let mut calendars = vec![];
    let unfolded = crate::export::ics::text::unfold(trimmed);
    for c in ical::IcalParser::new(std::io::BufReader::new(unfolded.as_bytes())) {
        calendars.push(c.map_err(|e| bad(format!("the calendar file is broken ({e})")))?);
    }
    let default_tz = crate::schedule::zones::parse(default_zone)?;
    let mut out = vec![];
    let mut warnings = vec![];
    for cal in &calendars {
        let mut zones = Zones {
            defined: &cal.timezones,
            cache: HashMap::new(),
        };
        // Masters in file order; overrides gathered under their UID.
        let mut order: Vec<String> = vec![];
        let mut masters: HashMap<String, &IcalEvent> = HashMap::new();
        let mut overrides: HashMap<String, Vec<&IcalEvent>> = HashMap::new();
        for (i, e) in cal.events.iter().enumerate() {
            let uid = match value(&e.properties, "UID") {
                u if u.is_empty() => format!(
                    "no-uid:{}",
                    hash_of(&format!(
                        "{}|{}|{i}",
                        value(&e.properties, "SUMMARY"),
                        value(&e.properties, "DTSTART")
                    ))
                ),
                u => u,
            };
            if get(&e.properties, "RECURRENCE-ID").is_some() {
                overrides.entry(uid).or_default().push(e);
            } else if masters.insert(uid.clone(), e).is_none() {
                order.push(uid);
            }
        }
        for uid in order {
            let master = masters[&uid];
            let extra = overrides.remove(&uid).unwrap_or_default();
            match event(master, &extra, &uid, &mut zones, default_tz, fellowship) {
                Ok((item, mut w)) => {
                    warnings.append(&mut w);
                    out.push(item);
                }
                Err(mut w) => {
                    w.name = value(&master.properties, "SUMMARY");
                    w.position = Some(Position::Event(uid.clone()));
                    warnings.push(w);
                }
            }
        }
        for (uid, _) in overrides {
            warnings.push(ImportWarning::partly(
                "",
                Some(Position::Event(uid.clone())),
                Problem::OrphanChanges,
                uid,
            ));
        }
    }
    Ok((out, warnings))
}

/// Why an event is left out, its name and place filled in by the caller.
type Why = ImportWarning;

fn why(problem: Problem, value: impl Into<String>) -> Why {
    ImportWarning::skipped("", None, problem, value)
}

/// Refused by one of the program's own checks, quoting what the file said.
fn refused(e: &Error, value: impl Into<String>) -> Why {
    ImportWarning {
        value: value.into(),
        ..ImportWarning::refused("", e.kind())
    }
}

type Found = std::result::Result<(Imported, Vec<ImportWarning>), Why>;

/// When a meeting starts and in which zone, as its master VEVENT says.
struct When {
    local_start: NaiveDateTime,
    /// The zone its DTSTART names, when it names one.
    own_tz: Option<Tz>,
    /// The meeting's zone.
    zone: Tz,
    minutes: i64,
}

/// One meeting from its master VEVENT and the overrides sharing its UID.
fn event(
    master: &IcalEvent,
    overrides: &[&IcalEvent],
    uid: &str,
    zones: &mut Zones<'_>,
    default_tz: Tz,
    fellowship: Fellowship,
) -> Found {
    let p = &master.properties;
    let name = value(p, "SUMMARY");
    if name.is_empty() {
        return Err(why(Problem::NoName, ""));
    }
    let when = when(p, zones, default_tz)?;
    let mut warnings = vec![];
    let (recurrence, end_date) = recurrence(p, &name, &when, zones, &mut warnings)?;
    let schedule = Schedule {
        start_date: when.local_start.date(),
        start_time: when.local_start.time(),
        duration_minutes: when.minutes as u32,
        timezone: when.zone.name().to_owned(),
        recurrence,
        end_date,
    };
    schedule.validate().map_err(|e| refused(&e, ""))?;

    let mut exceptions = cancelled_dates(p, &when, zones);
    for o in overrides {
        match changed_date(o, p, &name, &when, zones) {
            Ok(Some(e)) => exceptions.push(e),
            Ok(None) => {}
            Err(value) => warnings.push(ImportWarning::partly(
                &name,
                None,
                Problem::ChangeUnreadable,
                value,
            )),
        }
    }

    let location = value(p, "LOCATION");
    let (url, phone) = video_link(p);
    let physical = !location.is_empty() && !is_url(&location);
    let mode = mode_for(physical, &url, &phone, false);
    let venue = mode.has_room().then(|| venue_of(p, &location, when.zone));
    let status = if value(p, "STATUS").eq_ignore_ascii_case("CANCELLED") {
        MeetingStatus::Inactive
    } else {
        MeetingStatus::Active
    };
    let input = Listed {
        fellowship,
        name,
        mode,
        venue,
        url,
        phone,
        phone_notes: String::new(),
        formats: formats_of(p, fellowship),
        schedule,
        status,
        notes: vec![value(p, "DESCRIPTION").chars().take(4000).collect()],
        language: String::new(),
    }
    .input();
    let mut fingerprint = format!("{:?}", master.properties);
    for o in overrides {
        fingerprint.push_str(&format!("{:?}", o.properties));
    }
    Ok((
        Imported {
            key: uid.to_owned(),
            hash: hash_of(&fingerprint),
            input,
            group: None,
            exceptions,
        },
        warnings,
    ))
}

/// The start, its zone and the length: DTSTART with its TZID, then DTEND or DURATION.
fn when(p: &[Property], zones: &mut Zones<'_>, default_tz: Tz) -> std::result::Result<When, Why> {
    let dtstart = get(p, "DTSTART").ok_or_else(|| why(Problem::BadTime, "DTSTART"))?;
    let raw = dtstart.value.as_deref().unwrap_or("");
    let start = stamp(raw).ok_or_else(|| why(Problem::BadTime, format!("DTSTART:{raw}")))?;
    let own_tz = match param(dtstart, "TZID") {
        Some(id) => Some(
            zones
                .resolve(id)
                .ok_or_else(|| why(Problem::UnknownZone, id))?,
        ),
        None => None,
    };
    // A UTC start keeps UTC as the meeting's zone: a weekly 19:00Z rule stays at 19:00Z
    // through daylight saving, as the publisher wrote it.
    let zone = match (start, own_tz) {
        (Stamp::Date(_), _) => return Err(why(Problem::AllDay, "")),
        (Stamp::Utc(_), _) => Tz::UTC,
        (Stamp::Local(_), Some(tz)) => tz,
        (Stamp::Local(_), None) => default_tz,
    };
    let begin = instant(start, own_tz, zone);
    let minutes = if let Some(end) = get(p, "DTEND") {
        let raw = end.value.as_deref().unwrap_or("");
        let end_stamp = stamp(raw).ok_or_else(|| why(Problem::BadTime, format!("DTEND:{raw}")))?;
        let end_tz = param(end, "TZID")
            .and_then(|id| zones.resolve(id))
            .or(own_tz);
        (instant(end_stamp, end_tz, zone) - begin).num_minutes()
    } else if let Some(d) = get(p, "DURATION") {
        let raw = d.value.as_deref().unwrap_or("");
        duration_minutes(raw).ok_or_else(|| why(Problem::BadTime, format!("DURATION:{raw}")))?
    } else {
        60
    };
    if !(1..=24 * 60).contains(&minutes) {
        return Err(why(Problem::BadLength, minutes.to_string()));
    }
    Ok(When {
        local_start: local_in(start, own_tz, zone),
        own_tz,
        zone,
        minutes,
    })
}

/// How it repeats (RRULE, else RDATEs, else once) and the last date UNTIL or COUNT sets.
fn recurrence(
    p: &[Property],
    name: &str,
    when: &When,
    zones: &mut Zones<'_>,
    warnings: &mut Vec<ImportWarning>,
) -> std::result::Result<(Recurrence, Option<NaiveDate>), Why> {
    let local_start = when.local_start;
    let rrule = value(p, "RRULE");
    let rdates: Vec<NaiveDateTime> = stamps(p, "RDATE")
        .into_iter()
        .map(|(s, tzid)| {
            local_in(
                s,
                tzid.and_then(|id| zones.resolve(&id)).or(when.own_tz),
                when.zone,
            )
        })
        .collect();
    if rrule.is_empty() {
        if rdates
            .iter()
            .any(|d| d.time() != local_start.time() && d.time() != NaiveTime::MIN)
        {
            warnings.push(ImportWarning::partly(
                name,
                None,
                Problem::ExtraDatesTime,
                "",
            ));
        }
        let mut dates: Vec<NaiveDate> = rdates
            .iter()
            .map(|d| d.date())
            .filter(|d| *d != local_start.date())
            .collect();
        dates.sort();
        dates.dedup();
        return Ok(if dates.is_empty() {
            (Recurrence::Once, None)
        } else {
            (Recurrence::Dates { dates }, None)
        });
    }
    // Refused by its own message before anything expands it (COUNT included, which the
    // stored rule leaves out).
    crate::schedule::rule::check(&rrule).map_err(|e| refused(&e, rrule.clone()))?;
    let (text, until, count) = rule_text(&rrule, local_start);
    if !rdates.is_empty() {
        warnings.push(ImportWarning::partly(
            name,
            None,
            Problem::ExtraDates,
            rdates.len().to_string(),
        ));
    }
    let mut end_date = None;
    if let Some(u) = until {
        let s = stamp(&u).ok_or_else(|| why(Problem::BadRule, rrule.clone()))?;
        end_date = Some(local_in(s, when.own_tz, when.zone).date());
    }
    let recurrence = rule::from_stored(&text, vec![]);
    if let Some(n) = count {
        end_date = Some(
            nth_occurrence(&recurrence, local_start, when.minutes as u32, when.zone, n)
                .map_err(|_| why(Problem::BadRule, rrule.clone()))?,
        );
    }
    Ok((recurrence, end_date))
}

fn exception(at: NaiveDateTime, kind: ExceptionKind) -> Exception {
    Exception {
        occurrence: occurrence_key(at),
        kind,
        note: String::new(),
        new_start: None,
        new_duration: None,
        new_venue_id: None,
        new_video_url: None,
    }
}

/// EXDATEs: dates that do not happen.
fn cancelled_dates(p: &[Property], when: &When, zones: &mut Zones<'_>) -> Vec<Exception> {
    stamps(p, "EXDATE")
        .into_iter()
        .map(|(s, tzid)| {
            let at = match s {
                Stamp::Date(d) => d.and_time(when.local_start.time()),
                s => local_in(
                    s,
                    tzid.and_then(|id| zones.resolve(&id)).or(when.own_tz),
                    when.zone,
                ),
            };
            exception(at, ExceptionKind::Cancelled)
        })
        .collect()
}

/// A RECURRENCE-ID override: the date cancelled, moved (time, length, video link) or
/// annotated (another place, summary or description); `None` when it changes nothing
/// we keep, `Err` with a warning when it cannot be read.
fn changed_date(
    o: &IcalEvent,
    master: &[Property],
    name: &str,
    when: &When,
    zones: &mut Zones<'_>,
) -> std::result::Result<Option<Exception>, String> {
    let op = &o.properties;
    let Some(rid) = get(op, "RECURRENCE-ID") else {
        return Ok(None);
    };
    let Some(rid_stamp) = stamp(rid.value.as_deref().unwrap_or("")) else {
        return Err(rid.value.clone().unwrap_or_default());
    };
    let rid_tz = param(rid, "TZID")
        .and_then(|id| zones.resolve(id))
        .or(when.own_tz);
    let original = match rid_stamp {
        Stamp::Date(d) => d.and_time(when.local_start.time()),
        s => local_in(s, rid_tz, when.zone),
    };
    let description = value(master, "DESCRIPTION");
    let mut e = exception(original, ExceptionKind::Noted);
    if value(op, "STATUS").eq_ignore_ascii_case("CANCELLED") {
        e.kind = ExceptionKind::Cancelled;
        e.note = value(op, "DESCRIPTION");
        if e.note == description {
            e.note.clear();
        }
        return Ok(Some(e));
    }
    let mut notes = vec![];
    if let Some(ds) = get(op, "DTSTART") {
        if let Some(s) = stamp(ds.value.as_deref().unwrap_or("")) {
            let tz = param(ds, "TZID")
                .and_then(|id| zones.resolve(id))
                .or(when.own_tz);
            let new = local_in(s, tz, when.zone);
            let new_minutes =
                match get(op, "DTEND").and_then(|x| stamp(x.value.as_deref().unwrap_or(""))) {
                    Some(end) => Some(
                        (instant(end, tz, when.zone) - instant(s, tz, when.zone)).num_minutes(),
                    ),
                    None => get(op, "DURATION")
                        .and_then(|d| duration_minutes(d.value.as_deref().unwrap_or(""))),
                };
            if new != original {
                e.kind = ExceptionKind::Moved;
                e.new_start = Some(new);
            }
            if let Some(m) = new_minutes.filter(|m| *m != when.minutes && (1..=24 * 60).contains(m))
            {
                e.kind = ExceptionKind::Moved;
                e.new_duration = Some(m as u32);
            }
        }
    }
    let location = value(master, "LOCATION");
    let new_location = value(op, "LOCATION");
    if !new_location.is_empty() && new_location != location {
        if is_url(&new_location) {
            e.kind = ExceptionKind::Moved;
            e.new_video_url = Some(new_location);
        } else {
            notes.push(format!("At {new_location}"));
        }
    }
    let new_description = value(op, "DESCRIPTION");
    if !new_description.is_empty() && new_description != description {
        notes.push(new_description);
    }
    let new_summary = value(op, "SUMMARY");
    if !new_summary.is_empty() && new_summary != name {
        notes.insert(0, new_summary);
    }
    e.note = notes.join("\n");
    if e.kind == ExceptionKind::Noted && e.note.is_empty() {
        return Ok(None);
    }
    Ok(Some(e))
}

/// The room from LOCATION ("Name, address"), with GEO when given.
fn venue_of(p: &[Property], location: &str, zone: Tz) -> VenueChoice {
    let (latitude, longitude) = value(p, "GEO")
        .split_once(';')
        .and_then(|(a, b)| Some((a.trim().parse::<f64>().ok()?, b.trim().parse::<f64>().ok()?)))
        .map_or((None, None), |(a, b)| (Some(a), Some(b)));
    let (venue_name, address) = venue_from(location);
    VenueChoice::New {
        venue: VenueInput {
            name: venue_name,
            address,
            latitude,
            longitude,
            timezone: zone.name().to_owned(),
            ..VenueInput::default()
        },
    }
}

/// CATEGORIES read as format codes of the fellowship (its own codes or Meeting Guide's).
fn formats_of(p: &[Property], fellowship: Fellowship) -> Vec<String> {
    let categories = p
        .iter()
        .filter(|x| x.name.eq_ignore_ascii_case("CATEGORIES"))
        .flat_map(|x| {
            x.value
                .as_deref()
                .unwrap_or("")
                .split(',')
                .map(|c| unescape(c).trim().to_owned())
                .collect::<Vec<_>>()
        });
    let mut formats: Vec<String> = vec![];
    for c in categories {
        let code = crate::program::formats::find(fellowship, &c)
            .map(|f| f.code)
            .or_else(|| {
                crate::program::formats::from_meeting_guide(fellowship, std::slice::from_ref(&c))
                    .0
                    .first()
                    .copied()
            });
        if let Some(code) = code.filter(|code| !formats.iter().any(|f| f == code)) {
            formats.push(code.to_owned());
        }
    }
    formats
}

/// The date of the `count`th occurrence: COUNT stored as the last date.
fn nth_occurrence(
    recurrence: &Recurrence,
    start: NaiveDateTime,
    minutes: u32,
    zone: Tz,
    count: u32,
) -> std::result::Result<NaiveDate, String> {
    if count == 0 {
        return Err("the rule's COUNT is 0: it never happens".into());
    }
    let schedule = Schedule {
        start_date: start.date(),
        start_time: start.time(),
        duration_minutes: minutes,
        timezone: zone.name().to_owned(),
        recurrence: recurrence.clone(),
        end_date: None,
    };
    let exp = Expander::new(&schedule).map_err(|e| e.to_string())?;
    let mut seen = 0u32;
    let mut from = start.date();
    for _ in 0..20 {
        let to = from + Duration::days(366);
        for s in exp.local_starts(from, to) {
            seen += 1;
            if seen == count {
                return Ok(s.date());
            }
        }
        from = to + Duration::days(1);
    }
    Err(format!(
        "the rule's COUNT of {count} runs past twenty years"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = include_str!("../../../../../tests/fixtures/group-calendar.ics");

    fn read_fixture() -> (Vec<Imported>, Vec<ImportWarning>) {
        read(FILE.as_bytes(), Fellowship::Na, "Europe/London").unwrap()
    }

    #[test]
    fn a_vtimezone_by_any_name_resolves_to_the_iana_zone_with_its_offsets() {
        let (items, _) = read_fixture();
        let tuesday = &items[0].input;
        assert_eq!(tuesday.schedule.timezone, "America/New_York");
        assert_eq!(tuesday.name, "Grupo Nueva Vida, reunión abierta");
        assert_eq!(tuesday.schedule.start_time.to_string(), "19:30:00");
        assert_eq!(tuesday.schedule.duration_minutes, 90);
        assert_eq!(
            tuesday.schedule.recurrence,
            Recurrence::Weekly {
                interval: 1,
                days: vec![Day::TU]
            }
        );
        // UNTIL 2027-12-31T23:59:59Z is still the 31st in New York.
        assert_eq!(
            tuesday.schedule.end_date,
            NaiveDate::from_ymd_opt(2027, 12, 31)
        );
        assert_eq!(
            tuesday.notes,
            "Traiga a un amigo; café y pan dulce.\nSalón 2 (entrada por atrás) \\ rampa"
        );
        assert_eq!(tuesday.formats, vec!["O".to_owned(), "ES".to_owned()]);
        let Some(VenueChoice::New { venue }) = &tuesday.venue else {
            panic!()
        };
        assert_eq!(venue.name, "Iglesia San José");
        assert_eq!(venue.address, "12 Calle Ñandú, Springfield");
        assert_eq!(venue.latitude, Some(39.78));
    }

    #[test]
    fn exdates_and_overrides_become_cancelled_and_moved_dates() {
        let (items, _) = read_fixture();
        let ex = &items[0].exceptions;
        let find = |k: &str| {
            ex.iter()
                .find(|e| e.occurrence == k)
                .unwrap_or_else(|| panic!("{k} in {ex:?}"))
        };
        assert_eq!(find("2026-11-24T19:30").kind, ExceptionKind::Cancelled);
        assert_eq!(find("2026-12-29T19:30").kind, ExceptionKind::Cancelled);
        assert_eq!(find("2026-12-15T19:30").kind, ExceptionKind::Cancelled);
        let moved = find("2026-12-08T19:30");
        assert_eq!(moved.kind, ExceptionKind::Moved);
        assert_eq!(moved.new_start.unwrap().to_string(), "2026-12-09 19:30:00");
        assert_eq!(ex.len(), 4);
    }

    #[test]
    fn utc_starts_keep_utc_count_becomes_an_end_date_and_links_make_online_meetings() {
        let (items, warnings) = read_fixture();
        let online = &items[1].input;
        assert_eq!(online.schedule.timezone, "UTC");
        assert_eq!(online.schedule.duration_minutes, 75);
        assert_eq!(
            online.mode,
            crate::program::fellowship::AttendanceMode::Online
        );
        assert_eq!(online.online.url, "https://zoom.us/j/98765432100");
        assert_eq!(
            online.schedule.recurrence,
            Recurrence::MonthlyWeekday {
                interval: 1,
                weeks: vec![1],
                day: Day::SA
            }
        );
        // The 24th first Saturday from January 2026.
        assert_eq!(
            online.schedule.end_date,
            NaiveDate::from_ymd_opt(2027, 12, 4)
        );

        let late = &items[2].input;
        assert_eq!(
            late.mode,
            crate::program::fellowship::AttendanceMode::Hybrid
        );
        assert_eq!(late.online.url, "https://meet.google.com/abc-defg-hij");
        assert_eq!(late.schedule.duration_minutes, 60);
        assert_eq!(
            late.schedule.recurrence,
            Recurrence::Weekly {
                interval: 1,
                days: vec![Day::FR]
            }
        );

        assert_eq!(items.len(), 3);
        assert!(
            warnings
                .iter()
                .any(|w| w.name == "Holiday potluck" && w.problem == Problem::AllDay),
            "{warnings:?}"
        );
    }

    #[test]
    fn broken_files_get_their_own_reason() {
        let cut = &FILE[..FILE.len() / 2];
        let e = read(cut.as_bytes(), Fellowship::Na, "UTC").unwrap_err();
        assert_eq!(e.code(), "import.bad_ics");
        assert!(e.to_string().contains("cut short"), "{e}");
        let e = read(b"<html><body>Sign in</body></html>", Fellowship::Na, "UTC").unwrap_err();
        assert_eq!(e.code(), "import.html");
        let e = read(b"BEGIN:VCARD\r\nEND:VCARD\r\n", Fellowship::Na, "UTC").unwrap_err();
        assert_eq!(e.code(), "import.bad_ics");
        let unknown_zone = FILE.replace("TZID=America/Chicago", "TZID=Mars/Olympus_Mons");
        let (items, warnings) = read(unknown_zone.as_bytes(), Fellowship::Na, "UTC").unwrap();
        assert_eq!(items.len(), 2);
        assert!(
            warnings
                .iter()
                .any(|w| w.value.contains("Mars/Olympus_Mons")),
            "{warnings:?}"
        );
    }

    #[test]
    fn durations_read_like_rfc_5545() {
        assert_eq!(duration_minutes("PT1H30M"), Some(90));
        assert_eq!(duration_minutes("P1D"), Some(1440));
        assert_eq!(duration_minutes("PT45M30S"), Some(45));
        assert_eq!(duration_minutes("1 hour"), None);
    }
}
