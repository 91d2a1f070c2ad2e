//! BMLT's semantic interface in (bmlt-enabled/bmlt-server): `GetSearchResults`, either
//! a bare list of meetings or `{"meetings": […], "formats": […]}` when asked with
//! `get_used_formats=1`. Weekdays run 1–7 from Sunday; `venue_type` is 1 in person,
//! 2 virtual, 3 hybrid. A server's format keys are its own, so formats are matched by
//! their world id through the shared NA table, and by key only when the server sent
//! no format list.

use std::collections::HashMap;

use serde_json::Value;

use super::{anchor, clock, first_on, hash_of, json_root, mode_for, Imported};
use crate::error::{Error, Result};
use crate::fellowship::Fellowship;
use crate::meetings::{MeetingInput, MeetingStatus, OnlineAccess, VenueChoice};
use crate::schedule::{Day, Recurrence, Schedule};
use crate::venues::VenueInput;

fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.trim().to_owned(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// BMLT writes "0" for an unknown coordinate; the Gulf of Guinea is not a venue.
fn coordinate(v: &Value, key: &str) -> Option<f64> {
    text(v, key)
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite() && *x != 0.0)
}

/// "01:30:00" (or "1:30") as minutes.
fn minutes(s: &str) -> Option<u32> {
    let mut parts = s.trim().split(':');
    let h: u32 = parts.next()?.trim().parse().ok()?;
    let m: u32 = parts.next().unwrap_or("0").trim().parse().ok()?;
    (m < 60).then_some(h * 60 + m)
}

/// The root-server address for a meeting search, asking for the formats it uses.
/// `location` is either a root server ("https://bmlt.example.org/main_server") or a
/// full `client_interface/json` query; service bodies narrow a root-server search.
pub fn search_url(location: &str, service_bodies: &[u32]) -> String {
    let location = location.trim();
    // A saved search result (a .json file on any server) is fetched as it is.
    let path = location.split(['?', '#']).next().unwrap_or(location);
    if path.ends_with(".json") && !location.contains("switcher=") {
        return location.to_owned();
    }
    if location.contains("switcher=GetSearchResults") {
        if location.contains("get_used_formats") {
            return location.to_owned();
        }
        return format!("{location}&get_used_formats=1");
    }
    let root = location
        .split("/client_interface")
        .next()
        .unwrap_or(location)
        .trim_end_matches('/');
    let mut url =
        format!("{root}/client_interface/json/?switcher=GetSearchResults&get_used_formats=1");
    for id in service_bodies {
        url.push_str(&format!("&services[]={id}"));
    }
    if !service_bodies.is_empty() {
        url.push_str("&recursive=1");
    }
    url
}

/// Whether this JSON looks like BMLT rather than Meeting Guide.
pub fn looks_like(root: &Value) -> bool {
    let first = match root {
        Value::Array(xs) => xs.first(),
        Value::Object(o) => return o.get("meetings").is_some_and(Value::is_array),
        _ => None,
    };
    first.is_some_and(|m| m.get("id_bigint").is_some() || m.get("weekday_tinyint").is_some())
}

