//! What of a meeting is shared, as named text fields: the unit of the three-way merge,
//! of a conflict, and of what a resource on the server carries.
//!
//! A field is a name and its canonical text ("formats" → "C,O,W"; "date:2026-12-24T19:00"
//! → the change to that date as JSON). Two installations agree on a meeting exactly when
//! their fields are equal, so a merge is a comparison of strings, and a conflict can show
//! both values as they are. Fields with no value are left out (absent = empty).
//!
//! **Never shared**: the facilitator (a person's name), the roster, members, check-ins,
//! counts, chips, houses, slips and keys; the passcode unless the group made it public;
//! link parameters the group marks secret. Those stay on this computer: applying a
//! field someone else changed leaves them as they are.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::error::{Code, Error, Result};
use crate::program::exceptions::{self, parse_occurrence_key, Exception, ExceptionKind};
use crate::program::fellowship::{AttendanceMode, Fellowship};
use crate::program::meetings::{
    self, Meeting, MeetingInput, MeetingStatus, OnlineAccess, VenueChoice,
};
use crate::program::venues::{self, VenueInput};
use crate::schedule::{hhmm, rule, Recurrence, Schedule};

pub type Fields = BTreeMap<String, String>;

/// A change to one date as it is shared: its venue by details, not by this
/// installation's row id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedChange {
    pub kind: ExceptionKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_start: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_duration: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_venue: Option<VenueInput>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_video_url: Option<String>,
}

impl SharedChange {
    /// A stored or imported change, its venue given by details.
    pub fn of(e: &Exception, new_venue: Option<VenueInput>) -> Self {
        SharedChange {
            kind: e.kind,
            note: e.note.trim().to_owned(),
            new_start: e.new_start.map(crate::program::exceptions::occurrence_key),
            new_duration: e.new_duration,
            new_venue,
            new_video_url: e.new_video_url.clone().filter(|u| !u.trim().is_empty()),
        }
    }
}

/// One meeting as it is shared.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    pub input: MeetingInput,
    pub group: Option<String>,
    /// By the occurrence's original local start.
    pub changes: BTreeMap<String, SharedChange>,
    /// By (from, to), the reason.
    pub closures: BTreeMap<(NaiveDate, NaiveDate), String>,
}

/// The fields every resource has, in the order a conflict screen lists them. The
/// dated ones (`date:…`, `closure:…`) follow.
pub const SIMPLE: &[&str] = &[
    "name",
    "fellowship",
    "group",
    "mode",
    "status",
    "start_date",
    "start_time",
    "duration",
    "timezone",
    "repeats",
    "end_date",
    "venue_name",
    "venue_address",
    "venue_city",
    "venue_region",
    "venue_postal_code",
    "venue_country",
    "venue_latitude",
    "venue_longitude",
    "venue_approximate",
    "venue_notes",
    "room",
    "url",
    "platform",
    "meeting_id",
    "passcode",
    "passcode_public",
    "dial_in",
    "dial_in_notes",
    "secret_params",
    "formats",
    "language",
    "notes",
    "offers_verification",
];

/// Fields a plain calendar event carries in its own properties (SUMMARY, DTSTART,
/// DTEND, RRULE/RDATE): read from those, so an edit made in another calendar app is
/// seen. The rest travel as `X-HOMEGROUP-…` properties.
pub const IN_ICALENDAR: &[&str] = &[
    "name",
    "start_date",
    "start_time",
    "duration",
    "timezone",
    "repeats",
    "end_date",
];

fn put(f: &mut Fields, name: &str, value: impl Into<String>) {
    let v: String = value.into();
    let v = v.trim();
    if !v.is_empty() {
        f.insert(name.to_owned(), v.to_owned());
    }
}

/// `FREQ=WEEKLY;BYDAY=TU`, `dates:2026-01-05,2026-02-02`, or empty for a one-off.
fn repeats(r: &Recurrence) -> String {
    let (rrule, dates) = rule::to_stored(r);
    if !rrule.is_empty() {
        return rrule;
    }
    if dates.is_empty() {
        return String::new();
    }
    let mut all: Vec<String> = dates.iter().map(|d| d.to_string()).collect();
    all.sort();
    all.dedup();
    format!("dates:{}", all.join(","))
}

fn venue_of(s: &Shared) -> Option<&VenueInput> {
    match &s.input.venue {
        Some(VenueChoice::New { venue }) => Some(venue),
        _ => None,
    }
}

fn coordinate(c: Option<f64>) -> String {
    c.map(|v| format!("{v:.6}")).unwrap_or_default()
}

