//! Dated occurrences of the whole program in a window, with each date's changes
//! applied: cancelled, moved, noted, or inside a temporary closure. Calendar views,
//! feeds, meeting night and the CLI all read occurrences from here.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::exceptions::{self, occurrence_key, Exception, ExceptionKind};
use crate::fellowship::{AttendanceMode, Fellowship};
use crate::meetings::{self, Meeting, MeetingStatus};
use crate::schedule::expand::{resolve, Expander};
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
        (self.fellowships.is_empty() || self.fellowships.contains(&m.fellowship))
            && (self.modes.is_empty() || self.modes.contains(&m.mode))
            && (self.group_ids.is_empty()
                || m.group_id.is_some_and(|g| self.group_ids.contains(&g)))
            && (self.languages.is_empty() || self.languages.iter().any(|l| speaks(m, l)))
            && (self.formats.is_empty() || self.formats.iter().any(|f| m.formats.contains(f)))
            && self.text_matches(m)
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
            crate::formats::language_of(m.fellowship, c)
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
    let meetings: Vec<Meeting> = meetings::list(conn)?
        .into_iter()
        .filter(|m| m.status == MeetingStatus::Active && filter.matches(m))
        .collect();
    // Each place's one line, written once (not once per occurrence).
    let venues: HashMap<i64, String> = crate::venues::list(conn)?
        .into_iter()
        .map(|v| (v.id, v.details.one_line()))
        .collect();
    let roster = crate::roster::in_window(conn, from - Duration::days(2), to + Duration::days(2))?;
    // Most meetings have no changes at all; ask the database only about those that do.
    let changed = ids(conn, "SELECT DISTINCT meeting_id FROM meeting_exceptions")?;
    let closed_ids = ids(conn, "SELECT DISTINCT meeting_id FROM meeting_closures")?;
    let mut out = Vec::new();
    for m in &meetings {
        let exp = Expander::new(&m.schedule)?;
        let changes: HashMap<String, Exception> = if changed.contains(&m.id) {
            exceptions::list(conn, m.id)?
                .into_iter()
                .map(|e| (e.occurrence.clone(), e))
                .collect()
        } else {
            HashMap::new()
        };
        let closures = if closed_ids.contains(&m.id) {
            exceptions::closures(conn, m.id)?
        } else {
            Vec::new()
        };
        let mut originals: Vec<NaiveDateTime> =
            exp.between(from, to).into_iter().map(|(l, _)| l).collect();
        // A date moved into the window from outside it belongs here too.
        for e in changes.values().filter(|e| e.kind == ExceptionKind::Moved) {
            if let (Ok(orig), Some(new)) =
                (exceptions::parse_occurrence_key(&e.occurrence), e.new_start)
            {
                let at = resolve(exp.tz(), new);
                if at >= from && at < to && !originals.contains(&orig) {
                    originals.push(orig);
                }
            }
        }
        for original in originals {
            let key = occurrence_key(original);
            let change = changes.get(&key);
            let closed = closures
                .iter()
                .find(|c| (c.from_date..=c.to_date).contains(&original.date()));
            let mut local = original;
            let mut duration = exp.duration();
            let mut venue_id = m.venue.as_ref().map(|v| v.id);
            let mut url = m.online.url.clone();
            let mut note = String::new();
            let mut status = OccurrenceStatus::Scheduled;
            if let Some(c) = change {
                note = c.note.clone();
                match c.kind {
                    ExceptionKind::Cancelled => status = OccurrenceStatus::Cancelled,
                    ExceptionKind::Noted => {}
                    ExceptionKind::Moved => {
                        status = OccurrenceStatus::Moved;
                        local = c.new_start.unwrap_or(original);
                        duration = c
                            .new_duration
                            .map(|d| Duration::minutes(d as i64))
                            .unwrap_or(duration);
                        venue_id = c.new_venue_id.or(venue_id);
                        url = c.new_video_url.clone().unwrap_or(url);
                    }
                }
            }
            if let Some(c) = closed {
                if status != OccurrenceStatus::Cancelled {
                    status = OccurrenceStatus::Closed;
                    if note.is_empty() {
                        note = c.reason.clone();
                    }
                }
            }
            let start = exp.resolve(local);
            if start < from || start >= to {
                continue;
            }
            if !filter.days.is_empty() && !filter.days.contains(&Day::from_chrono(local.weekday()))
            {
                continue;
            }
            let facilitator = roster
                .get(&(m.id, key.clone()))
                .cloned()
                .unwrap_or_else(|| m.facilitator.clone());
            out.push(Occurrence {
                meeting_id: m.id,
                name: m.name.clone(),
                fellowship: m.fellowship,
                mode: m.mode,
                key,
                start,
                end: start + duration,
                local_start: occurrence_key(local),
                timezone: m.schedule.timezone.clone(),
                status,
                note,
                venue_id,
                location: venue_id
                    .and_then(|v| venues.get(&v))
                    .cloned()
                    .unwrap_or_default(),
                room: m.room.clone(),
                url,
                facilitator,
            });
        }
    }
    out.sort_by(|a, b| a.start.cmp(&b.start).then(a.meeting_id.cmp(&b.meeting_id)));
    Ok(out)
}

