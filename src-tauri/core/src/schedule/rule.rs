//! Between the friendly [`Recurrence`] and the RFC 5545 RRULE text that is stored,
//! exported and imported; and the rule in words for lists and the CLI.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveTime};
use rrule::RRuleSet;

use super::{Day, Recurrence, Schedule};
use crate::error::{Error, Result};

/// The stored form: RRULE value (empty for none) and RDATE dates.
pub fn to_stored(r: &Recurrence) -> (String, Vec<NaiveDate>) {
    match r {
        Recurrence::Once => (String::new(), vec![]),
        Recurrence::Weekly { interval, days } => {
            let mut days = days.clone();
            days.sort();
            days.dedup();
            let by: Vec<&str> = days.iter().map(|d| d.code()).collect();
            (
                format!(
                    "FREQ=WEEKLY{};BYDAY={}",
                    interval_part(*interval),
                    by.join(",")
                ),
                vec![],
            )
        }
        Recurrence::MonthlyWeekday {
            interval,
            weeks,
            day,
        } => {
            let by: Vec<String> = sorted_positions(weeks)
                .iter()
                .map(|w| format!("{w}{}", day.code()))
                .collect();
            (
                format!(
                    "FREQ=MONTHLY{};BYDAY={}",
                    interval_part(*interval),
                    by.join(",")
                ),
                vec![],
            )
        }
        Recurrence::MonthlyDate { interval, days } => {
            let by: Vec<String> = sorted_positions(days)
                .iter()
                .map(|d| d.to_string())
                .collect();
            (
                format!(
                    "FREQ=MONTHLY{};BYMONTHDAY={}",
                    interval_part(*interval),
                    by.join(",")
                ),
                vec![],
            )
        }
        Recurrence::Dates { dates } => {
            let mut dates = dates.clone();
            dates.sort();
            dates.dedup();
            (String::new(), dates)
        }
        Recurrence::Custom { rrule } => (normalise(rrule), vec![]),
    }
}

/// Reads the stored form back; rules that the editor cannot show stay `Custom`.
pub fn from_stored(rrule: &str, rdates: Vec<NaiveDate>) -> Recurrence {
    let rrule = rrule.trim();
    if rrule.is_empty() {
        return if rdates.is_empty() {
            Recurrence::Once
        } else {
            Recurrence::Dates { dates: rdates }
        };
    }
    friendly(rrule).unwrap_or_else(|| Recurrence::Custom {
        rrule: rrule.to_owned(),
    })
}

fn friendly(rrule: &str) -> Option<Recurrence> {
    // The form the editor stores for nearly every meeting, read without the map of
    // parts below: a region's calendar reads 35,000 rules after each edit, and building
    // those maps was a twentieth of that read (perf, session 46). Anything else, or a
    // day code this does not know, takes the general path, which gives the same answer.
    stored_weekly(rrule).or_else(|| general(rrule))
}

/// "FREQ=WEEKLY;BYDAY=TU,TH" as the editor stores it, or nothing.
fn stored_weekly(rrule: &str) -> Option<Recurrence> {
    let days = rrule.strip_prefix("FREQ=WEEKLY;BYDAY=")?;
    if days.contains([';', '=']) {
        return None;
    }
    let days = days
        .split(',')
        .map(Day::from_code)
        .collect::<Option<Vec<_>>>()?;
    Some(Recurrence::Weekly { interval: 1, days })
}

fn general(rrule: &str) -> Option<Recurrence> {
    let parts = parts(rrule)?;
    let interval = match parts.get("INTERVAL") {
        Some(v) => v.parse::<u32>().ok().filter(|n| *n >= 1)?,
        None => 1,
    };
    let known = |allowed: &[&str]| {
        parts
            .keys()
            .all(|k| allowed.contains(&k.as_str()) || k == "FREQ" || k == "INTERVAL" || k == "WKST")
    };
    match parts.get("FREQ")?.as_str() {
        // WKST changes which weeks "every other" counts; the editor always uses Monday.
        "WEEKLY"
            if known(&["BYDAY"])
                && (interval == 1 || parts.get("WKST").is_none_or(|w| w == "MO")) =>
        {
            let days = parts
                .get("BYDAY")?
                .split(',')
                .map(Day::from_code)
                .collect::<Option<Vec<_>>>()?;
            Some(Recurrence::Weekly { interval, days })
        }
        "MONTHLY" if known(&["BYDAY"]) => {
            let mut weeks = vec![];
            let mut day = None;
            for item in parts.get("BYDAY")?.split(',') {
                let (n, d) = item.split_at(item.len().checked_sub(2)?);
                let d = Day::from_code(d)?;
                if day.is_some_and(|x| x != d) {
                    return None;
                }
                day = Some(d);
                let n: i8 = n.trim_start_matches('+').parse().ok()?;
                if !(n == -1 || (1..=5).contains(&n)) {
                    return None;
                }
                weeks.push(n);
            }
            Some(Recurrence::MonthlyWeekday {
                interval,
                weeks,
                day: day?,
            })
        }
        "MONTHLY" if known(&["BYMONTHDAY"]) => {
            let days = parts
                .get("BYMONTHDAY")?
                .split(',')
                .map(|d| {
                    d.parse::<i8>()
                        .ok()
                        .filter(|n| *n == -1 || (1..=31).contains(n))
                })
                .collect::<Option<Vec<_>>>()?;
            Some(Recurrence::MonthlyDate { interval, days })
        }
        _ => None,
    }
}

