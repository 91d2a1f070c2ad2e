//! What the Calendar screen shows for a range of dates: every occurrence placed on the
//! viewer's clock (an online meeting in Madrid shows at the hour it is *here*), the
//! clashes among them, and the SMART meetings still waiting for a facilitator.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::program::fellowship::Fellowship;
use crate::program::occurrences::{self, Conflict, Least, MeetingFilter, Occurrence};
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
    // Placed on the viewer's clock, counted by day and checked for clashes as units:
    // the meetings that meet every week at the same hours share one unit and its
    // dates (a region's six weeks are 210,000 occurrences and some 12,000 unit slots);
    // only the entries sent are written out and put in order.
    let w = occurrences::Window::load(conn, lo, hi, &q.filter)?;
    let units = w.units(&q.filter.days);
    let mut placed: Vec<(NaiveDateTime, usize, usize)> = Vec::new();
    for (u, unit) in units.iter().enumerate() {
        for (si, s) in unit.slots.iter().enumerate() {
            let at = shown(s.start);
            if (q.from..=q.to).contains(&at.date()) {
                placed.push((at, u, si));
            }
        }
    }
    let slots: Vec<(usize, usize)> = placed.iter().map(|&(_, u, si)| (u, si)).collect();
    let (conflicts, conflicts_total) = w.unit_conflicts(&units, &slots, MAX_CONFLICTS);
    // Within a day, by time, then by name (members are in name order), then the date
    // it was first on; with the unit's slot, to write it out.
    type Order = (NaiveDateTime, u32, NaiveDateTime, usize, usize);
    let span = (q.to - q.from).num_days() as usize + 1;
    let mut counts = vec![0u32; span];
    // Each day's first `per_day`: a unit's first members are its earliest in name order.
    let keep = q.per_day.map_or(usize::MAX, |n| n as usize);
    let mut first: Vec<Least<Order>> = (0..span).map(|_| Least::new(keep)).collect();
    for &(at, u, si) in &placed {
        let d = (at.date() - q.from).num_days() as usize;
        let (unit, s) = (&units[u], &units[u].slots[si]);
        counts[d] += unit.members.len() as u32;
        for &m in unit.members.iter().take(keep) {
            first[d].push((at, m, s.original, u, si));
        }
    }
    let total = counts.iter().sum();
    let days: Vec<DayCount> = counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(d, n)| DayCount {
            date: q.from + chrono::Days::new(d as u64),
            count: *n,
        })
        .collect();
    let write = |(at, m, _, u, si): Order| {
        let s = w.slot_as(&units[u].slots[si], m);
        let o = w.occurrence(&s);
        CalendarEntry {
            shown_start: at.format("%Y-%m-%dT%H:%M").to_string(),
            shown_end: shown(o.end).format("%Y-%m-%dT%H:%M").to_string(),
            occurrence: o,
        }
    };
    // SMART meetings nobody chairs. A shared unit's members have no roster entry in the
    // window, so whether one needs a facilitator is the same on every date: asked once.
    let needy: Vec<Vec<u32>> = units
        .iter()
        .map(|unit| {
            unit.members
                .iter()
                .copied()
                .filter(|&m| {
                    let held = w.held(m);
                    held.fellowship == Fellowship::Smart
                        && (unit.members.len() == 1 || held.facilitator.trim().is_empty())
                })
                .collect()
        })
        .collect();
    let mut waiting = Least::new(50);
    for &(at, u, si) in &placed {
        let s = &units[u].slots[si];
        if s.start < now || !s.status.is_held() {
            continue;
        }
        for &m in needy[u].iter().take(50) {
            if w.facilitator(&w.slot_as(s, m)).trim().is_empty() {
                waiting.push((at, m, s.original, u, si));
            }
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

/// The view built one occurrence at a time, as it was before units: what [`view`] is
/// held equal to.
#[cfg(test)]
fn view_slot_by_slot(
    conn: &Connection,
    q: &CalendarQuery,
    now: DateTime<Utc>,
) -> Result<CalendarView> {
    let tz = zones::parse(&q.zone)?;
    let (lo, hi) = occurrences::window_for_dates(q.from, q.to);
    let shown = |at: DateTime<Utc>| at.with_timezone(&tz).naive_local();
    // Placed on the viewer's clock, counted by day and checked for clashes as slots;
    // only the entries sent are written out, and only they are put in order (a region's
    // month view counts 210,000 occurrences and shows 126: sorting them all was a tenth
    // of its time).
    let w = occurrences::Window::load(conn, lo, hi, &q.filter)?;
    let placed: Vec<(NaiveDateTime, occurrences::Slot)> = w
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
    let entry = |at: NaiveDateTime, s: &occurrences::Slot| {
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

    /// A program of every kind a region holds, drawn by a fixed sequence: weekly
    /// meetings sharing halls, rooms and facilitators (clashes by the hundred), every
    /// other week, monthly, in other zones, starting or ending inside the range, with
    /// cancelled, moved and noted dates, closures and roster entries, SMART meetings
    /// nobody chairs. The view by units is the view one occurrence at a time.
    #[test]
    fn the_view_by_units_is_the_view_by_every_occurrence() {
        use crate::program::exceptions::{self, Exception, ExceptionKind};
        use crate::program::meetings::VenueChoice;
        use crate::schedule::{Day, Recurrence};
        let (_dir, s) = store();
        let mut seed: u64 = 0x5eed;
        let mut next = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % n
        };
        let first = s.write(|tx| create(tx, &tuesday_night())).unwrap();
        let hall = first.venue.as_ref().unwrap().id;
        let other = s
            .write(|tx| {
                let mut m = tuesday_night();
                m.name = "Other hall".into();
                m.venue = Some(VenueChoice::New {
                    venue: crate::program::venues::VenueInput {
                        name: "Grace Church".into(),
                        address: "3 Oak St".into(),
                        city: "Springfield".into(),
                        ..Default::default()
                    },
                });
                create(tx, &m)
            })
            .unwrap()
            .venue
            .unwrap()
            .id;
        let zones = [
            "America/New_York",
            "America/New_York",
            "America/Chicago",
            "Europe/Madrid",
        ];
        let mut ids = vec![];
        for i in 0..160 {
            let mut m = tuesday_night();
            m.name = format!("Meeting {:03}", next(1000));
            m.fellowship = if next(5) == 0 {
                Fellowship::Smart
            } else {
                Fellowship::Na
            };
            if m.fellowship == Fellowship::Smart {
                m.formats = vec![];
            }
            m.venue = Some(VenueChoice::Existing {
                id: if next(2) == 0 { hall } else { other },
            });
            m.room = ["", "Basement", "Library"][next(3) as usize].into();
            m.facilitator = ["", "", "Sam", "Alex"][next(4) as usize].into();
            m.schedule.timezone = zones[next(4) as usize].into();
            m.schedule.start_time =
                chrono::NaiveTime::from_hms_opt(18 + next(3) as u32, 30 * next(2) as u32, 0)
                    .unwrap();
            m.schedule.duration_minutes = [60, 90, 120][next(3) as usize];
            let day = Day::ALL[next(3) as usize];
            m.schedule.recurrence = match next(10) {
                0 => Recurrence::Weekly {
                    interval: 2,
                    days: vec![day],
                },
                1 => Recurrence::MonthlyWeekday {
                    interval: 1,
                    weeks: vec![-1],
                    day,
                },
                2 => Recurrence::Weekly {
                    interval: 1,
                    days: vec![day, Day::ALL[3]],
                },
                _ => Recurrence::Weekly {
                    interval: 1,
                    days: vec![day],
                },
            };
            match next(12) {
                0 => m.schedule.start_date = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap(),
                1 => m.schedule.end_date = NaiveDate::from_ymd_opt(2026, 12, 18),
                _ => {}
            }
            let made = s.write(|tx| create(tx, &m)).unwrap();
            ids.push((made.id, i));
        }
        // Changed dates, closures and roster entries on some of them.
        let dates = |id: i64| {
            occurrences::dates_of(
                &s.conn(),
                id,
                NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
                NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
            )
            .unwrap()
        };
        for &(id, _) in ids.iter().step_by(7) {
            let keys = dates(id);
            let Some(key) = keys.get(next(keys.len().max(1) as u64) as usize) else {
                continue;
            };
            let at = exceptions::parse_occurrence_key(key).unwrap();
            let kind = [
                ExceptionKind::Cancelled,
                ExceptionKind::Moved,
                ExceptionKind::Noted,
            ][next(3) as usize];
            let e = Exception {
                occurrence: key.clone(),
                kind,
                note: "changed".into(),
                new_start: (kind == ExceptionKind::Moved)
                    .then(|| at + chrono::Duration::hours(next(30) as i64 - 10)),
                new_duration: None,
                new_venue_id: None,
                new_video_url: None,
            };
            s.write(|tx| exceptions::set(tx, id, &e)).unwrap();
        }
        for &(id, _) in ids.iter().skip(3).step_by(23) {
            s.write(|tx| {
                exceptions::add_closure(
                    tx,
                    id,
                    NaiveDate::from_ymd_opt(2026, 12, 14).unwrap(),
                    NaiveDate::from_ymd_opt(2026, 12, 20).unwrap(),
                    "repairs",
                )
            })
            .unwrap();
        }
        for &(id, _) in ids.iter().skip(5).step_by(11) {
            if let Some(key) = dates(id).first() {
                let who = ["Sam", "Robin", ""][next(3) as usize];
                s.write(|tx| roster::set(tx, id, key, Role::Facilitator, who))
                    .unwrap();
            }
        }
        let now = Utc.with_ymd_and_hms(2026, 12, 9, 12, 0, 0).unwrap();
        let mut checked = 0;
        // December, with the changed dates; and March to mid-April 2027, across the US
        // (the 14th) and European (the 28th) clock changes.
        let spring = (
            NaiveDate::from_ymd_opt(2027, 3, 1).unwrap(),
            NaiveDate::from_ymd_opt(2027, 4, 11).unwrap(),
        );
        for zone in ["America/New_York", "Europe/Madrid", "Asia/Tokyo"] {
            for (per_day, days, months) in [
                (Some(3), vec![], None),
                (None, vec![], None),
                (Some(3), vec![Day::TU, Day::TH], None),
                (None, vec![Day::TU, Day::TH], None),
                (Some(3), vec![], Some(spring)),
                (None, vec![Day::WE], Some(spring)),
            ] {
                {
                    let mut q = query(zone);
                    q.per_day = per_day;
                    q.filter.days = days;
                    if let Some((from, to)) = months {
                        (q.from, q.to) = (from, to);
                    }
                    let by_units = view(&s.conn(), &q, now).unwrap();
                    let one_by_one = view_slot_by_slot(&s.conn(), &q, now).unwrap();
                    let least = if q.filter.days.is_empty() { 50 } else { 0 };
                    assert!(
                        by_units.conflicts_total > least,
                        "clashes to list and count"
                    );
                    assert!(!by_units.unstaffed.is_empty());
                    assert_eq!(by_units, one_by_one, "{zone} {per_day:?} {:?}", q.from);
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 18);
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
