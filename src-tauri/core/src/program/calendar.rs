//! What the Calendar screen shows for a range of dates: every occurrence placed on the
//! viewer's clock (an online meeting in Madrid shows at the hour it is *here*), the
//! clashes among them, and the SMART meetings still waiting for a facilitator.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::program::fellowship::Fellowship;
use crate::program::occurrences::{self, Conflict, Least, MeetingFilter, Occurrence, Slot};
use crate::schedule::zones;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CalendarQuery {
    /// First local date shown.
    pub from: NaiveDate,
    /// Last local date shown, inclusive.
    pub to: NaiveDate,
    /// The zone the viewer reads times in (the computer's by default).
    pub zone: String,
    #[serde(default)]
    pub filter: MeetingFilter,
    /// At most this many entries per shown day, earliest first (a month view shows a
    /// few and says how many more); every entry when absent. `days` always counts all.
    #[serde(default)]
    pub per_day: Option<u32>,
}

/// How many occurrences one shown day holds, whether or not all are in `entries`.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DayCount {
    pub date: NaiveDate,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CalendarEntry {
    #[serde(flatten)]
    pub occurrence: Occurrence,
    /// Start on the viewer's clock, `YYYY-MM-DDTHH:MM`.
    pub shown_start: String,
    pub shown_end: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CalendarView {
    pub zone: String,
    pub entries: Vec<CalendarEntry>,
    /// Every day of the range that has occurrences, with how many (a dense calendar
    /// draws counts from this instead of thousands of entries).
    pub days: Vec<DayCount>,
    /// All occurrences in the range, `entries` or not.
    pub total: u32,
    /// The first clashes (at most [`MAX_CONFLICTS`]); `conflicts_total` counts them all.
    pub conflicts: Vec<Conflict>,
    pub conflicts_total: u32,
    /// Upcoming SMART occurrences nobody is down to facilitate, soonest first.
    pub unstaffed: Vec<CalendarEntry>,
}

/// Clashes listed at most: a list longer than this helps nobody.
pub const MAX_CONFLICTS: usize = 50;

/// Longest range one request may cover, so a typo in a year cannot stall the window.
const MAX_DAYS: i64 = 400;

pub fn view(conn: &Connection, q: &CalendarQuery, now: DateTime<Utc>) -> Result<CalendarView> {
    let tz = zones::parse(&q.zone)?;
    if q.to < q.from {
        return Err(Error::invalid(
            crate::error::Code::CalendarRangeBackwards,
            "to",
            "the last date is before the first",
        ));
    }
    if (q.to - q.from).num_days() > MAX_DAYS {
        return Err(Error::invalid(
            crate::error::Code::CalendarRangeTooLong,
            "to",
            format!("show at most {MAX_DAYS} days at a time"),
        ));
    }
    let (lo, hi) = occurrences::window_for_dates(q.from, q.to);
    let shown = |at: DateTime<Utc>| at.with_timezone(&tz).naive_local();
    // Placed on the viewer's clock, counted by day and checked for clashes as slots;
    // only the entries sent are written out, and only they are put in order (a region's
    // month view counts 210,000 occurrences and shows 126: sorting them all was a tenth
    // of its time).
    let w = occurrences::Window::load(conn, lo, hi, &q.filter)?;
    let placed: Vec<(NaiveDateTime, Slot)> = w
        .slots(&q.filter.days)
        .into_iter()
        .map(|s| (shown(s.start), s))
        .filter(|(at, _)| (q.from..=q.to).contains(&at.date()))
        .collect();
    let (conflicts, conflicts_total) = w.conflicts(placed.iter().map(|(_, s)| s), MAX_CONFLICTS);
    let total = placed.len() as u32;
    // Within a day, by time, then by name (the window holds its meetings in name order);
    // with the slot's place in `placed`.
    let order = |i: usize| {
        let (at, s) = &placed[i];
        (*at, s.meeting, s.original, i)
    };
    let span = (q.to - q.from).num_days() as usize + 1;
    let mut counts = vec![0u32; span];
    // Each day's first `per_day`.
    let keep = q.per_day.map_or(usize::MAX, |n| n as usize);
    let mut first: Vec<Least<_>> = (0..span).map(|_| Least::new(keep)).collect();
    for (i, (at, _)) in placed.iter().enumerate() {
        let d = (at.date() - q.from).num_days() as usize;
        counts[d] += 1;
        first[d].push(order(i));
    }
    let days: Vec<DayCount> = counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(d, n)| DayCount {
            date: q.from + chrono::Days::new(d as u64),
            count: *n,
        })
        .collect();
    let entry = |at: NaiveDateTime, s: &Slot| {
        let o = w.occurrence(s);
        CalendarEntry {
            shown_start: at.format("%Y-%m-%dT%H:%M").to_string(),
            shown_end: shown(o.end).format("%Y-%m-%dT%H:%M").to_string(),
            occurrence: o,
        }
    };
    let write = |(at, _, _, i): (NaiveDateTime, u32, NaiveDateTime, usize)| entry(at, &placed[i].1);
    let mut waiting = Least::new(50);
    for (i, (_, s)) in placed.iter().enumerate() {
        if w.meeting(s).fellowship == Fellowship::Smart
            && s.start >= now
            && s.status.is_held()
            && w.facilitator(s).trim().is_empty()
        {
            waiting.push(order(i));
        }
    }
    let unstaffed = waiting.into_sorted_vec().into_iter().map(write).collect();
    let entries: Vec<CalendarEntry> = first
        .into_iter()
        .flat_map(Least::into_sorted_vec)
        .map(write)
        .collect();
    Ok(CalendarView {
        zone: tz.name().to_owned(),
        entries,
        days,
        total,
        conflicts,
        conflicts_total: conflicts_total as u32,
        unstaffed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::meetings::tests::{store, tuesday_night};
    use crate::program::meetings::{create, MeetingInput};
    use crate::program::roster::{self, Role};
    use chrono::TimeZone;

    fn query(zone: &str) -> CalendarQuery {
        CalendarQuery {
            from: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
            zone: zone.into(),
            filter: MeetingFilter::default(),
            per_day: None,
        }
    }

    #[test]
    fn a_dense_month_gives_a_few_entries_a_day_and_every_count() {
        let (_dir, s) = store();
        // Name order is not time order: "Tuesday 6" starts first, and 4 and 5 share
        // an hour (then the name decides).
        for (i, hour) in [
            (0, 20),
            (1, 19),
            (2, 18),
            (3, 17),
            (4, 16),
            (5, 16),
            (6, 15),
        ] {
            let mut m = tuesday_night();
            m.name = format!("Tuesday {i}");
            m.schedule.start_time = chrono::NaiveTime::from_hms_opt(hour, 0, 0).unwrap();
            s.write(|tx| create(tx, &m)).unwrap();
        }
        let now = Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap();
        let mut q = query("America/New_York");
        q.per_day = Some(3);
        let v = view(&s.conn(), &q, now).unwrap();
        // Five Tuesdays in December 2026, seven meetings each.
        assert_eq!(v.total, 35);
        assert_eq!(v.days.len(), 5);
        assert!(v.days.iter().all(|d| d.count == 7));
        assert_eq!(v.entries.len(), 15, "three a day");
        let names: Vec<&str> = v.entries[..3]
            .iter()
            .map(|e| e.occurrence.name.as_str())
            .collect();
        assert_eq!(
            names,
            ["Tuesday 6", "Tuesday 4", "Tuesday 5"],
            "the day's first three"
        );
        // Without a limit, every entry, in the order of the day; the limited view is
        // each day's beginning of it.
        q.per_day = None;
        let all = view(&s.conn(), &q, now).unwrap();
        assert_eq!(all.entries.len(), 35);
        let shown: Vec<(&str, &str)> = all
            .entries
            .iter()
            .map(|e| (e.shown_start.as_str(), e.occurrence.name.as_str()))
            .collect();
        let mut sorted = shown.clone();
        sorted.sort();
        assert_eq!(shown, sorted);
        for day in 0..5 {
            assert_eq!(
                v.entries[day * 3..day * 3 + 3],
                all.entries[day * 7..day * 7 + 3]
            );
        }
    }

    #[test]
    fn places_occurrences_on_the_viewers_clock() {
        let (_dir, s) = store();
        s.write(|tx| create(tx, &tuesday_night())).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap();
        let ny = view(&s.conn(), &query("America/New_York"), now).unwrap();
        assert_eq!(ny.entries[0].shown_start, "2026-12-01T19:00");
        let madrid = view(&s.conn(), &query("Europe/Madrid"), now).unwrap();
        // 19:00 in New York is 01:00 the next morning in Madrid.
        assert_eq!(madrid.entries[0].shown_start, "2026-12-02T01:00");
        assert_eq!(madrid.entries[0].occurrence.local_start, "2026-12-01T19:00");
    }

    #[test]
    fn lists_smart_meetings_without_a_facilitator() {
        let (_dir, s) = store();
        let smart = MeetingInput {
            fellowship: Fellowship::Smart,
            name: "SMART Tuesday".into(),
            facilitator: String::new(),
            formats: vec!["SMART".into()],
            ..tuesday_night()
        };
        let m = s.write(|tx| create(tx, &smart)).unwrap();
        let now = Utc.with_ymd_and_hms(2026, 12, 5, 0, 0, 0).unwrap();
        let v = view(&s.conn(), &query("America/New_York"), now).unwrap();
        // The 1st is past; the 8th, 15th, 22nd and 29th need someone.
        assert_eq!(v.unstaffed.len(), 4);
        s.write(|tx| roster::set(tx, m.id, "2026-12-08T19:00", Role::Facilitator, "Sam"))
            .unwrap();
        let v = view(&s.conn(), &query("America/New_York"), now).unwrap();
        assert_eq!(v.unstaffed.len(), 3);
        assert_eq!(v.unstaffed[0].occurrence.key, "2026-12-15T19:00");
    }

    #[test]
    fn refuses_bad_ranges_and_zones() {
        let (_dir, s) = store();
        let now = Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap();
        let mut q = query("Nowhere/Land");
        assert_eq!(
            view(&s.conn(), &q, now).unwrap_err().code(),
            "schedule.invalid_timezone"
        );
        q.zone = "UTC".into();
        q.to = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        assert_eq!(
            view(&s.conn(), &q, now).unwrap_err().code(),
            "calendar.range_backwards"
        );
    }
}