pub fn read(
    bytes: &[u8],
    fellowship: Fellowship,
    default_zone: &str,
) -> Result<(Vec<Imported>, Vec<String>)> {
    let root = json_root(bytes, "BMLT search result")?;
    let (records, formats) = match &root {
        Value::Array(xs) => (xs, None),
        Value::Object(o) => match o.get("meetings") {
            Some(Value::Array(xs)) => (xs, o.get("formats").and_then(Value::as_array)),
            _ => {
                return Err(Error::invalid(
                    "import.wrong_shape",
                    "file",
                    "a BMLT search result is a list of meetings, or an object with \"meetings\"; this JSON is neither",
                ))
            }
        },
        _ => {
            return Err(Error::invalid(
                "import.wrong_shape",
                "file",
                "a BMLT search result is a list of meetings; this JSON is something else",
            ))
        }
    };
    if records.is_empty() {
        return Err(Error::invalid(
            "import.empty",
            "file",
            "the server answered with no meetings (check the service bodies asked for)",
        ));
    }
    // key_string → world id, from the server's own format list.
    let world: Option<HashMap<String, (String, String)>> = formats.map(|fs| {
        fs.iter()
            .map(|f| {
                (
                    text(f, "key_string"),
                    (text(f, "world_id"), text(f, "name_string")),
                )
            })
            .collect()
    });
    let start_from = anchor();
    let mut out = Vec::with_capacity(records.len());
    let mut warnings = Vec::new();
    for (i, r) in records.iter().enumerate() {
        let name = text(r, "meeting_name");
        let label = if name.is_empty() {
            format!("record {}", i + 1)
        } else {
            format!("\"{name}\"")
        };
        if !r.is_object() {
            warnings.push(format!("{label}: not a meeting object"));
            continue;
        }
        let id = text(r, "id_bigint");
        if id.is_empty() {
            warnings.push(format!("{label}: no id_bigint"));
            continue;
        }
        if name.is_empty() {
            warnings.push(format!("{label}: no meeting_name"));
            continue;
        }
        if text(r, "published") == "0" {
            warnings.push(format!("{label}: unpublished on the server"));
            continue;
        }
        // An aggregator mixes root servers whose ids overlap.
        let key = match text(r, "root_server_id") {
            s if s.is_empty() => id,
            server => format!("{server}-{id}"),
        };
        let day = match text(r, "weekday_tinyint").parse::<usize>() {
            Ok(n @ 1..=7) => Day::ALL[(n + 5) % 7],
            _ => {
                warnings.push(format!("{label}: weekday_tinyint is not 1 (Sunday) to 7"));
                continue;
            }
        };
        let Some(start) = clock(&text(r, "start_time")) else {
            warnings.push(format!("{label}: start_time is not HH:MM:SS"));
            continue;
        };
        let duration = match minutes(&text(r, "duration_time")) {
            Some(0) | None => 60,
            Some(m) => m.min(24 * 60),
        };
        let mut zone = text(r, "time_zone");
        if zone.is_empty() {
            zone = default_zone.to_owned();
        }

        let keys: Vec<&str> = match r.get("formats") {
            Some(Value::String(s)) => s
                .split(',')
                .map(str::trim)
                .filter(|k| !k.is_empty())
                .collect(),
            _ => vec![],
        };
        let mut codes: Vec<String> = Vec::new();
        let mut unknown = Vec::new();
        for k in &keys {
            let code = match (&world, fellowship) {
                (Some(w), Fellowship::Na) => match w.get(*k) {
                    // Language formats share the world id "LANG"; their name says which.
                    Some((wid, name)) if wid == "LANG" => {
                        crate::formats::code_named(Fellowship::Na, name)
                    }
                    Some((wid, _)) => crate::formats::na_key_for_world_id(wid),
                    None => None,
                }
                .or_else(|| crate::formats::find(Fellowship::Na, k).map(|f| f.code)),
                _ => crate::formats::find(fellowship, k).map(|f| f.code),
            };
            match code {
                Some(c) if !codes.iter().any(|x| x == c) => codes.push(c.to_owned()),
                Some(_) => {}
                None => unknown.push(*k),
            }
        }
        if !unknown.is_empty() {
            warnings.push(format!(
                "{label}: formats {} have no counterpart here and were left out",
                unknown.join(", ")
            ));
        }
        let closed_facility = codes.iter().any(|c| c == "TC");
        let url = text(r, "virtual_meeting_link");
        let phone = text(r, "phone_meeting_number");
        let street = text(r, "location_street");
        let venue_name = text(r, "location_text");
        let virtual_only = text(r, "venue_type") == "2";
        // A closed facility with a link meets online meanwhile; without one it is paused.
        let remote = !url.is_empty() || !phone.is_empty() || virtual_only;
        let physical = match text(r, "venue_type").as_str() {
            "2" => false,
            "1" | "3" => !street.is_empty() || !venue_name.is_empty(),
            _ => !street.is_empty(),
        } && !(closed_facility && remote);
        let mode = mode_for(physical, &url, &phone, virtual_only);
        let status = if closed_facility && !remote {
            MeetingStatus::Inactive
        } else {
            MeetingStatus::Active
        };
        let (latitude, longitude) = match (coordinate(r, "latitude"), coordinate(r, "longitude")) {
            (Some(a), Some(b)) => (Some(a), Some(b)),
            _ => (None, None),
        };
        let venue = mode.has_room().then(|| VenueChoice::New {
            venue: VenueInput {
                name: venue_name,
                address: street,
                city: text(r, "location_municipality"),
                region: text(r, "location_province"),
                postal_code: text(r, "location_postal_code_1"),
                country: text(r, "location_nation"),
                latitude,
                longitude,
                timezone: zone.clone(),
                approximate: false,
                notes: text(r, "location_info"),
            },
        });
        let language = match text(r, "lang_enum") {
            l if l.len() == 2 => l,
            _ => super::language_from(fellowship, &codes),
        };
        let input = MeetingInput {
            fellowship,
            group_id: None,
            name: name.chars().take(200).collect(),
            mode,
            venue,
            room: String::new(),
            online: OnlineAccess {
                url,
                dial_in: phone,
                dial_in_notes: text(r, "virtual_meeting_additional_info"),
                ..OnlineAccess::default()
            },
            formats: codes,
            schedule: Schedule {
                start_date: first_on(start_from, &[day]),
                start_time: start,
                duration_minutes: duration,
                timezone: zone,
                recurrence: Recurrence::Weekly {
                    interval: 1,
                    days: vec![day],
                },
                end_date: None,
            },
            status,
            notes: text(r, "comments"),
            language,
            offers_verification: false,
            facilitator: String::new(),
        };
        out.push(Imported {
            key,
            hash: hash_of(&r.to_string()),
            input,
            group: None,
            exceptions: vec![],
        });
    }
    Ok((out, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fellowship::AttendanceMode;

    #[test]
    fn root_servers_and_full_queries_become_one_search() {
        assert_eq!(
            search_url("https://bmlt.example.org/main_server/", &[3, 7]),
            "https://bmlt.example.org/main_server/client_interface/json/?switcher=GetSearchResults&get_used_formats=1&services[]=3&services[]=7&recursive=1"
        );
        assert_eq!(
            search_url("https://x.org/main_server/client_interface/json/?switcher=GetSearchResults&services=5", &[]),
            "https://x.org/main_server/client_interface/json/?switcher=GetSearchResults&services=5&get_used_formats=1"
        );
    }

    #[test]
    fn weekdays_count_from_sunday_and_formats_go_by_world_id() {
        let feed = r#"{"meetings": [
          {"id_bigint": "12", "meeting_name": "Grupo Esperanza", "weekday_tinyint": "1", "start_time": "23:30:00",
           "duration_time": "01:00:00", "time_zone": "America/Chicago", "venue_type": "1", "formats": "Ab,XYZ,Sp",
           "location_text": "Iglesia San José", "location_street": "10 Calle Ñandú", "location_municipality": "Austin",
           "latitude": "30.1", "longitude": "-97.7", "lang_enum": "es", "published": "1"},
          {"id_bigint": "13", "meeting_name": "Online", "weekday_tinyint": "7", "start_time": "07:00:00",
           "duration_time": "00:45:00", "venue_type": "2", "virtual_meeting_link": "https://zoom.us/j/1", "formats": ""}
        ], "formats": [{"key_string": "Ab", "world_id": "OPEN"}, {"key_string": "XYZ", "world_id": "NOPE"},
                       {"key_string": "Sp", "world_id": "LANG", "name_string": "Spanish"}]}"#;
        let (items, warnings) = read(feed.as_bytes(), Fellowship::Na, "UTC").unwrap();
        assert_eq!(items.len(), 2);
        let a = &items[0].input;
        assert_eq!(
            a.schedule.recurrence,
            Recurrence::Weekly {
                interval: 1,
                days: vec![Day::SU]
            }
        );
        assert_eq!(a.formats, vec!["O".to_owned(), "ES".to_owned()]);
        assert_eq!(a.language, "es");
        assert_eq!(a.mode, AttendanceMode::InPerson);
        let b = &items[1].input;
        assert_eq!(b.schedule.timezone, "UTC");
        assert_eq!(b.schedule.duration_minutes, 45);
        assert_eq!(b.mode, AttendanceMode::Online);
        assert_eq!(
            b.schedule.recurrence,
            Recurrence::Weekly {
                interval: 1,
                days: vec![Day::SA]
            }
        );
        assert!(warnings.iter().any(|w| w.contains("XYZ")), "{warnings:?}");
    }
}
