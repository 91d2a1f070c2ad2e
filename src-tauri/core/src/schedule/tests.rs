//! The occurrence engine against an independent day-by-day oracle, across DST changes
//! in four zones, month ends, leap days, and times that do not exist or occur twice.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use proptest::prelude::*;

use super::expand::{resolve, Expander};
use super::{Day, Recurrence, Schedule};

const ZONES: [&str; 4] = [
    "America/New_York",
    "Europe/London",
    "Australia/Sydney",
    "America/Phoenix",
];

fn sched(tz: &str, start: NaiveDate, time: NaiveTime, recurrence: Recurrence) -> Schedule {
    Schedule {
        start_date: start,
        start_time: time,
        duration_minutes: 60,
        timezone: tz.into(),
        recurrence,
        end_date: None,
    }
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

/// What the wall clock in `tz` shows at the instant chosen for `date` `time`: the same
/// time, or later by the gap when the time does not exist that day.
fn check_wall_clock(tz: Tz, date: NaiveDate, time: NaiveTime) {
    let utc = resolve(tz, date.and_time(time));
    let shown = utc.with_timezone(&tz).naive_local();
    let intended = date.and_time(time);
    if tz.from_local_datetime(&intended).single().is_some()
        || tz.from_local_datetime(&intended).earliest().is_some()
    {
        assert_eq!(shown, intended, "{tz} {intended}");
        // Ambiguous: the first of the two instants.
        if let chrono::LocalResult::Ambiguous(a, _) = tz.from_local_datetime(&intended) {
            assert_eq!(utc, a.with_timezone(&Utc));
        }
    } else {
        // Nonexistent: read with the offset before the gap, so the clock shows a later time.
        assert!(
            shown > intended && shown - intended <= Duration::hours(2),
            "{tz} {intended} shown as {shown}"
        );
    }
}

fn weeks_between(a: NaiveDate, b: NaiveDate) -> i64 {
    let monday = |x: NaiveDate| x - Duration::days(x.weekday().num_days_from_monday() as i64);
    (monday(b) - monday(a)).num_days() / 7
}

fn nth_weekday(year: i32, month: u32, wd: Weekday, n: i8) -> Option<NaiveDate> {
    if n > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month, wd, n as u8)
    } else {
        let last = (1..=31)
            .rev()
            .find_map(|day| NaiveDate::from_ymd_opt(year, month, day))?;
        (0..7)
            .map(|k| last - Duration::days(k))
            .find(|x| x.weekday() == wd)
    }
}

