//! Dated occurrences of the whole program in a window, with each date's changes
//! applied: cancelled, moved, noted, or inside a temporary closure. Calendar views,
//! feeds, meeting night and the CLI all read occurrences from here.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::program::exceptions::{self, occurrence_key, Closure, Exception, ExceptionKind};
use crate::program::fellowship::{AttendanceMode, Fellowship};
use crate::program::meetings::{self, Meeting, MeetingStatus};
use crate::schedule::expand::Expander;
use crate::schedule::Day;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OccurrenceStatus {
    Scheduled,
    Cancelled,
    Moved,
    /// Inside a temporary closure of the meeting.
    Closed,
}

impl OccurrenceStatus {
    /// The meeting takes place (as planned or moved).
    pub fn is_held(self) -> bool {
        matches!(self, OccurrenceStatus::Scheduled | OccurrenceStatus::Moved)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Occurrence {
    pub meeting_id: i64,
    pub name: String,
    pub fellowship: Fellowship,
    pub mode: AttendanceMode,
    /// The original local start, `YYYY-MM-DDTHH:MM`: the occurrence's identity.
    pub key: String,
    /// Effective start and end instants (after any move).
    #[ts(type = "string")]
    pub start: DateTime<Utc>,
    #[ts(type = "string")]
    pub end: DateTime<Utc>,
    /// Effective local start in the meeting's zone, `YYYY-MM-DDTHH:MM`.
    pub local_start: String,
    pub timezone: String,
    pub status: OccurrenceStatus,
    pub note: String,
    pub venue_id: Option<i64>,
    pub location: String,
    pub room: String,
    pub url: String,
    pub facilitator: String,
}

/// Which meetings to include; empty lists mean "any".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct MeetingFilter {
    pub fellowships: Vec<Fellowship>,
    pub modes: Vec<AttendanceMode>,
    pub group_ids: Vec<i64>,
    pub languages: Vec<String>,
    /// A meeting matches when it carries any of these format codes.
    pub formats: Vec<String>,
    /// Days of the week the occurrence falls on (local date).
    pub days: Vec<Day>,
    /// Words that must all appear in the name, place, notes or group.
    pub text: String,
}

impl MeetingFilter {
    pub fn matches(&self, m: &Meeting) -> bool {
        self.matches_kind(m.fellowship, m.mode, m.group_id)
            && (self.languages.is_empty() || self.languages.iter().any(|l| speaks(m, l)))
            && (self.formats.is_empty() || self.formats.iter().any(|f| m.formats.contains(f)))
            && self.text_matches(m)
    }

    /// The meeting's fellowship, mode and group are among those asked for.
    fn matches_kind(
        &self,
        fellowship: Fellowship,
        mode: AttendanceMode,
        group: Option<i64>,
    ) -> bool {
        (self.fellowships.is_empty() || self.fellowships.contains(&fellowship))
            && (self.modes.is_empty() || self.modes.contains(&mode))
            && (self.group_ids.is_empty() || group.is_some_and(|g| self.group_ids.contains(&g)))
    }

    /// Asks about more than a meeting's fellowship, mode and group.
    fn needs_whole_meeting(&self) -> bool {
        !self.languages.is_empty() || !self.formats.is_empty() || !self.text.trim().is_empty()
    }

    fn text_matches(&self, m: &Meeting) -> bool {
        let words: Vec<String> = self
            .text
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .collect();
        if words.is_empty() {
            return true;
        }
        let hay = format!(
            "{} {} {} {} {}",
            m.name,
            m.venue
                .as_ref()
                .map(|v| v.details.one_line())
                .unwrap_or_default(),
            m.notes,
            m.group_name.clone().unwrap_or_default(),
            m.facilitator
        )
        .to_lowercase();
        words.iter().all(|w| hay.contains(w))
    }
}

/// Held in language `lang`, by the meeting's own language or a language format ("ES").
fn speaks(m: &Meeting, lang: &str) -> bool {
    lang.eq_ignore_ascii_case(&m.language)
        || m.formats.iter().any(|c| {
            crate::program::formats::language_of(m.fellowship, c)
                .is_some_and(|l| l.eq_ignore_ascii_case(lang))
        })
}

/// Occurrences of active meetings that start in `from..to`, in start order.
pub fn between(
    conn: &Connection,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    filter: &MeetingFilter,
) -> Result<Vec<Occurrence>> {
    let w = Window::load(conn, from, to, filter)?;
    let mut slots = w.slots(&filter.days);
    slots.sort_unstable_by_key(|s| (s.start, w.meeting(s).id, s.original));
    Ok(slots.iter().map(|s| w.occurrence(s)).collect())
}

/// A stretch of the program read once for the dates `from..to`: the active meetings
/// that match (in name order), their changed dates and closures, each place's one line
/// and who chairs which date. Its occurrences are first [`Slot`]s, which hold no text,
/// so a screen can place, count and check all of them and write out only those it
/// shows: a region's six weeks are 210,000 occurrences, a month view shows 126 (building
/// every one in full was most of the month view's second at 35,000 meetings).
pub struct Window {
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    program: std::sync::Arc<Program>,
    /// The program's meetings this window holds (those the filter lets through), by
    /// their place in the program.
    chosen: Vec<u32>,
    venues: HashMap<i64, String>,
    /// Who chairs a date, by (meeting, original local start): (as written, compared;
    /// a name the program does not know is numbered after those it does).
    roster: HashMap<(i64, NaiveDateTime), (String, u32)>,
    changes: HashMap<(i64, NaiveDateTime), Exception>,
    /// Moved dates by meeting, to find those moved into the window from outside it.
    moves: HashMap<i64, Vec<NaiveDateTime>>,
    closures: HashMap<i64, Vec<Closure>>,
}

/// What occurrences need of every active meeting, in name order, with its schedule
/// ready to expand and its room and facilitator numbered for clashes. Reading and
/// preparing it is most of a window's cost at a region's size (35,000 meetings: tens
/// of milliseconds, the same for every range shown), so the last one read is kept
/// while the program does not change; see [`Program::of`].
#[derive(Default)]
struct Program {
    meetings: Vec<Held>,
    expanders: Vec<Expander>,
    /// Per meeting: the room and the standing facilitator as clashes compare them.
    room_keys: Vec<u32>,
    person_keys: Vec<u32>,
    people: Names,
    /// Per meeting: its hall and room as one number from 0 ([`NO_ROOM`] for none), so a
    /// month's clashes group a region's members without hashing each of them.
    room_groups: Vec<u32>,
    /// Those numbers by (venue, room key).
    rooms: HashMap<(i64, u32), u32>,
    /// The room keys by room name, for meetings read later ([`Program::patch`]).
    room_names: Names,
}

/// Where a place of the program comes from as it is laid out again.
#[derive(Clone, Copy)]
enum Pick {
    /// The meeting at this place of the program as it was.
    Old(u32),
    /// The next meeting read afresh.
    New,
}

/// A meeting with no venue has no room to clash in.
const NO_ROOM: u32 = u32::MAX;

/// A meeting as a window holds it: [`meetings::Scheduled`] without its schedule (the
/// [`Expander`] beside it has what expanding needs), its text in boxes of its own size.
/// Kept for every meeting of the program, so every byte counts 35,000 times.
#[derive(Debug, PartialEq)]
pub struct Held {
    pub id: i64,
    pub name: Box<str>,
    pub fellowship: Fellowship,
    pub mode: AttendanceMode,
    pub group_id: Option<i64>,
    pub venue_id: Option<i64>,
    pub room: Box<str>,
    pub url: Box<str>,
    pub facilitator: Box<str>,
    /// One of this computer's own meetings (see [`meetings::Scheduled::own`]).
    pub own: bool,
}

impl From<meetings::Scheduled> for Held {
    fn from(m: meetings::Scheduled) -> Held {
        Held {
            id: m.id,
            name: m.name.into_boxed_str(),
            fellowship: m.fellowship,
            mode: m.mode,
            group_id: m.group_id,
            venue_id: m.venue_id,
            room: m.room.into_boxed_str(),
            url: m.url.into_boxed_str(),
            facilitator: m.facilitator.into_boxed_str(),
            own: m.own,
        }
    }
}

/// The program last read: which database, in which of the store's epochs (a store
/// opened, a file swapped), at which [`crate::store::meetings_version`].
type Kept = Option<(String, u64, i64, std::sync::Arc<Program>)>;
static KEPT: std::sync::Mutex<Kept> = std::sync::Mutex::new(None);

impl Program {
    fn read(conn: &Connection) -> Result<Program> {
        let mut program = Program::default();
        let read = meetings::list_scheduled(conn)?;
        let plan = vec![Pick::New; read.len()];
        program.merge(read, &plan)?;
        Ok(program)
    }

