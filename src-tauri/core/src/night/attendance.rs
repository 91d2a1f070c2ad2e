//! Meeting night: who checked in at an occurrence, the anonymous head and newcomer
//! counts, what chips are due, and the per-occurrence report and weekly trends built
//! from them. Reports and trends hold counts only, never a nickname.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::clock::now_utc;
use crate::error::{Error, Result};
use crate::night::chips::{self, Award, Due};
use crate::night::members::{self, Member, MemberInput};
use crate::program::exceptions::{occurrence_key, parse_occurrence_key};
use crate::program::fellowship::Fellowship;
use crate::program::meetings::{self, Meeting};
use crate::schedule::expand::Expander;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CheckIn {
    pub member_id: i64,
    pub nickname: String,
    pub first_time: bool,
    pub clean_date: Option<NaiveDate>,
    /// Days clean on the night, when a clean date is known.
    pub days_clean: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Night {
    pub meeting_id: i64,
    pub meeting_name: String,
    pub fellowship: Fellowship,
    pub group_id: Option<i64>,
    /// The occurrence's key, its original local start `YYYY-MM-DDTHH:MM`.
    pub occurrence: String,
    pub held: bool,
    pub head_count: u32,
    pub newcomer_count: u32,
    pub notes: String,
    pub checked_in: Vec<CheckIn>,
    /// People in the room: the head count, or the check-ins if more.
    pub attendance: u32,
    pub newcomers: u32,
    pub due: Vec<Due>,
    pub awarded: Vec<Award>,
}

/// The occurrence `key` of `meeting`, checked: it must be on the schedule and not in
/// the future (check-in is for tonight or a past night).
fn occurrence(meeting: &Meeting, key: &str, today: NaiveDate) -> Result<NaiveDateTime> {
    let at = parse_occurrence_key(key)?;
    let exp = Expander::new(&meeting.schedule)?;
    if !exp.local_starts(at.date(), at.date()).contains(&at) {
        return Err(Error::invalid(
            crate::error::Code::NightNotAnOccurrence,
            "occurrence",
            format!(
                "{} does not meet at {}",
                meeting.name,
                key.replace('T', " ")
            ),
        ));
    }
    if at.date() > today {
        return Err(Error::invalid(
            crate::error::Code::NightFuture,
            "occurrence",
            format!("{} on {} has not happened yet", meeting.name, at.date()),
        ));
    }
    Ok(at)
}

pub fn night(conn: &Connection, meeting_id: i64, key: &str, today: NaiveDate) -> Result<Night> {
    let meeting = meetings::get(conn, meeting_id)?;
    let at = occurrence(&meeting, key, today)?;
    let key = occurrence_key(at);
    let report: Option<(bool, u32, u32, String)> = conn
        .prepare_cached(
            "SELECT held, head_count, newcomer_count, notes FROM occurrence_reports WHERE meeting_id = ?1 AND occurrence = ?2",
        )?
        .query_row(params![meeting_id, key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()?;
    let (held, head_count, newcomer_count, notes) = report.unwrap_or((true, 0, 0, String::new()));
    let checked_in: Vec<CheckIn> = conn
        .prepare_cached(
            "SELECT c.member_id, m.nickname, c.first_time, m.clean_date FROM checkins c JOIN members m ON m.id = c.member_id \
             WHERE c.meeting_id = ?1 AND c.occurrence = ?2 ORDER BY c.checked_in_at, m.nickname",
        )?
        .query_map(params![meeting_id, key], |r| {
            let clean: Option<String> = r.get(3)?;
            let clean: Option<NaiveDate> = clean.and_then(|s| s.parse().ok());
            Ok(CheckIn {
                member_id: r.get(0)?,
                nickname: r.get(1)?,
                first_time: r.get(2)?,
                clean_date: clean,
                days_clean: clean.map(|c| (at.date() - c).num_days()),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let schemes = chips::in_force(conn, meeting.fellowship, meeting.group_id)?;
    let mut due = chips::due_tonight(conn, &schemes, meeting_id, &key, at.date())?;
    let awarded = chips::awards(conn, Some((meeting_id, &key)), None)?;
    // Handed out tonight: no longer due.
    due.retain(|d| {
        !awarded
            .iter()
            .any(|a| a.member_id == d.member_id && a.label == d.label)
    });
    let firsts = checked_in.iter().filter(|c| c.first_time).count() as u32;
    Ok(Night {
        meeting_id,
        meeting_name: meeting.name.clone(),
        fellowship: meeting.fellowship,
        group_id: meeting.group_id,
        occurrence: key,
        held,
        head_count,
        newcomer_count,
        notes,
        attendance: head_count.max(checked_in.len() as u32),
        newcomers: newcomer_count.max(firsts),
        checked_in,
        due,
        awarded,
    })
}

/// Checks a known member in (a newcomer comes in through [`add_newcomer`]).
pub fn check_in(
    conn: &Connection,
    meeting_id: i64,
    key: &str,
    member_id: i64,
    today: NaiveDate,
) -> Result<()> {
    record(conn, meeting_id, key, member_id, false, today)
}

fn record(
    conn: &Connection,
    meeting_id: i64,
    key: &str,
    member_id: i64,
    first_time: bool,
    today: NaiveDate,
) -> Result<()> {
    let meeting = meetings::get(conn, meeting_id)?;
    let key = occurrence_key(occurrence(&meeting, key, today)?);
    members::get(conn, member_id)?;
    conn.prepare_cached(
        "INSERT INTO checkins (meeting_id, occurrence, member_id, first_time, checked_in_at) VALUES (?1, ?2, ?3, ?4, ?5) \
         ON CONFLICT DO NOTHING",
    )?
    .execute(params![meeting_id, key, member_id, first_time, now_utc()])?;
    Ok(())
}

pub fn undo_check_in(conn: &Connection, meeting_id: i64, key: &str, member_id: i64) -> Result<()> {
    let key = occurrence_key(parse_occurrence_key(key)?);
    let n = conn.execute(
        "DELETE FROM checkins WHERE meeting_id = ?1 AND occurrence = ?2 AND member_id = ?3",
        params![meeting_id, key, member_id],
    )?;
    if n == 0 {
        return Err(Error::not_found("check-in", member_id));
    }
    Ok(())
}

/// Adds someone new by nickname (in the meeting's group) and checks them in.
pub fn add_newcomer(
    conn: &Connection,
    meeting_id: i64,
    key: &str,
    nickname: &str,
    clean_date: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<Member> {
    let meeting = meetings::get(conn, meeting_id)?;
    occurrence(&meeting, key, today)?;
    let m = members::create(
        conn,
        &MemberInput {
            nickname: nickname.to_owned(),
            clean_date,
            group_id: meeting.group_id,
        },
        today,
    )?;
    record(conn, meeting_id, key, m.id, true, today)?;
    Ok(m)
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct CountsInput {
    pub held: bool,
    pub head_count: u32,
    pub newcomer_count: u32,
    pub notes: String,
}

/// The anonymous counts for an occurrence (the +/− buttons and "did it run").
pub fn set_counts(
    conn: &Connection,
    meeting_id: i64,
    key: &str,
    c: &CountsInput,
    today: NaiveDate,
) -> Result<()> {
    let meeting = meetings::get(conn, meeting_id)?;
    let key = occurrence_key(occurrence(&meeting, key, today)?);
    if c.head_count > 10_000 || c.newcomer_count > 10_000 {
        return Err(Error::invalid(
            crate::error::Code::NightInvalidCount,
            "head_count",
            "a count is between 0 and 10,000",
        ));
    }
    conn.prepare_cached(
        "INSERT INTO occurrence_reports (meeting_id, occurrence, held, head_count, newcomer_count, notes, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (meeting_id, occurrence) DO UPDATE SET held = excluded.held, \
         head_count = excluded.head_count, newcomer_count = excluded.newcomer_count, notes = excluded.notes, updated_at = excluded.updated_at",
    )?
    .execute(params![meeting_id, key, c.held, c.head_count, c.newcomer_count, c.notes.trim(), now_utc()])?;
    Ok(())
}

/// One occurrence's numbers: counts only.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReportRow {
    pub occurrence: String,
    /// Something was recorded for it (a count or a check-in).
    pub recorded: bool,
    pub held: bool,
    pub attendance: u32,
    pub newcomers: u32,
    /// Members checked in by nickname.
    pub members: u32,
    /// Of those, the ones who had come before.
    pub returning: u32,
    pub chips: u32,
}

/// Every occurrence of the meeting from `from` to `to` (not past `today`).
pub fn report(
    conn: &Connection,
    meeting_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<ReportRow>> {
    if to < from {
        return Err(Error::invalid(
            crate::error::Code::ReportInvalidRange,
            "to",
            "the end date is before the start date",
        ));
    }
    if (to - from).num_days() > 3660 {
        return Err(Error::invalid(
            crate::error::Code::ReportInvalidRange,
            "to",
            "a report covers at most ten years",
        ));
    }
    let meeting = meetings::get(conn, meeting_id)?;
    let exp = Expander::new(&meeting.schedule)?;
    let last = to.min(today);
    let mut rows: BTreeMap<String, ReportRow> = BTreeMap::new();
    if from <= last {
        for at in exp.local_starts(from, last) {
            let key = occurrence_key(at);
            rows.insert(
                key.clone(),
                ReportRow {
                    occurrence: key,
                    recorded: false,
                    held: true,
                    attendance: 0,
                    newcomers: 0,
                    members: 0,
                    returning: 0,
                    chips: 0,
                },
            );
        }
    }
    let lo = format!("{from}T00:00");
    let hi = format!("{to}T23:59");
    let mut counts = conn.prepare_cached(
        "SELECT occurrence, held, head_count, newcomer_count FROM occurrence_reports WHERE meeting_id = ?1 AND occurrence BETWEEN ?2 AND ?3",
    )?;
    for r in counts.query_map(params![meeting_id, lo, hi], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, bool>(1)?,
            r.get::<_, u32>(2)?,
            r.get::<_, u32>(3)?,
        ))
    })? {
        let (key, held, head, newcomers) = r?;
        if let Some(row) = rows.get_mut(&key) {
            row.recorded = true;
            row.held = held;
            row.attendance = head;
            row.newcomers = newcomers;
        }
    }
    let mut members = conn.prepare_cached(
        "SELECT occurrence, count(*), sum(first_time) FROM checkins WHERE meeting_id = ?1 AND occurrence BETWEEN ?2 AND ?3 GROUP BY occurrence",
    )?;
    for r in members.query_map(params![meeting_id, lo, hi], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, u32>(1)?,
            r.get::<_, u32>(2)?,
        ))
    })? {
        let (key, n, firsts) = r?;
        if let Some(row) = rows.get_mut(&key) {
            row.recorded = true;
            row.members = n;
            row.returning = n - firsts;
            row.attendance = row.attendance.max(n);
            row.newcomers = row.newcomers.max(firsts);
        }
    }
    let mut chips = conn.prepare_cached(
        "SELECT occurrence, count(*) FROM chip_awards WHERE meeting_id = ?1 AND occurrence BETWEEN ?2 AND ?3 GROUP BY occurrence",
    )?;
    for r in chips.query_map(params![meeting_id, lo, hi], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?))
    })? {
        let (key, n) = r?;
        if let Some(row) = rows.get_mut(&key) {
            row.chips = n;
        }
    }
    Ok(rows.into_values().collect())
}

