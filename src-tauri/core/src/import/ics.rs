//! iCalendar in, parsed with the `ical` crate. Each UID becomes one meeting: its
//! master VEVENT gives the schedule (DTSTART, DTEND/DURATION, RRULE with UNTIL or
//! COUNT, RDATE), EXDATEs become cancelled dates and RECURRENCE-ID overrides become
//! cancelled, moved or annotated dates. TZIDs are IANA names, Windows names, or
//! whatever a VTIMEZONE block defines, which is then matched to the IANA zone with the
//! same offsets through the year.

use std::collections::HashMap;

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc,
};
use chrono_tz::Tz;
use ical::parser::ical::component::{IcalEvent, IcalTimeZone};
use ical::property::Property;

use super::{hash_of, mode_for, Imported};
use crate::error::{Error, Result};
use crate::exceptions::{occurrence_key, Exception, ExceptionKind};
use crate::fellowship::Fellowship;
use crate::ics::text::unescape;
use crate::meetings::{MeetingInput, MeetingStatus, OnlineAccess, VenueChoice};
use crate::schedule::expand::Expander;
use crate::schedule::{rule, Day, Recurrence, Schedule};
use crate::venues::VenueInput;

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

fn param<'a>(p: &'a Property, name: &str) -> Option<&'a str> {
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
struct Zones<'a> {
    defined: &'a [IcalTimeZone],
    cache: HashMap<String, Option<Tz>>,
}

impl Zones<'_> {
    fn resolve(&mut self, tzid: &str) -> Option<Tz> {
        if let Some(hit) = self.cache.get(tzid) {
            return *hit;
        }
        let found = self.find(tzid);
        self.cache.insert(tzid.to_owned(), found);
        found
    }

    fn find(&self, tzid: &str) -> Option<Tz> {
        let id = tzid.trim().trim_matches('"');
        // Exact IANA names, also behind the "/mozilla.org/20070129_1/" style prefixes.
        if let Ok(tz) = id.parse::<Tz>() {
            return Some(tz);
        }
        let parts: Vec<&str> = id.split('/').collect();
        for k in 1..parts.len() {
            if let Ok(tz) = parts[k..].join("/").parse::<Tz>() {
                return Some(tz);
            }
        }
        let block = self
            .defined
            .iter()
            .find(|z| value(&z.properties, "TZID").trim_matches('"') == id);
        if let Some(z) = block {
            let location = value(&z.properties, "X-LIC-LOCATION");
            if let Ok(tz) = location.parse::<Tz>() {
                return Some(tz);
            }
        }
        let windows = WINDOWS_ZONES
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(id))
            .and_then(|(_, iana)| iana.parse::<Tz>().ok());
        let Some(block) = block else { return windows };
        let rules = Rules::of(block)?;
        let year = crate::clock::now().year();
        let samples: Vec<NaiveDateTime> = (0..2 * 366)
            .map(|d| {
                NaiveDate::from_ymd_opt(year, 1, 1)
                    .expect("a year has January")
                    .and_hms_opt(12, 0, 0)
                    .expect("noon exists")
                    + Duration::days(d)
            })
            .collect();
        let wanted: Vec<i32> = samples.iter().map(|t| rules.offset_at(*t)).collect();
        let fits = |tz: &Tz| {
            samples
                .iter()
                .zip(&wanted)
                .all(|(t, w)| tz.offset_from_utc_datetime(t).fix().local_minus_utc() == *w)
        };
        windows
            .into_iter()
            .chain(PREFERRED.iter().filter_map(|z| z.parse::<Tz>().ok()))
            .chain(chrono_tz::TZ_VARIANTS.iter().copied().filter(|tz| {
                let n = tz.name();
                n.contains('/') && !n.starts_with("Etc/") && !n.starts_with("US/")
            }))
            .find(fits)
    }
}