fn day_strategy() -> impl Strategy<Value = Day> {
    prop::sample::select(Day::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn weekly_rules_match_a_day_by_day_oracle(
        zone in prop::sample::select(ZONES.to_vec()),
        start in (2020i32..2030, 1u32..=12, 1u32..=28).prop_map(|(y, m, dd)| d(y, m, dd)),
        hour in prop::sample::select(vec![0u32, 1, 2, 3, 7, 12, 19, 23]),
        minute in prop::sample::select(vec![0u32, 30, 59]),
        days in prop::collection::btree_set(day_strategy(), 1..4),
        interval in 1u32..=3,
    ) {
        let tz: Tz = zone.parse().unwrap();
        let days: Vec<Day> = days.into_iter().collect();
        let s = sched(zone, start, t(hour, minute), Recurrence::Weekly { interval, days: days.clone() });
        let exp = Expander::new(&s).unwrap();
        let first = start;
        let last = start + Duration::days(400);
        let got = exp.local_starts(first, last);
        let want: Vec<_> = first
            .iter_days()
            .take_while(|x| *x <= last)
            .filter(|x| days.contains(&Day::from_chrono(x.weekday())) && weeks_between(start, *x) % interval as i64 == 0)
            .map(|x| x.and_time(t(hour, minute)))
            .collect();
        prop_assert_eq!(&got, &want);
        let mut previous = None;
        for local in got {
            check_wall_clock(tz, local.date(), local.time());
            let at = exp.resolve(local);
            if let Some(p) = previous { prop_assert!(at > p); }
            previous = Some(at);
        }
    }

    #[test]
    fn monthly_nth_and_last_weekday_match_the_calendar(
        zone in prop::sample::select(ZONES.to_vec()),
        year in 2020i32..2030,
        day in day_strategy(),
        weeks in prop::collection::btree_set(prop::sample::select(vec![1i8, 2, 3, 4, 5, -1]), 1..3),
        hour in prop::sample::select(vec![1u32, 2, 19]),
    ) {
        let weeks: Vec<i8> = weeks.into_iter().collect();
        let start = d(year, 1, 1);
        let s = sched(zone, start, t(hour, 30), Recurrence::MonthlyWeekday { interval: 1, weeks: weeks.clone(), day });
        let got: Vec<NaiveDate> = Expander::new(&s).unwrap().local_starts(start, d(year, 12, 31)).into_iter().map(|x| x.date()).collect();
        let mut want: Vec<NaiveDate> = (1..=12)
            .flat_map(|m| weeks.iter().filter_map(move |n| nth_weekday(year, m, day.to_chrono(), *n)))
            .collect();
        want.sort();
        want.dedup();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn every_zone_round_trips_every_local_time_of_a_change_day(
        zone in prop::sample::select(ZONES.to_vec()),
        year in 2020i32..2031,
        minutes in 0u32..(24 * 60),
    ) {
        let tz: Tz = zone.parse().unwrap();
        for (m, dd) in [(3, 8), (3, 14), (3, 25), (3, 31), (4, 1), (4, 7), (10, 1), (10, 7), (10, 25), (10, 31), (11, 1), (11, 7)] {
            check_wall_clock(tz, d(year, m, dd), t(minutes / 60, minutes % 60));
        }
    }
}

#[test]
fn spring_forward_gap_in_new_york_moves_to_0330_edt() {
    let tz: Tz = "America/New_York".parse().unwrap();
    let at = resolve(tz, d(2026, 3, 8).and_time(t(2, 30)));
    assert_eq!(at, Utc.with_ymd_and_hms(2026, 3, 8, 7, 30, 0).unwrap());
    assert_eq!(at.with_timezone(&tz).time(), t(3, 30));
}

#[test]
fn autumn_overlap_in_london_takes_the_first_0130() {
    let tz: Tz = "Europe/London".parse().unwrap();
    let at = resolve(tz, d(2026, 10, 25).and_time(t(1, 30)));
    assert_eq!(at, Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).unwrap());
}

#[test]
fn sydney_changes_in_april_and_october() {
    let s = sched(
        "Australia/Sydney",
        d(2026, 3, 1),
        t(19, 0),
        Recurrence::Weekly {
            interval: 1,
            days: vec![Day::SU],
        },
    );
    let exp = Expander::new(&s).unwrap();
    let utc: Vec<u32> = exp
        .local_starts(d(2026, 3, 29), d(2026, 4, 12))
        .into_iter()
        .map(|l| exp.resolve(l).hour())
        .collect();
    // AEDT (+11) until 5 April 2026, then AEST (+10): 19:00 local is 08:00Z then 09:00Z.
    assert_eq!(utc, vec![8, 9, 9]);
}

#[test]
fn phoenix_never_shifts() {
    let s = sched(
        "America/Phoenix",
        d(2026, 1, 1),
        t(18, 0),
        Recurrence::Weekly {
            interval: 1,
            days: Day::ALL.to_vec(),
        },
    );
    let exp = Expander::new(&s).unwrap();
    assert!(exp
        .local_starts(d(2026, 1, 1), d(2026, 12, 31))
        .into_iter()
        .all(|l| exp.resolve(l).hour() == 1));
}

#[test]
fn monthly_on_the_31st_skips_short_months_and_last_day_follows_leap_years() {
    let on_31 = sched(
        "UTC",
        d(2028, 1, 1),
        t(19, 0),
        Recurrence::MonthlyDate {
            interval: 1,
            days: vec![31],
        },
    );
    let got: Vec<u32> = Expander::new(&on_31)
        .unwrap()
        .local_starts(d(2028, 1, 1), d(2028, 12, 31))
        .iter()
        .map(|x| x.month())
        .collect();
    assert_eq!(got, vec![1, 3, 5, 7, 8, 10, 12]);
    let last = sched(
        "UTC",
        d(2028, 1, 1),
        t(19, 0),
        Recurrence::MonthlyDate {
            interval: 1,
            days: vec![-1],
        },
    );
    let feb: Vec<NaiveDate> = Expander::new(&last)
        .unwrap()
        .local_starts(d(2028, 2, 1), d(2029, 3, 1))
        .into_iter()
        .map(|x| x.date())
        .filter(|x| x.month() == 2)
        .collect();
    assert_eq!(feb, vec![d(2028, 2, 29), d(2029, 2, 28)]);
}

#[test]
fn leap_day_anniversary_only_in_leap_years() {
    let s = sched(
        "UTC",
        d(2024, 2, 29),
        t(19, 0),
        Recurrence::Custom {
            rrule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29".into(),
        },
    );
    let got: Vec<i32> = Expander::new(&s)
        .unwrap()
        .local_starts(d(2024, 1, 1), d(2033, 1, 1))
        .iter()
        .map(|x| x.year())
        .collect();
    assert_eq!(got, vec![2024, 2028, 2032]);
}

#[test]
fn end_date_is_inclusive_and_once_is_once() {
    let mut s = sched(
        "UTC",
        d(2026, 1, 6),
        t(19, 0),
        Recurrence::Weekly {
            interval: 1,
            days: vec![Day::TU],
        },
    );
    s.end_date = Some(d(2026, 1, 20));
    assert_eq!(
        Expander::new(&s)
            .unwrap()
            .local_starts(d(2026, 1, 1), d(2026, 12, 31))
            .len(),
        3
    );
    let once = sched("UTC", d(2026, 12, 24), t(19, 0), Recurrence::Once);
    assert_eq!(
        Expander::new(&once)
            .unwrap()
            .local_starts(d(2026, 1, 1), d(2027, 12, 31)),
        vec![d(2026, 12, 24).and_time(t(19, 0))]
    );
}

#[test]
fn between_uses_instants_across_the_date_line() {
    let s = sched(
        "Australia/Sydney",
        d(2026, 6, 1),
        t(7, 0),
        Recurrence::Weekly {
            interval: 1,
            days: vec![Day::MO],
        },
    );
    let exp = Expander::new(&s).unwrap();
    // Monday 07:00 in Sydney is Sunday 21:00 UTC.
    let from = Utc.with_ymd_and_hms(2026, 6, 7, 0, 0, 0).unwrap();
    let to = Utc.with_ymd_and_hms(2026, 6, 8, 0, 0, 0).unwrap();
    let hits = exp.between(from, to);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].0, d(2026, 6, 8).and_time(t(7, 0)));
}

