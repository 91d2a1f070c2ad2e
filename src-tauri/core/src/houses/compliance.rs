//! Compliance arithmetic: what each rule asks of a resident in a week or in their
//! first days, what they attended (here, by slip, self-reported), and who is on track.

#[allow(unused_imports)]
use super::*;

/// One attended meeting as compliance sees it.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Attended {
    pub(super) on: NaiveDate,
    pub(super) fellowship: Option<Fellowship>,
    pub(super) how: Source,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Source {
    Here,
    Slip,
    SelfReported,
}

pub(super) fn attended(
    conn: &Connection,
    member_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Attended>> {
    let mut out = vec![];
    let mut here = conn.prepare_cached(
        "SELECT substr(c.occurrence, 1, 10), m.fellowship FROM checkins c JOIN meetings m ON m.id = c.meeting_id \
         WHERE c.member_id = ?1 AND c.occurrence >= ?2 AND c.occurrence < ?3",
    )?;
    let hi = (to + Duration::days(1)).to_string();
    for r in here.query_map(params![member_id, from.to_string(), hi], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })? {
        let (d, f) = r?;
        out.push(Attended {
            on: d.parse().unwrap_or(from),
            fellowship: Fellowship::parse(&f).ok(),
            how: Source::Here,
        });
    }
    let mut outside = conn.prepare_cached(
        "SELECT attended_on, fellowship, verification FROM outside_attendance WHERE member_id = ?1 AND attended_on BETWEEN ?2 AND ?3",
    )?;
    for r in outside.query_map(params![member_id, from.to_string(), to.to_string()], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, String>(2)?,
        ))
    })? {
        let (d, f, v) = r?;
        out.push(Attended {
            on: d.parse().unwrap_or(from),
            fellowship: f.and_then(|f| Fellowship::parse(&f).ok()),
            how: if v == "slip" {
                Source::Slip
            } else {
                Source::SelfReported
            },
        });
    }
    Ok(out)
}