/// Zones picked first when several share the same offsets all year.
const PREFERRED: &[&str] = &[
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Halifax",
    "America/St_Johns",
    "America/Mexico_City",
    "America/Bogota",
    "America/Lima",
    "America/Caracas",
    "America/Santiago",
    "America/Argentina/Buenos_Aires",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Europe/Madrid",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Rome",
    "Europe/Athens",
    "Europe/Helsinki",
    "Europe/Moscow",
    "Africa/Johannesburg",
    "Africa/Lagos",
    "Africa/Nairobi",
    "Asia/Dubai",
    "Asia/Kolkata",
    "Asia/Tehran",
    "Asia/Jerusalem",
    "Asia/Bangkok",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Asia/Manila",
    "Australia/Sydney",
    "Australia/Brisbane",
    "Australia/Adelaide",
    "Australia/Perth",
    "Pacific/Auckland",
    "UTC",
];

/// The Windows zone names Outlook and Exchange write as TZIDs.
const WINDOWS_ZONES: &[(&str, &str)] = &[
    ("Eastern Standard Time", "America/New_York"),
    ("Central Standard Time", "America/Chicago"),
    ("Mountain Standard Time", "America/Denver"),
    ("US Mountain Standard Time", "America/Phoenix"),
    ("Pacific Standard Time", "America/Los_Angeles"),
    ("Alaskan Standard Time", "America/Anchorage"),
    ("Hawaiian Standard Time", "Pacific/Honolulu"),
    ("Atlantic Standard Time", "America/Halifax"),
    ("Newfoundland Standard Time", "America/St_Johns"),
    ("Central Standard Time (Mexico)", "America/Mexico_City"),
    ("SA Pacific Standard Time", "America/Bogota"),
    ("Pacific SA Standard Time", "America/Santiago"),
    ("Argentina Standard Time", "America/Argentina/Buenos_Aires"),
    ("E. South America Standard Time", "America/Sao_Paulo"),
    ("GMT Standard Time", "Europe/London"),
    ("Greenwich Standard Time", "Atlantic/Reykjavik"),
    ("W. Europe Standard Time", "Europe/Berlin"),
    ("Romance Standard Time", "Europe/Paris"),
    ("Central Europe Standard Time", "Europe/Budapest"),
    ("Central European Standard Time", "Europe/Warsaw"),
    ("GTB Standard Time", "Europe/Bucharest"),
    ("FLE Standard Time", "Europe/Helsinki"),
    ("Russian Standard Time", "Europe/Moscow"),
    ("South Africa Standard Time", "Africa/Johannesburg"),
    ("India Standard Time", "Asia/Kolkata"),
    ("China Standard Time", "Asia/Shanghai"),
    ("Tokyo Standard Time", "Asia/Tokyo"),
    ("AUS Eastern Standard Time", "Australia/Sydney"),
    ("New Zealand Standard Time", "Pacific/Auckland"),
    ("UTC", "UTC"),
];

/// A VTIMEZONE's STANDARD and DAYLIGHT parts, enough to tell its offset at any time.
struct Rules(Vec<Part>);

struct Part {
    /// Local start in the offset it replaces.
    start: NaiveDateTime,
    from: i32,
    to: i32,
    /// Yearly on the nth weekday of a month (n < 0 counts from the end).
    yearly: Option<(u32, i32, chrono::Weekday)>,
}

fn offset(s: &str) -> Option<i32> {
    let s = s.trim();
    let (sign, rest) = match s.as_bytes().first()? {
        b'+' => (1, &s[1..]),
        b'-' => (-1, &s[1..]),
        _ => (1, s),
    };
    if rest.len() < 4 || !rest.is_ascii() {
        return None;
    }
    let h: i32 = rest[0..2].parse().ok()?;
    let m: i32 = rest[2..4].parse().ok()?;
    let sec: i32 = rest.get(4..6).and_then(|x| x.parse().ok()).unwrap_or(0);
    Some(sign * (h * 3600 + m * 60 + sec))
}