/// The report as CSV (a SMART-style meeting report: did it run, attendance, newcomers).
pub fn report_csv(rows: &[ReportRow]) -> String {
    let mut out = String::from("date,time,held,attendance,newcomers,members_checked_in,returning_members,chips_awarded\r\n");
    for r in rows {
        let (date, time) = r.occurrence.split_once('T').unwrap_or((&r.occurrence, ""));
        let held = match (r.recorded, r.held) {
            (false, _) => "",
            (true, true) => "yes",
            (true, false) => "no",
        };
        out.push_str(&format!(
            "{date},{time},{held},{},{},{},{},{}\r\n",
            r.attendance, r.newcomers, r.members, r.returning, r.chips
        ));
    }
    out
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WeekPoint {
    /// Monday of the week.
    pub week: NaiveDate,
    pub attendance: u32,
    pub newcomers: u32,
    pub returning: u32,
    pub chips: u32,
    /// Occurrences held that week with something recorded.
    pub meetings: u32,
}

/// Week by week over the last `weeks` weeks up to `today`.
pub fn trends(
    conn: &Connection,
    meeting_id: i64,
    weeks: u32,
    today: NaiveDate,
) -> Result<Vec<WeekPoint>> {
    let weeks = weeks.clamp(1, 520);
    let this_monday = today - Duration::days(today.weekday().num_days_from_monday() as i64);
    let first = this_monday - Duration::weeks(weeks as i64 - 1);
    let mut points: Vec<WeekPoint> = (0..weeks)
        .map(|k| WeekPoint {
            week: first + Duration::weeks(k as i64),
            attendance: 0,
            newcomers: 0,
            returning: 0,
            chips: 0,
            meetings: 0,
        })
        .collect();
    for r in report(conn, meeting_id, first, today, today)? {
        let date: NaiveDate = r.occurrence[..10].parse().unwrap_or(first);
        let i = ((date - first).num_days() / 7) as usize;
        if let Some(p) = points.get_mut(i) {
            if r.recorded && r.held {
                p.meetings += 1;
            }
            p.attendance += r.attendance;
            p.newcomers += r.newcomers;
            p.returning += r.returning;
            p.chips += r.chips;
        }
    }
    Ok(points)
}

/// What meeting night opens on. This computer's own meetings come first: after an
/// import of a region's list, the nearest meeting of thousands is rarely the one the
/// facilitator runs, and a member checked into the wrong one goes unnoticed.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Tonight {
    /// This computer's meetings within fourteen hours either side of now: the one under
    /// way or starting soonest first.
    pub ours: Vec<crate::program::occurrences::Occurrence>,
    /// Every other meeting of those hours, in the same order.
    pub others: Vec<crate::program::occurrences::Occurrence>,
    /// Whether this computer has meetings of its own at all.
    pub has_ours: bool,
    /// When none of ours (or, with none of our own, none at all) meets in those hours:
    /// the next that does, within 60 days.
    pub next: Option<crate::program::occurrences::Occurrence>,
}

