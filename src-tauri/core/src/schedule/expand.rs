//! Local start times of a schedule, and their instants.
//!
//! The rule is expanded by the `rrule` crate in wall-clock time (a floating,
//! UTC-labelled start), and each wall-clock start is then placed in its zone by
//! chrono-tz with RFC 5545's rules for change days: a time that occurs twice means
//! the first of the two, and a time that does not exist (spring forward) is read with
//! the offset from before the gap, so 02:30 becomes 03:30. Doing the zone step
//! ourselves keeps the rrule crate's own DST handling out of the picture.

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc,
};
use chrono_tz::Tz;
use rrule::RRuleSet;

use super::{rule, Recurrence, Schedule};
use crate::error::Result;

/// A schedule prepared for repeated expansion (parse the rule once).
pub struct Expander {
    tz: Tz,
    start: NaiveDateTime,
    /// Boxed: a rule set is some 250 bytes, and nearly every meeting (weekly) has none;
    /// a region's 35,000 prepared schedules are kept between requests.
    rule: Option<Box<RRuleSet>>,
    /// A weekly schedule (nearly every meeting): its dates by arithmetic. The rrule
    /// crate walks from the first date to the window one occurrence at a time, so a
    /// meeting that began in 1995 costs some 1,600 steps for each month asked for, and
    /// a region's calendar asks for 35,000 of them (`benches/schedule` prints both).
    weekly: Option<Weekly>,
    rdates: Vec<NaiveDateTime>,
    end_date: Option<NaiveDate>,
    duration: Duration,
}

impl Expander {
    pub fn new(s: &Schedule) -> Result<Self> {
        Self::build(s, true)
    }

    fn build(s: &Schedule, arithmetic: bool) -> Result<Self> {
        let tz = s.tz()?;
        let start = s.start_date.and_time(s.start_time);
        let weekly = match &s.recurrence {
            Recurrence::Weekly { interval, days }
                if arithmetic && *interval > 0 && !days.is_empty() =>
            {
                let mut on = [false; 7];
                for d in days {
                    on[d.to_chrono().num_days_from_monday() as usize] = true;
                }
                Some(Weekly {
                    interval: *interval as i64,
                    on,
                })
            }
            _ => None,
        };
        // The rule is still checked (as every stored rule is), but not built for a
        // weekly schedule, which never uses it. Nor is a weekly one written out to be
        // checked: the rule written for it can fail the check only by its interval
        // (over 1,000), so it is written and checked only then (a region's program is
        // 35,000 weekly meetings, each written and read again at every read of it).
        let (rrule_text, rdates) = match (&weekly, &s.recurrence) {
            (Some(_), Recurrence::Weekly { interval, .. }) if *interval <= 1000 => {
                (String::new(), Vec::new())
            }
            _ => rule::to_stored(&s.recurrence),
        };
        let rule = if rrule_text.is_empty() {
            None
        } else if weekly.is_some() {
            rule::check(&rrule_text)?;
            None
        } else {
            Some(Box::new(rule::parse(
                &rrule_text,
                s.start_date,
                s.start_time,
            )?))
        };
        let mut rdates: Vec<NaiveDateTime> = rdates
            .into_iter()
            .map(|d| d.and_time(s.start_time))
            .collect();
        if rule.is_none() && weekly.is_none() {
            rdates.push(start);
        }
        rdates.sort();
        rdates.dedup();
        Ok(Expander {
            tz,
            start,
            rule,
            weekly,
            rdates,
            end_date: s.end_date,
            duration: Duration::minutes(s.duration_minutes as i64),
        })
    }

    /// The same schedule expanded by the rrule crate alone, without the weekly
    /// arithmetic: what the arithmetic is measured against (`benches/schedule`) and held
    /// equal to (the property test below).
    #[doc(hidden)]
    pub fn by_rrule_only(s: &Schedule) -> Result<Self> {
        Self::build(s, false)
    }

    pub fn tz(&self) -> Tz {
        self.tz
    }

    pub fn duration(&self) -> Duration {
        self.duration
    }

