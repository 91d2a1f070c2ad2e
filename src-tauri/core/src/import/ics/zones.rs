//! Time zones of an iCalendar file: a TZID is an IANA name (also behind a
//! "/mozilla.org/…/" prefix), a Windows name, or whatever the file's VTIMEZONE block
//! defines, which is matched to the IANA zone with the same offsets through the year.
//! And the two ways a stamp in a file becomes a time: a wall-clock time in the
//! meeting's zone, or an instant.

use std::collections::HashMap;

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Utc,
};
use chrono_tz::Tz;
use ical::parser::ical::component::IcalTimeZone;

use super::{stamp, value, Stamp};

pub(super) struct Zones<'a> {
    pub(super) defined: &'a [IcalTimeZone],
    pub(super) cache: HashMap<String, Option<Tz>>,
}

impl Zones<'_> {
    pub(super) fn resolve(&mut self, tzid: &str) -> Option<Tz> {
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

/// A yearly change of offset ("the second Sunday of March"), read by the rrule crate:
/// the month, which week (negative counts from the end), the weekday. BYMONTHDAY=8,…,14
/// with BYDAY=SU is the same second Sunday, written as the week's days.
fn yearly(rrule: &str) -> Option<(u32, i32, chrono::Weekday)> {
    let r: rrule::RRule<rrule::Unvalidated> = rrule.trim().parse().ok()?;
    let month = u32::from(*r.get_by_month().first()?);
    let (n, day) = match *r.get_by_weekday().first()? {
        rrule::NWeekday::Nth(n, d) => (i32::from(n), d),
        rrule::NWeekday::Every(d) => {
            let first = i32::from(*r.get_by_month_day().first()?);
            (if first < 0 { -1 } else { (first - 1) / 7 + 1 }, d)
        }
    };
    Some((month, n, day))
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
            let rrule = value(p, "RRULE");
            let yearly = if rrule.to_ascii_uppercase().contains("FREQ=YEARLY") {
                Some(yearly(&rrule)?)
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
pub(super) fn local_in(s: Stamp, own: Option<Tz>, zone: Tz) -> NaiveDateTime {
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

pub(super) fn instant(s: Stamp, own: Option<Tz>, zone: Tz) -> DateTime<Utc> {
    match s {
        Stamp::Utc(t) => Utc.from_utc_datetime(&t),
        Stamp::Local(t) => crate::schedule::expand::resolve(own.unwrap_or(zone), t),
        Stamp::Date(d) => crate::schedule::expand::resolve(zone, d.and_time(NaiveTime::MIN)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vtimezone_rules_give_offsets_on_both_sides_of_a_change() {
        let file = include_str!("../../../../../tests/fixtures/group-calendar.ics").as_bytes();
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
    fn yearly_changes_are_read_by_the_rrule_parser() {
        use chrono::Weekday::Sun;
        assert_eq!(yearly("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"), Some((3, 2, Sun)));
        assert_eq!(
            yearly("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
            Some((10, -1, Sun))
        );
        // The same second Sunday written as the days of its week.
        assert_eq!(
            yearly("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=8,9,10,11,12,13,14;BYDAY=SU"),
            Some((4, 2, Sun))
        );
        assert_eq!(
            yearly("FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=-7,-6,-5,-4,-3,-2,-1;BYDAY=SU"),
            Some((10, -1, Sun))
        );
        assert_eq!(yearly("FREQ=YEARLY;BYDAY=2SU"), None, "no month");
        assert_eq!(yearly("not a rule"), None);
    }
}
