//! A schedule in words, in any language of the catalog ("every other Thursday", "the
//! last Saturday of the month", "daily except Sunday"): the one wording the window, the
//! CLI, the printed sheets and the page use. The sentences are the catalog's (`rule-…`);
//! which sentence, and the parts it is given, are decided here.

use chrono::NaiveTime;

use super::{Day, Recurrence, Schedule};
use crate::i18n::{self, Arg, Lang};

fn day_id(prefix: &str, d: Day) -> String {
    format!("{prefix}-{}", d.code())
}

/// Positions in calendar order, with "last" (-1) at the end.
fn positions(xs: &[i8]) -> Vec<i8> {
    let mut v = xs.to_vec();
    v.sort_by_key(|&x| {
        if x < 0 {
            100 - i32::from(x)
        } else {
            i32::from(x)
        }
    });
    v.dedup();
    v
}

/// The rule alone: "every other week on Monday and Thursday".
pub fn rule(s: &Schedule, lang: Lang) -> String {
    let say = |id: &str, args: &[(&str, Arg)]| i18n::message(lang, id, args);
    let list = |items: Vec<String>| i18n::and_list(lang, &items);
    match &s.recurrence {
        Recurrence::Once => say(
            "rule-once",
            &[("date", i18n::date(lang, s.start_date).into())],
        ),
        Recurrence::Weekly { interval, days } => {
            let on: Vec<Day> = Day::ALL.into_iter().filter(|d| days.contains(d)).collect();
            let names = || {
                list(
                    on.iter()
                        .map(|&d| say(&day_id("dayname_pl", d), &[]))
                        .collect(),
                )
            };
            match (interval, on.len()) {
                (1, 7) => say("rule-daily", &[]),
                (1, 6) => {
                    let missing = Day::ALL
                        .into_iter()
                        .find(|d| !on.contains(d))
                        .expect("one day is not in six");
                    say(
                        "rule-daily_except",
                        &[("day", say(&day_id("dayname_pl", missing), &[]).into())],
                    )
                }
                (1, _) => say("rule-weekly", &[("days", names().into())]),
                (2, _) => say("rule-biweekly", &[("days", names().into())]),
                (n, _) => say(
                    "rule-weekly_n",
                    &[("n", (*n).into()), ("days", names().into())],
                ),
            }
        }
        Recurrence::MonthlyWeekday {
            interval,
            weeks,
            day,
        } => {
            let weeks = list(
                positions(weeks)
                    .into_iter()
                    .map(|w| match w {
                        -1 => say("ord-last", &[]),
                        w => say(&format!("ord-{w}"), &[]),
                    })
                    .collect(),
            );
            let day = say(&day_id("dayname", *day), &[]);
            if *interval == 1 {
                say(
                    "rule-monthly_weekday",
                    &[("weeks", weeks.into()), ("day", day.into())],
                )
            } else {
                say(
                    "rule-monthly_weekday_n",
                    &[
                        ("weeks", weeks.into()),
                        ("day", day.into()),
                        ("n", (*interval).into()),
                    ],
                )
            }
        }
        Recurrence::MonthlyDate { interval, days } => {
            let dates = list(
                positions(days)
                    .into_iter()
                    .map(|d| match d {
                        -1 => say("ord-last_day", &[]),
                        d => say("ord-day", &[("n", Arg::Ordinal(d.into()))]),
                    })
                    .collect(),
            );
            if *interval == 1 {
                say("rule-monthly_date", &[("dates", dates.into())])
            } else {
                say(
                    "rule-monthly_date_n",
                    &[("dates", dates.into()), ("n", (*interval).into())],
                )
            }
        }
        Recurrence::Dates { dates } => {
            let mut all: Vec<_> = std::iter::once(s.start_date)
                .chain(dates.iter().copied())
                .collect();
            all.sort();
            all.dedup();
            say(
                "rule-dates",
                &[(
                    "dates",
                    list(all.into_iter().map(|d| i18n::date(lang, d)).collect()).into(),
                )],
            )
        }
        Recurrence::Custom { rrule } => say("rule-custom", &[("rule", rrule.into())]),
    }
}