pub(crate) fn ids(conn: &Connection, sql: &str) -> Result<std::collections::HashSet<i64>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
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

/// Overlapping occurrences in one room or with one facilitator. Cancelled and closed
/// dates clash with nothing.
pub fn conflicts<'a>(occ: impl IntoIterator<Item = &'a Occurrence>) -> Vec<Conflict> {
    // Only occurrences that share a room or a facilitator can clash, so they are
    // grouped by those first: a region's thousands of meetings at the same hour in
    // different places cost nothing (comparing every pair that overlaps in time took
    // seconds at 35,000 meetings).
    let mut live: Vec<&Occurrence> = occ
        .into_iter()
        .filter(|o| {
            matches!(
                o.status,
                OccurrenceStatus::Scheduled | OccurrenceStatus::Moved
            )
        })
        .collect();
    live.sort_by_key(|o| o.start);
    let mut by_room: std::collections::HashMap<(i64, String), Vec<&Occurrence>> =
        Default::default();
    let mut by_person: std::collections::HashMap<String, Vec<&Occurrence>> = Default::default();
    for o in &live {
        if let Some(v) = o.venue_id {
            by_room
                .entry((v, o.room.trim().to_lowercase()))
                .or_default()
                .push(o);
        }
        let person = o.facilitator.trim().to_lowercase();
        if !person.is_empty() {
            by_person.entry(person).or_default().push(o);
        }
    }
    let side = |o: &Occurrence| ConflictSide {
        meeting_id: o.meeting_id,
        name: o.name.clone(),
        key: o.key.clone(),
        local_start: o.local_start.clone(),
    };
    let mut found = Vec::new();
    for (groups, reason, order) in [
        (
            by_room.values().collect::<Vec<_>>(),
            ConflictReason::SameRoom,
            0,
        ),
        (
            by_person.values().collect::<Vec<_>>(),
            ConflictReason::SameFacilitator,
            1,
        ),
    ] {
        for list in groups {
            for (i, a) in list.iter().enumerate() {
                for b in &list[i + 1..] {
                    if b.start >= a.end {
                        break;
                    }
                    if a.meeting_id == b.meeting_id || b.end <= a.start {
                        continue;
                    }
                    found.push((
                        a.start,
                        b.start,
                        order,
                        a.meeting_id,
                        b.meeting_id,
                        reason,
                        *a,
                        *b,
                    ));
                }
            }
        }
    }
    // In the order of the day, a room's clash before a person's for the same pair.
    found.sort_by_key(|f| (f.0, f.1, f.3, f.4, f.2));
    found
        .into_iter()
        .map(|(_, _, _, _, _, reason, a, b)| Conflict {
            reason,
            first: side(a),
            second: side(b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exceptions::{add_closure, set, Exception, ExceptionKind};
    use crate::meetings::tests::{store, tuesday_night};
    use crate::meetings::{create, MeetingInput};
    use crate::roster::{self, Role};
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

    #[test]
    fn cancelled_moved_noted_and_closed_dates_show_their_status() {
        let (_d, store) = store();
        let m = store.write(|tx| create(tx, &tuesday_night())).unwrap();
        store
            .write(|tx| {
                set(
                    tx,
                    m.id,
                    &Exception {
                        occurrence: "2026-12-22T19:00".into(),
                        kind: ExceptionKind::Cancelled,
                        note: "Holiday".into(),
                        new_start: None,
                        new_duration: None,
                        new_venue_id: None,
                        new_video_url: None,
                    },
                )?;
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
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
}
