//! Sober-living houses: residents (members with move-in and move-out dates and a
//! phase), the house's meeting rules, attendance at outside meetings, and compliance:
//! who is on track this week, week-by-week history, and reports.
//!
//! Weeks run Monday to Sunday. A resident who moves in (or out) mid-week owes the
//! share of the weekly count for the days they lived there, rounded up: five a week
//! from a Thursday is three. "N in the first D days" runs from the move-in date.

use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::fellowship::Fellowship;
use crate::members::{self, MemberInput};
use crate::store::now_utc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// `count` meetings every week.
    PerWeek,
    /// `count` meetings in the first `days` days after moving in ("90 in 90").
    InFirstDays,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RuleInput {
    pub kind: RuleKind,
    pub count: u32,
    #[serde(default)]
    pub days: Option<u32>,
    /// Applies to residents in this phase; `None` to everyone.
    #[serde(default)]
    pub phase: Option<String>,
    /// Fellowships whose meetings count; empty: every meeting.
    #[serde(default)]
    pub counts: Vec<Fellowship>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Rule {
    pub id: i64,
    #[serde(flatten)]
    pub rule: RuleInput,
    /// In words: "5 a week (phase 1)".
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct House {
    pub id: i64,
    pub name: String,
    pub notes: String,
    pub rules: Vec<Rule>,
    pub residents: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Resident {
    pub id: i64,
    pub house_id: i64,
    pub member_id: i64,
    pub nickname: String,
    pub move_in: NaiveDate,
    pub move_out: Option<NaiveDate>,
    pub phase: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ResidentInput {
    /// An existing member, or a nickname to add one.
    pub member_id: Option<i64>,
    pub nickname: String,
    pub move_in: Option<NaiveDate>,
    pub move_out: Option<NaiveDate>,
    pub phase: String,
}

fn rule_text(r: &RuleInput) -> String {
    let base = match r.kind {
        RuleKind::PerWeek => format!("{} a week", r.count),
        RuleKind::InFirstDays => format!("{} in the first {} days", r.count, r.days.unwrap_or(0)),
    };
    let mut parts = vec![base];
    if let Some(p) = r.phase.as_deref().filter(|p| !p.is_empty()) {
        parts.push(format!("phase {p}"));
    }
    if !r.counts.is_empty() {
        let names: Vec<&str> = r.counts.iter().map(|f| f.key()).collect();
        parts.push(format!("{} meetings", names.join("/").to_uppercase()));
    }
    parts.join(", ")
}

fn check_name(name: &str) -> Result<String> {
    let n = name.trim();
    if n.is_empty() {
        return Err(Error::invalid(
            crate::error::Code::HouseNameEmpty,
            "name",
            "give the house a name",
        ));
    }
    Ok(n.to_owned())
}

fn unique(e: rusqlite::Error, name: &str) -> Error {
    match &e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
        {
            Error::invalid(
                crate::error::Code::HouseDuplicate,
                "name",
                format!("there is already a house called “{name}”"),
            )
        }
        _ => e.into(),
    }
}

pub fn create(conn: &Connection, name: &str, notes: &str) -> Result<House> {
    let name = check_name(name)?;
    conn.execute(
        "INSERT INTO houses (name, notes, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
        params![name, notes.trim(), now_utc()],
    )
    .map_err(|e| unique(e, &name))?;
    get(conn, conn.last_insert_rowid())
}

pub fn rename(conn: &Connection, id: i64, name: &str, notes: &str) -> Result<House> {
    let name = check_name(name)?;
    let n = conn
        .execute(
            "UPDATE houses SET name = ?2, notes = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, name, notes.trim(), now_utc()],
        )
        .map_err(|e| unique(e, &name))?;
    if n == 0 {
        return Err(Error::not_found("house", id));
    }
    get(conn, id)
}

/// Removes the house, its rules and residencies; the members stay.
pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    if conn.execute("DELETE FROM houses WHERE id = ?1", [id])? == 0 {
        return Err(Error::not_found("house", id));
    }
    Ok(())
}

fn rules(conn: &Connection, house_id: i64) -> Result<Vec<Rule>> {
    let mut stmt = conn.prepare_cached("SELECT id, kind, count, days, phase, counts FROM house_rules WHERE house_id = ?1 ORDER BY id")?;
    let rows = stmt.query_map([house_id], |r| {
        let kind: String = r.get(1)?;
        let counts: String = r.get(5)?;
        let input = RuleInput {
            kind: if kind == "per_week" {
                RuleKind::PerWeek
            } else {
                RuleKind::InFirstDays
            },
            count: r.get(2)?,
            days: r.get(3)?,
            phase: r.get(4)?,
            counts: serde_json::from_str(&counts).unwrap_or_default(),
        };
        Ok(Rule {
            id: r.get(0)?,
            text: rule_text(&input),
            rule: input,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(conn: &Connection, id: i64) -> Result<House> {
    let (name, notes): (String, String) = conn
        .prepare_cached("SELECT name, notes FROM houses WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .ok_or_else(|| Error::not_found("house", id))?;
    let residents: u32 = conn.query_row(
        "SELECT count(*) FROM residents WHERE house_id = ?1 AND move_out IS NULL",
        [id],
        |r| r.get(0),
    )?;
    Ok(House {
        id,
        name,
        notes,
        rules: rules(conn, id)?,
        residents,
    })
}

pub fn list(conn: &Connection) -> Result<Vec<House>> {
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM houses ORDER BY name COLLATE NOCASE")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.into_iter().map(|id| get(conn, id)).collect()
}

pub fn add_rule(conn: &Connection, house_id: i64, r: &RuleInput) -> Result<Rule> {
    get(conn, house_id)?;
    if r.count == 0 || r.count > 1000 {
        return Err(Error::invalid(
            crate::error::Code::HouseInvalidCount,
            "count",
            "a rule asks for between 1 and 1,000 meetings",
        ));
    }
    let days = match r.kind {
        RuleKind::PerWeek => None,
        RuleKind::InFirstDays => match r.days {
            Some(d) if (1..=3650).contains(&d) => Some(d),
            _ => {
                return Err(Error::invalid(
                    crate::error::Code::HouseInvalidDays,
                    "days",
                    "say over how many days (for example 90)",
                ));
            }
        },
    };
    let kind = match r.kind {
        RuleKind::PerWeek => "per_week",
        RuleKind::InFirstDays => "in_first_days",
    };
    let phase = r.phase.as_deref().map(str::trim).filter(|p| !p.is_empty());
    conn.execute(
        "INSERT INTO house_rules (house_id, phase, kind, count, days, counts) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![house_id, phase, kind, r.count, days, serde_json::to_string(&r.counts).expect("fellowships serialise")],
    )?;
    let id = conn.last_insert_rowid();
    rules(conn, house_id)?
        .into_iter()
        .find(|x| x.id == id)
        .ok_or_else(|| Error::not_found("rule", id))
}

pub fn remove_rule(conn: &Connection, rule_id: i64) -> Result<()> {
    if conn.execute("DELETE FROM house_rules WHERE id = ?1", [rule_id])? == 0 {
        return Err(Error::not_found("rule", rule_id));
    }
    Ok(())
}

const RESIDENT: &str =
    "SELECT r.id, r.house_id, r.member_id, m.nickname, r.move_in, r.move_out, r.phase \
    FROM residents r JOIN members m ON m.id = r.member_id";

fn resident_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<Resident> {
    let move_in: String = r.get(4)?;
    let move_out: Option<String> = r.get(5)?;
    Ok(Resident {
        id: r.get(0)?,
        house_id: r.get(1)?,
        member_id: r.get(2)?,
        nickname: r.get(3)?,
        move_in: move_in.parse().unwrap_or_default(),
        move_out: move_out.and_then(|s| s.parse().ok()),
        phase: r.get(6)?,
    })
}

pub fn residents(conn: &Connection, house_id: i64) -> Result<Vec<Resident>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{RESIDENT} WHERE r.house_id = ?1 ORDER BY r.move_out IS NOT NULL, m.nickname COLLATE NOCASE"
    ))?;
    let rows = stmt
        .query_map([house_id], resident_from)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub fn resident(conn: &Connection, id: i64) -> Result<Resident> {
    conn.prepare_cached(&format!("{RESIDENT} WHERE r.id = ?1"))?
        .query_row([id], resident_from)
        .optional()?
        .ok_or_else(|| Error::not_found("resident", id))
}

fn check_dates(input: &ResidentInput, today: NaiveDate) -> Result<NaiveDate> {
    let move_in = input.move_in.ok_or_else(|| {
        Error::invalid(
            crate::error::Code::ResidentMoveInRequired,
            "move_in",
            "give the move-in date",
        )
    })?;
    if move_in > today + Duration::days(60) {
        return Err(Error::invalid(
            crate::error::Code::ResidentMoveInFuture,
            "move_in",
            "the move-in date is more than two months away",
        ));
    }
    if let Some(out) = input.move_out {
        if out < move_in {
            return Err(Error::invalid(
                crate::error::Code::ResidentMoveOutBeforeIn,
                "move_out",
                "the move-out date is before the move-in date",
            ));
        }
    }
    Ok(move_in)
}

pub fn add_resident(
    conn: &Connection,
    house_id: i64,
    input: &ResidentInput,
    today: NaiveDate,
) -> Result<Resident> {
    get(conn, house_id)?;
    let move_in = check_dates(input, today)?;
    let member_id = match input.member_id {
        Some(id) => members::get(conn, id)?.id,
        None => {
            let existing: Option<i64> = conn
                .query_row(
                    "SELECT id FROM members WHERE group_id IS NULL AND nickname = ?1",
                    [input.nickname.trim()],
                    |r| r.get(0),
                )
                .optional()?;
            match existing {
                Some(id) => id,
                None => {
                    members::create(
                        conn,
                        &MemberInput {
                            nickname: input.nickname.clone(),
                            ..Default::default()
                        },
                        today,
                    )?
                    .id
                }
            }
        }
    };
    let already: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM residents WHERE house_id = ?1 AND member_id = ?2 AND move_out IS NULL)",
        params![house_id, member_id],
        |r| r.get(0),
    )?;
    if already {
        return Err(Error::invalid(
            crate::error::Code::ResidentDuplicate,
            "nickname",
            "this member already lives in the house",
        ));
    }
    conn.execute(
        "INSERT INTO residents (house_id, member_id, move_in, move_out, phase) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![house_id, member_id, move_in.to_string(), input.move_out.map(|d| d.to_string()), input.phase.trim()],
    )?;
    resident(conn, conn.last_insert_rowid())
}

/// Changes phase or dates (a move-out ends the residency but keeps its history).
pub fn update_resident(
    conn: &Connection,
    id: i64,
    input: &ResidentInput,
    today: NaiveDate,
) -> Result<Resident> {
    resident(conn, id)?;
    let move_in = check_dates(input, today)?;
    conn.execute(
        "UPDATE residents SET move_in = ?2, move_out = ?3, phase = ?4 WHERE id = ?1",
        params![
            id,
            move_in.to_string(),
            input.move_out.map(|d| d.to_string()),
            input.phase.trim()
        ],
    )?;
    resident(conn, id)
}

pub fn remove_resident(conn: &Connection, id: i64) -> Result<()> {
    if conn.execute("DELETE FROM residents WHERE id = ?1", [id])? == 0 {
        return Err(Error::not_found("resident", id));
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Verification {
    /// A signed slip from the group was checked.
    Slip,
    SelfReported,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct OutsideInput {
    pub member_id: i64,
    pub attended_on: NaiveDate,
    pub meeting_name: String,
    #[serde(default)]
    pub fellowship: Option<Fellowship>,
    /// A slip's code or token; empty for self-reported.
    #[serde(default)]
    pub slip: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Outside {
    pub id: i64,
    pub member_id: i64,
    pub attended_on: NaiveDate,
    pub meeting_name: String,
    pub fellowship: Option<Fellowship>,
    pub verification: Verification,
}

/// Logs a meeting attended elsewhere. With a slip, the slip must verify and name
/// this member and date; otherwise it is recorded as self-reported.
pub fn log_outside(conn: &Connection, input: &OutsideInput, today: NaiveDate) -> Result<Outside> {
    let member = members::get(conn, input.member_id)?;
    if input.attended_on > today {
        return Err(Error::invalid(
            crate::error::Code::OutsideFuture,
            "attended_on",
            "that date has not come yet",
        ));
    }
    let mut name = input.meeting_name.trim().to_owned();
    let slip = input.slip.trim();
    let (verification, code) = if slip.is_empty() {
        if name.is_empty() {
            return Err(Error::invalid(
                crate::error::Code::OutsideNameRequired,
                "meeting_name",
                "name the meeting attended",
            ));
        }
        (Verification::SelfReported, None)
    } else {
        let v = crate::slips::verify(conn, slip)?;
        if !v.nickname.eq_ignore_ascii_case(&member.nickname) {
            return Err(Error::invalid(
                crate::error::Code::OutsideSlipOtherMember,
                "slip",
                format!(
                    "this slip is for “{}”, not “{}”",
                    v.nickname, member.nickname
                ),
            ));
        }
        let day = input.attended_on.to_string();
        let Some(entry) = v.entries.iter().find(|e| e.occurrence.starts_with(&day)) else {
            return Err(Error::invalid(
                crate::error::Code::OutsideSlipOtherDate,
                "slip",
                format!("the slip does not list a meeting on {day}"),
            ));
        };
        if name.is_empty() {
            name = entry.meeting.clone();
        }
        (Verification::Slip, Some(v.code))
    };
    conn.execute(
        "INSERT INTO outside_attendance (member_id, attended_on, meeting_name, fellowship, verification, slip_code, recorded_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            input.member_id,
            input.attended_on.to_string(),
            name,
            input.fellowship.map(|f| f.key()),
            if verification == Verification::Slip { "slip" } else { "self_reported" },
            code,
            now_utc()
        ],
    )?;
    Ok(Outside {
        id: conn.last_insert_rowid(),
        member_id: input.member_id,
        attended_on: input.attended_on,
        meeting_name: name,
        fellowship: input.fellowship,
        verification,
    })
}

pub fn remove_outside(conn: &Connection, id: i64) -> Result<()> {
    if conn.execute("DELETE FROM outside_attendance WHERE id = ?1", [id])? == 0 {
        return Err(Error::not_found("outside meeting", id));
    }
    Ok(())
}

/// One attended meeting as compliance sees it.
#[derive(Debug, Clone, PartialEq)]
struct Attended {
    on: NaiveDate,
    fellowship: Option<Fellowship>,
    how: Source,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Source {
    Here,
    Slip,
    SelfReported,
}

fn attended(
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

fn counts_for(rule: &RuleInput, a: &Attended) -> bool {
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
    pub text: String,
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

fn overlap(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> Option<(NaiveDate, NaiveDate)> {
    let from = a.0.max(b.0);
    let to = a.1.min(b.1);
    (from <= to).then_some((from, to))
}

fn days(r: (NaiveDate, NaiveDate)) -> i64 {
    (r.1 - r.0).num_days() + 1
}

/// One rule for one resident over the window it measures around `on` (the week of
/// `on`, or the first D days), with progress up to `on`.
fn status(conn: &Connection, res: &Resident, rule: &Rule, on: NaiveDate) -> Result<RuleStatus> {
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
        text: rule.text.clone(),
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

fn history(
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

/// One resident over one period, for the weekly and monthly reports.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReportLine {
    pub nickname: String,
    pub phase: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub attended: u32,
    pub here: u32,
    pub verified: u32,
    pub self_reported: u32,
    /// Meetings the weekly rules asked for over the period.
    pub required: u32,
    pub met: bool,
}

/// Each resident's numbers for the period `from..=to` (a week or a month).
pub fn report(
    conn: &Connection,
    house_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<ReportLine>> {
    if to < from || (to - from).num_days() > 400 {
        return Err(Error::invalid(
            crate::error::Code::ReportInvalidRange,
            "to",
            "a report covers one day to a year",
        ));
    }
    let house = get(conn, house_id)?;
    let mut out = vec![];
    for res in residents(conn, house_id)? {
        let stay = (res.move_in, res.move_out.unwrap_or(NaiveDate::MAX));
        let Some(lived) = overlap((from, to), stay) else {
            continue;
        };
        let list = attended(conn, res.member_id, lived.0, lived.1)?;
        let mut required = 0u32;
        let mut monday = week_of(lived.0);
        while monday <= lived.1 {
            let part = overlap((monday, monday + Duration::days(6)), lived)
                .expect("the week meets the period");
            let whole =
                overlap((monday, monday + Duration::days(6)), stay).expect("lived there that week");
            for rule in house
                .rules
                .iter()
                .filter(|r| r.rule.kind == RuleKind::PerWeek)
            {
                if rule
                    .rule
                    .phase
                    .as_deref()
                    .is_none_or(|p| p.eq_ignore_ascii_case(&res.phase))
                {
                    // The week's requirement, shared over the days of it inside the period.
                    let week_required =
                        (rule.rule.count as u64 * days(whole) as u64).div_ceil(7) as i64;
                    required +=
                        ((week_required * days(part)) as f64 / days(whole) as f64).round() as u32;
                }
            }
            monday += Duration::weeks(1);
        }
        let n = |s: Source| list.iter().filter(|a| a.how == s).count() as u32;
        out.push(ReportLine {
            nickname: res.nickname.clone(),
            phase: res.phase.clone(),
            from: lived.0,
            to: lived.1,
            attended: list.len() as u32,
            here: n(Source::Here),
            verified: n(Source::Slip),
            self_reported: n(Source::SelfReported),
            required,
            met: list.len() as u32 >= required,
        });
    }
    Ok(out)
}

pub fn report_csv(lines: &[ReportLine]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut row = |cells: &[&str]| {
        let guarded: Vec<String> = cells.iter().map(|c| spreadsheet_safe(c)).collect();
        w.write_record(&guarded)
            .expect("writing to memory cannot fail");
    };
    row(&[
        "nickname",
        "phase",
        "from",
        "to",
        "attended",
        "at_our_meetings",
        "verified_by_slip",
        "self_reported",
        "required",
        "met",
    ]);
    for l in lines {
        row(&[
            &l.nickname,
            &l.phase,
            &l.from.to_string(),
            &l.to.to_string(),
            &l.attended.to_string(),
            &l.here.to_string(),
            &l.verified.to_string(),
            &l.self_reported.to_string(),
            &l.required.to_string(),
            if l.met { "yes" } else { "no" },
        ]);
    }
    let bytes = w.into_inner().expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("the cells are UTF-8")
}

/// A cell a spreadsheet will not run: one that would start a formula (`=`, `+`, `-`,
/// `@`, or a tab or carriage return before one) is kept as text with a leading `'`.
fn spreadsheet_safe(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

pub fn report_pdf(
    house: &House,
    from: NaiveDate,
    to: NaiveDate,
    lines: &[ReportLine],
) -> Result<Vec<u8>> {
    use crate::pdf::Block;
    let mut blocks = vec![
        Block::Title(format!("{}: meeting attendance", house.name)),
        Block::Text(format!("{from} to {to}")),
        Block::Small(format!(
            "Rules: {}",
            house
                .rules
                .iter()
                .map(|r| r.text.clone())
                .collect::<Vec<_>>()
                .join("; ")
        )),
        Block::Gap(8.0),
    ];
    for l in lines {
        blocks.push(Block::Strong(format!(
            "{}{}: {} of {} {}",
            l.nickname,
            if l.phase.is_empty() {
                String::new()
            } else {
                format!(" (phase {})", l.phase)
            },
            l.attended,
            l.required,
            if l.met { "- met" } else { "- short" }
        )));
        blocks.push(Block::Item(format!(
            "{} at our meetings, {} verified by slip, {} self-reported ({} to {})",
            l.here, l.verified, l.self_reported, l.from, l.to
        )));
    }
    blocks.push(Block::Gap(12.0));
    blocks.push(Block::Small(
        "Attendance confirms presence only, never participation or anything else about a person."
            .into(),
    ));
    crate::pdf::render(&blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nickname_cannot_become_a_spreadsheet_formula() {
        let line = ReportLine {
            nickname: "=HYPERLINK(\"http://x\",\"click\")".into(),
            phase: "+1, \"new\"".into(),
            from: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 11, 8).unwrap(),
            attended: 3,
            here: 2,
            verified: 1,
            self_reported: 0,
            required: 5,
            met: false,
        };
        let out = report_csv(&[line]);
        let row = out.lines().nth(1).unwrap();
        assert!(
            row.starts_with(
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",\"'+1, \"\"new\"\"\","
            ),
            "{row}"
        );
        assert!(out.ends_with("\r\n"));
    }
    use crate::meetings::tests::store;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn setup(s: &crate::Store, move_in: &str) -> (i64, Resident) {
        let today = day("2026-11-26");
        let h = s.write(|tx| create(tx, "Hope House", "")).unwrap();
        let res = s
            .write(|tx| {
                add_resident(
                    tx,
                    h.id,
                    &ResidentInput {
                        nickname: "Kim".into(),
                        move_in: Some(day(move_in)),
                        phase: "1".into(),
                        ..Default::default()
                    },
                    today,
                )
            })
            .unwrap();
        (h.id, res)
    }

    fn log(s: &crate::Store, member: i64, on: &str) {
        let input = OutsideInput {
            member_id: member,
            attended_on: day(on),
            meeting_name: "Downtown NA".into(),
            fellowship: Some(Fellowship::Na),
            slip: String::new(),
        };
        s.write(|tx| log_outside(tx, &input, day("2026-11-30")))
            .unwrap();
    }

    #[test]
    fn weeks_run_monday_to_sunday_and_a_mid_week_move_in_owes_its_share() {
        let (_d, s) = store();
        let (h, res) = setup(&s, "2026-11-26"); // a Thursday
        let rule = s
            .write(|tx| {
                add_rule(
                    tx,
                    h,
                    &RuleInput {
                        kind: RuleKind::PerWeek,
                        count: 5,
                        days: None,
                        phase: None,
                        counts: vec![],
                    },
                )
            })
            .unwrap();
        assert_eq!(rule.text, "5 a week");
        // Thursday to Sunday is four days of seven: ceil(5 × 4 / 7) = 3.
        let st = status(&s.conn(), &res, &rule, day("2026-11-26")).unwrap();
        assert_eq!(
            (st.from, st.to, st.required),
            (day("2026-11-26"), day("2026-11-29"), 3)
        );
        assert_eq!(
            (st.expected_by_now, st.state),
            (1, State::Behind),
            "the first day's pace asks for one: {st:?}"
        );
        log(&s, res.member_id, "2026-11-26");
        log(&s, res.member_id, "2026-11-27");
        let st = status(&s.conn(), &res, &rule, day("2026-11-27")).unwrap();
        assert_eq!(
            (st.attended, st.expected_by_now, st.state),
            (2, 2, State::OnTrack)
        );
        // Saturday: three of four days gone, ceil(3 × 3 / 4) = 3 expected.
        let st = status(&s.conn(), &res, &rule, day("2026-11-28")).unwrap();
        assert_eq!(
            (st.attended, st.expected_by_now, st.state),
            (2, 3, State::Behind)
        );
        let st = status(&s.conn(), &res, &rule, day("2026-11-30")).unwrap();
        // Monday: a new week of five.
        assert_eq!(
            (st.from, st.required, st.attended),
            (day("2026-11-30"), 5, 0)
        );
        assert_eq!(week_of(day("2026-11-29")), day("2026-11-23"));
    }

    #[test]
    fn ninety_in_ninety_counts_from_move_in_and_phases_choose_rules() {
        let (_d, s) = store();
        let (h, res) = setup(&s, "2026-09-01");
        let ninety = s
            .write(|tx| {
                add_rule(
                    tx,
                    h,
                    &RuleInput {
                        kind: RuleKind::InFirstDays,
                        count: 90,
                        days: Some(90),
                        phase: None,
                        counts: vec![Fellowship::Na],
                    },
                )
            })
            .unwrap();
        let phase2 = s
            .write(|tx| {
                add_rule(
                    tx,
                    h,
                    &RuleInput {
                        kind: RuleKind::PerWeek,
                        count: 3,
                        days: None,
                        phase: Some("2".into()),
                        counts: vec![],
                    },
                )
            })
            .unwrap();
        for k in 0..45 {
            log(
                &s,
                res.member_id,
                &(day("2026-09-01") + Duration::days(k)).to_string(),
            );
        }
        // Day 45 of 90 with 45 meetings: exactly on pace.
        let st = status(&s.conn(), &res, &ninety, day("2026-10-15")).unwrap();
        assert_eq!((st.from, st.to), (day("2026-09-01"), day("2026-11-29")));
        assert_eq!(
            (st.attended, st.expected_by_now, st.state),
            (45, 45, State::OnTrack)
        );
        // Day 60 with still 45: behind; after the window: missed.
        assert_eq!(
            status(&s.conn(), &res, &ninety, day("2026-10-30"))
                .unwrap()
                .state,
            State::Behind
        );
        assert_eq!(
            status(&s.conn(), &res, &ninety, day("2026-11-30"))
                .unwrap()
                .state,
            State::Missed
        );
        // A phase-2 rule does not apply to a phase-1 resident.
        assert_eq!(
            status(&s.conn(), &res, &phase2, day("2026-10-15"))
                .unwrap()
                .state,
            State::NotApplicable
        );
        // Self-reported SMART meetings do not count toward an NA-only rule.
        let smart = OutsideInput {
            member_id: res.member_id,
            attended_on: day("2026-10-16"),
            meeting_name: "SMART online".into(),
            fellowship: Some(Fellowship::Smart),
            slip: String::new(),
        };
        s.write(|tx| log_outside(tx, &smart, day("2026-10-16")))
            .unwrap();
        assert_eq!(
            status(&s.conn(), &res, &ninety, day("2026-10-16"))
                .unwrap()
                .attended,
            45
        );
    }

    #[test]
    fn reports_share_weekly_counts_over_the_period_and_name_no_one_else() {
        let (_d, s) = store();
        let (h, res) = setup(&s, "2026-11-02");
        s.write(|tx| {
            add_rule(
                tx,
                h,
                &RuleInput {
                    kind: RuleKind::PerWeek,
                    count: 5,
                    days: None,
                    phase: None,
                    counts: vec![],
                },
            )
        })
        .unwrap();
        for d in [
            "2026-11-02",
            "2026-11-03",
            "2026-11-04",
            "2026-11-05",
            "2026-11-06",
            "2026-11-10",
        ] {
            log(&s, res.member_id, d);
        }
        let lines = report(&s.conn(), h, day("2026-11-02"), day("2026-11-15")).unwrap();
        assert_eq!(lines.len(), 1);
        assert_eq!(
            (lines[0].attended, lines[0].required, lines[0].met),
            (6, 10, false)
        );
        let csv = report_csv(&lines);
        assert!(
            csv.contains("Kim,1,2026-11-02,2026-11-15,6,0,0,6,10,no"),
            "{csv}"
        );
        let pdf = report_pdf(
            &get(&s.conn(), h).unwrap(),
            day("2026-11-02"),
            day("2026-11-15"),
            &lines,
        )
        .unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let e = s.write(|tx| {
            add_rule(
                tx,
                h,
                &RuleInput {
                    kind: RuleKind::InFirstDays,
                    count: 90,
                    days: None,
                    phase: None,
                    counts: vec![],
                },
            )
        });
        assert_eq!(e.unwrap_err().code(), "house.invalid_days");
    }
}