fn nth_weekday(year: i32, month: u32, n: i32, day: chrono::Weekday) -> Option<NaiveDate> {
    if n > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month, day, n as u8)
    } else {
        let last = NaiveDate::from_ymd_opt(year, month, 1)?
            .checked_add_months(chrono::Months::new(1))?
            .pred_opt()?;
        let back = (last.weekday().num_days_from_monday() as i64
            - day.num_days_from_monday() as i64)
            .rem_euclid(7);
        Some(last - Duration::days(back + 7 * (-n as i64 - 1)))
    }
}

impl Rules {
    fn of(z: &IcalTimeZone) -> Option<Rules> {
        let mut parts = vec![];
        for t in &z.transitions {
            let p = &t.properties;
            let start = match stamp(&value(p, "DTSTART"))? {
                Stamp::Local(x) | Stamp::Utc(x) => x,
                Stamp::Date(d) => d.and_time(NaiveTime::MIN),
            };
            let from = offset(&value(p, "TZOFFSETFROM"))?;
            let to = offset(&value(p, "TZOFFSETTO"))?;
            let rrule = value(p, "RRULE").to_ascii_uppercase();
            let yearly = if rrule.contains("FREQ=YEARLY") {
                let field = |k: &str| {
                    rrule
                        .split(';')
                        .find_map(|kv| kv.strip_prefix(&format!("{k}=")).map(str::to_owned))
                };
                let month: u32 = field("BYMONTH")?.parse().ok()?;
                let byday = field("BYDAY")?;
                let (n, d) = byday.split_at(byday.len().checked_sub(2)?);
                let n: i32 = if n.is_empty() {
                    // BYMONTHDAY=8,9,…,14;BYDAY=SU: the week those days make.
                    let first: i32 = field("BYMONTHDAY")?.split(',').next()?.parse().ok()?;
                    if first < 0 {
                        -1
                    } else {
                        (first - 1) / 7 + 1
                    }
                } else {
                    n.trim_start_matches('+').parse().ok()?
                };
                Some((month, n, Day::from_code(d)?.to_chrono()))
            } else {
                None
            };
            parts.push(Part {
                start,
                from,
                to,
                yearly,
            });
        }
        (!parts.is_empty()).then_some(Rules(parts))
    }

    /// The offset in force at a UTC instant: the one set by the latest change before it.
    fn offset_at(&self, utc: NaiveDateTime) -> i32 {
        let mut best: Option<(NaiveDateTime, i32)> = None;
        for p in &self.0 {
            let first = p.start - Duration::seconds(p.from as i64);
            let mut consider = |at: NaiveDateTime| {
                if at <= utc && at >= first && best.is_none_or(|(b, _)| at > b) {
                    best = Some((at, p.to));
                }
            };
            match p.yearly {
                Some((month, n, day)) => {
                    for y in [utc.year() - 1, utc.year()] {
                        if let Some(d) = nth_weekday(y, month, n, day) {
                            consider(d.and_time(p.start.time()) - Duration::seconds(p.from as i64));
                        }
                    }
                }
                None => consider(first),
            }
        }
        best.map(|(_, o)| o)
            .unwrap_or_else(|| self.0.iter().min_by_key(|p| p.start).map_or(0, |p| p.from))
    }
}

/// A start, end or exception date as a wall-clock time in the meeting's zone.
fn local_in(s: Stamp, own: Option<Tz>, zone: Tz) -> NaiveDateTime {
    match s {
        Stamp::Utc(t) => Utc.from_utc_datetime(&t).with_timezone(&zone).naive_local(),
        Stamp::Local(t) => match own {
            Some(tz) if tz != zone => crate::schedule::expand::resolve(tz, t)
                .with_timezone(&zone)
                .naive_local(),
            _ => t,
        },
        Stamp::Date(d) => d.and_time(NaiveTime::MIN),
    }
}

