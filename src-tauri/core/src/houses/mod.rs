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

use crate::clock::now_utc;
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::night::members::{self, MemberInput};
use crate::program::fellowship::Fellowship;

mod compliance;
mod outside;
mod reports;
mod residents;

pub use compliance::*;
pub use outside::*;
pub use reports::*;
pub use residents::*;
// What the rooms share among themselves (not part of the module's API).
use compliance::{attended, days, overlap, Source};

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

/// A rule in words, in `lang`: "5 a week, phase 1, NA meetings". The window says it
/// from the same catalog messages (ui/src/lib/houseRules.ts); the rule itself travels as
/// data.
pub fn rule_words(r: &RuleInput, lang: Lang) -> String {
    let say = |id: &str, args: &[(&str, i18n::Arg)]| i18n::message(lang, id, args);
    let base = match r.kind {
        RuleKind::PerWeek => say("houses-rule-per_week", &[("count", r.count.into())]),
        RuleKind::InFirstDays => say(
            "houses-rule-in_first_days",
            &[
                ("count", r.count.into()),
                ("days", r.days.unwrap_or(0).into()),
            ],
        ),
    };
    let mut parts = vec![base];
    if let Some(p) = r.phase.as_deref().filter(|p| !p.is_empty()) {
        parts.push(say("houses-rule-phase", &[("phase", p.into())]));
    }
    if !r.counts.is_empty() {
        let names: Vec<String> = r.counts.iter().map(|f| f.key().to_uppercase()).collect();
        parts.push(say(
            "houses-rule-counts",
            &[("fellowships", names.join("/").into())],
        ));
    }
    i18n::unit_list(lang, &parts)
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
    use crate::program::meetings::tests::store;

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
        assert_eq!(rule_words(&rule.rule, Lang::EN), "5 a week");
        let phased = RuleInput {
            kind: RuleKind::InFirstDays,
            count: 90,
            days: Some(90),
            phase: Some("1".into()),
            counts: vec![Fellowship::Na, Fellowship::Smart],
        };
        assert_eq!(
            rule_words(&phased, Lang::EN),
            "90 in the first 90 days, phase 1, NA/SMART meetings"
        );
        let es = Lang::parse("es").unwrap();
        assert_eq!(
            rule_words(&phased, es),
            "90 en los primeros 90 días, fase 1, reuniones de NA/SMART"
        );
        let fa = Lang::parse("fa").unwrap();
        // Persian writes its own digits.
        assert_eq!(rule_words(&rule.rule, fa), "هفته‌ای ۵");
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
            Lang::EN,
        )
        .unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let house = get(&s.conn(), h).unwrap();
        let sheet = |tag: &str| {
            let lang = Lang::parse(tag).unwrap();
            crate::pdf::text_of(
                &report_pdf(&house, day("2026-11-02"), day("2026-11-15"), &lines, lang).unwrap(),
            )
        };
        let es = sheet("es");
        assert!(
            es.contains("asistencia a reuniones") && es.contains("Del 2 nov 2026 al 15 nov 2026"),
            "{es}"
        );
        assert!(es.contains("Kim (fase 1): 6 de 10 – le faltan"), "{es}");
        assert!(es.contains("Reglas: 5 por semana"), "{es}");
        let fa = sheet("fa");
        assert!(fa.contains("حضور در جلسه") && fa.contains("Kim"), "{fa}");
        let pt = sheet("pt-BR");
        assert!(
            pt.contains("presença em reuniões") && pt.contains("6 de 10 – faltando"),
            "{pt}"
        );
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