pub fn fields(s: &Shared) -> Fields {
    let i = &s.input;
    let o = &i.online;
    let mut f = Fields::new();
    put(&mut f, "name", &i.name);
    put(&mut f, "fellowship", i.fellowship.key());
    put(&mut f, "group", s.group.clone().unwrap_or_default());
    put(&mut f, "mode", i.mode.key());
    put(&mut f, "status", i.status.as_str());
    put(&mut f, "start_date", i.schedule.start_date.to_string());
    put(&mut f, "start_time", hhmm::format(i.schedule.start_time));
    put(&mut f, "duration", i.schedule.duration_minutes.to_string());
    put(&mut f, "timezone", &i.schedule.timezone);
    put(&mut f, "repeats", repeats(&i.schedule.recurrence));
    if let Some(end) = i.schedule.end_date {
        put(&mut f, "end_date", end.to_string());
    }
    if let Some(v) = venue_of(s) {
        put(&mut f, "venue_name", &v.name);
        put(&mut f, "venue_address", &v.address);
        put(&mut f, "venue_city", &v.city);
        put(&mut f, "venue_region", &v.region);
        put(&mut f, "venue_postal_code", &v.postal_code);
        put(&mut f, "venue_country", &v.country);
        put(&mut f, "venue_latitude", coordinate(v.latitude));
        put(&mut f, "venue_longitude", coordinate(v.longitude));
        if v.approximate {
            put(&mut f, "venue_approximate", "yes");
        }
        put(&mut f, "venue_notes", &v.notes);
    }
    put(&mut f, "room", &i.room);
    // Links as every public output gives them: no private passcode, no secret parameters.
    put(&mut f, "url", o.public_link(o.url.trim()));
    put(&mut f, "platform", &o.platform);
    put(&mut f, "meeting_id", &o.meeting_id);
    if o.passcode_public {
        put(&mut f, "passcode", &o.passcode);
        put(&mut f, "passcode_public", "yes");
    }
    // A dial string and its notes without a private passcode's keys, as published.
    put(&mut f, "dial_in", o.public_dial_in());
    put(&mut f, "dial_in_notes", o.public_dial_notes());
    put(&mut f, "secret_params", &o.secret_params);
    let mut formats: Vec<&str> = i.formats.iter().map(|c| c.trim()).collect();
    formats.sort();
    formats.dedup();
    put(&mut f, "formats", formats.join(","));
    put(&mut f, "language", &i.language);
    put(&mut f, "notes", &i.notes);
    if i.offers_verification {
        put(&mut f, "offers_verification", "yes");
    }
    for (key, c) in &s.changes {
        put(
            &mut f,
            &format!("date:{key}"),
            serde_json::to_string(c).expect("a change serialises"),
        );
    }
    for ((from, to), reason) in &s.closures {
        // A closure with no reason still has a value: the field must exist.
        let v = if reason.trim().is_empty() {
            "-"
        } else {
            reason.trim()
        };
        put(&mut f, &format!("closure:{from}/{to}"), v);
    }
    f
}

fn bad(field: &str, value: &str) -> Error {
    Error::invalid(
        Code::ShareBadResource,
        "resource",
        format!("the shared field {field} has a value Homegroup cannot read: '{value}'"),
    )
}

fn date(field: &str, v: &str) -> Result<NaiveDate> {
    v.parse().map_err(|_| bad(field, v))
}

fn venue_mut(s: &mut Shared) -> &mut VenueInput {
    if !matches!(s.input.venue, Some(VenueChoice::New { .. })) {
        s.input.venue = Some(VenueChoice::New {
            venue: VenueInput::default(),
        });
    }
    match &mut s.input.venue {
        Some(VenueChoice::New { venue }) => venue,
        _ => unreachable!("set just above"),
    }
}