fn instant(s: Stamp, own: Option<Tz>, zone: Tz) -> DateTime<Utc> {
    match s {
        Stamp::Utc(t) => Utc.from_utc_datetime(&t),
        Stamp::Local(t) => crate::schedule::expand::resolve(own.unwrap_or(zone), t),
        Stamp::Date(d) => crate::schedule::expand::resolve(zone, d.and_time(NaiveTime::MIN)),
    }
}

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
            .find(|w| is_url(w) && crate::conference::platform_for_url(w).is_some())
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
) -> Result<(Vec<Imported>, Vec<String>)> {
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
    for c in ical::IcalParser::new(std::io::BufReader::new(trimmed.as_bytes())) {
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
                Err(why) => {
                    let name = value(&master.properties, "SUMMARY");
                    let label = if name.is_empty() {
                        uid.clone()
                    } else {
                        format!("\"{name}\"")
                    };
                    warnings.push(format!("{label}: {why}"));
                }
            }
        }
        for (uid, _) in overrides {
            warnings.push(format!(
                "changes to event {uid} were left out: the file holds no event they change"
            ));
        }
    }
    Ok((out, warnings))
}

type Found = std::result::Result<(Imported, Vec<String>), String>;

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
        return Err("no SUMMARY (meeting name)".into());
    }
    let dtstart = get(p, "DTSTART").ok_or("no DTSTART")?;
    let start =
        stamp(dtstart.value.as_deref().unwrap_or("")).ok_or("DTSTART is not a date and time")?;
    let own_tz = match param(dtstart, "TZID") {
        Some(id) => Some(zones.resolve(id).ok_or_else(|| {
            format!("the time zone \"{id}\" is neither a known zone nor defined in the file")
        })?),
        None => None,
    };
    // A UTC start keeps UTC as the meeting's zone: a weekly 19:00Z rule stays at 19:00Z
    // through daylight saving, as the publisher wrote it.
    let zone = match (start, own_tz) {
        (Stamp::Date(_), _) => {
            return Err("an all-day event, not a meeting with a start time".into())
        }
        (Stamp::Utc(_), _) => Tz::UTC,
        (Stamp::Local(_), Some(tz)) => tz,
        (Stamp::Local(_), None) => default_tz,
    };
    let local_start = local_in(start, own_tz, zone);
    let begin = instant(start, own_tz, zone);
    let minutes = if let Some(end) = get(p, "DTEND") {
        let end_stamp =
            stamp(end.value.as_deref().unwrap_or("")).ok_or("DTEND is not a date and time")?;
        let end_tz = param(end, "TZID")
            .and_then(|id| zones.resolve(id))
            .or(own_tz);
        (instant(end_stamp, end_tz, zone) - begin).num_minutes()
    } else if let Some(d) = get(p, "DURATION") {
        duration_minutes(d.value.as_deref().unwrap_or("")).ok_or("DURATION is not like PT1H30M")?
    } else {
        60
    };
    if !(1..=24 * 60).contains(&minutes) {
        return Err(format!(
            "it lasts {minutes} minutes; a meeting lasts between 1 minute and 24 hours"
        ));
    }

    let mut warnings = vec![];
    let rrule = value(p, "RRULE");
    let rdates: Vec<NaiveDateTime> = stamps(p, "RDATE")
        .into_iter()
        .map(|(s, tzid)| local_in(s, tzid.and_then(|id| zones.resolve(&id)).or(own_tz), zone))
        .collect();
    let mut end_date = None;
    let recurrence = if rrule.is_empty() {
        if rdates
            .iter()
            .any(|d| d.time() != local_start.time() && d.time() != NaiveTime::MIN)
        {
            warnings.push(format!(
                "\"{name}\": extra dates at another time of day were read at the usual time"
            ));
        }
        let mut dates: Vec<NaiveDate> = rdates
            .iter()
            .map(|d| d.date())
            .filter(|d| *d != local_start.date())
            .collect();
        dates.sort();
        dates.dedup();
        if dates.is_empty() {
            Recurrence::Once
        } else {
            Recurrence::Dates { dates }
        }
    } else {
        // Refused by its own message before anything expands it (COUNT included,
        // which the stored rule leaves out).
        crate::schedule::rule::check(&rrule).map_err(|e| e.to_string())?;
        let (text, until, count) = rule_text(&rrule, local_start);
        if !rdates.is_empty() {
            warnings.push(format!(
                "\"{name}\": {} extra dates beside the repeating rule were left out",
                rdates.len()
            ));
        }
        if let Some(u) = until {
            let s = stamp(&u).ok_or("the rule's UNTIL is not a date")?;
            end_date = Some(local_in(s, own_tz, zone).date());
        }
        let recurrence = rule::from_stored(&text, vec![]);
        if let Some(n) = count {
            end_date = Some(nth_occurrence(
                &recurrence,
                local_start,
                minutes as u32,
                zone,
                n,
            )?);
        }
        recurrence
    };
    let schedule = Schedule {
        start_date: local_start.date(),
        start_time: local_start.time(),
        duration_minutes: minutes as u32,
        timezone: zone.name().to_owned(),
        recurrence,
        end_date,
    };
    schedule.validate().map_err(|e| e.to_string())?;

    let mut exceptions: Vec<Exception> = stamps(p, "EXDATE")
        .into_iter()
        .map(|(s, tzid)| {
            let at = match s {
                Stamp::Date(d) => d.and_time(local_start.time()),
                s => local_in(s, tzid.and_then(|id| zones.resolve(&id)).or(own_tz), zone),
            };
            Exception {
                occurrence: occurrence_key(at),
                kind: ExceptionKind::Cancelled,
                note: String::new(),
                new_start: None,
                new_duration: None,
                new_venue_id: None,
                new_video_url: None,
            }
        })
        .collect();
    let location = value(p, "LOCATION");
    let description = value(p, "DESCRIPTION");
    for o in overrides {
        let op = &o.properties;
        let Some(rid) = get(op, "RECURRENCE-ID") else {
            continue;
        };
        let Some(rid_stamp) = stamp(rid.value.as_deref().unwrap_or("")) else {
            warnings.push(format!("\"{name}\": a changed date could not be read"));
            continue;
        };
        let rid_tz = param(rid, "TZID")
            .and_then(|id| zones.resolve(id))
            .or(own_tz);
        let original = match rid_stamp {
            Stamp::Date(d) => d.and_time(local_start.time()),
            s => local_in(s, rid_tz, zone),
        };
        let mut e = Exception {
            occurrence: occurrence_key(original),
            kind: ExceptionKind::Noted,
            note: String::new(),
            new_start: None,
            new_duration: None,
            new_venue_id: None,
            new_video_url: None,
        };
        if value(op, "STATUS").eq_ignore_ascii_case("CANCELLED") {
            e.kind = ExceptionKind::Cancelled;
            e.note = value(op, "DESCRIPTION");
            if e.note == description {
                e.note.clear();
            }
            exceptions.push(e);
            continue;
        }
        let mut notes = vec![];
        if let Some(ds) = get(op, "DTSTART") {
            if let Some(s) = stamp(ds.value.as_deref().unwrap_or("")) {
                let tz = param(ds, "TZID")
                    .and_then(|id| zones.resolve(id))
                    .or(own_tz);
                let new = local_in(s, tz, zone);
                let new_minutes =
                    match get(op, "DTEND").and_then(|x| stamp(x.value.as_deref().unwrap_or(""))) {
                        Some(end) => {
                            Some((instant(end, tz, zone) - instant(s, tz, zone)).num_minutes())
                        }
                        None => get(op, "DURATION")
                            .and_then(|d| duration_minutes(d.value.as_deref().unwrap_or(""))),
                    };
                if new != original {
                    e.kind = ExceptionKind::Moved;
                    e.new_start = Some(new);
                }
                if let Some(m) = new_minutes.filter(|m| *m != minutes && (1..=24 * 60).contains(m))
                {
                    e.kind = ExceptionKind::Moved;
                    e.new_duration = Some(m as u32);
                }
            }
        }
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
            continue;
        }
        exceptions.push(e);
    }

    let (url, phone) = video_link(p);
    let physical = !location.is_empty() && !is_url(&location);
    let mode = mode_for(physical, &url, &phone, false);
    let (latitude, longitude) = value(p, "GEO")
        .split_once(';')
        .and_then(|(a, b)| Some((a.trim().parse::<f64>().ok()?, b.trim().parse::<f64>().ok()?)))
        .map_or((None, None), |(a, b)| (Some(a), Some(b)));
    let venue = mode.has_room().then(|| {
        let (venue_name, address) = venue_from(&location);
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
    });
    let categories: Vec<String> = p
        .iter()
        .filter(|x| x.name.eq_ignore_ascii_case("CATEGORIES"))
        .flat_map(|x| {
            x.value
                .as_deref()
                .unwrap_or("")
                .split(',')
                .map(|c| unescape(c).trim().to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    let mut formats: Vec<String> = vec![];
    for c in &categories {
        let code = crate::formats::find(fellowship, c)
            .map(|f| f.code)
            .or_else(|| {
                crate::formats::from_meeting_guide(fellowship, std::slice::from_ref(c))
                    .0
                    .first()
                    .copied()
            });
        if let Some(code) = code.filter(|code| !formats.iter().any(|f| f == code)) {
            formats.push(code.to_owned());
        }
    }
    let status = if value(p, "STATUS").eq_ignore_ascii_case("CANCELLED") {
        MeetingStatus::Inactive
    } else {
        MeetingStatus::Active
    };
    let input = MeetingInput {
        fellowship,
        group_id: None,
        name: name.chars().take(200).collect(),
        mode,
        venue,
        room: String::new(),
        online: OnlineAccess {
            url,
            dial_in: phone,
            ..OnlineAccess::default()
        },
        formats,
        schedule,
        status,
        notes: description.chars().take(4000).collect(),
        language: String::new(),
        offers_verification: false,
        facilitator: String::new(),
    };
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

    const FILE: &str = include_str!("../../../../tests/fixtures/group-calendar.ics");

    fn read_fixture() -> (Vec<Imported>, Vec<String>) {
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
        assert_eq!(online.mode, crate::fellowship::AttendanceMode::Online);
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
        assert_eq!(late.mode, crate::fellowship::AttendanceMode::Hybrid);
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
                .any(|w| w.contains("Holiday potluck") && w.contains("all-day")),
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
            warnings.iter().any(|w| w.contains("Mars/Olympus_Mons")),
            "{warnings:?}"
        );
    }

    #[test]
    fn vtimezone_rules_give_offsets_on_both_sides_of_a_change() {
        let file = FILE.as_bytes();
        let cal = ical::IcalParser::new(std::io::BufReader::new(file))
            .next()
            .unwrap()
            .unwrap();
        let rules = Rules::of(&cal.timezones[0]).unwrap();
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        // 2026-03-08 02:00 EST = 07:00 UTC.
        assert_eq!(rules.offset_at(at("2026-03-08 06:59")), -5 * 3600);
        assert_eq!(rules.offset_at(at("2026-03-08 07:00")), -4 * 3600);
        assert_eq!(rules.offset_at(at("2026-11-01 05:59")), -4 * 3600);
        assert_eq!(rules.offset_at(at("2026-11-01 06:00")), -5 * 3600);
        assert_eq!(
            nth_weekday(2026, 10, -1, chrono::Weekday::Sun),
            NaiveDate::from_ymd_opt(2026, 10, 25)
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
