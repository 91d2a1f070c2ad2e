//! When meetings happen. A schedule is stored losslessly as a local start, an IANA
//! zone, a length and an RFC 5545 rule; [`Recurrence`] is the friendly view the
//! editor works with. Occurrences are computed at read time (see [`expand`]), so a
//! tz-database update fixes future dates without touching the store.

pub mod expand;
pub mod rule;
pub mod words;
pub mod zones;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

/// A day of the week, spelled as in RFC 5545.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
pub enum Day {
    MO,
    TU,
    WE,
    TH,
    FR,
    SA,
    SU,
}

impl Day {
    pub const ALL: [Day; 7] = [
        Day::MO,
        Day::TU,
        Day::WE,
        Day::TH,
        Day::FR,
        Day::SA,
        Day::SU,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Day::MO => "MO",
            Day::TU => "TU",
            Day::WE => "WE",
            Day::TH => "TH",
            Day::FR => "FR",
            Day::SA => "SA",
            Day::SU => "SU",
        }
    }

    pub fn from_code(s: &str) -> Option<Day> {
        Day::ALL
            .into_iter()
            .find(|d| d.code().eq_ignore_ascii_case(s))
    }

    pub fn name(self) -> &'static str {
        match self {
            Day::MO => "Monday",
            Day::TU => "Tuesday",
            Day::WE => "Wednesday",
            Day::TH => "Thursday",
            Day::FR => "Friday",
            Day::SA => "Saturday",
            Day::SU => "Sunday",
        }
    }

    pub fn from_chrono(w: chrono::Weekday) -> Day {
        Day::ALL[w.num_days_from_monday() as usize]
    }

    pub fn to_chrono(self) -> chrono::Weekday {
        match self {
            Day::MO => chrono::Weekday::Mon,
            Day::TU => chrono::Weekday::Tue,
            Day::WE => chrono::Weekday::Wed,
            Day::TH => chrono::Weekday::Thu,
            Day::FR => chrono::Weekday::Fri,
            Day::SA => chrono::Weekday::Sat,
            Day::SU => chrono::Weekday::Sun,
        }
    }
}

/// How a meeting repeats, in the terms a facilitator uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Recurrence {
    /// A single event on the start date.
    Once,
    /// Every `interval` weeks on each of `days` ("every other Tuesday": interval 2).
    Weekly { interval: u32, days: Vec<Day> },
    /// On the nth weekday of every `interval` months; -1 is the last ("last Saturday").
    MonthlyWeekday {
        interval: u32,
        weeks: Vec<i8>,
        day: Day,
    },
    /// On these days of every `interval` months; -1 is the last day of the month.
    MonthlyDate { interval: u32, days: Vec<i8> },
    /// Irregular dates at the start time (RDATEs), besides the start date.
    Dates { dates: Vec<NaiveDate> },
    /// Any other RFC 5545 rule, kept exactly as imported.
    Custom { rrule: String },
}

/// The years a meeting's dates may fall in: wide enough for any real program (and for
/// calendars imported from decades back), narrow enough that year 0000 or 9999 from a
/// hostile file is refused instead of expanded across millennia.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// When a meeting happens. Times are wall-clock times in `timezone`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Schedule {
    pub start_date: NaiveDate,
    #[serde(with = "hhmm")]
    #[ts(type = "string")]
    pub start_time: NaiveTime,
    pub duration_minutes: u32,
    /// An IANA zone name such as `America/New_York`.
    pub timezone: String,
    pub recurrence: Recurrence,
    /// The last local date an occurrence may fall on, inclusive.
    pub end_date: Option<NaiveDate>,
}

impl Schedule {
    /// Checks every part; the error names the field to fix.
    pub fn validate(&self) -> Result<()> {
        zones::parse(&self.timezone)?;
        let dates = std::iter::once(("start_date", self.start_date))
            .chain(self.end_date.map(|d| ("end_date", d)))
            .chain(match &self.recurrence {
                Recurrence::Dates { dates } => dates.iter().map(|d| ("recurrence", *d)).collect(),
                _ => vec![],
            });
        for (field, d) in dates {
            if !YEARS.contains(&chrono::Datelike::year(&d)) {
                return Err(Error::invalid(
                    crate::error::Code::ScheduleYearOutOfRange,
                    field,
                    format!(
                        "{d} is not a date a meeting can have; use a year from {} to {}",
                        YEARS.start(),
                        YEARS.end()
                    ),
                ));
            }
        }
        if self.duration_minutes == 0 || self.duration_minutes > 24 * 60 {
            return Err(Error::invalid(
                crate::error::Code::ScheduleInvalidDuration,
                "duration_minutes",
                "a meeting lasts between 1 minute and 24 hours",
            ));
        }
        if let Some(end) = self.end_date {
            if end < self.start_date {
                return Err(Error::invalid(
                    crate::error::Code::ScheduleEndBeforeStart,
                    "end_date",
                    format!(
                        "the last date ({end}) is before the first date ({})",
                        self.start_date
                    ),
                ));
            }
        }
        rule::validate(self)
    }

    pub fn tz(&self) -> Result<chrono_tz::Tz> {
        zones::parse(&self.timezone)
    }
}

/// `HH:MM` on the wire and in the store: seconds never matter for a meeting.
pub mod hhmm {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format(*t))
    }

    /// "19:30". By hand: lists and imports format tens of thousands, and chrono's
    /// strftime parses its pattern every time.
    pub fn format(t: NaiveTime) -> String {
        use chrono::Timelike;
        let (h, m) = (t.hour(), t.minute());
        let digit = |n: u32| char::from(b'0' + n as u8);
        [
            digit(h / 10),
            digit(h % 10),
            ':',
            digit(m / 10),
            digit(m % 10),
        ]
        .into_iter()
        .collect()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let s = String::deserialize(d)?;
        parse(&s).ok_or_else(|| serde::de::Error::custom(format!("'{s}' is not a time like 19:30")))
    }

    pub fn parse(s: &str) -> Option<NaiveTime> {
        let s = s.trim();
        two_digit(s).or_else(|| {
            NaiveTime::parse_from_str(s, "%H:%M")
                .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S"))
                .ok()
        })
    }

    /// The shapes stores and servers write, "19:30" and "19:30:00", read without
    /// the general parser (which also takes "7:30" and leap seconds).
    fn two_digit(s: &str) -> Option<NaiveTime> {
        let b = s.as_bytes();
        let at = |i: usize| -> Option<u32> {
            let (hi, lo) = (b[i], b[i + 1]);
            (hi.is_ascii_digit() && lo.is_ascii_digit())
                .then(|| u32::from(hi - b'0') * 10 + u32::from(lo - b'0'))
        };
        match b.len() {
            5 if b[2] == b':' => NaiveTime::from_hms_opt(at(0)?, at(3)?, 0),
            8 if b[2] == b':' && b[5] == b':' => NaiveTime::from_hms_opt(at(0)?, at(3)?, at(6)?),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests;