    /// The program with the meetings `changed` read again (those still active), the
    /// others as they were: after one edit, a few rows read instead of a region's
    /// 35,000 (53 of the month view's 79 ms in the core). Numbers given to rooms and
    /// people stay, new ones are added: clashes only compare them.
    fn patch(mut self, conn: &Connection, changed: &HashSet<i64>) -> Result<Program> {
        let fresh = meetings::scheduled_among(conn, changed)?;
        // Where each fresh meeting goes among those kept (which stay in name order),
        // found by halving; both lists are in name order, so the places ascend.
        let held = &self.meetings;
        let unchanged = |places: std::ops::Range<usize>| {
            places
                .filter(|&i| !changed.contains(&held[i].id))
                .map(|i| Pick::Old(i as u32))
        };
        let mut plan = Vec::with_capacity(held.len() + fresh.len());
        let mut next = 0;
        for m in &fresh {
            let at = held.partition_point(|h| {
                meetings::name_order((&h.name, h.id), (&m.name, m.id)).is_lt()
            });
            plan.extend(unchanged(next..at));
            plan.push(Pick::New);
            next = at;
        }
        plan.extend(unchanged(next..held.len()));
        self.merge(fresh, &plan)?;
        Ok(self)
    }

    /// Lays the program out again as `plan` says, each place taken from the program as
    /// it is or from the next of `fresh` (prepared here: its schedule, room and person,
    /// one at a time, so a whole program read is not held twice).
    fn merge(&mut self, fresh: Vec<meetings::Scheduled>, plan: &[Pick]) -> Result<()> {
        let mut old = std::mem::take(&mut self.meetings)
            .into_iter()
            .zip(std::mem::take(&mut self.expanders))
            .zip(std::mem::take(&mut self.room_keys))
            .zip(std::mem::take(&mut self.person_keys))
            .zip(std::mem::take(&mut self.room_groups))
            .map(|((((h, e), r), p), g)| (h, e, r, p, g))
            .enumerate();
        let mut fresh = fresh.into_iter();
        let n = plan.len();
        let (mut meetings, mut expanders) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let (mut room_keys, mut person_keys, mut room_groups) = (
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
        );
        for pick in plan {
            let (h, e, r, p, g) = match *pick {
                // The places kept ascend: those skipped are the meetings changed.
                Pick::Old(i) => old
                    .find(|(at, _)| *at == i as usize)
                    .map(|(_, m)| m)
                    .expect("a plan names each place once, in order"),
                Pick::New => {
                    let m = fresh.next().expect("a plan names each fresh meeting once");
                    let expander = Expander::new(&m.schedule)?;
                    let room = self.room_names.id(&m.room);
                    let person = self.people.id(&m.facilitator);
                    let group = match m.venue_id {
                        Some(v) => {
                            let next = self.rooms.len() as u32;
                            *self.rooms.entry((v, room)).or_insert(next)
                        }
                        None => NO_ROOM,
                    };
                    (Held::from(m), expander, room, person, group)
                }
            };
            meetings.push(h);
            expanders.push(e);
            room_keys.push(r);
            person_keys.push(p);
            room_groups.push(g);
        }
        self.meetings = meetings;
        self.expanders = expanders;
        self.room_keys = room_keys;
        self.person_keys = person_keys;
        self.room_groups = room_groups;
        Ok(())
    }

    /// The program as `conn` sees it, read again only when the meetings' version (which
    /// triggers raise with every write to meetings, by any program, and with nothing
    /// else: a cancelled date or a venue's address is read with each window) has moved
    /// since the last read of the same file; a restore raises it past every number the
    /// file had.
    /// Inside a transaction the program is read afresh: what it sees may never be
    /// committed.
    fn of(conn: &Connection) -> Result<std::sync::Arc<Program>> {
        let file = conn.path().filter(|p| !p.is_empty()).map(str::to_owned);
        let Some(file) = file.filter(|_| conn.is_autocommit()) else {
            return Ok(std::sync::Arc::new(Program::read(conn)?));
        };
        // The version and the rows from one snapshot, so a write committed in between
        // cannot be kept under the older number.
        let snapshot = conn.unchecked_transaction()?;
        let epoch = crate::store::epoch();
        let version = crate::store::meetings_version(&snapshot)?;
        {
            let kept = KEPT.lock().unwrap_or_else(|p| p.into_inner());
            if let Some((f, e, v, p)) = kept.as_ref() {
                if *f == file && *e == epoch && *v == version {
                    return Ok(p.clone());
                }
            }
        }
        // Kept from an older version of the same file, and held by no window now: only
        // the meetings noted as changed since are read again, when the notes go back
        // that far (schema v13).
        let older = {
            let mut kept = KEPT.lock().unwrap_or_else(|p| p.into_inner());
            match kept.take() {
                Some((f, e, v, p)) if f == file && e == epoch && v < version => Some((v, p)),
                other => {
                    *kept = other;
                    None
                }
            }
        };
        let patched = match older {
            Some((v, p)) => match (
                crate::store::meetings_changed_since(&snapshot, v)?,
                std::sync::Arc::try_unwrap(p),
            ) {
                (Some(changed), Ok(program)) => Some(program.patch(&snapshot, &changed)?),
                _ => None,
            },
            None => None,
        };
        let program = std::sync::Arc::new(match patched {
            Some(program) => program,
            None => Program::read(&snapshot)?,
        });
        drop(snapshot);
        *KEPT.lock().unwrap_or_else(|p| p.into_inner()) =
            Some((file, epoch, version, program.clone()));
        Ok(program)
    }
}

/// Reads and prepares the program ahead of the first window, so the first calendar or
/// meeting night opened does not wait for it (the app does this as it starts, off the
/// main thread; at 35,000 meetings it is most of a cold month view's time).
pub fn prepare(conn: &Connection) -> Result<()> {
    Program::of(conn).map(drop)
}

/// Occurrences several meetings share (see [`Window::units`]): `slots` are those of
/// the first member, and every member meets at the same instants.
pub struct Unit {
    /// Program places, ascending (name order).
    pub members: Vec<u32>,
    pub slots: Vec<Slot>,
}

/// One occurrence before any of its text is written: enough to place, count, order and
/// check it for clashes. [`Window::occurrence`] writes it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// The meeting's place in the program (name order).
    pub meeting: u32,
    /// The original local start: the occurrence's identity.
    pub original: NaiveDateTime,
    /// The effective local start in the meeting's zone (after any move).
    pub local: NaiveDateTime,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub status: OccurrenceStatus,
    pub venue_id: Option<i64>,
}