/// Sets one field from its text; an empty value clears it.
pub fn set(s: &mut Shared, field: &str, value: &str) -> Result<()> {
    let v = value.trim();
    let i = &mut s.input;
    match field {
        "name" => i.name = v.to_owned(),
        "fellowship" => {
            i.fellowship = if v.is_empty() {
                Fellowship::Na
            } else {
                Fellowship::parse(v).map_err(|_| bad(field, v))?
            }
        }
        "group" => s.group = Some(v.to_owned()).filter(|g| !g.is_empty()),
        "mode" => {
            i.mode = if v.is_empty() {
                AttendanceMode::InPerson
            } else {
                AttendanceMode::parse(v).map_err(|_| bad(field, v))?
            }
        }
        "status" => {
            i.status = if v.is_empty() {
                MeetingStatus::Active
            } else {
                MeetingStatus::parse(v).ok_or_else(|| bad(field, v))?
            }
        }
        "start_date" => i.schedule.start_date = date(field, v)?,
        "start_time" => {
            i.schedule.start_time =
                NaiveTime::parse_from_str(v, "%H:%M").map_err(|_| bad(field, v))?
        }
        "duration" => i.schedule.duration_minutes = v.parse().map_err(|_| bad(field, v))?,
        "timezone" => i.schedule.timezone = v.to_owned(),
        "repeats" => {
            i.schedule.recurrence = if let Some(list) = v.strip_prefix("dates:") {
                let dates = list
                    .split(',')
                    .map(|d| date(field, d.trim()))
                    .collect::<Result<Vec<_>>>()?;
                rule::from_stored("", dates)
            } else {
                rule::from_stored(v, vec![])
            }
        }
        "end_date" => {
            i.schedule.end_date = if v.is_empty() {
                None
            } else {
                Some(date(field, v)?)
            }
        }
        "venue_name" => venue_mut(s).name = v.to_owned(),
        "venue_address" => venue_mut(s).address = v.to_owned(),
        "venue_city" => venue_mut(s).city = v.to_owned(),
        "venue_region" => venue_mut(s).region = v.to_owned(),
        "venue_postal_code" => venue_mut(s).postal_code = v.to_owned(),
        "venue_country" => venue_mut(s).country = v.to_owned(),
        "venue_latitude" | "venue_longitude" => {
            let c = if v.is_empty() {
                None
            } else {
                Some(v.parse::<f64>().map_err(|_| bad(field, v))?)
            };
            let venue = venue_mut(s);
            if field == "venue_latitude" {
                venue.latitude = c;
            } else {
                venue.longitude = c;
            }
        }
        "venue_approximate" => venue_mut(s).approximate = v == "yes",
        "venue_notes" => venue_mut(s).notes = v.to_owned(),
        "room" => i.room = v.to_owned(),
        "url" => i.online.url = v.to_owned(),
        "platform" => i.online.platform = v.to_owned(),
        "meeting_id" => i.online.meeting_id = v.to_owned(),
        "passcode" => i.online.passcode = v.to_owned(),
        "passcode_public" => i.online.passcode_public = v == "yes",
        "dial_in" => i.online.dial_in = v.to_owned(),
        "dial_in_notes" => i.online.dial_in_notes = v.to_owned(),
        "secret_params" => i.online.secret_params = v.to_owned(),
        "formats" => {
            i.formats = v
                .split(',')
                .map(|c| c.trim().to_owned())
                .filter(|c| !c.is_empty())
                .collect()
        }
        "language" => i.language = v.to_owned(),
        "notes" => i.notes = v.to_owned(),
        "offers_verification" => i.offers_verification = v == "yes",
        _ => {
            if let Some(key) = field.strip_prefix("date:") {
                let key = crate::program::exceptions::occurrence_key(parse_occurrence_key(key)?);
                if v.is_empty() {
                    s.changes.remove(&key);
                } else {
                    let c: SharedChange = serde_json::from_str(v).map_err(|_| bad(field, v))?;
                    s.changes.insert(key, c);
                }
            } else if let Some(range) = field.strip_prefix("closure:") {
                let (from, to) = range.split_once('/').ok_or_else(|| bad(field, v))?;
                let key = (date(field, from)?, date(field, to)?);
                if v.is_empty() {
                    s.closures.remove(&key);
                } else {
                    let reason = if v == "-" { "" } else { v };
                    s.closures.insert(key, reason.to_owned());
                }
            }
            // Any other name is a field of a newer Homegroup: kept on the server, not here.
        }
    }
    // A venue with nothing left in it is no venue.
    if let Some(VenueChoice::New { venue }) = &s.input.venue {
        if *venue == VenueInput::default() {
            s.input.venue = None;
        }
    }
    Ok(())
}

/// Fields this build does not know (`x:NAME`, from `X-HOMEGROUP-NAME` of a newer
/// Homegroup): carried from `base` into `mine`, so this build neither drops nor
/// "changes" them, and written back with the meeting.
pub fn with_foreign(mut mine: Fields, base: &Fields) -> Fields {
    for (k, v) in base.iter().filter(|(k, _)| k.starts_with("x:")) {
        mine.insert(k.clone(), v.clone());
    }
    mine
}

/// A meeting made of shared fields alone (one another installation created).
pub fn from_fields(f: &Fields) -> Result<Shared> {
    let mut s = blank();
    for (k, v) in f {
        set(&mut s, k, v)?;
    }
    Ok(s)
}