/// The whole schedule: rule, time, zone and last date ("every Tuesday 7:00 PM
/// America/New_York until Jun 30, 2027").
pub fn describe(s: &Schedule, lang: Lang) -> String {
    let mut out = format!(
        "{} {} {}",
        rule(s, lang),
        time(s.start_time, lang),
        s.timezone
    );
    if let Some(end) = s.end_date.filter(|_| s.recurrence != Recurrence::Once) {
        out.push(' ');
        out.push_str(&i18n::message(
            lang,
            "rule-until",
            &[("date", i18n::date(lang, end).into())],
        ));
    }
    out
}

fn time(t: NaiveTime, lang: Lang) -> String {
    i18n::time(lang, t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(recurrence: Recurrence, end: Option<&str>) -> Schedule {
        Schedule {
            start_date: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
            start_time: NaiveTime::from_hms_opt(19, 0, 0).unwrap(),
            duration_minutes: 60,
            timezone: "America/New_York".into(),
            recurrence,
            end_date: end.map(|e| e.parse().unwrap()),
        }
    }

    // CLDR puts a narrow no-break space before AM/PM; a person reads a space.
    fn plain(s: String) -> String {
        s.replace(['\u{202f}', '\u{a0}'], " ")
    }

    fn lang(tag: &str) -> Lang {
        Lang::parse(tag).unwrap()
    }

    fn weekly(interval: u32, days: &[Day]) -> Recurrence {
        Recurrence::Weekly {
            interval,
            days: days.to_vec(),
        }
    }

    #[test]
    fn english() {
        let en = Lang::EN;
        let say = |r, end| plain(describe(&at(r, end), en));
        assert_eq!(
            say(weekly(1, &[Day::TU]), None),
            "every Tuesday 7:00 PM America/New_York"
        );
        assert_eq!(
            say(weekly(2, &[Day::TH, Day::MO]), None),
            "every other week on Monday and Thursday 7:00 PM America/New_York"
        );
        assert_eq!(
            say(
                Recurrence::MonthlyWeekday {
                    interval: 1,
                    weeks: vec![3, 1],
                    day: Day::TU
                },
                None
            ),
            "every 1st and 3rd Tuesday 7:00 PM America/New_York"
        );
        assert_eq!(
            say(
                Recurrence::MonthlyWeekday {
                    interval: 1,
                    weeks: vec![-1],
                    day: Day::SA
                },
                None
            ),
            "every last Saturday 7:00 PM America/New_York"
        );
        assert_eq!(
            say(
                Recurrence::MonthlyDate {
                    interval: 1,
                    days: vec![15, 1, -1, 22]
                },
                None
            ),
            "monthly on the 1st, 15th, 22nd, and last day 7:00 PM America/New_York"
        );
        let except_sunday = &[Day::MO, Day::TU, Day::WE, Day::TH, Day::FR, Day::SA];
        assert_eq!(
            say(weekly(1, except_sunday), None),
            "every day except Sunday 7:00 PM America/New_York"
        );
        assert_eq!(
            say(weekly(1, &[Day::FR]), Some("2027-06-30")),
            "every Friday 7:00 PM America/New_York until Jun 30, 2027"
        );
    }

    #[test]
    fn spanish_portuguese_and_persian() {
        let es = lang("es");
        let say = |r, l| plain(describe(&at(r, None), l));
        assert_eq!(
            say(weekly(1, &[Day::SA, Day::TU]), es),
            "todos los martes y sábados 19:00 America/New_York"
        );
        assert_eq!(
            say(
                Recurrence::MonthlyWeekday {
                    interval: 1,
                    weeks: vec![-1],
                    day: Day::SA
                },
                es
            ),
            "el último sábado de cada mes 19:00 America/New_York"
        );
        assert_eq!(
            say(Recurrence::Once, es),
            "una vez, el 1 dic 2026 19:00 America/New_York"
        );
        let pt = lang("pt-BR");
        assert_eq!(
            say(weekly(1, &[Day::MO, Day::WE]), pt),
            "toda semana: segundas e quartas 19:00 America/New_York"
        );
        let fa = lang("fa");
        let persian = say(weekly(1, &[Day::TU]), fa);
        assert!(persian.contains("سه‌شنبه"), "{persian}");
        // Persian writes its own digits.
        assert!(persian.contains("۱۹:۰۰"), "{persian}");
    }
}