fn parts(rrule: &str) -> Option<BTreeMap<String, String>> {
    rrule
        .trim()
        .trim_start_matches("RRULE:")
        .split(';')
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.split_once('=')
                .map(|(k, v)| (k.trim().to_ascii_uppercase(), v.trim().to_ascii_uppercase()))
        })
        .collect()
}

fn normalise(rrule: &str) -> String {
    rrule.trim().trim_start_matches("RRULE:").trim().to_owned()
}

fn interval_part(n: u32) -> String {
    if n > 1 {
        format!(";INTERVAL={n}")
    } else {
        String::new()
    }
}

/// 1, 2, 3 … then -1 (last) at the end.
fn sorted_positions(v: &[i8]) -> Vec<i8> {
    let mut v = v.to_vec();
    v.sort_by_key(|n| if *n < 0 { 100 - *n as i32 } else { *n as i32 });
    v.dedup();
    v
}

pub(super) fn validate(s: &Schedule) -> Result<()> {
    let bad = |code, msg: String| Err(Error::invalid(code, "recurrence", msg));
    match &s.recurrence {
        Recurrence::Once => {}
        Recurrence::Weekly { interval, days } => {
            check_interval(*interval)?;
            if days.is_empty() {
                return bad(
                    crate::error::Code::ScheduleNoDays,
                    "choose at least one day of the week".into(),
                );
            }
        }
        Recurrence::MonthlyWeekday {
            interval, weeks, ..
        } => {
            check_interval(*interval)?;
            if weeks.is_empty() {
                return bad(
                    crate::error::Code::ScheduleNoWeeks,
                    "choose which week of the month (1st, 2nd, … or last)".into(),
                );
            }
            if let Some(w) = weeks.iter().find(|w| !(**w == -1 || (1..=5).contains(*w))) {
                return bad(
                    crate::error::Code::ScheduleInvalidWeek,
                    format!("week {w} of a month does not exist; use 1 to 5 or last"),
                );
            }
        }
        Recurrence::MonthlyDate { interval, days } => {
            check_interval(*interval)?;
            if days.is_empty() {
                return bad(
                    crate::error::Code::ScheduleNoDays,
                    "choose at least one day of the month".into(),
                );
            }
            if let Some(d) = days.iter().find(|d| !(**d == -1 || (1..=31).contains(*d))) {
                return bad(
                    crate::error::Code::ScheduleInvalidMonthDay,
                    format!("day {d} of a month does not exist; use 1 to 31 or last"),
                );
            }
        }
        Recurrence::Dates { dates } => {
            if let (Some(end), Some(late)) = (s.end_date, dates.iter().max()) {
                if *late > end {
                    return bad(
                        crate::error::Code::ScheduleDateAfterEnd,
                        format!("{late} is after the last date {end}"),
                    );
                }
            }
        }
        Recurrence::Custom { rrule } => {
            check(rrule)?;
            parse(rrule, s.start_date, s.start_time)?;
        }
    }
    Ok(())
}

/// The most occurrences a rule may count to (COUNT=…): over thirteen years of a daily
/// meeting. A larger count is a mistake or an attack, and would be expanded in full.
pub const MAX_COUNT: u32 = 5000;

