//! One meeting as a resource of a shared calendar, and back.
//!
//! Written: the meeting's VEVENTs exactly as every feed has them (RRULE or RDATE,
//! EXDATE, RECURRENCE-ID overrides, CONFERENCE), plus `X-HOMEGROUP-…` properties on the
//! main event for every shared field iCalendar has no property for, and one
//! `X-HOMEGROUP-VERSION` that says the rest is there.
//!
//! Read: the name and schedule always from the iCalendar properties (so a title or a
//! time changed in another calendar app is seen), everything else from the
//! `X-HOMEGROUP-…` properties when the resource has them, and from what the importer
//! makes of a plain event when it has none (an event another app created becomes a
//! meeting). A date cancelled or moved in another app, which carries no
//! `X-HOMEGROUP-DATE`, is read from its EXDATE or override as an import would.

use ical::parser::ical::component::IcalEvent;
use rusqlite::Connection;

use super::fields::{self, Fields, Shared, SharedChange, IN_ICALENDAR};
use crate::error::{Code, Error, Result};
use crate::export::ics::export::{self, XProp};
use crate::export::ics::text::unescape;
use crate::import::ics::param;
use crate::program::exceptions::parse_occurrence_key;
use crate::program::fellowship::Fellowship;
use crate::program::meetings::{Meeting, VenueChoice};

const PREFIX: &str = "X-HOMEGROUP-";
const VERSION: &str = "X-HOMEGROUP-VERSION";
/// The field format this build writes; a resource from a newer one is still read.
const FORMAT: &str = "1";

fn prop_name(field: &str) -> String {
    format!("{PREFIX}{}", field.to_ascii_uppercase().replace('_', "-"))
}

fn field_name(prop: &str) -> Option<&'static str> {
    fields::SIMPLE
        .iter()
        .copied()
        .find(|f| prop.eq_ignore_ascii_case(&prop_name(f)))
}

/// The resource's text and the fields it carries; `base` is what was last agreed, whose
/// fields of a newer Homegroup go back as they were.
pub fn encode(conn: &Connection, m: &Meeting, base: &Fields) -> Result<(String, Fields)> {
    let shared = fields::of_meeting(conn, m)?;
    let f = fields::with_foreign(fields::fields(&shared), base);
    let mut extra = vec![XProp {
        name: VERSION.into(),
        params: vec![],
        text: FORMAT.into(),
    }];
    for (k, v) in &f {
        if IN_ICALENDAR.contains(&k.as_str()) {
            continue;
        }
        let (name, params) = if let Some(key) = k.strip_prefix("date:") {
            (
                "X-HOMEGROUP-DATE".to_owned(),
                vec![("X-OCCURRENCE".to_owned(), key.to_owned())],
            )
        } else if let Some(range) = k.strip_prefix("closure:") {
            (
                "X-HOMEGROUP-CLOSURE".to_owned(),
                vec![("X-RANGE".to_owned(), range.to_owned())],
            )
        } else if let Some(name) = k.strip_prefix("x:") {
            (format!("{PREFIX}{name}"), vec![])
        } else {
            (prop_name(k), vec![])
        };
        extra.push(XProp {
            name,
            params,
            text: v.clone(),
        });
    }
    Ok((export::resource_with(conn, m, &extra)?, f))
}

fn bad(href: &str, why: impl std::fmt::Display) -> Error {
    Error::invalid(
        Code::ShareBadResource,
        "resource",
        format!("{href} on the server is not a calendar event Homegroup can read ({why})"),
    )
}