impl Window {
    pub fn load(
        conn: &Connection,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        filter: &MeetingFilter,
    ) -> Result<Window> {
        // What words, languages and formats ask of a meeting is judged on the meeting
        // in full; the rest on what occurrences read anyway.
        let deep: Option<HashSet<i64>> = filter
            .needs_whole_meeting()
            .then(|| {
                meetings::list(conn).map(|all| {
                    all.iter()
                        .filter(|m| m.status == MeetingStatus::Active && filter.matches(m))
                        .map(|m| m.id)
                        .collect()
                })
            })
            .transpose()?;
        let program = Program::of(conn)?;
        let chosen: Vec<u32> = (0..program.meetings.len() as u32)
            .filter(|&i| {
                let m = &program.meetings[i as usize];
                filter.matches_kind(m.fellowship, m.mode, m.group_id)
                    && deep.as_ref().is_none_or(|ids| ids.contains(&m.id))
            })
            .collect();
        // Names the program's meetings do not carry are numbered after those it does.
        let mut people = Names::default();
        let known = program.people.0.len() as u32;
        let mut person_id = |name: &str| match program.people.get(name) {
            Some(id) => id,
            None => match people.id(name) {
                0 => 0,
                n => known + n,
            },
        };
        // Each place's one line, written once (not once per occurrence).
        let venues: HashMap<i64, String> = crate::program::venues::list(conn)?
            .into_iter()
            .map(|v| (v.id, v.details.one_line()))
            .collect();
        let roster = crate::program::roster::in_window(
            conn,
            from - Duration::days(2),
            to + Duration::days(2),
        )?
        .into_iter()
        .filter_map(|((id, k), person)| {
            let at = exceptions::parse_occurrence_key(&k).ok()?;
            let compared = person_id(&person);
            Some(((id, at), (person, compared)))
        })
        .collect();
        // Most meetings have no changes at all; ask the database only about those that do.
        let changed =
            crate::store::ids(conn, "SELECT DISTINCT meeting_id FROM meeting_exceptions")?;
        let closed_ids =
            crate::store::ids(conn, "SELECT DISTINCT meeting_id FROM meeting_closures")?;
        let mut changes = HashMap::new();
        let mut moves: HashMap<i64, Vec<NaiveDateTime>> = HashMap::new();
        let mut closures = HashMap::new();
        for m in chosen.iter().map(|&i| &program.meetings[i as usize]) {
            if changed.contains(&m.id) {
                for e in exceptions::list(conn, m.id)? {
                    // A key that does not read as a date matches no occurrence.
                    let Ok(original) = exceptions::parse_occurrence_key(&e.occurrence) else {
                        continue;
                    };
                    if e.kind == ExceptionKind::Moved && e.new_start.is_some() {
                        moves.entry(m.id).or_default().push(original);
                    }
                    changes.insert((m.id, original), e);
                }
            }
            if closed_ids.contains(&m.id) {
                closures.insert(m.id, exceptions::closures(conn, m.id)?);
            }
        }
        Ok(Window {
            from,
            to,
            program,
            chosen,
            venues,
            roster,
            changes,
            moves,
            closures,
        })
    }

    /// Keeps only the meetings `keep` accepts (their slots alone are expanded).
    pub fn retain(&mut self, keep: impl Fn(&Held) -> bool) {
        let program = self.program.clone();
        self.chosen.retain(|&i| keep(&program.meetings[i as usize]));
    }

    /// Whether any meeting the window holds passes `test`.
    pub fn any(&self, test: impl Fn(&Held) -> bool) -> bool {
        self.chosen
            .iter()
            .any(|&i| test(&self.program.meetings[i as usize]))
    }

    /// The meeting at program place `m`.
    pub fn held(&self, m: u32) -> &Held {
        &self.program.meetings[m as usize]
    }

    pub fn meeting(&self, s: &Slot) -> &Held {
        &self.program.meetings[s.meeting as usize]
    }

    /// Every occurrence that starts in the window (on `days` of the week, local date,
    /// when any are given), in no particular order.
    pub fn slots(&self, days: &[Day]) -> Vec<Slot> {
        let mut out = Vec::new();
        for &i in &self.chosen {
            self.slots_of(i, days, &mut out);
        }
        out
    }

    /// The window's occurrences as [`Unit`]s: the meetings that meet every week at the
    /// same hours in the same zone, with no changed date, closure or roster entry in
    /// the window, share one unit and have their dates worked out once; every other
    /// meeting is a unit of its own. Every occurrence of [`Window::slots`] is one
    /// unit's slot as one of its members.
    pub fn units(&self, days: &[Day]) -> Vec<Unit> {
        let mut busy: HashSet<i64> = self.changes.keys().map(|(id, _)| *id).collect();
        busy.extend(self.closures.keys());
        busy.extend(self.moves.keys());
        busy.extend(self.roster.keys().map(|(id, _)| *id));
        // The local dates `Expander::between` looks at, by zone.
        let mut dates: HashMap<chrono_tz::Tz, (NaiveDate, NaiveDate)> = HashMap::new();
        let mut shapes: HashMap<(chrono_tz::Tz, u8, chrono::NaiveTime, i64), usize> =
            HashMap::new();
        let mut units: Vec<Unit> = Vec::new();
        for &i in &self.chosen {
            let (m, exp) = (
                &self.program.meetings[i as usize],
                &self.program.expanders[i as usize],
            );
            let tz = exp.tz();
            let (lo, hi) = *dates.entry(tz).or_insert_with(|| {
                (
                    self.from.with_timezone(&tz).date_naive() - Duration::days(1),
                    self.to.with_timezone(&tz).date_naive() + Duration::days(1),
                )
            });
            let shape = if busy.contains(&m.id) {
                None
            } else {
                exp.weekly_shape(lo, hi)
            };
            let shared = shape.map(|(on, at)| (tz, on, at, exp.duration().num_minutes()));
            if let Some(u) = shared.and_then(|key| shapes.get(&key)) {
                units[*u].members.push(i);
                continue;
            }
            if let Some(key) = shared {
                shapes.insert(key, units.len());
            }
            let mut slots = Vec::new();
            self.slots_of(i, days, &mut slots);
            units.push(Unit {
                members: vec![i],
                slots,
            });
        }
        units
    }

    /// `slot`, one of `unit`'s, as member `m`'s own occurrence.
    pub fn slot_as(&self, slot: &Slot, m: u32) -> Slot {
        if slot.meeting == m {
            return *slot;
        }
        Slot {
            meeting: m,
            venue_id: self.program.meetings[m as usize].venue_id,
            ..*slot
        }
    }

    /// Meeting `i`'s occurrences in the window (on `days`), added to `out`.
    fn slots_of(&self, i: u32, days: &[Day], out: &mut Vec<Slot>) {
        {
            let (m, exp) = (
                &self.program.meetings[i as usize],
                &self.program.expanders[i as usize],
            );
            let mut starts = exp.between(self.from, self.to);
            // A date moved into the window from outside it belongs here too.
            for original in self.moves.get(&m.id).into_iter().flatten() {
                if !starts.iter().any(|(l, _)| l == original) {
                    starts.push((*original, exp.resolve(*original)));
                }
            }
            let closures = self.closures.get(&m.id);
            for (original, at) in starts {
                let closed = closures.is_some_and(|cs| {
                    cs.iter()
                        .any(|c| (c.from_date..=c.to_date).contains(&original.date()))
                });
                let mut local = original;
                let mut start = at;
                let mut duration = exp.duration();
                let mut venue_id = m.venue_id;
                let mut status = OccurrenceStatus::Scheduled;
                if let Some(c) = self.changes.get(&(m.id, original)) {
                    match c.kind {
                        ExceptionKind::Cancelled => status = OccurrenceStatus::Cancelled,
                        ExceptionKind::Noted => {}
                        ExceptionKind::Moved => {
                            status = OccurrenceStatus::Moved;
                            local = c.new_start.unwrap_or(original);
                            start = exp.resolve(local);
                            duration = c
                                .new_duration
                                .map(|d| Duration::minutes(d as i64))
                                .unwrap_or(duration);
                            venue_id = c.new_venue_id.or(venue_id);
                        }
                    }
                }
                if closed && status != OccurrenceStatus::Cancelled {
                    status = OccurrenceStatus::Closed;
                }
                if start < self.from || start >= self.to {
                    continue;
                }
                if !days.is_empty() && !days.contains(&Day::from_chrono(local.weekday())) {
                    continue;
                }
                out.push(Slot {
                    meeting: i,
                    original,
                    local,
                    start,
                    end: start + duration,
                    status,
                    venue_id,
                });
            }
        }
    }

    /// Who chairs this date: the roster's choice, else the meeting's own facilitator.
    pub fn facilitator(&self, s: &Slot) -> &str {
        let m = self.meeting(s);
        match self.roster.get(&(m.id, s.original)) {
            Some((person, _)) => person,
            None => &m.facilitator,
        }
    }

    fn person_key(&self, s: &Slot) -> u32 {
        match self.roster.get(&(self.meeting(s).id, s.original)) {
            Some((_, compared)) => *compared,
            None => self.program.person_keys[s.meeting as usize],
        }
    }

