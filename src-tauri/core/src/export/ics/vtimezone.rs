//! VTIMEZONE blocks built from the tz database. No Rust crate writes them, and Outlook
//! shifts or rejects events whose TZID has none. chrono-tz does not list transitions,
//! so they are found by probing offsets day by day and narrowing to the second.
//!
//! Where a zone's changes follow one yearly rule across the window (the usual case),
//! each kind of observance is written once with an RRULE, which every client handles;
//! otherwise each change is written as its own dated observance.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};
use ical::parser::ical::component::{
    IcalTimeZone, IcalTimeZoneTransition, IcalTimeZoneTransitionType,
};

use super::prop;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct State {
    offset: i32,
    daylight: bool,
    name: String,
}

fn state_at(tz: Tz, at: DateTime<Utc>) -> State {
    let o = tz.offset_from_utc_datetime(&at.naive_utc());
    State {
        offset: o.fix().local_minus_utc(),
        daylight: !o.dst_offset().is_zero(),
        name: o.abbreviation().unwrap_or("").to_owned(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Transition {
    /// The instant of the change.
    pub at: DateTime<Utc>,
    pub from: i32,
    pub to: State,
}

impl Transition {
    /// The onset as the wall clock showed it just before the change (RFC 5545 §3.6.5).
    fn local_onset(&self) -> NaiveDateTime {
        self.at.naive_utc() + Duration::seconds(self.from as i64)
    }
}

fn at_second(s: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(s, 0).expect("within chrono's range")
}

/// Every change of offset, DST flag or abbreviation in `from..to`.
pub(crate) fn transitions(tz: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Transition> {
    let mut out = Vec::new();
    let mut t = from;
    let mut before = state_at(tz, t);
    while t < to {
        let next = (t + Duration::days(1)).min(to);
        let after = state_at(tz, next);
        if after != before {
            // Narrow to the second: the state at `lo` is `before`, at `hi` it is not.
            let (mut lo, mut hi) = (t.timestamp(), next.timestamp());
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if state_at(tz, at_second(mid)) == before {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let hi = at_second(hi);
            let to_state = state_at(tz, hi);
            out.push(Transition {
                at: hi,
                from: before.offset,
                to: to_state.clone(),
            });
            before = to_state;
            // Two changes within a day are not known in any zone; the next day is clear.
            t = hi;
            continue;
        }
        before = after;
        t = next;
    }
    out
}

fn offset_text(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.abs();
    let (h, m, sec) = (s / 3600, (s % 3600) / 60, s % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

/// Which weekday of its month a date is, as RRULE's BYDAY position: -1 for the last
/// one (preferred, since "last Sunday" rules are common), else 1 to 4.
fn position(d: NaiveDate) -> (i8, i8) {
    let nth = ((d.day() - 1) / 7 + 1) as i8;
    let days_in_month = NaiveDate::from_ymd_opt(d.year(), d.month(), 1)
        .and_then(|f| f.checked_add_months(chrono::Months::new(1)))
        .map(|n| (n - Duration::days(1)).day())
        .unwrap_or(31);
    let last = d.day() + 7 > days_in_month;
    (nth, if last { -1 } else { 0 })
}

/// A yearly rule that produces exactly `ts` (all of one kind), if there is one.
fn yearly_rule(ts: &[&Transition], years: std::ops::RangeInclusive<i32>) -> Option<String> {
    let first = ts.first()?;
    let onsets: Vec<NaiveDateTime> = ts.iter().map(|t| t.local_onset()).collect();
    // One change of this kind in every year of the window, same wall time and offsets.
    let covered: Vec<i32> = onsets.iter().map(|o| o.year()).collect();
    if covered != years.collect::<Vec<_>>() {
        return None;
    }
    let same = ts.iter().zip(&onsets).all(|(t, o)| {
        t.from == first.from
            && t.to == first.to
            && o.time() == onsets[0].time()
            && o.month() == onsets[0].month()
            && o.weekday() == onsets[0].weekday()
    });
    if !same {
        return None;
    }
    let positions: Vec<(i8, i8)> = onsets.iter().map(|o| position(o.date())).collect();
    let pos = if positions.iter().all(|p| p.1 == -1) {
        -1
    } else if positions.iter().all(|p| p.0 == positions[0].0) {
        positions[0].0
    } else {
        return None;
    };
    let day = crate::schedule::Day::from_chrono(onsets[0].weekday()).code();
    Some(format!(
        "FREQ=YEARLY;BYMONTH={};BYDAY={pos}{day}",
        onsets[0].month()
    ))
}

fn observance(t: &Transition, rrule: Option<String>) -> IcalTimeZoneTransition {
    let kind = if t.to.daylight {
        IcalTimeZoneTransitionType::DAYLIGHT
    } else {
        IcalTimeZoneTransitionType::STANDARD
    };
    let mut o = IcalTimeZoneTransition::new(kind);
    o.properties.push(prop(
        "DTSTART",
        t.local_onset().format("%Y%m%dT%H%M%S").to_string(),
    ));
    o.properties.push(prop("TZOFFSETFROM", offset_text(t.from)));
    o.properties
        .push(prop("TZOFFSETTO", offset_text(t.to.offset)));
    if !t.to.name.is_empty() {
        o.properties
            .push(prop("TZNAME", super::text::escape(&t.to.name)));
    }
    if let Some(r) = rrule {
        o.properties.push(prop("RRULE", r));
    }
    o
}

/// The VTIMEZONE for `tz`, accurate for events from `first_year` to `last_year`.
pub fn build(tz: Tz, first_year: i32, last_year: i32) -> IcalTimeZone {
    let from = Utc
        .with_ymd_and_hms(first_year, 1, 1, 0, 0, 0)
        .single()
        .expect("1 January exists");
    let to = Utc
        .with_ymd_and_hms(last_year + 1, 1, 1, 0, 0, 0)
        .single()
        .expect("1 January exists");
    let found = transitions(tz, from, to);
    let mut zone = IcalTimeZone::new();
    zone.properties.push(prop("TZID", tz.name().to_owned()));
    if found.is_empty() {
        // A fixed offset (Phoenix, Tokyo): one standard observance from long ago.
        let s = state_at(tz, from);
        zone.transitions.push(observance(
            &Transition {
                at: Utc.with_ymd_and_hms(1970, 1, 1, 0, 0, 0).unwrap()
                    - Duration::seconds(s.offset as i64),
                from: s.offset,
                to: s,
            },
            None,
        ));
        return zone;
    }
    // The state in force before the first change in the window, so events early in
    // the first year are covered too.
    let initial = state_at(tz, from);
    let mut observances = vec![observance(
        &Transition {
            at: from,
            from: initial.offset,
            to: initial,
        },
        None,
    )];
    let years = found[0].local_onset().year()..=found[found.len() - 1].local_onset().year();
    let daylight: Vec<&Transition> = found.iter().filter(|t| t.to.daylight).collect();
    let standard: Vec<&Transition> = found.iter().filter(|t| !t.to.daylight).collect();
    let rules = (
        yearly_rule(&daylight, years.clone()),
        yearly_rule(&standard, years.clone()),
    );
    match rules {
        (Some(d), Some(s)) => {
            observances.push(observance(daylight[0], Some(d)));
            observances.push(observance(standard[0], Some(s)));
        }
        _ => observances.extend(found.iter().map(|t| observance(t, None))),
    }
    zone.transitions = observances;
    zone
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(z: &IcalTimeZone) -> Vec<String> {
        z.transitions
            .iter()
            .flat_map(|t| t.properties.iter())
            .filter(|p| p.name == "RRULE")
            .filter_map(|p| p.value.clone())
            .collect()
    }

    #[test]
    fn new_york_has_the_us_rules_since_2007() {
        let z = build("America/New_York".parse().unwrap(), 2026, 2030);
        assert_eq!(
            rules(&z),
            vec![
                "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
                "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"
            ]
        );
        let spring = &z.transitions[1];
        let get = |n: &str| {
            spring
                .properties
                .iter()
                .find(|p| p.name == n)
                .and_then(|p| p.value.clone())
                .unwrap()
        };
        assert_eq!(get("DTSTART"), "20260308T020000");
        assert_eq!(get("TZOFFSETFROM"), "-0500");
        assert_eq!(get("TZOFFSETTO"), "-0400");
        assert_eq!(get("TZNAME"), "EDT");
    }

    #[test]
    fn london_and_sydney_use_last_and_first_sundays() {
        let z = build("Europe/London".parse().unwrap(), 2026, 2028);
        assert_eq!(
            rules(&z),
            vec![
                "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
            ]
        );
        let z = build("Australia/Sydney".parse().unwrap(), 2026, 2028);
        assert_eq!(
            rules(&z),
            vec![
                "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
                "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"
            ]
        );
    }

    #[test]
    fn phoenix_has_one_fixed_observance() {
        let z = build("America/Phoenix".parse().unwrap(), 2026, 2030);
        assert_eq!(z.transitions.len(), 1);
        assert!(rules(&z).is_empty());
    }

    #[test]
    fn finds_the_transition_to_the_minute() {
        let tz: Tz = "Europe/Madrid".parse().unwrap();
        let from = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let to = Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap();
        let t = transitions(tz, from, to);
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].at, Utc.with_ymd_and_hms(2026, 3, 29, 1, 0, 0).unwrap());
        assert_eq!(
            t[1].at,
            Utc.with_ymd_and_hms(2026, 10, 25, 1, 0, 0).unwrap()
        );
    }
}