pub(super) fn counts_for(rule: &RuleInput, a: &Attended) -> bool {
    rule.counts.is_empty() || a.fellowship.is_some_and(|f| rule.counts.contains(&f))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// The rule does not apply (another phase, not moved in yet, moved out).
    NotApplicable,
    Met,
    OnTrack,
    Behind,
    /// A closed window (a past week, the first 90 days) ended short.
    Missed,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RuleStatus {
    pub rule_id: i64,
    /// The rule, for the reader to say in their language.
    pub rule: super::RuleInput,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub required: u32,
    /// What a steady pace reaches by the end of today (rounded up).
    pub expected_by_now: u32,
    pub attended: u32,
    pub here: u32,
    pub verified: u32,
    pub self_reported: u32,
    pub state: State,
}

/// The Monday of `d`'s week.
pub fn week_of(d: NaiveDate) -> NaiveDate {
    d - Duration::days(d.weekday().num_days_from_monday() as i64)
}

pub(super) fn overlap(
    a: (NaiveDate, NaiveDate),
    b: (NaiveDate, NaiveDate),
) -> Option<(NaiveDate, NaiveDate)> {
    let from = a.0.max(b.0);
    let to = a.1.min(b.1);
    (from <= to).then_some((from, to))
}

pub(super) fn days(r: (NaiveDate, NaiveDate)) -> i64 {
    (r.1 - r.0).num_days() + 1
}

/// One rule for one resident over the window it measures around `on` (the week of
/// `on`, or the first D days), with progress up to `on`.
pub(super) fn status(
    conn: &Connection,
    res: &Resident,
    rule: &Rule,
    on: NaiveDate,
) -> Result<RuleStatus> {
    let r = &rule.rule;
    let stay = (res.move_in, res.move_out.unwrap_or(NaiveDate::MAX));
    let (window, required) = match r.kind {
        RuleKind::PerWeek => {
            let week = (week_of(on), week_of(on) + Duration::days(6));
            let lived = overlap(week, stay);
            let required =
                lived.map_or(0, |l| (r.count as u64 * days(l) as u64).div_ceil(7) as u32);
            (lived.unwrap_or(week), required)
        }
        RuleKind::InFirstDays => {
            let d = r.days.unwrap_or(1) as i64;
            ((res.move_in, res.move_in + Duration::days(d - 1)), r.count)
        }
    };
    let applies = r
        .phase
        .as_deref()
        .is_none_or(|p| p.eq_ignore_ascii_case(&res.phase))
        && required > 0
        && on >= res.move_in
        && overlap(window, stay).is_some();
    let through = on.min(window.1);
    let list: Vec<Attended> = if applies && through >= window.0 {
        attended(conn, res.member_id, window.0, through)?
            .into_iter()
            .filter(|a| counts_for(r, a))
            .collect()
    } else {
        vec![]
    };
    let n = |s: Source| list.iter().filter(|a| a.how == s).count() as u32;
    let attended = list.len() as u32;
    let elapsed = if through >= window.0 {
        days((window.0, through))
    } else {
        0
    };
    // Pace through the end of today, rounded up: on track means no catching up is
    // needed; behind means today's meeting (or more) is needed to get back on pace.
    let expected = (required as u64 * elapsed as u64).div_ceil(days(window).max(1) as u64) as u32;
    let state = if !applies {
        State::NotApplicable
    } else if attended >= required {
        State::Met
    } else if on > window.1 {
        State::Missed
    } else if attended >= expected {
        State::OnTrack
    } else {
        State::Behind
    };
    Ok(RuleStatus {
        rule_id: rule.id,
        rule: rule.rule.clone(),
        from: window.0,
        to: window.1,
        required,
        expected_by_now: expected.min(required),
        attended,
        here: n(Source::Here),
        verified: n(Source::Slip),
        self_reported: n(Source::SelfReported),
        state,
    })
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ResidentStatus {
    pub resident: Resident,
    /// The worst of the rules that apply.
    pub state: State,
    pub rules: Vec<RuleStatus>,
    /// Week by week: (Monday, attended, required) over the last eight weeks.
    pub weeks: Vec<WeekCount>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WeekCount {
    pub week: NaiveDate,
    pub attended: u32,
    pub required: u32,
}

/// Who is on track or behind today, current residents first.
pub fn dashboard(
    conn: &Connection,
    house_id: i64,
    today: NaiveDate,
) -> Result<Vec<ResidentStatus>> {
    let house = get(conn, house_id)?;
    let mut out = vec![];
    for res in residents(conn, house_id)? {
        if res.move_out.is_some_and(|d| d < today - Duration::days(30)) {
            continue;
        }
        let rules: Vec<RuleStatus> = house
            .rules
            .iter()
            .map(|r| status(conn, &res, r, today))
            .collect::<Result<_>>()?;
        let state = rules
            .iter()
            .map(|r| r.state)
            .filter(|s| *s != State::NotApplicable)
            .max()
            .unwrap_or(State::NotApplicable);
        let weeks = history(conn, &house, &res, 8, today)?;
        out.push(ResidentStatus {
            resident: res,
            state,
            rules,
            weeks,
        });
    }
    Ok(out)
}

pub(super) fn history(
    conn: &Connection,
    house: &House,
    res: &Resident,
    weeks: u32,
    today: NaiveDate,
) -> Result<Vec<WeekCount>> {
    let first = week_of(today) - Duration::weeks(weeks as i64 - 1);
    let all = attended(conn, res.member_id, first, today)?;
    (0..weeks)
        .map(|k| {
            let monday = first + Duration::weeks(k as i64);
            let sunday = monday + Duration::days(6);
            let mut required = 0;
            let mut counted = 0;
            for rule in house
                .rules
                .iter()
                .filter(|r| r.rule.kind == RuleKind::PerWeek)
            {
                let s = status(conn, res, rule, sunday.min(today))?;
                if s.state != State::NotApplicable && s.required >= required {
                    required = s.required;
                    counted = all
                        .iter()
                        .filter(|a| a.on >= monday && a.on <= sunday && counts_for(&rule.rule, a))
                        .count() as u32;
                }
            }
            if required == 0 {
                counted = all
                    .iter()
                    .filter(|a| a.on >= monday && a.on <= sunday)
                    .count() as u32;
            }
            Ok(WeekCount {
                week: monday,
                attended: counted,
                required,
            })
        })
        .collect()
}
