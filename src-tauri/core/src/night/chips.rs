//! Chips, keytags and medallions: milestone schemes per fellowship (a group may keep
//! its own copy), the arithmetic of when a milestone is reached, what is due at an
//! occurrence, awards, and the stock of each kind.
//!
//! Day milestones count days from the clean date; month and year milestones count
//! calendar months, so a clean date of 31 January reaches one month on the last day
//! of February and 29 February reaches one year on 28 February.

use std::collections::HashMap;

use chrono::{Datelike, Months, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::clock::now_utc;
use crate::error::{Error, Result};
use crate::program::fellowship::Fellowship;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// The first time someone comes.
    Welcome,
    Day,
    Month,
    Year,
    /// The first meeting after a relapse.
    WelcomeBack,
}

impl Unit {
    fn key(self) -> &'static str {
        match self {
            Unit::Welcome => "welcome",
            Unit::Day => "day",
            Unit::Month => "month",
            Unit::Year => "year",
            Unit::WelcomeBack => "welcome_back",
        }
    }
    fn parse(s: &str) -> Unit {
        match s {
            "day" => Unit::Day,
            "month" => Unit::Month,
            "year" => Unit::Year,
            "welcome_back" => Unit::WelcomeBack,
            _ => Unit::Welcome,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Milestone {
    pub id: i64,
    pub scheme_id: i64,
    pub label: String,
    pub color: String,
    /// keytag, medallion or chip.
    pub item: String,
    pub unit: Unit,
    pub amount: u32,
    /// Awarded again every unit after the first (2 years, 3 years…).
    pub repeats: bool,
}

impl Milestone {
    /// When the `nth` award of this milestone is reached from `clean`; `None` for the
    /// welcome kinds, which are not about time.
    pub fn reached(&self, clean: NaiveDate, nth: u32) -> Option<NaiveDate> {
        let n = self.amount + nth.saturating_sub(1);
        match self.unit {
            Unit::Day => clean.checked_add_days(chrono::Days::new(n as u64)),
            Unit::Month => clean.checked_add_months(Months::new(n)),
            Unit::Year => clean.checked_add_months(Months::new(12 * n)),
            Unit::Welcome | Unit::WelcomeBack => None,
        }
    }

    /// Every (nth, date) reached on or before `by`.
    pub fn reached_by(&self, clean: NaiveDate, by: NaiveDate) -> Vec<(u32, NaiveDate)> {
        let last = if self.repeats { 200 } else { 1 };
        (1..=last)
            .map_while(|k| self.reached(clean, k).filter(|d| *d <= by).map(|d| (k, d)))
            .collect()
    }

    /// "3 years" for the third award of a repeating yearly milestone.
    pub fn label_for(&self, nth: u32) -> String {
        if !self.repeats {
            return self.label.clone();
        }
        let n = self.amount + nth.saturating_sub(1);
        match self.unit {
            Unit::Year if n == 1 => format!("{} (1 year)", self.label),
            Unit::Year => format!("{} ({n} years)", self.label),
            Unit::Month => format!("{} ({n} months)", self.label),
            Unit::Day => format!("{} ({n} days)", self.label),
            _ => self.label.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Scheme {
    pub id: i64,
    pub name: String,
    pub fellowship: Option<Fellowship>,
    /// Set when this is a group's own copy.
    pub group_id: Option<i64>,
    pub milestones: Vec<Milestone>,
}

fn milestone_from(r: &Row<'_>) -> rusqlite::Result<Milestone> {
    Ok(Milestone {
        id: r.get(0)?,
        scheme_id: r.get(1)?,
        label: r.get(2)?,
        color: r.get(3)?,
        item: r.get(4)?,
        unit: Unit::parse(&r.get::<_, String>(5)?),
        amount: r.get(6)?,
        repeats: r.get(7)?,
    })
}

const MILESTONE: &str =
    "SELECT id, scheme_id, label, color, item, unit, amount, repeats FROM chip_milestones";

fn scheme(conn: &Connection, id: i64) -> Result<Scheme> {
    let (name, fellowship, group_id): (String, Option<String>, Option<i64>) = conn
        .prepare_cached("SELECT name, fellowship, group_id FROM chip_schemes WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?
        .ok_or_else(|| Error::not_found("chip scheme", id))?;
    let milestones = conn
        .prepare_cached(&format!(
            "{MILESTONE} WHERE scheme_id = ?1 ORDER BY sort, id"
        ))?
        .query_map([id], milestone_from)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Scheme {
        id,
        name,
        fellowship: fellowship.and_then(|f| Fellowship::parse(&f).ok()),
        group_id,
        milestones,
    })
}

/// Every scheme: the fellowship defaults and the groups' own.
pub fn schemes(conn: &Connection) -> Result<Vec<Scheme>> {
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM chip_schemes ORDER BY group_id IS NOT NULL, id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    ids.into_iter().map(|id| scheme(conn, id)).collect()
}

/// The schemes in force at a meeting of `group` in `fellowship`: the group's own if
/// it has any, else the fellowship's defaults (none for SMART Recovery).
pub fn in_force(
    conn: &Connection,
    fellowship: Fellowship,
    group: Option<i64>,
) -> Result<Vec<Scheme>> {
    let mut ids: Vec<i64> = vec![];
    if let Some(g) = group {
        ids = conn
            .prepare_cached("SELECT id FROM chip_schemes WHERE group_id = ?1 ORDER BY id")?
            .query_map([g], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
    }
    if ids.is_empty() {
        ids = conn
            .prepare_cached("SELECT id FROM chip_schemes WHERE group_id IS NULL AND fellowship = ?1 ORDER BY id")?
            .query_map([fellowship.key()], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
    }
    ids.into_iter().map(|id| scheme(conn, id)).collect()
}

/// The schemes this program uses: those in force at any of its active meetings, and
/// every group's own copy. An NA program sees NA keytags and medallions (not the
/// AA-style chips kept for other fellowships); a SMART-only program sees none until a
/// group adds its own.
pub fn in_use(conn: &Connection) -> Result<Vec<Scheme>> {
    let pairs: Vec<(String, Option<i64>)> = conn
        .prepare_cached(
            "SELECT DISTINCT fellowship, group_id FROM meetings WHERE status = 'active'",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out: Vec<Scheme> = vec![];
    let mut add = |s: Scheme| {
        if !out.iter().any(|o| o.id == s.id) {
            out.push(s);
        }
    };
    for (fellowship, group) in pairs {
        let Ok(fellowship) = Fellowship::parse(&fellowship) else {
            continue;
        };
        for s in in_force(conn, fellowship, group)? {
            add(s);
        }
    }
    let own: Vec<i64> = conn
        .prepare_cached("SELECT id FROM chip_schemes WHERE group_id IS NOT NULL ORDER BY id")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in own {
        add(scheme(conn, id)?);
    }
    out.sort_by_key(|s| (s.group_id.is_some(), s.id));
    Ok(out)
}

/// Gives a group its own copy of the schemes it uses now, to edit freely. Stock
/// counts are copied too: the group's box of keytags is the one it had.
pub fn customise(conn: &Connection, group_id: i64) -> Result<Vec<Scheme>> {
    let group = crate::program::groups::get(conn, group_id)?;
    let existing = conn
        .prepare_cached("SELECT count(*) FROM chip_schemes WHERE group_id = ?1")?
        .query_row([group_id], |r| r.get::<_, i64>(0))?;
    if existing > 0 {
        return in_force(conn, group.fellowship, Some(group_id));
    }
    for s in in_force(conn, group.fellowship, None)? {
        conn.execute(
            "INSERT INTO chip_schemes (name, fellowship, group_id, updated_at) VALUES (?1, ?2, ?3, ?4)",
            params![s.name, group.fellowship.key(), group_id, now_utc()],
        )?;
        let new_scheme = conn.last_insert_rowid();
        for (sort, m) in s.milestones.iter().enumerate() {
            conn.execute(
                "INSERT INTO chip_milestones (scheme_id, label, color, item, unit, amount, repeats, sort) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![new_scheme, m.label, m.color, m.item, m.unit.key(), m.amount, m.repeats, sort as i64],
            )?;
            let new_id = conn.last_insert_rowid();
            conn.execute(
                "INSERT INTO chip_inventory (milestone_id, on_hand, reorder_at) SELECT ?1, on_hand, reorder_at FROM chip_inventory WHERE milestone_id = ?2",
                params![new_id, m.id],
            )?;
        }
    }
    if in_force(conn, group.fellowship, Some(group_id))?.is_empty() {
        // A SMART group (no defaults) starts an empty scheme of its own.
        conn.execute(
            "INSERT INTO chip_schemes (name, fellowship, group_id, updated_at) VALUES (?1, ?2, ?3, ?4)",
            params![format!("{} milestones", group.name), group.fellowship.key(), group_id, now_utc()],
        )?;
    }
    in_force(conn, group.fellowship, Some(group_id))
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MilestoneInput {
    pub label: String,
    #[serde(default)]
    pub color: String,
    pub item: String,
    pub unit: Unit,
    #[serde(default)]
    pub amount: u32,
    #[serde(default)]
    pub repeats: bool,
}

impl MilestoneInput {
    fn validate(&self) -> Result<()> {
        if self.label.trim().is_empty() {
            return Err(Error::invalid(
                crate::error::Code::ChipsLabelEmpty,
                "label",
                "name the milestone (\"30 days\")",
            ));
        }
        if !["keytag", "medallion", "chip"].contains(&self.item.as_str()) {
            return Err(Error::invalid(
                crate::error::Code::ChipsInvalidItem,
                "item",
                "a milestone is a keytag, medallion or chip",
            ));
        }
        let timed = matches!(self.unit, Unit::Day | Unit::Month | Unit::Year);
        if timed && self.amount == 0 {
            return Err(Error::invalid(
                crate::error::Code::ChipsInvalidAmount,
                "amount",
                "say how many days, months or years",
            ));
        }
        if timed && self.amount > 36_500 {
            return Err(Error::invalid(
                crate::error::Code::ChipsInvalidAmount,
                "amount",
                "that is longer than a lifetime",
            ));
        }
        Ok(())
    }
}

/// Adds a milestone to a group's own scheme (default schemes stay as shipped).
pub fn add_milestone(
    conn: &Connection,
    scheme_id: i64,
    input: &MilestoneInput,
) -> Result<Milestone> {
    input.validate()?;
    let s = scheme(conn, scheme_id)?;
    if s.group_id.is_none() {
        return Err(Error::invalid(
            crate::error::Code::ChipsDefaultScheme,
            "scheme",
            "the fellowship's default scheme is shared; customise it for your group first",
        ));
    }
    conn.execute(
        "INSERT INTO chip_milestones (scheme_id, label, color, item, unit, amount, repeats, sort) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT ifnull(max(sort), -1) + 1 FROM chip_milestones WHERE scheme_id = ?1))",
        params![scheme_id, input.label.trim(), input.color.trim(), input.item, input.unit.key(), input.amount, input.repeats],
    )?;
    let id = conn.last_insert_rowid();
    conn.execute(
        "INSERT INTO chip_inventory (milestone_id) VALUES (?1)",
        [id],
    )?;
    milestone(conn, id)
}

pub fn milestone(conn: &Connection, id: i64) -> Result<Milestone> {
    conn.prepare_cached(&format!("{MILESTONE} WHERE id = ?1"))?
        .query_row([id], milestone_from)
        .optional()?
        .ok_or_else(|| Error::not_found("milestone", id))
}

/// Removes a milestone from a group's scheme; one already handed out stays, as the
/// award history needs it.
pub fn remove_milestone(conn: &Connection, id: i64) -> Result<()> {
    let m = milestone(conn, id)?;
    if scheme(conn, m.scheme_id)?.group_id.is_none() {
        return Err(Error::invalid(
            crate::error::Code::ChipsDefaultScheme,
            "scheme",
            "the fellowship's default scheme is shared; customise it for your group first",
        ));
    }
    let awarded: i64 = conn.query_row(
        "SELECT count(*) FROM chip_awards WHERE milestone_id = ?1",
        [id],
        |r| r.get(0),
    )?;
    if awarded > 0 {
        return Err(Error::invalid(
            crate::error::Code::ChipsMilestoneAwarded,
            "milestone",
            format!(
                "“{}” has been handed out {awarded} times; it stays so the history reads right",
                m.label
            ),
        ));
    }
    conn.execute("DELETE FROM chip_milestones WHERE id = ?1", [id])?;
    Ok(())
}

/// One milestone due for a member at an occurrence.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Due {
    pub member_id: i64,
    pub nickname: String,
    pub milestone_id: i64,
    pub nth: u32,
    pub label: String,
    pub color: String,
    pub item: String,
    /// When it was reached (empty for welcome kinds).
    pub reached_on: Option<NaiveDate>,
    /// In stock right now.
    pub on_hand: i64,
}

struct MemberFacts {
    member_id: i64,
    nickname: String,
    first_time: bool,
    clean: Option<NaiveDate>,
    /// Latest attendance before this occurrence, by local date.
    previous: Option<NaiveDate>,
    /// (milestone, nth, clean date) awarded.
    awards: Vec<(i64, u32, Option<String>)>,
    last_reset: Option<NaiveDate>,
    last_welcome_back: Option<NaiveDate>,
}

/// What the due list needs of everyone checked in at one occurrence, in check-in
/// order. Three statements for the whole room, not five per member: at meeting night
/// each Enter recomputes the list, and per-member queries were most of its time.
fn facts_of_room(conn: &Connection, meeting_id: i64, occurrence: &str) -> Result<Vec<MemberFacts>> {
    let date = |s: Option<String>| s.and_then(|s| s.get(..10).and_then(|d| d.parse().ok()));
    let mut awards: HashMap<i64, Vec<(i64, u32, Option<String>)>> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT a.member_id, a.milestone_id, a.nth, a.clean_date FROM chip_awards a \
         WHERE a.member_id IN (SELECT member_id FROM checkins WHERE meeting_id = ?1 AND occurrence = ?2)",
    )?;
    let mut rows = stmt.query(params![meeting_id, occurrence])?;
    while let Some(r) = rows.next()? {
        awards
            .entry(r.get(0)?)
            .or_default()
            .push((r.get(1)?, r.get(2)?, r.get(3)?));
    }
    let mut stmt = conn.prepare_cached(
        "SELECT c.member_id, m.nickname, c.first_time, m.clean_date, \
           (SELECT max(p.occurrence) FROM checkins p WHERE p.member_id = c.member_id AND p.occurrence < ?2), \
           (SELECT max(recorded_at) FROM clean_date_resets r WHERE r.member_id = c.member_id), \
           (SELECT max(a.awarded_on) FROM chip_awards a JOIN chip_milestones ms ON ms.id = a.milestone_id \
              WHERE a.member_id = c.member_id AND ms.unit = 'welcome_back') \
         FROM checkins c JOIN members m ON m.id = c.member_id \
         WHERE c.meeting_id = ?1 AND c.occurrence = ?2 ORDER BY c.checked_in_at, m.nickname",
    )?;
    let out = stmt
        .query_map(params![meeting_id, occurrence], |r| {
            let member_id: i64 = r.get(0)?;
            Ok(MemberFacts {
                member_id,
                nickname: r.get(1)?,
                first_time: r.get(2)?,
                clean: date(r.get(3)?),
                previous: date(r.get(4)?),
                awards: awards.get(&member_id).cloned().unwrap_or_default(),
                last_reset: date(r.get(5)?),
                last_welcome_back: date(r.get(6)?),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(out)
}

/// Every milestone's stock.
fn stock(conn: &Connection) -> Result<HashMap<i64, i64>> {
    let mut stmt = conn.prepare_cached("SELECT milestone_id, on_hand FROM chip_inventory")?;
    let out = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(out)
}

/// What is due for everyone checked in at `occurrence` of the meeting, on local date
/// `on`, in check-in order. For each member: milestones reached since their previous
/// attendance count; at a member's first attendance here, the latest milestone of each
/// kind already reached; a newcomer (first time at any meeting) gets the welcome.
pub fn due_tonight(
    conn: &Connection,
    schemes: &[Scheme],
    meeting_id: i64,
    occurrence: &str,
    on: NaiveDate,
) -> Result<Vec<Due>> {
    let room = facts_of_room(conn, meeting_id, occurrence)?;
    if room.is_empty() {
        return Ok(vec![]);
    }
    let stock = stock(conn)?;
    let mut out = vec![];
    for f in &room {
        out.extend(due_for(schemes, f, &stock, on));
    }
    Ok(out)
}

fn due_for(
    schemes: &[Scheme],
    f: &MemberFacts,
    stock: &HashMap<i64, i64>,
    on: NaiveDate,
) -> Vec<Due> {
    let clean_key = f.clean.map(|d| d.to_string());
    let awarded = |m: i64, nth: u32, under_current: bool| {
        f.awards
            .iter()
            .any(|(am, an, ac)| *am == m && *an == nth && (!under_current || *ac == clean_key))
    };
    let mut out = vec![];
    for s in schemes {
        // (item, (the latest milestone reached of that item, already handed out)).
        let mut latest_per_item: Vec<(String, (Due, bool))> = vec![];
        for m in &s.milestones {
            let entry = |nth: u32, reached_on: Option<NaiveDate>| Due {
                member_id: f.member_id,
                nickname: f.nickname.clone(),
                milestone_id: m.id,
                nth,
                label: m.label_for(nth),
                color: m.color.clone(),
                item: m.item.clone(),
                reached_on,
                on_hand: stock.get(&m.id).copied().unwrap_or(0),
            };
            match m.unit {
                Unit::Welcome => {
                    if f.first_time && !f.awards.iter().any(|(am, _, _)| *am == m.id) {
                        out.push(entry(1, None));
                    }
                }
                Unit::WelcomeBack => {
                    let back = f
                        .last_reset
                        .is_some_and(|r| f.last_welcome_back.is_none_or(|w| w < r));
                    if back {
                        out.push(entry(1, None));
                    }
                }
                _ => {
                    // Per kind of chip (keytag, medallion) only the latest milestone
                    // reached counts: once the 90-day keytag is handed out, the 60-day
                    // one is never due again, and a member back after months gets the
                    // one for where they are now, not every one they passed.
                    let Some(clean) = f.clean else { continue };
                    if let Some((nth, when)) = m.reached_by(clean, on).pop() {
                        let candidate = (entry(nth, Some(when)), awarded(m.id, nth, true));
                        match latest_per_item.iter_mut().find(|(item, _)| *item == m.item) {
                            Some((_, best)) if best.0.reached_on < candidate.0.reached_on => {
                                *best = candidate
                            }
                            Some(_) => {}
                            None => latest_per_item.push((m.item.clone(), candidate)),
                        }
                    }
                }
            }
        }
        for (_, (d, handed_out)) in latest_per_item {
            let new_since_last_visit = match (f.previous, d.reached_on) {
                (Some(prev), Some(when)) => when > prev,
                // First visit here: the latest milestone already reached.
                (None, _) => true,
                (Some(_), None) => false,
            };
            if !handed_out && new_since_last_visit {
                out.push(d);
            }
        }
    }
    out
}

/// Records a chip handed out and takes one from stock.
pub fn award(
    conn: &Connection,
    member_id: i64,
    milestone_id: i64,
    nth: u32,
    meeting: Option<(i64, &str)>,
    on: NaiveDate,
) -> Result<()> {
    let clean: Option<String> = conn
        .prepare_cached("SELECT clean_date FROM members WHERE id = ?1")?
        .query_row([member_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::not_found("member", member_id))?;
    let m = milestone(conn, milestone_id)?;
    if nth == 0 || (!m.repeats && nth > 1) {
        return Err(Error::invalid(
            crate::error::Code::ChipsInvalidNth,
            "nth",
            format!("“{}” is awarded once", m.label),
        ));
    }
    let already: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM chip_awards WHERE member_id = ?1 AND milestone_id = ?2 AND nth = ?3 AND clean_date IS ?4)",
        )?
        .query_row(params![member_id, milestone_id, nth, clean], |r| r.get(0))?;
    if already && !matches!(m.unit, Unit::WelcomeBack) {
        return Err(Error::invalid(
            crate::error::Code::ChipsAlreadyAwarded,
            "milestone",
            format!(
                "“{}” was already handed out for this clean date",
                m.label_for(nth)
            ),
        ));
    }
    conn.prepare_cached(
        "INSERT INTO chip_awards (member_id, milestone_id, nth, clean_date, meeting_id, occurrence, awarded_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![member_id, milestone_id, nth, clean, meeting.map(|m| m.0), meeting.map(|m| m.1), on.to_string()])?;
    conn.prepare_cached(
        "UPDATE chip_inventory SET on_hand = max(on_hand - 1, 0) WHERE milestone_id = ?1",
    )?
    .execute([milestone_id])?;
    Ok(())
}

/// Takes back an award made by mistake, and puts the chip back in the box.
pub fn unaward(conn: &Connection, award_id: i64) -> Result<()> {
    let milestone: Option<i64> = conn
        .query_row(
            "SELECT milestone_id FROM chip_awards WHERE id = ?1",
            [award_id],
            |r| r.get(0),
        )
        .optional()?;
    let milestone = milestone.ok_or_else(|| Error::not_found("award", award_id))?;
    conn.execute("DELETE FROM chip_awards WHERE id = ?1", [award_id])?;
    conn.execute(
        "UPDATE chip_inventory SET on_hand = on_hand + 1 WHERE milestone_id = ?1",
        [milestone],
    )?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Award {
    pub id: i64,
    pub member_id: i64,
    pub nickname: String,
    pub label: String,
    pub color: String,
    pub awarded_on: NaiveDate,
    pub meeting_id: Option<i64>,
    pub occurrence: Option<String>,
}

/// Awards made at an occurrence (or, with `None`, a member's whole history).
pub fn awards(
    conn: &Connection,
    at: Option<(i64, &str)>,
    member: Option<i64>,
) -> Result<Vec<Award>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.member_id, mb.nickname, m.id, a.nth, a.awarded_on, a.meeting_id, a.occurrence \
         FROM chip_awards a JOIN members mb ON mb.id = a.member_id JOIN chip_milestones m ON m.id = a.milestone_id \
         WHERE (?1 IS NULL OR (a.meeting_id = ?1 AND a.occurrence = ?2)) AND (?3 IS NULL OR a.member_id = ?3) \
         ORDER BY a.awarded_on DESC, a.id DESC",
    )?;
    let rows: Vec<(
        i64,
        i64,
        String,
        i64,
        u32,
        String,
        Option<i64>,
        Option<String>,
    )> = stmt
        .query_map(params![at.map(|x| x.0), at.map(|x| x.1), member], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    rows.into_iter()
        .map(
            |(id, member_id, nickname, mid, nth, on, meeting_id, occurrence)| {
                let m = milestone(conn, mid)?;
                Ok(Award {
                    id,
                    member_id,
                    nickname,
                    label: m.label_for(nth),
                    color: m.color,
                    awarded_on: on.parse().unwrap_or_default(),
                    meeting_id,
                    occurrence,
                })
            },
        )
        .collect()
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Stock {
    pub milestone_id: i64,
    pub scheme: String,
    pub group_id: Option<i64>,
    pub label: String,
    pub color: String,
    pub item: String,
    pub on_hand: i64,
    pub reorder_at: i64,
    /// At or below the reorder threshold.
    pub reorder: bool,
    /// Handed out in the last 90 days, to size the order.
    pub awarded_90_days: i64,
}

/// The box of every chip the program uses (see [`in_use`]).
pub fn inventory(conn: &Connection, today: NaiveDate) -> Result<Vec<Stock>> {
    let used: Vec<i64> = in_use(conn)?.iter().map(|s| s.id).collect();
    let since = (today - chrono::Duration::days(90)).to_string();
    let mut stmt = conn.prepare_cached(
        "SELECT m.id, s.name, s.group_id, m.label, m.color, m.item, ifnull(i.on_hand, 0), ifnull(i.reorder_at, 0), \
         (SELECT count(*) FROM chip_awards a WHERE a.milestone_id = m.id AND a.awarded_on >= ?1) \
         FROM chip_milestones m JOIN chip_schemes s ON s.id = m.scheme_id LEFT JOIN chip_inventory i ON i.milestone_id = m.id \
         ORDER BY s.group_id IS NOT NULL, s.id, m.sort, m.id",
    )?;
    let rows = stmt
        .query_map([since], |r| {
            let on_hand: i64 = r.get(6)?;
            let reorder_at: i64 = r.get(7)?;
            Ok(Stock {
                milestone_id: r.get(0)?,
                scheme: r.get(1)?,
                group_id: r.get(2)?,
                label: r.get(3)?,
                color: r.get(4)?,
                item: r.get(5)?,
                on_hand,
                reorder_at,
                reorder: reorder_at > 0 && on_hand <= reorder_at,
                awarded_90_days: r.get(8)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<Stock>>>()?;
    let schemes: std::collections::HashMap<i64, i64> = conn
        .prepare_cached("SELECT id, scheme_id FROM chip_milestones")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows
        .into_iter()
        .filter(|s| {
            schemes
                .get(&s.milestone_id)
                .is_some_and(|id| used.contains(id))
        })
        .collect())
}

/// Counts what is in the box and when to reorder.
pub fn set_stock(
    conn: &Connection,
    milestone_id: i64,
    on_hand: i64,
    reorder_at: i64,
) -> Result<()> {
    milestone(conn, milestone_id)?;
    if !(0..=100_000).contains(&on_hand) || !(0..=100_000).contains(&reorder_at) {
        return Err(Error::invalid(
            crate::error::Code::ChipsInvalidStock,
            "on_hand",
            "stock counts are whole numbers from 0",
        ));
    }
    conn.execute(
        "INSERT INTO chip_inventory (milestone_id, on_hand, reorder_at) VALUES (?1, ?2, ?3) \
         ON CONFLICT (milestone_id) DO UPDATE SET on_hand = excluded.on_hand, reorder_at = excluded.reorder_at",
        params![milestone_id, on_hand, reorder_at],
    )?;
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Birthday {
    pub member_id: i64,
    pub nickname: String,
    pub date: NaiveDate,
    pub years: u32,
}

/// Clean-time anniversaries (a year or more) falling in `year`-`month`, in date order.
pub fn birthdays(
    conn: &Connection,
    group: Option<i64>,
    year: i32,
    month: u32,
) -> Result<Vec<Birthday>> {
    let mut out: Vec<Birthday> = crate::night::members::list(conn, group)?
        .into_iter()
        .filter_map(|m| {
            let clean = m.clean_date?;
            let years = year - clean.year();
            if clean.month() != month || years < 1 {
                return None;
            }
            let date = clean.checked_add_months(Months::new(12 * years as u32))?;
            Some(Birthday {
                member_id: m.id,
                nickname: m.nickname,
                date,
                years: years as u32,
            })
        })
        .collect();
    out.sort_by_key(|b| (b.date, b.nickname.to_lowercase()));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn ms(unit: Unit, amount: u32, repeats: bool) -> Milestone {
        Milestone {
            id: 1,
            scheme_id: 1,
            label: "x".into(),
            color: String::new(),
            item: "keytag".into(),
            unit,
            amount,
            repeats,
        }
    }

    #[test]
    fn days_count_days_and_months_count_calendar_months() {
        assert_eq!(
            ms(Unit::Day, 30, false).reached(day("2026-01-01"), 1),
            Some(day("2026-01-31"))
        );
        assert_eq!(
            ms(Unit::Day, 90, false).reached(day("2026-01-01"), 1),
            Some(day("2026-04-01"))
        );
        // Month ends: 31 January plus a month is the last day of February.
        assert_eq!(
            ms(Unit::Month, 1, false).reached(day("2026-01-31"), 1),
            Some(day("2026-02-28"))
        );
        assert_eq!(
            ms(Unit::Month, 1, false).reached(day("2028-01-31"), 1),
            Some(day("2028-02-29"))
        );
        assert_eq!(
            ms(Unit::Month, 6, false).reached(day("2026-08-31"), 1),
            Some(day("2027-02-28"))
        );
        assert_eq!(
            ms(Unit::Month, 18, false).reached(day("2026-05-15"), 1),
            Some(day("2027-11-15"))
        );
        // Leap day: one year on is 28 February, four years on is 29 February again.
        assert_eq!(
            ms(Unit::Year, 1, false).reached(day("2024-02-29"), 1),
            Some(day("2025-02-28"))
        );
        assert_eq!(
            ms(Unit::Year, 2, true).reached(day("2024-02-29"), 3),
            Some(day("2028-02-29"))
        );
    }

    #[test]
    fn repeating_milestones_come_every_unit_after_the_first() {
        let multi = ms(Unit::Year, 2, true);
        let got = multi.reached_by(day("2020-03-10"), day("2026-03-10"));
        assert_eq!(
            got.iter().map(|x| x.0).collect::<Vec<_>>(),
            vec![1, 2, 3, 4, 5]
        );
        assert_eq!(got[0].1, day("2022-03-10"));
        assert_eq!(got[4].1, day("2026-03-10"));
        assert_eq!(multi.label_for(3), "x (4 years)");
        assert!(ms(Unit::Day, 30, false)
            .reached_by(day("2026-11-01"), day("2026-11-30"))
            .is_empty());
        assert_eq!(
            ms(Unit::Day, 30, false)
                .reached_by(day("2026-11-01"), day("2026-12-01"))
                .len(),
            1
        );
    }
}