    /// Wall-clock starts whose local date lies in `from..=to`.
    pub fn local_starts(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDateTime> {
        let to = match self.end_date {
            Some(end) if end < to => end,
            _ => to,
        };
        if to < from || to < self.start.date() {
            return vec![];
        }
        let lo = from.and_time(NaiveTime::MIN);
        let hi = to.and_hms_opt(23, 59, 59).expect("valid time");
        let mut out: Vec<NaiveDateTime> = self
            .rdates
            .iter()
            .copied()
            .filter(|d| *d >= lo && *d <= hi)
            .collect();
        if let Some(w) = &self.weekly {
            out.extend(w.starts(self.start, from.max(self.start.date()), to));
            return out;
        }
        if let Some(set) = &self.rule {
            let result = set
                .clone()
                .after(floating(lo.max(self.start)))
                .before(floating(hi))
                .all(u16::MAX);
            if result.limited {
                // At most daily (rule::check), so only a window of over 179 years gets
                // here; say so rather than hand back a silently shortened list.
                tracing::warn!(from = %from, to = %to, "occurrence expansion stopped at its limit");
            }
            out.extend(result.dates.into_iter().map(|d| d.naive_utc()));
            out.sort();
            out.dedup();
        }
        out
    }

    /// Occurrences (local start, UTC start) that begin in `from..to`.
    pub fn between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Vec<(NaiveDateTime, DateTime<Utc>)> {
        // A day either side covers every offset on Earth.
        let lo = from.with_timezone(&self.tz).date_naive() - Duration::days(1);
        let hi = to.with_timezone(&self.tz).date_naive() + Duration::days(1);
        self.local_starts(lo, hi)
            .into_iter()
            .map(|local| (local, resolve(self.tz, local)))
            .filter(|(_, utc)| *utc >= from && *utc < to)
            .collect()
    }

    pub fn resolve(&self, local: NaiveDateTime) -> DateTime<Utc> {
        resolve(self.tz, local)
    }

    /// For a plain weekly schedule (every week, no extra dates) that runs through
    /// all of `lo..=hi`: its weekdays (bit 0 Monday) and time of day. Two such
    /// schedules with the same answer, zone and length meet at the same instants on
    /// those dates whatever their first date, so a calendar works their dates out once
    /// (a region's 35,000 meetings fall into a few hundred such shapes).
    pub fn weekly_shape(&self, lo: NaiveDate, hi: NaiveDate) -> Option<(u8, NaiveTime)> {
        let w = self.weekly.as_ref()?;
        let runs_through = self.start.date() <= lo && self.end_date.is_none_or(|end| end >= hi);
        if w.interval != 1 || !self.rdates.is_empty() || self.rule.is_some() || !runs_through {
            return None;
        }
        let days =
            w.on.iter()
                .enumerate()
                .fold(0u8, |bits, (i, on)| bits | ((*on as u8) << i));
        Some((days, self.start.time()))
    }
}

/// The instant of a wall-clock time in `tz`, by RFC 5545's change-day rules.
pub fn resolve(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            // Inside a gap: use the offset in force just before it. No zone has a
            // gap longer than a few hours, so six wall-clock hours earlier is before it
            // (read as a local time: taking it as UTC lands after the gap east of UTC).
            let before = tz
                .from_local_datetime(&(local - Duration::hours(6)))
                .earliest()
                .expect("six hours before a gap is a real local time");
            let offset = chrono::Offset::fix(before.offset());
            Utc.from_utc_datetime(&(local - Duration::seconds(offset.local_minus_utc() as i64)))
        }
    }
}

/// `FREQ=WEEKLY;INTERVAL=n;BYDAY=…` with the default week start (Monday), as RFC 5545
/// counts it: the weeks are numbered from the one holding the first date, and only
/// dates on a chosen weekday, in a counted week, from the first date on, are in.
struct Weekly {
    interval: i64,
    /// By weekday from Monday.
    on: [bool; 7],
}

impl Weekly {
    fn starts(
        &self,
        first: NaiveDateTime,
        from: NaiveDate,
        to: NaiveDate,
    ) -> impl Iterator<Item = NaiveDateTime> + '_ {
        let monday =
            first.date() - Duration::days(first.date().weekday().num_days_from_monday() as i64);
        from.iter_days()
            .take_while(move |d| *d <= to)
            .filter(move |d| {
                self.on[d.weekday().num_days_from_monday() as usize]
                    && ((*d - monday).num_days() / 7) % self.interval == 0
            })
            .map(move |d| d.and_time(first.time()))
    }
}

fn floating(t: NaiveDateTime) -> DateTime<rrule::Tz> {
    Utc.from_utc_datetime(&t).with_timezone(&rrule::Tz::UTC)
}

impl Recurrence {
    pub fn is_recurring(&self) -> bool {
        !matches!(self, Recurrence::Once)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::Day;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn weekly_dates_by_arithmetic_are_the_rrule_crates(
            start in 0i64..4000,
            days in proptest::collection::vec(0usize..7, 1..4),
            interval in 1u32..5,
            from in 0i64..5000,
            span in 0i64..120,
            end in proptest::option::of(0i64..6000),
        ) {
            let base = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
            let s = Schedule {
                start_date: base + Duration::days(start),
                start_time: NaiveTime::from_hms_opt(19, 30, 0).unwrap(),
                duration_minutes: 60,
                timezone: "America/New_York".into(),
                recurrence: Recurrence::Weekly {
                    interval,
                    days: days.iter().map(|d| Day::ALL[*d]).collect(),
                },
                end_date: end.map(|e| base + Duration::days(e)),
            };
            let e = Expander::new(&s).unwrap();
            prop_assert!(e.weekly.is_some());
            let from = base + Duration::days(from);
            let to = from + Duration::days(span);
            let plain = Expander::by_rrule_only(&s).unwrap();
            prop_assert_eq!(e.local_starts(from, to), plain.local_starts(from, to));
        }
    }
}