/// The nearest occurrence meeting night would open on.
pub fn nearest(
    conn: &Connection,
    now: DateTime<Utc>,
) -> Result<Option<crate::program::occurrences::Occurrence>> {
    let t = tonight(conn, now, 1)?;
    Ok(t.ours.into_iter().chain(t.others).next())
}

/// Tonight's meetings for meeting night's picker (at most `limit` of ours and of the
/// others), one entry a meeting: not yet over before over, then by how far the start
/// is from now.
pub fn tonight(conn: &Connection, now: DateTime<Utc>, limit: usize) -> Result<Tonight> {
    use crate::program::occurrences::Window;
    let w = Window::load(
        conn,
        now - Duration::hours(14),
        now + Duration::hours(14),
        &Default::default(),
    )?;
    let has_ours = w.any(|m| m.own);
    let mut slots = w.slots(&[]);
    slots.sort_unstable_by_key(|s| {
        (
            s.end < now,
            (s.start - now).num_minutes().abs(),
            s.start,
            s.meeting,
            s.original,
        )
    });
    let mut seen = std::collections::HashSet::new();
    slots.retain(|s| seen.insert(s.meeting));
    let (ours, others): (Vec<_>, Vec<_>) = slots.iter().partition(|s| w.meeting(s).own);
    let ours: Vec<_> = ours
        .into_iter()
        .take(limit)
        .map(|s| w.occurrence(s))
        .collect();
    let others: Vec<_> = others
        .into_iter()
        .take(limit)
        .map(|s| w.occurrence(s))
        .collect();
    let nothing = if has_ours {
        ours.is_empty()
    } else {
        others.is_empty()
    };
    let next = if nothing {
        let mut later = Window::load(
            conn,
            now + Duration::hours(14),
            now + Duration::days(60),
            &Default::default(),
        )?;
        if has_ours {
            later.retain(|m| m.own);
        }
        let first = later
            .slots(&[])
            .into_iter()
            .filter(|s| s.status.is_held())
            .min_by_key(|s| (s.start, s.meeting, s.original));
        first.map(|s| later.occurrence(&s))
    } else {
        None
    };
    Ok(Tonight {
        ours,
        others,
        has_ours,
        next,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::meetings::tests::store;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// An NA meeting every Tuesday at 19:00 from 2026-01-06.
    fn na_tuesday(s: &crate::Store) -> i64 {
        let mut input = crate::program::meetings::tests::tuesday_night();
        input.fellowship = Fellowship::Na;
        input.formats = vec![];
        input.schedule.start_date = day("2026-01-06");
        s.write(|tx| crate::program::meetings::create(tx, &input))
            .unwrap()
            .id
    }

    fn member(s: &crate::Store, nick: &str, clean: Option<&str>) -> i64 {
        let input = MemberInput {
            nickname: nick.into(),
            clean_date: clean.map(day),
            group_id: None,
        };
        s.write(|tx| members::create(tx, &input, day("2026-11-24")))
            .unwrap()
            .id
    }

    #[test]
    fn meeting_night_opens_on_this_computer_s_own_meeting_and_says_when_it_is_next() {
        let (_d, s) = store();
        let own = na_tuesday(&s);
        // An imported list with a meeting under way at noon that Tuesday: nearer, but
        // not this computer's.
        let list = br#"[{"name": "Candlelight", "slug": "c", "day": 2, "time": "12:00",
            "timezone": "America/New_York", "location": "Hall", "address": "1 Main St",
            "city": "Springfield", "types": ["O"]}]"#;
        let mut req =
            crate::import::ImportRequest::new("list.json", Fellowship::Na, "America/New_York");
        req.format = Some(crate::import::ImportFormat::MeetingGuide);
        s.write(|tx| crate::import::import(tx, &req, list, &mut |_| {}))
            .unwrap();
        let noon = "2026-11-24T17:30:00Z".parse().unwrap();
        let t = tonight(&s.conn(), noon, 30).unwrap();
        assert!(t.has_ours);
        assert_eq!(
            t.ours.iter().map(|o| o.meeting_id).collect::<Vec<_>>(),
            vec![own]
        );
        assert_eq!(
            t.others.iter().map(|o| o.name.as_str()).collect::<Vec<_>>(),
            vec!["Candlelight"]
        );
        assert_eq!(t.next, None);
        assert_eq!(nearest(&s.conn(), noon).unwrap().unwrap().meeting_id, own);
        // The next day nothing of ours meets: the next one is named, a week on.
        let wednesday = "2026-11-25T18:00:00Z".parse().unwrap();
        let t = tonight(&s.conn(), wednesday, 30).unwrap();
        assert!(t.ours.is_empty());
        let next = t.next.expect("the next of ours");
        assert_eq!(
            (next.meeting_id, next.key.as_str()),
            (own, "2026-12-01T19:00")
        );
    }

    #[test]
    fn due_tonight_counts_milestones_reached_since_the_last_visit() {
        let (_d, s) = store();
        let m = na_tuesday(&s);
        let today = day("2026-11-24");
        // Clean 2026-09-20: 30 days on 10-20, 60 days on 11-19.
        let ana = member(&s, "Ana", Some("2026-09-20"));
        s.write(|tx| check_in(tx, m, "2026-11-10T19:00", ana, today))
            .unwrap();
        let first = s
            .write(|tx| night(tx, m, "2026-11-10T19:00", today))
            .unwrap();
        // First visit of a known member: the latest keytag already reached (30 days); the
        // welcome keytag is for newcomers.
        let labels: Vec<&str> = first.due.iter().map(|d| d.label.as_str()).collect();
        assert_eq!(labels, vec!["30 days"]);
        for d in &first.due {
            s.write(|tx| {
                chips::award(
                    tx,
                    ana,
                    d.milestone_id,
                    d.nth,
                    Some((m, "2026-11-10T19:00")),
                    day("2026-11-10"),
                )
            })
            .unwrap();
        }
        // Absent on the 17th; 60 days came on the 19th and is due on the 24th.
        s.write(|tx| check_in(tx, m, "2026-11-24T19:00", ana, today))
            .unwrap();
        let tonight = s
            .write(|tx| night(tx, m, "2026-11-24T19:00", today))
            .unwrap();
        assert_eq!(
            tonight
                .due
                .iter()
                .map(|d| d.label.as_str())
                .collect::<Vec<_>>(),
            vec!["60 days"]
        );
        assert_eq!(tonight.checked_in[0].days_clean, Some(65));

        // A relapse: the clock restarts and "welcome back" is due; the old awards stay.
        s.write(|tx| members::relapse(tx, ana, day("2026-11-20"), today))
            .unwrap();
        let after = s
            .write(|tx| night(tx, m, "2026-11-24T19:00", today))
            .unwrap();
        assert_eq!(
            after
                .due
                .iter()
                .map(|d| d.label.as_str())
                .collect::<Vec<_>>(),
            vec!["Welcome back"]
        );
        assert_eq!(chips::awards(&s.conn(), None, Some(ana)).unwrap().len(), 1);
        assert!(tonight.checked_in.iter().all(|c| !c.first_time));
    }

    #[test]
    fn a_handed_out_keytag_is_never_followed_by_a_lower_one() {
        let (_d, s) = store();
        let m = na_tuesday(&s);
        let today = day("2026-11-24");
        // Clean 2026-08-20: 90 days on 11-18. First visit on the 24th: the 90-day
        // keytag, handed out; nothing more is due that night, not the 60-day one.
        let bo = member(&s, "Bo", Some("2026-08-20"));
        let key = "2026-11-24T19:00";
        s.write(|tx| check_in(tx, m, key, bo, today)).unwrap();
        let first = s.write(|tx| night(tx, m, key, today)).unwrap();
        let labels: Vec<&str> = first.due.iter().map(|d| d.label.as_str()).collect();
        assert_eq!(labels, vec!["90 days"]);
        let d = &first.due[0];
        s.write(|tx| chips::award(tx, bo, d.milestone_id, d.nth, Some((m, key)), today))
            .unwrap();
        let after = s.write(|tx| night(tx, m, key, today)).unwrap();
        assert!(after.due.is_empty(), "{:?}", after.due);
    }

    #[test]
    fn a_year_brings_a_keytag_and_a_medallion_together() {
        let (_d, s) = store();
        let m = na_tuesday(&s);
        let today = day("2026-11-24");
        let cy = member(&s, "Cy", Some("2025-11-20"));
        let key = "2026-11-24T19:00";
        s.write(|tx| check_in(tx, m, key, cy, today)).unwrap();
        let n = s.write(|tx| night(tx, m, key, today)).unwrap();
        let mut items: Vec<&str> = n.due.iter().map(|d| d.item.as_str()).collect();
        items.sort();
        assert_eq!(items, vec!["keytag", "medallion"], "{:?}", n.due);
        assert!(n
            .due
            .iter()
            .all(|d| d.nickname == "Cy" && d.reached_on == Some(day("2026-11-20"))));
    }

    #[test]
    fn an_na_program_uses_na_chips_and_a_smart_one_none() {
        let (_d, s) = store();
        let none: Vec<String> = chips::in_use(&s.conn())
            .unwrap()
            .into_iter()
            .map(|x| x.name)
            .collect();
        assert!(none.is_empty(), "{none:?}");
        na_tuesday(&s);
        let na: Vec<String> = chips::in_use(&s.conn())
            .unwrap()
            .into_iter()
            .map(|x| x.name)
            .collect();
        assert!(na.iter().all(|n| !n.contains("AA")), "{na:?}");
        assert_eq!(na.len(), 2, "keytags and medallions: {na:?}");
        let stock = chips::inventory(&s.conn(), day("2026-11-24")).unwrap();
        assert!(stock.iter().all(|x| !x.scheme.contains("AA")));
    }

    #[test]
    fn awarding_draws_down_stock_and_counts_roll_into_the_report() {
        let (_d, s) = store();
        let m = na_tuesday(&s);
        let today = day("2026-11-24");
        let key = "2026-11-24T19:00";
        let welcome = chips::inventory(&s.conn(), today)
            .unwrap()
            .into_iter()
            .find(|x| x.label == "Welcome")
            .unwrap();
        s.write(|tx| chips::set_stock(tx, welcome.milestone_id, 3, 2))
            .unwrap();
        let newbie = s
            .write(|tx| add_newcomer(tx, m, key, "Newcomer Jo", None, today))
            .unwrap();
        let n = s.write(|tx| night(tx, m, key, today)).unwrap();
        assert!(n.checked_in[0].first_time);
        let d = n.due.iter().find(|d| d.label == "Welcome").unwrap().clone();
        assert_eq!(d.on_hand, 3);
        s.write(|tx| chips::award(tx, newbie.id, d.milestone_id, 1, Some((m, key)), today))
            .unwrap();
        let stock = chips::inventory(&s.conn(), today)
            .unwrap()
            .into_iter()
            .find(|x| x.label == "Welcome")
            .unwrap();
        assert_eq!((stock.on_hand, stock.reorder), (2, true));
        let again = s
            .write(|tx| chips::award(tx, newbie.id, d.milestone_id, 1, Some((m, key)), today))
            .unwrap_err();
        assert_eq!(again.code(), "chips.already_awarded");

        let counts = CountsInput {
            held: true,
            head_count: 14,
            newcomer_count: 2,
            notes: String::new(),
        };
        s.write(|tx| set_counts(tx, m, key, &counts, today))
            .unwrap();
        let rows = report(&s.conn(), m, day("2026-11-17"), day("2026-11-30"), today).unwrap();
        assert_eq!(
            rows.len(),
            2,
            "the 17th and the 24th; the future is left out"
        );
        assert_eq!(
            (
                rows[1].attendance,
                rows[1].newcomers,
                rows[1].members,
                rows[1].returning,
                rows[1].chips
            ),
            (14, 2, 1, 0, 1)
        );
        assert!(!rows[0].recorded);
        let csv = report_csv(&rows);
        assert!(csv.contains("2026-11-24,19:00,yes,14,2,1,0,1"), "{csv}");
        assert!(!csv.contains("Jo"));

        let e = s
            .write(|tx| check_in(tx, m, "2026-11-25T19:00", newbie.id, today))
            .unwrap_err();
        assert_eq!(e.code(), "night.not_an_occurrence");
        let e = s
            .write(|tx| check_in(tx, m, "2026-12-01T19:00", newbie.id, today))
            .unwrap_err();
        assert_eq!(e.code(), "night.future");
        let w = trends(&s.conn(), m, 4, today).unwrap();
        assert_eq!(w.len(), 4);
        assert_eq!(w[3].attendance, 14);
    }

    #[test]
    fn forgetting_a_member_erases_their_attendance_and_awards() {
        let (_d, s) = store();
        let m = na_tuesday(&s);
        let today = day("2026-11-24");
        let jo = s
            .write(|tx| add_newcomer(tx, m, "2026-11-24T19:00", "Jo", None, today))
            .unwrap();
        let d = s
            .write(|tx| night(tx, m, "2026-11-24T19:00", today))
            .unwrap()
            .due[0]
            .clone();
        s.write(|tx| {
            chips::award(
                tx,
                jo.id,
                d.milestone_id,
                1,
                Some((m, "2026-11-24T19:00")),
                today,
            )
        })
        .unwrap();
        s.write(|tx| members::forget(tx, jo.id)).unwrap();
        for table in ["checkins", "chip_awards", "members"] {
            let n: i64 = s
                .conn()
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .unwrap();
            assert_eq!(n, 0, "{table}");
        }
    }
}