/// Found by the property test above: a time inside Sydney's spring-forward gap was read
/// with the offset *after* the gap and shown an hour early.
#[test]
fn a_time_in_a_gap_east_of_utc_moves_later() {
    let tz: Tz = "Australia/Sydney".parse().unwrap();
    let at = resolve(tz, d(2021, 10, 3).and_time(t(2, 0)));
    assert_eq!(
        at.with_timezone(&tz).naive_local(),
        d(2021, 10, 3).and_time(t(3, 0))
    );
    let london: Tz = "Europe/London".parse().unwrap();
    let at = resolve(london, d(2026, 3, 29).and_time(t(1, 30)));
    assert_eq!(
        at.with_timezone(&london).naive_local(),
        d(2026, 3, 29).and_time(t(2, 30))
    );
}

#[test]
fn clock_times_read_and_write_as_chrono_does() {
    use chrono::NaiveTime;
    // Every minute of the day, both ways, and the general parser's answer for each shape.
    for minute in 0..24 * 60 {
        let t = NaiveTime::from_hms_opt(minute / 60, minute % 60, 0).unwrap();
        let text = super::hhmm::format(t);
        assert_eq!(text, t.format("%H:%M").to_string());
        assert_eq!(super::hhmm::parse(&text), Some(t));
        assert_eq!(super::hhmm::parse(&format!("{text}:00")), Some(t));
    }
    for odd in [
        "7:05", " 19:30 ", "23:59:60", "24:00", "19:3", "ab:cd", "19-30", "19:30:0", "1é:00",
    ] {
        let chrono = NaiveTime::parse_from_str(odd.trim(), "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(odd.trim(), "%H:%M:%S"))
            .ok();
        assert_eq!(super::hhmm::parse(odd), chrono, "{odd:?}");
    }
}