/// A resource's UID and fields, and whether it carries ours (`X-HOMEGROUP-VERSION`).
/// `fellowship` and `zone` are for a plain event that says neither.
pub fn decode(
    href: &str,
    body: &[u8],
    fellowship: Fellowship,
    zone: &str,
) -> Result<(String, Fields, bool)> {
    let (mut read, _) =
        crate::import::ics::read(body, fellowship, zone).map_err(|e| bad(href, e))?;
    if read.len() != 1 {
        return Err(bad(
            href,
            format!("it holds {} events, not one", read.len()),
        ));
    }
    let imported = read.remove(0);
    let uid = imported.key.clone();
    let text = crate::import::text_of(body).map_err(|e| bad(href, e))?;
    let master = master_event(text, &uid).map_err(|e| bad(href, e))?;
    let ours = master
        .properties
        .iter()
        .any(|p| p.name.eq_ignore_ascii_case(VERSION));

    // What a plain event says, the way an import reads it.
    let mut venue = imported.input.venue.clone();
    if let Some(VenueChoice::New { venue: v }) = &mut venue {
        // The zone is the schedule's; not a field of its own.
        v.timezone.clear();
    }
    let mut plain = Shared {
        input: crate::program::meetings::MeetingInput {
            venue,
            ..imported.input.clone()
        },
        group: imported.group.clone(),
        changes: Default::default(),
        closures: Default::default(),
    };
    for e in &imported.exceptions {
        plain
            .changes
            .insert(e.occurrence.clone(), SharedChange::of(e, None));
    }
    let plain_fields = fields::fields(&plain);
    if !ours {
        return Ok((uid, plain_fields, false));
    }

    let mut f: Fields = plain_fields
        .iter()
        .filter(|(k, _)| IN_ICALENDAR.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for p in &master.properties {
        let value = unescape(p.value.as_deref().unwrap_or("")).trim().to_owned();
        if value.is_empty() {
            continue;
        }
        let name = p.name.to_ascii_uppercase();
        if name == "X-HOMEGROUP-DATE" {
            if let Some(key) = param(p, "X-OCCURRENCE") {
                f.insert(format!("date:{key}"), value);
            }
        } else if name == "X-HOMEGROUP-CLOSURE" {
            if let Some(range) = param(p, "X-RANGE") {
                f.insert(format!("closure:{range}"), value);
            }
        } else if let Some(field) = field_name(&name) {
            if !IN_ICALENDAR.contains(&field) {
                f.insert(field.to_owned(), value);
            }
        } else if let Some(other) = name.strip_prefix(PREFIX) {
            // A newer Homegroup's field: kept as it is, written back as it was.
            if other != "VERSION" {
                f.insert(format!("x:{other}"), value);
            }
        }
    }
    // Dates changed in another app: an EXDATE or override with no field of ours, and
    // not a date inside one of our closures (those are EXDATEs too).
    let closures: Vec<(chrono::NaiveDate, chrono::NaiveDate)> = f
        .keys()
        .filter_map(|k| k.strip_prefix("closure:"))
        .filter_map(|r| r.split_once('/'))
        .filter_map(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)))
        .collect();
    for (k, v) in plain_fields.iter().filter(|(k, _)| k.starts_with("date:")) {
        if f.contains_key(k) {
            continue;
        }
        let Some(day) = k
            .strip_prefix("date:")
            .and_then(|key| parse_occurrence_key(key).ok())
            .map(|t| t.date())
        else {
            continue;
        };
        if closures.iter().any(|(a, b)| (*a..=*b).contains(&day)) {
            continue;
        }
        f.insert(k.clone(), v.clone());
    }
    Ok((uid, f, true))
}

/// What a resource that lost our properties (saved by an app that drops them) can tell:
/// the name, the schedule and changed dates from iCalendar's own properties; every
/// other field as `base` had it.
pub fn only_icalendar_changes(base: &Fields, plain: &Fields) -> Fields {
    let mut f: Fields = base
        .iter()
        .filter(|(k, _)| !IN_ICALENDAR.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (k, v) in plain {
        if IN_ICALENDAR.contains(&k.as_str()) || (k.starts_with("date:") && !f.contains_key(k)) {
            f.insert(k.clone(), v.clone());
        }
    }
    f
}

fn master_event(text: &str, uid: &str) -> std::result::Result<IcalEvent, String> {
    let text = crate::export::ics::text::unfold(text);
    for cal in ical::IcalParser::new(std::io::BufReader::new(text.as_bytes())) {
        let cal = cal.map_err(|e| e.to_string())?;
        for e in cal.events {
            let is_master = !e
                .properties
                .iter()
                .any(|p| p.name.eq_ignore_ascii_case("RECURRENCE-ID"));
            let same = e.properties.iter().any(|p| {
                p.name.eq_ignore_ascii_case("UID")
                    && p.value.as_deref().map(|v| unescape(v)).as_deref() == Some(uid)
            });
            if is_master && (same || uid.starts_with("no-uid:")) {
                return Ok(e);
            }
        }
    }
    Err("no main event".into())
}
