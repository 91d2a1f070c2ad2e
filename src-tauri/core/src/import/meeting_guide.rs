//! Meeting Guide JSON in (code4recovery/spec): a flat array; `day` a number 0–6
//! (Sunday = 0) or a list of them; `time`/`end_time` as HH:MM; types mapped through
//! the shared format table. TSML's additions are understood too: `ONL` (online) and
//! `TC` (temporarily closed), which the spec itself does not define.

use serde_json::Value;

use super::warning::{ImportWarning, Position, Problem};
use super::{anchor, clock, hash_of, json_root, mode_for, weekly, Imported, Listed};
use crate::error::{Error, Result};
use crate::program::fellowship::Fellowship;
use crate::program::meetings::{MeetingStatus, VenueChoice};
use crate::program::venues::VenueInput;
use crate::schedule::Day;

fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.trim().to_owned(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn number(v: &Value, key: &str) -> Option<f64> {
    match v.get(key)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn days(v: &Value) -> std::result::Result<Vec<Day>, (Problem, String)> {
    let one = |x: &Value| -> Option<Day> {
        let n = match x {
            Value::Number(n) => n.as_u64()?,
            Value::String(s) => s.trim().parse().ok()?,
            _ => return None,
        };
        // Sunday = 0 in the spec.
        (n <= 6).then(|| Day::ALL[((n + 6) % 7) as usize])
    };
    let mut out = match v.get("day") {
        None | Some(Value::Null) => return Err((Problem::ByAppointment, String::new())),
        Some(Value::Array(xs)) => xs
            .iter()
            .map(|x| one(x).ok_or_else(|| (Problem::BadDay, x.to_string())))
            .collect::<std::result::Result<Vec<_>, _>>()?,
        Some(x) => vec![one(x).ok_or_else(|| (Problem::BadDay, x.to_string()))?],
    };
    out.sort();
    out.dedup();
    if out.is_empty() {
        return Err((Problem::NoDay, String::new()));
    }
    Ok(out)
}

/// The days, the start and the length: a missing end is an hour (the spec's default);
/// an end at or before the start crosses midnight.
fn when_of(
    r: &Value,
) -> std::result::Result<(Vec<Day>, chrono::NaiveTime, i64), (Problem, String)> {
    let days = days(r)?;
    let start = clock(&text(r, "time")).ok_or_else(|| (Problem::BadTime, text(r, "time")))?;
    let minutes = match clock(&text(r, "end_time")) {
        Some(end) => match (end - start).num_minutes() {
            d if d <= 0 => d + 24 * 60,
            d => d,
        },
        None => 60,
    };
    Ok((days, start, minutes))
}

/// The types, as a list or as one comma-separated string (both are in the wild).
fn types_of(r: &Value) -> Vec<String> {
    match r.get("types") {
        Some(Value::Array(xs)) => xs
            .iter()
            .filter_map(|x| x.as_str())
            .map(|s| s.trim().to_owned())
            .collect(),
        Some(Value::String(s)) => s.split(',').map(|x| x.trim().to_owned()).collect(),
        _ => vec![],
    }
}

/// How and where a meeting is held: its address (or the first part of the formatted
/// one), whether that is only approximate, its conference link and phone.
fn place_of(
    r: &Value,
    online_type: bool,
    zone: &str,
) -> (
    crate::program::fellowship::AttendanceMode,
    Option<VenueChoice>,
    String,
    String,
) {
    let approximate = text(r, "approximate").eq_ignore_ascii_case("yes");
    let mut address = text(r, "address");
    let mut city = text(r, "city");
    let formatted = text(r, "formatted_address");
    if address.is_empty() && !formatted.is_empty() {
        // "4953 W Addison St, Chicago, IL 60641, USA": the street, then the rest.
        let mut parts = formatted.splitn(2, ',');
        address = parts.next().unwrap_or("").trim().to_owned();
        if city.is_empty() {
            city = parts.next().unwrap_or("").trim().to_owned();
        }
    }
    let conference_url = text(r, "conference_url");
    let conference_phone = text(r, "conference_phone");
    let physical = !address.is_empty() && !approximate;
    let mode = mode_for(physical, &conference_url, &conference_phone, online_type);
    let venue = mode.has_room().then(|| VenueChoice::New {
        venue: VenueInput {
            name: text(r, "location"),
            address,
            city,
            region: text(r, "state"),
            postal_code: text(r, "postal_code"),
            country: text(r, "country"),
            latitude: number(r, "latitude"),
            longitude: number(r, "longitude"),
            timezone: zone.to_owned(),
            approximate,
            notes: text(r, "location_notes"),
        },
    });
    (mode, venue, conference_url, conference_phone)
}

pub fn read(
    bytes: &[u8],
    fellowship: Fellowship,
    default_zone: &str,
) -> Result<(Vec<Imported>, Vec<ImportWarning>)> {
    let root = json_root(bytes, "Meeting Guide feed")?;
    let Value::Array(records) = root else {
        return Err(Error::invalid(
            crate::error::Code::ImportWrongShape,
            "file",
            "a Meeting Guide feed is a list of meetings ([…]); this JSON is something else",
        ));
    };
    if records.is_empty() {
        return Err(Error::invalid(
            crate::error::Code::ImportEmpty,
            "file",
            "the feed is an empty list",
        ));
    }
    let anchor = anchor();
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    for (i, r) in records.iter().enumerate() {
        let name = text(r, "name");
        let at = Some(Position::Record(i as u32 + 1));
        if !r.is_object() {
            warnings.push(ImportWarning::skipped(&name, at, Problem::NotAMeeting, ""));
            continue;
        }
        if name.is_empty() {
            warnings.push(ImportWarning::skipped("", at, Problem::NoName, ""));
            continue;
        }
        let key = text(r, "slug");
        if key.is_empty() {
            warnings.push(ImportWarning::skipped(&name, at, Problem::NoId, ""));
            continue;
        }
        let (days, start, minutes) = match when_of(r) {
            Ok(w) => w,
            Err((problem, value)) => {
                warnings.push(ImportWarning::skipped(&name, at, problem, value));
                continue;
            }
        };
        let mut zone = text(r, "timezone");
        if zone.is_empty() {
            zone = default_zone.to_owned();
        }
        let types = types_of(r);
        let closed = types.iter().any(|t| t == "TC");
        let online_type = types.iter().any(|t| t == "ONL");
        let spec_types: Vec<String> = types
            .iter()
            .filter(|t| *t != "TC" && *t != "ONL")
            .cloned()
            .collect();
        let (codes, unknown) = crate::program::formats::from_meeting_guide(fellowship, &spec_types);
        if !unknown.is_empty() {
            warnings.push(ImportWarning::partly(
                &name,
                at.clone(),
                Problem::UnknownFormats,
                unknown.join(", "),
            ));
        }
        let language = super::language_from(fellowship, &codes);

        let (mode, venue, conference_url, conference_phone) = place_of(r, online_type, &zone);
        let input = Listed {
            fellowship,
            name,
            mode,
            venue,
            url: conference_url,
            phone: conference_phone,
            phone_notes: text(r, "conference_phone_notes"),
            formats: codes.into_iter().map(str::to_owned).collect(),
            schedule: weekly(anchor, days, start, minutes as u32, zone),
            status: if closed {
                MeetingStatus::Inactive
            } else {
                MeetingStatus::Active
            },
            notes: vec![text(r, "notes"), text(r, "conference_url_notes")],
            language,
        }
        .input();
        out.push(Imported {
            key,
            hash: hash_of(&r.to_string()),
            input,
            group: Some(text(r, "group")).filter(|g| !g.is_empty()),
            exceptions: vec![],
        });
    }
    Ok((out, warnings))
}