/// The starting point `from_fields` fills in.
pub fn blank() -> Shared {
    Shared {
        input: MeetingInput {
            fellowship: Fellowship::Na,
            group_id: None,
            name: String::new(),
            mode: AttendanceMode::InPerson,
            venue: None,
            room: String::new(),
            online: OnlineAccess::default(),
            formats: vec![],
            schedule: Schedule {
                start_date: NaiveDate::from_ymd_opt(2000, 1, 1).expect("a date"),
                start_time: NaiveTime::from_hms_opt(19, 0, 0).expect("a time"),
                duration_minutes: 60,
                timezone: "UTC".into(),
                recurrence: Recurrence::Once,
                end_date: None,
            },
            status: MeetingStatus::Active,
            notes: String::new(),
            language: String::new(),
            offers_verification: false,
            facilitator: String::new(),
        },
        group: None,
        changes: BTreeMap::new(),
        closures: BTreeMap::new(),
    }
}

/// A stored meeting as it is shared.
pub fn of_meeting(conn: &Connection, m: &Meeting) -> Result<Shared> {
    let mut changes = BTreeMap::new();
    for e in exceptions::list(conn, m.id)? {
        let new_venue = match e.new_venue_id {
            Some(id) => Some(venues::get(conn, id)?.details),
            None => None,
        };
        let mut c = SharedChange::of(&e, new_venue);
        // A date's own link is as public as the meeting's: no private passcode or part.
        c.new_video_url = c.new_video_url.map(|u| m.online.public_link(u.trim()));
        changes.insert(e.occurrence.clone(), c);
    }
    let closures = exceptions::closures(conn, m.id)?
        .into_iter()
        .map(|c| ((c.from_date, c.to_date), c.reason))
        .collect();
    Ok(Shared {
        input: m.input(),
        group: m.group_name.clone(),
        changes,
        closures,
    })
}

/// Applies `changed` fields of `target` onto the stored meeting `id` (or creates it
/// under `uid`): the meeting's own columns first, so a changed date is checked against
/// the new schedule. Returns the meeting's id.
pub fn write(
    conn: &Connection,
    id: Option<i64>,
    uid: &str,
    target: &Shared,
    changed: &[String],
) -> Result<i64> {
    let mut input = target.input.clone();
    input.group_id = match target.group.as_deref() {
        Some(g) => Some(crate::program::groups::find_or_create(
            conn,
            input.fellowship,
            g,
        )?),
        None => None,
    };
    let touches_meeting = changed
        .iter()
        .any(|f| !f.starts_with("date:") && !f.starts_with("closure:"));
    // What the shared calendar says is saved even where it gives no place (another
    // calendar app's plain event): flagged, to be confirmed here.
    let id = match id {
        Some(id) if !touches_meeting => id,
        id => meetings::save_shared(conn, id, &input, uid)?,
    };
    let existing = exceptions::closures(conn, id)?;
    for f in changed {
        if let Some(key) = f.strip_prefix("date:") {
            match target.changes.get(key) {
                None => match exceptions::clear(conn, id, key) {
                    Err(e) if e.kind() == Code::NotFound => {}
                    other => other?,
                },
                Some(c) => {
                    let new_venue_id = match &c.new_venue {
                        Some(v) => {
                            let mut v = v.clone();
                            if v.timezone.trim().is_empty() {
                                v.timezone = input.schedule.timezone.clone();
                            }
                            Some(venues::find_or_create(conn, &v)?)
                        }
                        None => None,
                    };
                    exceptions::set(
                        conn,
                        id,
                        &Exception {
                            occurrence: key.to_owned(),
                            kind: c.kind,
                            note: c.note.clone(),
                            new_start: c
                                .new_start
                                .as_deref()
                                .map(parse_occurrence_key)
                                .transpose()?,
                            new_duration: c.new_duration,
                            new_venue_id,
                            new_video_url: c.new_video_url.clone(),
                        },
                    )?;
                }
            }
        } else if let Some(range) = f.strip_prefix("closure:") {
            let Some((from, to)) = range.split_once('/') else {
                continue;
            };
            let (from, to) = (date(f, from)?, date(f, to)?);
            for c in existing
                .iter()
                .filter(|c| c.from_date == from && c.to_date == to)
            {
                exceptions::remove_closure(conn, c.id)?;
            }
            if let Some(reason) = target.closures.get(&(from, to)) {
                exceptions::add_closure(conn, id, from, to, reason)?;
            }
        }
    }
    Ok(id)
}

/// The local start a `date:` field is about (for telling a closure's EXDATE apart).
pub fn change_start(key: &str) -> Option<NaiveDateTime> {
    parse_occurrence_key(key).ok()
}