    /// The occurrence in full, as every screen and feed shows it.
    pub fn occurrence(&self, s: &Slot) -> Occurrence {
        let m = self.meeting(s);
        let change = self.changes.get(&(m.id, s.original));
        let mut note = change.map(|c| c.note.clone()).unwrap_or_default();
        if s.status == OccurrenceStatus::Closed && note.is_empty() {
            if let Some(c) = self.closures.get(&m.id).and_then(|cs| {
                cs.iter()
                    .find(|c| (c.from_date..=c.to_date).contains(&s.original.date()))
            }) {
                note = c.reason.clone();
            }
        }
        let url = match change {
            Some(c) if c.kind == ExceptionKind::Moved => {
                c.new_video_url.clone().unwrap_or_else(|| m.url.to_string())
            }
            _ => m.url.to_string(),
        };
        Occurrence {
            meeting_id: m.id,
            name: m.name.to_string(),
            fellowship: m.fellowship,
            mode: m.mode,
            key: occurrence_key(s.original),
            start: s.start,
            end: s.end,
            local_start: occurrence_key(s.local),
            timezone: self.program.expanders[s.meeting as usize]
                .tz()
                .name()
                .to_owned(),
            status: s.status,
            note,
            venue_id: s.venue_id,
            location: s
                .venue_id
                .and_then(|v| self.venues.get(&v))
                .cloned()
                .unwrap_or_default(),
            room: m.room.to_string(),
            url,
            facilitator: self.facilitator(s).to_owned(),
        }
    }

    /// Clashes among `slots` (see [`conflicts`]): all of them counted, the first `keep`
    /// written out.
    pub fn conflicts<'s>(
        &self,
        slots: impl IntoIterator<Item = &'s Slot>,
        keep: usize,
    ) -> (Vec<Conflict>, usize) {
        let slots: Vec<&Slot> = slots.into_iter().collect();
        let items: Vec<Clashing> = slots
            .iter()
            .map(|s| Clashing {
                meeting_id: self.meeting(s).id,
                start: s.start,
                end: s.end,
                live: s.status.is_held(),
                room: s
                    .venue_id
                    .map(|v| (v, self.program.room_keys[s.meeting as usize])),
                person: self.person_key(s),
            })
            .collect();
        let (found, total) = clashes(&items, keep);
        let side = |i: usize| {
            let s = &slots[i];
            let m = self.meeting(s);
            ConflictSide {
                meeting_id: m.id,
                name: m.name.to_string(),
                key: occurrence_key(s.original),
                local_start: occurrence_key(s.local),
            }
        };
        let listed = found
            .into_iter()
            .map(|(reason, a, b)| Conflict {
                reason,
                first: side(a),
                second: side(b),
            })
            .collect();
        (listed, total)
    }

    /// The clashes [`Window::conflicts`] finds among the `shown` slots of `units` (unit
    /// and slot places), the same ones in the same order, without writing out each
    /// occurrence: a unit's slot stands for all its members at once, so a hall that
    /// holds a dozen meetings at one hour is one entry of twelve (a region's month is a
    /// few thousand entries, not 210,000 occurrences).
    pub fn unit_conflicts(
        &self,
        units: &[Unit],
        shown: &[(usize, usize)],
        keep: usize,
    ) -> (Vec<Conflict>, usize) {
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        enum Group {
            Room(i64, u32),
            Person(u32),
        }
        struct Entry {
            start: DateTime<Utc>,
            end: DateTime<Utc>,
            unit: usize,
            slot: usize,
            /// Which members: a place in `lists`.
            list: usize,
        }
        // Each room and facilitator as a number: the program's halls first, then the
        // people it knows, then any other (a date moved to another hall, a roster name
        // the program does not hold), numbered as met. A region's month puts about
        // 150,000 entries into 900 halls: hashing each into a map was most of the view's
        // time (40 of 48 ms on a slow day).
        let halls = self.program.rooms.len();
        let known = self.program.people.0.len();
        let mut groups: Vec<(Group, Vec<Entry>)> = Vec::with_capacity(halls + known);
        let mut hall_of = vec![(0i64, 0u32); halls];
        for (&(v, key), &g) in &self.program.rooms {
            hall_of[g as usize] = (v, key);
        }
        groups.extend(
            hall_of
                .into_iter()
                .map(|(v, key)| (Group::Room(v, key), Vec::new())),
        );
        groups.extend((1..=known as u32).map(|p| (Group::Person(p), Vec::new())));
        let mut others: HashMap<Group, u32> = HashMap::new();
        let mut number = |g: Group, groups: &mut Vec<(Group, Vec<Entry>)>| -> u32 {
            let known_as = match g {
                Group::Room(v, key) => self.program.rooms.get(&(v, key)).copied(),
                Group::Person(p) => (p as usize <= known).then(|| (halls + p as usize - 1) as u32),
            };
            known_as.unwrap_or_else(|| {
                *others.entry(g).or_insert_with(|| {
                    groups.push((g, Vec::new()));
                    groups.len() as u32 - 1
                })
            })
        };
        let meetings = &self.program.meetings;
        let mut lists: Vec<Vec<u32>> = Vec::new();
        // A shared unit's members have no roster entry in the window, so their rooms
        // and facilitators are their own: sorted into groups once per unit, each
        // group's place in the unit's list kept by group number (`place`, `seen`).
        let mut sorted: Vec<Option<Vec<(u32, usize)>>> = (0..units.len()).map(|_| None).collect();
        let mut place: Vec<u32> = Vec::new();
        let mut seen: Vec<u32> = Vec::new();
        for &(u, si) in shown {
            let unit = &units[u];
            let slot = &unit.slots[si];
            if !slot.status.is_held() {
                continue;
            }
            let entry = |list: usize| Entry {
                start: slot.start,
                end: slot.end,
                unit: u,
                slot: si,
                list,
            };
            if let [m] = unit.members[..] {
                if let Some(v) = slot.venue_id {
                    lists.push(vec![m]);
                    let g = number(
                        Group::Room(v, self.program.room_keys[m as usize]),
                        &mut groups,
                    );
                    groups[g as usize].1.push(entry(lists.len() - 1));
                }
                let person = self.person_key(slot);
                if person != 0 {
                    lists.push(vec![m]);
                    let g = number(Group::Person(person), &mut groups);
                    groups[g as usize].1.push(entry(lists.len() - 1));
                }
                continue;
            }
            let these = sorted[u].get_or_insert_with(|| {
                let stamp = u as u32 + 1;
                let mut by: Vec<(u32, Vec<u32>)> = Vec::new();
                let mut put = |g: u32, m: u32| {
                    let g_ = g as usize;
                    if place.len() <= g_ {
                        place.resize(g_ + 1, 0);
                        seen.resize(g_ + 1, 0);
                    }
                    if seen[g_] != stamp {
                        seen[g_] = stamp;
                        place[g_] = by.len() as u32;
                        by.push((g, Vec::new()));
                    }
                    by[place[g_] as usize].1.push(m);
                };
                for &m in &unit.members {
                    let hall = self.program.room_groups[m as usize];
                    if hall != NO_ROOM {
                        put(hall, m);
                    }
                    let person = self.program.person_keys[m as usize];
                    if person != 0 {
                        put((halls + person as usize - 1) as u32, m);
                    }
                }
                by.into_iter()
                    .map(|(g, members)| {
                        lists.push(members);
                        (g, lists.len() - 1)
                    })
                    .collect()
            });
            for &(g, list) in these.iter() {
                groups[g as usize].1.push(entry(list));
            }
        }
        let id = |m: u32| meetings[m as usize].id;
        // (x's start, y's start, x's id, y's id, room before person, x, y), x and y as
        // (unit, slot, member): the order `clashes` lists them in.
        type Side = (usize, usize, u32);
        type Key = (DateTime<Utc>, DateTime<Utc>, i64, i64, u8, Side, Side);
        let mut first: Least<Key> = Least::new(keep);
        // The least key any pair of these two starts can have: when the held ones are all
        // below it, the pairs are not worked out.
        let least = |x: DateTime<Utc>, y: DateTime<Utc>, order: u8| -> Key {
            (x, y, i64::MIN, i64::MIN, order, (0, 0, 0), (0, 0, 0))
        };
        let mut total = 0usize;
        for (g, mut entries) in groups {
            if entries.len() < 2 && entries.first().is_none_or(|e| lists[e.list].len() < 2) {
                continue;
            }
            let order = match g {
                Group::Room(..) => 0,
                Group::Person(_) => 1,
            };
            entries.sort_unstable_by_key(|e| e.start);
            for (n, x) in entries.iter().enumerate() {
                let xs = &lists[x.list];
                // Every two members of one entry meet at the same instants.
                if x.start < x.end && xs.len() > 1 {
                    total += xs.len() * (xs.len() - 1) / 2;
                    if first.would_take(&least(x.start, x.start, order)) {
                        for (i, &a) in xs.iter().enumerate() {
                            for &b in &xs[i + 1..] {
                                first.push((
                                    x.start,
                                    x.start,
                                    id(a),
                                    id(b),
                                    order,
                                    (x.unit, x.slot, a),
                                    (x.unit, x.slot, b),
                                ));
                            }
                        }
                    }
                }
                for y in &entries[n + 1..] {
                    if y.start >= x.end {
                        break;
                    }
                    if y.end <= x.start {
                        continue;
                    }
                    let ys = &lists[y.list];
                    // Two dates of the same meetings: a meeting does not clash with itself.
                    let same = if x.unit == y.unit { xs.len() } else { 0 };
                    total += xs.len() * ys.len() - same;
                    if !first.would_take(&least(x.start, y.start, order)) {
                        continue;
                    }
                    for &a in xs {
                        for &b in ys {
                            if a == b {
                                continue;
                            }
                            // The earlier first; at the same instant, the earlier in
                            // name order (as the occurrences were listed).
                            let (p, q) = if x.start < y.start || (x.start == y.start && a < b) {
                                ((x, a), (y, b))
                            } else {
                                ((y, b), (x, a))
                            };
                            first.push((
                                p.0.start,
                                q.0.start,
                                id(p.1),
                                id(q.1),
                                order,
                                (p.0.unit, p.0.slot, p.1),
                                (q.0.unit, q.0.slot, q.1),
                            ));
                        }
                    }
                }
            }
        }
        let side = |(u, si, m): Side| {
            let s = self.slot_as(&units[u].slots[si], m);
            let held = self.meeting(&s);
            ConflictSide {
                meeting_id: held.id,
                name: held.name.to_string(),
                key: occurrence_key(s.original),
                local_start: occurrence_key(s.local),
            }
        };
        let listed = first
            .into_sorted_vec()
            .into_iter()
            .map(|(.., order, a, b)| Conflict {
                reason: if order == 0 {
                    ConflictReason::SameRoom
                } else {
                    ConflictReason::SameFacilitator
                },
                first: side(a),
                second: side(b),
            })
            .collect();
        (listed, total)
    }
}