/// Checks an RRULE's parts before anything expands it: a meeting meets at most once a
/// day, so every part that could make it meet more often (or for ever, or never) is
/// refused with its own message, in microseconds, whatever the numbers say.
pub fn check(rrule: &str) -> Result<()> {
    let bad = |code, msg: String| Err(Error::invalid(code, "recurrence", msg));
    let rrule = rrule.trim();
    let rrule = rrule
        .get(..6)
        .filter(|p| p.eq_ignore_ascii_case("RRULE:"))
        .map_or(rrule, |_| &rrule[6..]);
    let mut parts = vec![];
    for part in rrule.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let Some((key, value)) = part.split_once('=') else {
            return bad(
                crate::error::Code::ScheduleInvalidRule,
                format!("the repeat rule has a part without a value: '{part}'"),
            );
        };
        parts.push((key.trim().to_ascii_uppercase(), value.trim()));
    }
    // How often first: it is what makes every other number dangerous.
    let freq = parts
        .iter()
        .find(|(k, _)| k == "FREQ")
        .map(|(_, v)| v.to_ascii_uppercase());
    match freq.as_deref() {
        Some("DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY") => {}
        // A year of an hourly rule is 8,760 occurrences, of a secondly one 31 million.
        Some("HOURLY" | "MINUTELY" | "SECONDLY") => {
            return bad(
                crate::error::Code::ScheduleTooFrequent,
                "a meeting repeats at most once a day; this rule repeats every hour or faster"
                    .into(),
            )
        }
        Some(other) => {
            return bad(
                crate::error::Code::ScheduleInvalidRule,
                format!(
                    "FREQ={other} is not a repeat frequency (DAILY, WEEKLY, MONTHLY or YEARLY)"
                ),
            )
        }
        None => {
            return bad(
                crate::error::Code::ScheduleInvalidRule,
                "the repeat rule has no FREQ (how often it repeats)".into(),
            )
        }
    }
    for (key, value) in &parts {
        let value = *value;
        match key.as_str() {
            "INTERVAL" => match value.parse::<u32>() {
                Ok(n) if (1..=1000).contains(&n) => {}
                _ => {
                    return bad(
                        crate::error::Code::ScheduleInvalidInterval,
                        format!("INTERVAL={value} is not a repeat: it must be a whole number from 1 (every time) up"),
                    )
                }
            },
            "COUNT" => match value.parse::<i64>() {
                Ok(n) if n >= 1 && n <= MAX_COUNT as i64 => {}
                Ok(n) if n > MAX_COUNT as i64 => {
                    return bad(
                        crate::error::Code::ScheduleCountTooLarge,
                        format!("COUNT={n}: a repeating meeting may end after at most {MAX_COUNT} dates; give an end date instead"),
                    )
                }
                _ => {
                    return bad(
                        crate::error::Code::ScheduleInvalidCount,
                        format!("COUNT={value} is not a number of dates: it must be 1 or more"),
                    )
                }
            },
            // More than one time of day is more than once a day.
            "BYHOUR" | "BYMINUTE" | "BYSECOND" if value.split(',').count() > 1 => {
                return bad(
                    crate::error::Code::ScheduleTooFrequent,
                    format!(
                        "{key} gives {} values, so the meeting would happen several times a day; a meeting repeats at most once a day",
                        value.split(',').count()
                    ),
                )
            }
            "UNTIL" => {
                let year = value.get(..4).and_then(|y| y.parse::<i32>().ok());
                if !year.is_some_and(|y| super::YEARS.contains(&y)) {
                    return bad(
                        crate::error::Code::ScheduleYearOutOfRange,
                        format!("UNTIL={value}: the rule must end between {} and {}", super::YEARS.start(), super::YEARS.end()),
                    );
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn check_interval(n: u32) -> Result<()> {
    if (1..=52).contains(&n) {
        Ok(())
    } else {
        Err(Error::invalid(
            crate::error::Code::ScheduleInvalidInterval,
            "recurrence",
            "repeat every 1 to 52 weeks or months",
        ))
    }
}

/// Parses an RRULE value against a floating start; the error names the field.
pub fn parse(rrule: &str, start_date: NaiveDate, start_time: NaiveTime) -> Result<RRuleSet> {
    let rrule = rrule.trim().trim_start_matches("RRULE:");
    if rrule.contains(['\n', '\r']) {
        return Err(invalid_rule("a rule is a single line"));
    }
    // Before the rrule crate sees it: its own limits are far above a meeting's.
    check(rrule)?;
    let text = format!(
        "DTSTART:{}\nRRULE:{}",
        start_date.and_time(start_time).format("%Y%m%dT%H%M%SZ"),
        floating_until(rrule)
    );
    text.parse::<RRuleSet>()
        .map_err(|e| invalid_rule(&e.to_string()))
}

/// The store keeps rules floating (wall-clock) so a UNTIL in UTC is read as wall time.
fn floating_until(rrule: &str) -> String {
    rrule
        .split(';')
        .map(|part| match part.split_once('=') {
            Some((k, v)) if k.eq_ignore_ascii_case("UNTIL") && v.len() == 8 => {
                format!("UNTIL={v}T235959Z")
            }
            Some((k, v)) if k.eq_ignore_ascii_case("UNTIL") && !v.ends_with('Z') => {
                format!("UNTIL={v}Z")
            }
            _ => part.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(";")
}

fn invalid_rule(detail: &str) -> Error {
    Error::invalid(
        crate::error::Code::ScheduleInvalidRule,
        "recurrence",
        format!("the repeat rule is not valid RFC 5545: {detail}"),
    )
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_stored_weekly_form_reads_as_the_general_path_does() {
        for r in [
            "FREQ=WEEKLY;BYDAY=TU",
            "FREQ=WEEKLY;BYDAY=MO,TH",
            "FREQ=WEEKLY;BYDAY=SU,MO,TU,WE,TH,FR,SA",
            "FREQ=WEEKLY;BYDAY=TU,TU",
            "FREQ=WEEKLY;BYDAY=tu,Th",
        ] {
            let fast = stored_weekly(r);
            assert!(fast.is_some(), "{r}");
            assert_eq!(fast, general(r), "{r}");
        }
        // Not the stored form, or not a day: left to the general path.
        for r in [
            "FREQ=WEEKLY;BYDAY=TU;INTERVAL=2",
            "FREQ=WEEKLY;BYDAY=XX",
            "FREQ=WEEKLY;BYDAY=TU,",
            "FREQ=WEEKLY;BYDAY=",
            "FREQ=WEEKLY;BYDAY= TU",
            "FREQ=WEEKLY;BYDAY=1TU",
            "FREQ=MONTHLY;BYDAY=1TU",
        ] {
            assert_eq!(stored_weekly(r), None, "{r}");
        }
        assert_eq!(
            from_stored("FREQ=WEEKLY;BYDAY=TU,XX", vec![]),
            Recurrence::Custom {
                rrule: "FREQ=WEEKLY;BYDAY=TU,XX".into()
            }
        );
        assert_eq!(
            from_stored("FREQ=WEEKLY;BYDAY= TU", vec![]),
            Recurrence::Weekly {
                interval: 1,
                days: vec![Day::TU]
            }
        );
    }

    use super::*;
    use chrono::NaiveTime;

    fn sched(r: Recurrence) -> Schedule {
        Schedule {
            start_date: NaiveDate::from_ymd_opt(2026, 1, 6).unwrap(),
            start_time: NaiveTime::from_hms_opt(19, 0, 0).unwrap(),
            duration_minutes: 60,
            timezone: "America/New_York".into(),
            recurrence: r,
            end_date: None,
        }
    }

    #[test]
    fn second_and_fourth_tuesday_as_an_rrule() {
        let r = Recurrence::MonthlyWeekday {
            interval: 1,
            weeks: vec![4, 2],
            day: Day::TU,
        };
        let (rule, _) = to_stored(&r);
        assert_eq!(rule, "FREQ=MONTHLY;BYDAY=2TU,4TU");
        assert_eq!(
            from_stored(&rule, vec![]),
            Recurrence::MonthlyWeekday {
                interval: 1,
                weeks: vec![2, 4],
                day: Day::TU
            }
        );
    }

    #[test]
    fn stored_forms_round_trip() {
        let cases = [
            Recurrence::Once,
            Recurrence::Weekly {
                interval: 2,
                days: vec![Day::TU],
            },
            Recurrence::Weekly {
                interval: 1,
                days: vec![Day::MO, Day::WE, Day::FR],
            },
            Recurrence::MonthlyWeekday {
                interval: 1,
                weeks: vec![-1],
                day: Day::SA,
            },
            Recurrence::MonthlyWeekday {
                interval: 1,
                weeks: vec![1, 3],
                day: Day::SU,
            },
            Recurrence::MonthlyDate {
                interval: 1,
                days: vec![1, 15],
            },
            Recurrence::MonthlyDate {
                interval: 3,
                days: vec![-1],
            },
            Recurrence::Dates {
                dates: vec![NaiveDate::from_ymd_opt(2026, 2, 1).unwrap()],
            },
            Recurrence::Custom {
                rrule: "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=10".into(),
            },
        ];
        for r in cases {
            let (rule, rdates) = to_stored(&r);
            assert_eq!(from_stored(&rule, rdates), r, "rule {rule}");
        }
    }

    #[test]
    fn impossible_rules_get_field_errors() {
        let e = sched(Recurrence::Weekly {
            interval: 1,
            days: vec![],
        })
        .validate()
        .unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("schedule.no_days", Some("recurrence"))
        );
        let e = sched(Recurrence::MonthlyWeekday {
            interval: 1,
            weeks: vec![6],
            day: Day::MO,
        })
        .validate()
        .unwrap_err();
        assert_eq!(e.code(), "schedule.invalid_week");
        let e = sched(Recurrence::Custom {
            rrule: "FREQ=SOMETIMES".into(),
        })
        .validate()
        .unwrap_err();
        assert_eq!(e.code(), "schedule.invalid_rule");
    }
}