/// The original local starts of one meeting's occurrences on local dates `from..=to`,
/// as occurrence keys: the dates a facilitator can cancel, move or annotate.
pub fn dates_of(
    conn: &Connection,
    meeting_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<String>> {
    let m = meetings::get(conn, meeting_id)?;
    let exp = Expander::new(&m.schedule)?;
    Ok(exp
        .local_starts(from, to)
        .into_iter()
        .map(occurrence_key)
        .collect())
}

/// `from..to` covering whole local dates `first..=last` in every zone on Earth;
/// callers filter by local date when they need exact days.
pub fn window_for_dates(first: NaiveDate, last: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
    let from = first.and_hms_opt(0, 0, 0).expect("midnight").and_utc() - Duration::hours(14);
    let to = (last + Duration::days(1))
        .and_hms_opt(0, 0, 0)
        .expect("midnight")
        .and_utc()
        + Duration::hours(12);
    (from, to)
}

/// Two occurrences that clash: the same room, or the same person chairing both.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Conflict {
    pub reason: ConflictReason,
    pub first: ConflictSide,
    pub second: ConflictSide,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConflictReason {
    SameRoom,
    SameFacilitator,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ConflictSide {
    pub meeting_id: i64,
    pub name: String,
    pub key: String,
    pub local_start: String,
}

/// Rooms and people as clashes compare them (trimmed, in lower case), each written once
/// and known by a number: a region's month checks 210,000 occurrences, and hashing
/// and comparing their strings was most of that check. 0 is nobody (an empty name).
#[derive(Default)]
struct Names(HashMap<String, u32>);

impl Names {
    fn key(name: &str) -> String {
        name.trim().to_lowercase()
    }

    /// The name's number, given it now if it has none.
    fn id(&mut self, name: &str) -> u32 {
        let key = Self::key(name);
        if key.is_empty() {
            return 0;
        }
        let next = self.0.len() as u32 + 1;
        *self.0.entry(key).or_insert(next)
    }

    /// The name's number if it has one (0 for nobody).
    fn get(&self, name: &str) -> Option<u32> {
        let key = Self::key(name);
        if key.is_empty() {
            return Some(0);
        }
        self.0.get(&key).copied()
    }
}

/// The `keep` least of the items pushed, in whatever order they come: a heap whose top
/// is the greatest of those held, so most pushes into a full one are one comparison.
/// A dense program has hundreds of thousands of clashes and of occurrences a month,
/// of which a screen shows a few.
pub(crate) struct Least<T: Ord> {
    keep: usize,
    held: std::collections::BinaryHeap<T>,
}

impl<T: Ord> Least<T> {
    pub(crate) fn new(keep: usize) -> Self {
        Least {
            keep,
            held: Default::default(),
        }
    }

    pub(crate) fn push(&mut self, item: T) {
        if self.held.len() < self.keep {
            self.held.push(item);
        } else if self.held.peek().is_some_and(|greatest| item < *greatest) {
            self.held.pop();
            self.held.push(item);
        }
    }

    /// Whether `item` would be held if pushed now (a caller can skip working out items
    /// that cannot be: none of them comes before the least it could make).
    pub(crate) fn would_take(&self, item: &T) -> bool {
        self.held.len() < self.keep || self.held.peek().is_some_and(|greatest| item < greatest)
    }

    /// Those held, least first.
    pub(crate) fn into_sorted_vec(self) -> Vec<T> {
        self.held.into_sorted_vec()
    }
}

/// What clash-finding compares of one occurrence.
struct Clashing {
    meeting_id: i64,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    /// Held (not cancelled or closed): only those clash.
    live: bool,
    /// The place and the room (a [`Names`] number).
    room: Option<(i64, u32)>,
    /// The facilitator (a [`Names`] number); 0 for nobody.
    person: u32,
}

/// Overlapping occurrences in one room or with one facilitator. Cancelled and closed
/// dates clash with nothing.
pub fn conflicts<'a>(occ: impl IntoIterator<Item = &'a Occurrence>) -> Vec<Conflict> {
    let occ: Vec<&Occurrence> = occ.into_iter().collect();
    let mut rooms = Names::default();
    let mut people = Names::default();
    let items: Vec<Clashing> = occ
        .iter()
        .map(|o| Clashing {
            meeting_id: o.meeting_id,
            start: o.start,
            end: o.end,
            live: o.status.is_held(),
            room: o.venue_id.map(|v| (v, rooms.id(&o.room))),
            person: people.id(&o.facilitator),
        })
        .collect();
    let side = |o: &Occurrence| ConflictSide {
        meeting_id: o.meeting_id,
        name: o.name.clone(),
        key: o.key.clone(),
        local_start: o.local_start.clone(),
    };
    clashes(&items, usize::MAX)
        .0
        .into_iter()
        .map(|(reason, a, b)| Conflict {
            reason,
            first: side(occ[a]),
            second: side(occ[b]),
        })
        .collect()
}

/// The first `keep` clashing pairs among `items`, by index, in the order of the day (a
/// room's clash before a person's for the same pair), and how many there are in all.
fn clashes(items: &[Clashing], keep: usize) -> (Vec<(ConflictReason, usize, usize)>, usize) {
    // Only occurrences that share a room or a facilitator can clash, so they are
    // grouped by those first: a region's thousands of meetings at the same hour in
    // different places cost nothing (comparing every pair that overlaps in time took
    // seconds at 35,000 meetings).
    let mut live: Vec<usize> = (0..items.len()).filter(|&i| items[i].live).collect();
    live.sort_by_key(|&i| items[i].start);
    let mut by_room: HashMap<(i64, u32), Vec<usize>> = HashMap::new();
    let mut by_person: HashMap<u32, Vec<usize>> = HashMap::new();
    for &i in &live {
        if let Some(room) = items[i].room {
            by_room.entry(room).or_default().push(i);
        }
        if items[i].person != 0 {
            by_person.entry(items[i].person).or_default().push(i);
        }
    }
    // A dense program clashes hundreds of thousands of times (a region's halls hold
    // several meetings an hour); the screen lists the first few and counts the rest, so
    // only the first `keep` are held.
    let mut first = Least::new(keep);
    let mut total = 0;
    for (groups, order) in [
        (by_room.into_values().collect::<Vec<_>>(), 0),
        (by_person.into_values().collect::<Vec<_>>(), 1),
    ] {
        for list in groups {
            for (n, &a) in list.iter().enumerate() {
                let x = &items[a];
                for &b in &list[n + 1..] {
                    let y = &items[b];
                    if y.start >= x.end {
                        break;
                    }
                    if x.meeting_id == y.meeting_id || y.end <= x.start {
                        continue;
                    }
                    total += 1;
                    first.push((x.start, y.start, x.meeting_id, y.meeting_id, order, a, b));
                }
            }
        }
    }
    let listed = first
        .into_sorted_vec()
        .into_iter()
        .map(|(.., order, a, b)| {
            let reason = if order == 0 {
                ConflictReason::SameRoom
            } else {
                ConflictReason::SameFacilitator
            };
            (reason, a, b)
        })
        .collect();
    (listed, total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::exceptions::{add_closure, set, Exception, ExceptionKind};
    use crate::program::meetings::tests::{store, tuesday_night};
    use crate::program::meetings::{create, MeetingInput};
    use crate::program::roster::{self, Role};
    use chrono::TimeZone;

    fn december() -> (DateTime<Utc>, DateTime<Utc>) {
        (
            Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap(),
        )
    }

    fn moved(occurrence: &str, to: &str) -> Exception {
        Exception {
            occurrence: occurrence.into(),
            kind: ExceptionKind::Moved,
            note: "Hall booked".into(),
            new_start: Some(exceptions::parse_occurrence_key(to).unwrap()),
            new_duration: None,
            new_venue_id: None,
            new_video_url: None,
        }
    }

    fn cancelled(occurrence: &str, note: &str) -> Exception {
        Exception {
            occurrence: occurrence.into(),
            kind: ExceptionKind::Cancelled,
            note: note.into(),
            new_start: None,
            new_duration: None,
            new_venue_id: None,
            new_video_url: None,
        }
    }

    #[test]
    fn cancelled_moved_noted_and_closed_dates_show_their_status() {
        let (_d, store) = store();
        let m = store.write(|tx| create(tx, &tuesday_night())).unwrap();
        store
            .write(|tx| {
                set(tx, m.id, &cancelled("2026-12-22T19:00", "Holiday"))?;
                set(tx, m.id, &moved("2026-12-15T19:00", "2026-12-16T18:30"))?;
                set(
                    tx,
                    m.id,
                    &Exception {
                        occurrence: "2026-12-08T19:00".into(),
                        kind: ExceptionKind::Noted,
                        note: "Birthday night".into(),
                        new_start: None,
                        new_duration: None,
                        new_venue_id: None,
                        new_video_url: None,
                    },
                )?;
                add_closure(
                    tx,
                    m.id,
                    d(2026, 12, 28),
                    d(2027, 1, 10),
                    "Church renovation",
                )?;
                Ok(())
            })
            .unwrap();
        let (from, to) = december();
        let occ = between(&store.conn(), from, to, &MeetingFilter::default()).unwrap();
        let summary: Vec<(String, String, OccurrenceStatus, String)> = occ
            .iter()
            .map(|o| {
                (
                    o.key.clone(),
                    o.local_start.clone(),
                    o.status,
                    o.note.clone(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                (
                    "2026-12-01T19:00".into(),
                    "2026-12-01T19:00".into(),
                    OccurrenceStatus::Scheduled,
                    "".into()
                ),
                (
                    "2026-12-08T19:00".into(),
                    "2026-12-08T19:00".into(),
                    OccurrenceStatus::Scheduled,
                    "Birthday night".into()
                ),
                (
                    "2026-12-15T19:00".into(),
                    "2026-12-16T18:30".into(),
                    OccurrenceStatus::Moved,
                    "Hall booked".into()
                ),
                (
                    "2026-12-22T19:00".into(),
                    "2026-12-22T19:00".into(),
                    OccurrenceStatus::Cancelled,
                    "Holiday".into()
                ),
                (
                    "2026-12-29T19:00".into(),
                    "2026-12-29T19:00".into(),
                    OccurrenceStatus::Closed,
                    "Church renovation".into()
                ),
            ]
        );
        // 18:30 EST is 23:30 UTC.
        assert_eq!(
            occ[2].start,
            Utc.with_ymd_and_hms(2026, 12, 16, 23, 30, 0).unwrap()
        );
        assert!(
            store
                .conn()
                .query_row("SELECT sequence FROM meetings", [], |r| r.get::<_, i64>(0))
                .unwrap()
                >= 4
        );
    }

    #[test]
    fn a_date_moved_into_the_window_appears_and_one_moved_out_does_not() {
        let (_d, store) = store();
        let m = store.write(|tx| create(tx, &tuesday_night())).unwrap();
        store
            .write(|tx| set(tx, m.id, &moved("2026-11-24T19:00", "2026-12-02T19:00")))
            .unwrap();
        store
            .write(|tx| set(tx, m.id, &moved("2026-12-29T19:00", "2027-01-02T19:00")))
            .unwrap();
        let (from, to) = december();
        let keys: Vec<String> = between(&store.conn(), from, to, &MeetingFilter::default())
            .unwrap()
            .into_iter()
            .map(|o| o.key)
            .collect();
        assert_eq!(
            keys,
            vec![
                "2026-12-01T19:00",
                "2026-11-24T19:00",
                "2026-12-08T19:00",
                "2026-12-15T19:00",
                "2026-12-22T19:00"
            ]
        );
    }

    #[test]
    fn changing_a_date_the_meeting_does_not_meet_on_is_refused() {
        let (_d, store) = store();
        let m = store.write(|tx| create(tx, &tuesday_night())).unwrap();
        let e = store
            .write(|tx| set(tx, m.id, &moved("2026-12-16T19:00", "2026-12-17T19:00")))
            .unwrap_err();
        assert_eq!(e.code(), "exception.not_an_occurrence");
        let e = store
            .write(|tx| {
                set(
                    tx,
                    m.id,
                    &Exception {
                        new_start: None,
                        ..moved("2026-12-15T19:00", "2026-12-17T19:00")
                    },
                )
            })
            .unwrap_err();
        assert_eq!(e.code(), "exception.move_needs_change");
        let n: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM meeting_exceptions", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    fn filters_by_mode_language_format_day_and_words() {
        let (_d, store) = store();
        store.write(|tx| create(tx, &tuesday_night())).unwrap();
        let mut spanish = tuesday_night();
        spanish.name = "Grupo Renacer".into();
        spanish.mode = AttendanceMode::Online;
        spanish.venue = None;
        spanish.formats = vec!["ES".into(), "W".into()];
        spanish.language = String::new();
        spanish.schedule.recurrence = crate::schedule::Recurrence::Weekly {
            interval: 1,
            days: vec![Day::TH],
        };
        store.write(|tx| create(tx, &spanish)).unwrap();
        let (from, to) = december();
        let names = |f: MeetingFilter| -> Vec<String> {
            let mut v: Vec<String> = between(&store.conn(), from, to, &f)
                .unwrap()
                .into_iter()
                .map(|o| o.name)
                .collect();
            v.dedup();
            v.sort();
            v.dedup();
            v
        };
        assert_eq!(
            names(MeetingFilter {
                modes: vec![AttendanceMode::Online],
                ..Default::default()
            }),
            vec!["Grupo Renacer"]
        );
        assert_eq!(
            names(MeetingFilter {
                languages: vec!["es".into()],
                ..Default::default()
            }),
            vec!["Grupo Renacer"]
        );
        assert_eq!(
            names(MeetingFilter {
                formats: vec!["W".into()],
                ..Default::default()
            }),
            vec!["Grupo Renacer"]
        );
        assert_eq!(
            names(MeetingFilter {
                days: vec![Day::TU],
                ..Default::default()
            }),
            vec!["Tuesday Night Hope"]
        );
        assert_eq!(
            names(MeetingFilter {
                text: "elm springfield".into(),
                ..Default::default()
            }),
            vec!["Tuesday Night Hope"]
        );
        assert_eq!(names(MeetingFilter::default()).len(), 2);
    }

    #[test]
    fn overlapping_meetings_in_one_room_or_with_one_facilitator_are_flagged() {
        let (_d, store) = store();
        let a = store.write(|tx| create(tx, &tuesday_night())).unwrap();
        let later: MeetingInput = MeetingInput {
            name: "Step Study".into(),
            schedule: crate::schedule::Schedule {
                start_time: chrono::NaiveTime::from_hms_opt(20, 0, 0).unwrap(),
                ..tuesday_night().schedule
            },
            ..tuesday_night()
        };
        let b = store.write(|tx| create(tx, &later)).unwrap();
        let (from, to) = december();
        let occ = between(&store.conn(), from, to, &MeetingFilter::default()).unwrap();
        let c = conflicts(&occ);
        assert_eq!(
            c.len(),
            5,
            "every Tuesday in December clashes in the basement"
        );
        assert!(c.iter().all(|c| c.reason == ConflictReason::SameRoom
            && c.first.meeting_id == a.id
            && c.second.meeting_id == b.id));

        // Different rooms, same facilitator on one date.
        store
            .write(|tx| {
                tx.execute("UPDATE meetings SET room = 'Library' WHERE id = ?1", [b.id])?;
                Ok(())
            })
            .unwrap();
        store
            .write(|tx| roster::set(tx, a.id, "2026-12-08T19:00", Role::Chair, "Sam"))
            .unwrap();
        store
            .write(|tx| roster::set(tx, b.id, "2026-12-08T20:00", Role::Facilitator, "sam"))
            .unwrap();
        let occ = between(&store.conn(), from, to, &MeetingFilter::default()).unwrap();
        let c = conflicts(&occ);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].reason, ConflictReason::SameFacilitator);
        assert_eq!(c[0].first.key, "2026-12-08T19:00");
        // The window's own clash-finding, on slots with no text, finds the same.
        let w = Window::load(&store.conn(), from, to, &MeetingFilter::default()).unwrap();
        let (listed, total) = w.conflicts(&w.slots(&[]), 10);
        assert_eq!((listed, total), (c, 1));
    }

    /// The prepared program is kept between windows; every way the meetings can change
    /// underneath it shows in the next one.
    #[test]
    fn a_kept_program_follows_every_change_to_the_meetings() {
        let (dir, store) = store();
        let m = store.write(|tx| create(tx, &tuesday_night())).unwrap();
        let (from, to) = december();
        let names = |conn: &Connection| -> Vec<String> {
            let mut n: Vec<String> = between(conn, from, to, &MeetingFilter::default())
                .unwrap()
                .into_iter()
                .map(|o| o.name)
                .collect();
            n.sort();
            n.dedup();
            n
        };
        assert_eq!(names(&store.conn()), ["Tuesday Night Hope"]);
        let backup = store.backup_now().unwrap();

        // Another program (here, another connection) renames it.
        let other = Connection::open(dir.path().join("hg.sqlite3")).unwrap();
        other
            .execute(
                "UPDATE meetings SET name = 'Hope on Tuesday' WHERE id = ?1",
                [m.id],
            )
            .unwrap();
        assert_eq!(names(&store.conn()), ["Hope on Tuesday"]);

        // A date cancelled moves the program's counter and not the meetings': the kept
        // schedules stand, and the window still shows the date cancelled (a window reads
        // the changed dates itself).
        let versions = |conn: &Connection| {
            (
                crate::store::program_version(conn).unwrap(),
                crate::store::meetings_version(conn).unwrap(),
            )
        };
        let (program, meetings) = versions(&store.conn());
        store
            .write(|tx| set(tx, m.id, &cancelled("2026-12-22T19:00", "")))
            .unwrap();
        let (program_now, meetings_now) = versions(&store.conn());
        assert!(program_now > program);
        assert_eq!(meetings_now, meetings);
        let cancelled: Vec<String> = between(&store.conn(), from, to, &MeetingFilter::default())
            .unwrap()
            .into_iter()
            .filter(|o| o.status == OccurrenceStatus::Cancelled)
            .map(|o| o.key)
            .collect();
        assert_eq!(cancelled, ["2026-12-22T19:00"]);
        // A write to what the schedules hold moves both, and the next window reads it.
        other
            .execute(
                "UPDATE meetings SET room = 'Basement' WHERE id = ?1",
                [m.id],
            )
            .unwrap();
        let (program_then, meetings_then) = versions(&store.conn());
        assert!(meetings_then > meetings_now && program_then > program_now);
        let rooms: Vec<String> = between(&store.conn(), from, to, &MeetingFilter::default())
            .unwrap()
            .into_iter()
            .map(|o| o.room)
            .collect();
        assert!(
            !rooms.is_empty() && rooms.iter().all(|r| r == "Basement"),
            "{rooms:?}"
        );
        // An insert and a delete after it still move the meetings' number (it goes
        // past both), and each shows in the next window.
        let mut step = tuesday_night();
        step.name = "Step Study".into();
        let added = store.write(|tx| create(tx, &step)).unwrap();
        let after_insert = crate::store::meetings_version(&store.conn()).unwrap();
        assert!(after_insert > meetings_then);
        assert_eq!(names(&store.conn()), ["Hope on Tuesday", "Step Study"]);
        store
            .write(|tx| crate::program::meetings::delete(tx, added.id))
            .unwrap();
        assert!(crate::store::meetings_version(&store.conn()).unwrap() > after_insert);
        assert_eq!(names(&store.conn()), ["Hope on Tuesday"]);

        // What a transaction sees is read for it, and not kept once it rolls back.
        store
            .preview(|tx| {
                let mut step = tuesday_night();
                step.name = "Step Study".into();
                create(tx, &step)?;
                assert_eq!(names(tx), ["Hope on Tuesday", "Step Study"]);
                Ok(())
            })
            .unwrap();
        assert_eq!(names(&store.conn()), ["Hope on Tuesday"]);

        // A restore brings the backup's program back, and its counter moves on past
        // every number the file had.
        let (before, meetings_before) = versions(&store.conn());
        store
            .restore_from(std::path::Path::new(&backup.path), None)
            .unwrap();
        assert_eq!(names(&store.conn()), ["Tuesday Night Hope"]);
        assert!(crate::store::program_version(&store.conn()).unwrap() > before);
        assert!(crate::store::meetings_version(&store.conn()).unwrap() > meetings_before);
        // Nor do the restored file's notes of changed meetings stand for what changed
        // since then: another program that kept the schedules reads them all again.
        assert_eq!(
            crate::store::meetings_changed_since(&store.conn(), meetings_before).unwrap(),
            None
        );
        // The next edit is noted.
        let now = crate::store::meetings_version(&store.conn()).unwrap();
        store
            .conn()
            .execute("UPDATE meetings SET room = 'Annex' WHERE id = ?1", [m.id])
            .unwrap();
        assert_eq!(
            crate::store::meetings_changed_since(&store.conn(), now).unwrap(),
            Some([m.id].into())
        );
    }

    /// A kept program brought up to date from the notes of changed meetings (schema
    /// v13) is the program read afresh: the same meetings in the same order with the
    /// same schedules, rooms and people numbered alike wherever they are alike. Several
    /// hundred writes of every kind, by another connection as by another program, some
    /// in one transaction, past the note's length (where all is read again).
    #[test]
    fn a_program_patched_from_the_notes_is_the_program_read_afresh() {
        let (dir, store) = store();
        let names = [
            "Hope",
            "hope",
            "Étoile",
            "Zebra",
            "ángel",
            "Serenity",
            "İstanbul",
            "basic text",
            "Just for Today",
            "ZEBRA",
        ];
        let rooms = ["Basement", "basement ", "Hall B", ""];
        let people = ["Sam", "sam", "Alex", ""];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut rand = move |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n
        };
        let input = |i: usize| {
            let mut m = tuesday_night();
            m.name = format!("{} {}", names[i % names.len()], i % 3);
            m.room = rooms[i % rooms.len()].into();
            m.facilitator = people[i % people.len()].into();
            if i % 5 == 4 {
                m.venue = None;
                m.mode = AttendanceMode::Online;
            }
            m
        };
        for i in 0..40 {
            store.write(|tx| create(tx, &input(i))).unwrap();
        }
        let conn = store.conn();
        let other = Connection::open(dir.path().join("hg.sqlite3")).unwrap();
        let venues: Vec<i64> = crate::store::ids(&conn, "SELECT id FROM venues")
            .unwrap()
            .into_iter()
            .collect();
        let same = |a: &Program, b: &Program| {
            assert_eq!(a.meetings, b.meetings);
            let (from, to) = (
                NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
                NaiveDate::from_ymd_opt(2027, 1, 10).unwrap(),
            );
            for (x, y) in a.expanders.iter().zip(&b.expanders) {
                assert_eq!(x.local_starts(from, to), y.local_starts(from, to));
                assert_eq!((x.tz(), x.duration()), (y.tz(), y.duration()));
            }
            for p in [a, b] {
                for (i, m) in p.meetings.iter().enumerate() {
                    assert_eq!(p.room_names.get(&m.room), Some(p.room_keys[i]));
                    assert_eq!(p.people.get(&m.facilitator), Some(p.person_keys[i]));
                    let hall = m
                        .venue_id
                        .map_or(NO_ROOM, |v| p.rooms[&(v, p.room_keys[i])]);
                    assert_eq!(p.room_groups[i], hall);
                }
            }
            let n = a.meetings.len();
            for i in 0..n {
                for j in 0..n {
                    let alike = |p: &Program| {
                        (
                            p.room_keys[i] == p.room_keys[j],
                            p.person_keys[i] == p.person_keys[j],
                            p.room_groups[i] == p.room_groups[j],
                        )
                    };
                    assert_eq!(
                        alike(a),
                        alike(b),
                        "{:?} and {:?}",
                        a.meetings[i],
                        a.meetings[j]
                    );
                }
            }
        };
        let mut kept = Program::read(&conn).unwrap();
        let mut since = crate::store::meetings_version(&conn).unwrap();
        let (mut patched, mut read_again, mut writes) = (0, 0, 0);
        let mut next_new = 40;
        while writes < 600 {
            for _ in 0..1 + rand(4) {
                let ids: Vec<i64> = crate::store::ids(&conn, "SELECT id FROM meetings")
                    .unwrap()
                    .into_iter()
                    .collect();
                let mut sorted = ids.clone();
                sorted.sort();
                let id = sorted[rand(sorted.len())];
                let by = if rand(2) == 0 { &conn } else { &other };
                let set = |sql: &str, value: rusqlite::types::Value| {
                    by.execute(sql, rusqlite::params![value, id]).unwrap();
                };
                use rusqlite::types::Value::{Integer, Null, Text};
                match rand(10) {
                    0 => set(
                        "UPDATE meetings SET name = ?1 WHERE id = ?2",
                        Text(format!("{} {}", names[rand(names.len())], rand(3))),
                    ),
                    1 => set(
                        "UPDATE meetings SET room = ?1 WHERE id = ?2",
                        Text(rooms[rand(rooms.len())].into()),
                    ),
                    2 => set(
                        "UPDATE meetings SET facilitator = ?1 WHERE id = ?2",
                        Text(people[rand(people.len())].into()),
                    ),
                    3 => set(
                        "UPDATE meetings SET venue_id = ?1 WHERE id = ?2",
                        match rand(venues.len() + 1) {
                            0 => Null,
                            v => Integer(venues[v - 1]),
                        },
                    ),
                    4 => set(
                        "UPDATE meetings SET status = ?1 WHERE id = ?2",
                        Text(["active", "inactive"][rand(2)].into()),
                    ),
                    5 if ids.len() > 10 => {
                        crate::program::meetings::delete(by, id).unwrap();
                    }
                    6 => {
                        next_new += 1;
                        create(by, &input(next_new)).unwrap();
                    }
                    7 => set(
                        "UPDATE meetings SET start_time = ?1 WHERE id = ?2",
                        Text(format!("{:02}:30", 7 + rand(14))),
                    ),
                    // Not what the schedules hold: nothing is noted.
                    8 => set(
                        "UPDATE meetings SET notes = ?1 WHERE id = ?2",
                        Text("x".into()),
                    ),
                    _ => {
                        // Several meetings renamed in one transaction.
                        by.execute_batch("BEGIN").unwrap();
                        for &other_id in sorted.iter().step_by(1 + rand(5)) {
                            by.execute(
                                "UPDATE meetings SET name = ?1 WHERE id = ?2",
                                rusqlite::params![names[rand(names.len())], other_id],
                            )
                            .unwrap();
                            writes += 1;
                        }
                        by.execute_batch("COMMIT").unwrap();
                    }
                }
                writes += 1;
            }
            let now = crate::store::meetings_version(&conn).unwrap();
            let fresh = Program::read(&conn).unwrap();
            kept = match crate::store::meetings_changed_since(&conn, since).unwrap() {
                Some(changed) => {
                    patched += 1;
                    kept.patch(&conn, &changed).unwrap()
                }
                None => {
                    read_again += 1;
                    Program::read(&conn).unwrap()
                }
            };
            same(&kept, &fresh);
            since = now;
        }
        // Both ways were taken: the notes do not reach back past a few hundred writes.
        assert!(
            patched > 50 && read_again > 0,
            "{patched} patched, {read_again} read again"
        );
        let noted: i64 = conn
            .query_row("SELECT count(*) FROM meetings_changed", [], |r| r.get(0))
            .unwrap();
        assert!(noted <= 260, "{noted} notes kept");
    }

    #[test]
    fn a_crowded_room_lists_its_first_clashes_and_counts_them_all() {
        let (_d, store) = store();
        // Four meetings in the basement at 19:00, 19:30, 20:00 and 20:30, 90 minutes
        // each, every Tuesday: each overlaps the next two, five pairs a Tuesday.
        for (i, at) in ["19:00", "19:30", "20:00", "20:30"].iter().enumerate() {
            let m = MeetingInput {
                name: format!("Basement {i}"),
                schedule: crate::schedule::Schedule {
                    start_time: chrono::NaiveTime::parse_from_str(at, "%H:%M").unwrap(),
                    ..tuesday_night().schedule
                },
                ..tuesday_night()
            };
            store.write(|tx| create(tx, &m)).unwrap();
        }
        let (from, to) = december();
        let all = conflicts(&between(&store.conn(), from, to, &MeetingFilter::default()).unwrap());
        assert_eq!(
            all.len(),
            5 * 5,
            "five pairs on each of December's five Tuesdays"
        );
        let mut order: Vec<(&str, &str)> = all
            .iter()
            .map(|c| (c.first.local_start.as_str(), c.second.local_start.as_str()))
            .collect();
        let listed_order = order.clone();
        order.sort();
        assert_eq!(listed_order, order, "in the order of the day");
        let w = Window::load(&store.conn(), from, to, &MeetingFilter::default()).unwrap();
        // The slots in any order: the window finds the same first seven.
        let mut slots = w.slots(&[]);
        slots.reverse();
        let (first, total) = w.conflicts(&slots, 7);
        assert_eq!(total, 25);
        assert_eq!(first, all[..7].to_vec());
        assert_eq!(w.conflicts(&slots, 0), (vec![], 25));
    }

    #[test]
    fn a_window_writes_out_the_same_occurrences_whatever_the_filter_asks() {
        let (_d, store) = store();
        let a = store.write(|tx| create(tx, &tuesday_night())).unwrap();
        let mut online = tuesday_night();
        online.name = "Reunión en línea".into();
        online.mode = AttendanceMode::Online;
        online.venue = None;
        online.formats = vec!["ES".into()];
        store.write(|tx| create(tx, &online)).unwrap();
        store
            .write(|tx| set(tx, a.id, &moved("2026-12-08T19:00", "2026-12-09T18:00")))
            .unwrap();
        let (from, to) = december();
        for (filter, expected) in [
            (MeetingFilter::default(), 10),
            (
                MeetingFilter {
                    modes: vec![AttendanceMode::Online],
                    ..Default::default()
                },
                5,
            ),
            (
                MeetingFilter {
                    text: "hope".into(),
                    ..Default::default()
                },
                5,
            ),
            (
                MeetingFilter {
                    languages: vec!["es".into()],
                    ..Default::default()
                },
                5,
            ),
        ] {
            let all = between(&store.conn(), from, to, &filter).unwrap();
            let w = Window::load(&store.conn(), from, to, &filter).unwrap();
            let mut slots = w.slots(&[]);
            slots.sort_by_key(|s| (s.start, w.meeting(s).id));
            let written: Vec<Occurrence> = slots.iter().map(|s| w.occurrence(s)).collect();
            assert_eq!(written, all, "{filter:?}");
            // Five Tuesdays in December for each meeting that matches.
            assert_eq!(all.len(), expected, "{filter:?}");
        }
        let moved = between(&store.conn(), from, to, &MeetingFilter::default())
            .unwrap()
            .into_iter()
            .find(|o| o.status == OccurrenceStatus::Moved)
            .unwrap();
        assert_eq!(moved.local_start, "2026-12-09T18:00");
        assert_eq!(moved.note, "Hall booked");
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
}
