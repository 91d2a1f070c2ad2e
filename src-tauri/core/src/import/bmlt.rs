//! BMLT's semantic interface in (bmlt-enabled/bmlt-server): `GetSearchResults`, either
//! a bare list of meetings or `{"meetings": […], "formats": […]}` when asked with
//! `get_used_formats=1`. Weekdays run 1–7 from Sunday; `venue_type` is 1 in person,
//! 2 virtual, 3 hybrid. A server's format keys are its own, so formats are matched by
//! their world id through the shared NA table, and by key only when the server sent
//! no format list.

use std::collections::HashMap;

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

use super::warning::{ImportWarning, Position, Problem};
use super::{anchor, clock, mode_for, weekly, Imported, Listed};
use crate::error::{Error, Result};
use crate::program::fellowship::Fellowship;
use crate::program::meetings::{MeetingStatus, VenueChoice};
use crate::program::venues::VenueInput;
use crate::schedule::Day;

/// One field as a server sends it: a string, sometimes a number; anything else (a
/// list, an object, null) reads as empty rather than failing the whole list.
#[derive(Debug, Default, Clone)]
struct Field(String);

impl Field {
    /// The value moved out, for the one place it ends up.
    fn take(&mut self) -> String {
        std::mem::take(&mut self.0)
    }
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Field;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Field, E> {
                Ok(Field(v.trim().to_owned()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<Field, E> {
                Ok(Field(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<Field, E> {
                Ok(Field(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<Field, E> {
                Ok(Field(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> std::result::Result<Field, E> {
                Ok(Field::default())
            }
            fn visit_unit<E: de::Error>(self) -> std::result::Result<Field, E> {
                Ok(Field::default())
            }
            fn visit_seq<A: de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> std::result::Result<Field, A::Error> {
                while a.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Field::default())
            }
            fn visit_map<A: de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> std::result::Result<Field, A::Error> {
                while a.next_entry::<de::IgnoredAny, de::IgnoredAny>()?.is_some() {}
                Ok(Field::default())
            }
        }
        d.deserialize_any(V)
    }
}

/// The fields of a meeting this reader uses; the rest are skipped while parsing.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Rec {
    id_bigint: Field,
    root_server_id: Field,
    meeting_name: Field,
    weekday_tinyint: Field,
    start_time: Field,
    duration_time: Field,
    time_zone: Field,
    venue_type: Field,
    formats: Field,
    location_text: Field,
    location_info: Field,
    location_street: Field,
    location_municipality: Field,
    location_province: Field,
    location_postal_code_1: Field,
    location_nation: Field,
    latitude: Field,
    longitude: Field,
    comments: Field,
    virtual_meeting_link: Field,
    virtual_meeting_additional_info: Field,
    phone_meeting_number: Field,
    published: Field,
    lang_enum: Field,
}

impl Rec {
    /// What decides "changed": a hash of every field read, in order.
    fn hash(&self) -> String {
        let fields = [
            &self.id_bigint,
            &self.root_server_id,
            &self.meeting_name,
            &self.weekday_tinyint,
            &self.start_time,
            &self.duration_time,
            &self.time_zone,
            &self.venue_type,
            &self.formats,
            &self.location_text,
            &self.location_info,
            &self.location_street,
            &self.location_municipality,
            &self.location_province,
            &self.location_postal_code_1,
            &self.location_nation,
            &self.latitude,
            &self.longitude,
            &self.comments,
            &self.virtual_meeting_link,
            &self.virtual_meeting_additional_info,
            &self.phone_meeting_number,
            &self.published,
            &self.lang_enum,
        ];
        super::hash_of_parts(fields.iter().map(|f| f.0.as_str()))
    }
}

/// A list element: a meeting object, or something else to report and skip.
enum Item {
    Meeting(Box<Rec>),
    Other,
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Item;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a meeting object")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, a: A) -> std::result::Result<Item, A::Error> {
                Rec::deserialize(de::value::MapAccessDeserializer::new(a))
                    .map(|r| Item::Meeting(Box::new(r)))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> std::result::Result<Item, A::Error> {
                while a.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Item::Other)
            }
            fn visit_str<E: de::Error>(self, _: &str) -> std::result::Result<Item, E> {
                Ok(Item::Other)
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> std::result::Result<Item, E> {
                Ok(Item::Other)
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> std::result::Result<Item, E> {
                Ok(Item::Other)
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> std::result::Result<Item, E> {
                Ok(Item::Other)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> std::result::Result<Item, E> {
                Ok(Item::Other)
            }
            fn visit_unit<E: de::Error>(self) -> std::result::Result<Item, E> {
                Ok(Item::Other)
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct FormatRec {
    key_string: Field,
    world_id: Field,
    name_string: Field,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct Wrapped {
    meetings: Option<List<Item>>,
    formats: Option<List<FormatRec>>,
}

/// A list where one is expected, or `None` for any other value (reported, not fatal).
struct List<T>(Option<Vec<T>>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = List<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> std::result::Result<List<T>, A::Error> {
                let mut out = Vec::with_capacity(a.size_hint().unwrap_or(0).min(100_000));
                while let Some(x) = a.next_element()? {
                    out.push(x);
                }
                Ok(List(Some(out)))
            }
            fn visit_map<A: de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> std::result::Result<List<T>, A::Error> {
                while a.next_entry::<de::IgnoredAny, de::IgnoredAny>()?.is_some() {}
                Ok(List(None))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> std::result::Result<List<T>, E> {
                Ok(List(None))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> std::result::Result<List<T>, E> {
                Ok(List(None))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> std::result::Result<List<T>, E> {
                Ok(List(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> std::result::Result<List<T>, E> {
                Ok(List(None))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> std::result::Result<List<T>, E> {
                Ok(List(None))
            }
            fn visit_unit<E: de::Error>(self) -> std::result::Result<List<T>, E> {
                Ok(List(None))
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

/// BMLT writes "0" for an unknown coordinate; the Gulf of Guinea is not a venue.
fn coordinate(f: &Field) -> Option<f64> {
    f.0.parse::<f64>()
        .ok()
        .filter(|x| x.is_finite() && *x != 0.0)
}

fn parse<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| super::json_error(&e, "BMLT search result"))
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

/// The meetings of a search result and the server's format list when it sent one:
/// a bare list, or an object with "meetings" (and "formats").
fn records_of(text: &str) -> Result<(Vec<Item>, Option<Vec<FormatRec>>)> {
    Ok(if text.starts_with('[') {
        (parse::<List<Item>>(text)?.0.unwrap_or_default(), None)
    } else if text.starts_with('{') {
        let w: Wrapped = parse(text)?;
        match w.meetings.and_then(|l| l.0) {
            Some(m) => (m, w.formats.and_then(|l| l.0)),
            None => {
                return Err(Error::invalid(
                    crate::error::Code::ImportWrongShape,
                    "file",
                    "a BMLT search result is a list of meetings, or an object with \"meetings\"; this JSON is neither",
                ))
            }
        }
    } else {
        return Err(Error::invalid(
            crate::error::Code::ImportWrongShape,
            "file",
            "a BMLT search result is a list of meetings; this JSON is something else",
        ));
    })
}

/// Format keys as our codes, through the server's world ids when it sent its format
/// list (NA), else by key; the keys with no counterpart come back apart.
fn codes_of<'k>(
    keys: &[&'k str],
    world: Option<&HashMap<String, (String, String)>>,
    fellowship: Fellowship,
    resolved: &mut HashMap<String, Option<&'static str>>,
) -> (Vec<String>, Vec<&'k str>) {
    let mut codes: Vec<String> = Vec::new();
    let mut unknown = Vec::new();
    for k in keys {
        // A list repeats a handful of keys thousands of times: resolve each once.
        let code = *resolved
            .entry((*k).to_owned())
            .or_insert_with(|| match (world, fellowship) {
                (Some(w), Fellowship::Na) => match w.get(*k) {
                    // Language formats share the world id "LANG"; their name says which.
                    Some((wid, name)) if wid == "LANG" => {
                        crate::program::formats::code_named(Fellowship::Na, name)
                    }
                    Some((wid, _)) => crate::program::formats::na_key_for_world_id(wid),
                    None => None,
                }
                .or_else(|| crate::program::formats::find(Fellowship::Na, k).map(|f| f.code)),
                _ => crate::program::formats::find(fellowship, k).map(|f| f.code),
            });
        match code {
            Some(c) if !codes.iter().any(|x| x == c) => codes.push(c.to_owned()),
            Some(_) => {}
            None => unknown.push(*k),
        }
    }
    (codes, unknown)
}

/// The record's key: its id, prefixed by its root server's (an aggregator mixes root
/// servers whose ids overlap); refused without an id or a name, or when unpublished.
fn key_of(r: &mut Rec, name: &str) -> std::result::Result<String, (Problem, String)> {
    let id = r.id_bigint.take();
    if id.is_empty() {
        return Err((Problem::NoId, String::new()));
    }
    if name.is_empty() {
        return Err((Problem::NoName, String::new()));
    }
    if r.published.0 == "0" {
        return Err((Problem::Unpublished, String::new()));
    }
    Ok(match r.root_server_id.take() {
        s if s.is_empty() => id,
        server => format!("{server}-{id}"),
    })
}

/// The weekday (BMLT counts 1 = Sunday), the start and the length (an hour when none).
fn when_of(r: &Rec) -> std::result::Result<(Day, chrono::NaiveTime, u32), (Problem, String)> {
    let day = match r.weekday_tinyint.0.parse::<usize>() {
        Ok(n @ 1..=7) => Day::ALL[(n + 5) % 7],
        _ => return Err((Problem::BadDay, r.weekday_tinyint.0.clone())),
    };
    let start = clock(&r.start_time.0).ok_or_else(|| (Problem::BadTime, r.start_time.0.clone()))?;
    let duration = match minutes(&r.duration_time.0) {
        Some(0) | None => 60,
        Some(m) => m.min(24 * 60),
    };
    Ok((day, start, duration))
}

/// How and where a meeting is held, as BMLT's venue type, address, links and the
/// "temporarily closed" format say.
struct Place {
    mode: crate::program::fellowship::AttendanceMode,
    status: MeetingStatus,
    venue: Option<VenueChoice>,
    url: String,
    phone: String,
}

fn place_of(r: &mut Rec, codes: &[String], zone: &str) -> Place {
    let closed_facility = codes.iter().any(|c| c == "TC");
    let url = r.virtual_meeting_link.take();
    let phone = r.phone_meeting_number.take();
    let street = r.location_street.take();
    let venue_name = r.location_text.take();
    let virtual_only = r.venue_type.0 == "2";
    // A closed facility with a link meets online meanwhile; without one it is paused.
    let remote = !url.is_empty() || !phone.is_empty() || virtual_only;
    let physical = match r.venue_type.0.as_str() {
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
    let (latitude, longitude) = match (coordinate(&r.latitude), coordinate(&r.longitude)) {
        (Some(a), Some(b)) => (Some(a), Some(b)),
        _ => (None, None),
    };
    let venue = mode.has_room().then(|| VenueChoice::New {
        venue: VenueInput {
            name: venue_name,
            address: street,
            city: r.location_municipality.take(),
            region: r.location_province.take(),
            postal_code: r.location_postal_code_1.take(),
            country: r.location_nation.take(),
            latitude,
            longitude,
            timezone: zone.to_owned(),
            approximate: false,
            notes: r.location_info.take(),
        },
    });
    Place {
        mode,
        status,
        venue,
        url,
        phone,
    }
}

pub fn read(
    bytes: &[u8],
    fellowship: Fellowship,
    default_zone: &str,
) -> Result<(Vec<Imported>, Vec<ImportWarning>)> {
    let text = super::text_of(bytes)?;
    // Parsed straight into the fields used: a 35,000-meeting list is read without
    // building a JSON tree first.
    let (records, formats) = records_of(text)?;
    if records.is_empty() {
        return Err(Error::invalid(
            crate::error::Code::ImportEmpty,
            "file",
            "the server answered with no meetings (check the service bodies asked for)",
        ));
    }
    // key_string → world id, from the server's own format list.
    let world: Option<HashMap<String, (String, String)>> = formats.map(|fs| {
        fs.into_iter()
            .map(|f| (f.key_string.0, (f.world_id.0, f.name_string.0)))
            .collect()
    });
    let start_from = anchor();
    let mut resolved: HashMap<String, Option<&'static str>> = HashMap::new();
    let mut out = Vec::with_capacity(records.len());
    let mut warnings = Vec::new();
    for (i, item) in records.into_iter().enumerate() {
        let Item::Meeting(mut r) = item else {
            warnings.push(ImportWarning::skipped(
                "",
                Some(Position::Record(i as u32 + 1)),
                Problem::NotAMeeting,
                "",
            ));
            continue;
        };
        let hash = r.hash();
        let name = r.meeting_name.take();
        let at = Some(Position::Record(i as u32 + 1));
        let key = match key_of(&mut r, &name) {
            Ok(k) => k,
            Err((problem, value)) => {
                warnings.push(ImportWarning::skipped(&name, at, problem, value));
                continue;
            }
        };
        let (day, start, duration) = match when_of(&r) {
            Ok(w) => w,
            Err((problem, value)) => {
                warnings.push(ImportWarning::skipped(&name, at, problem, value));
                continue;
            }
        };
        let mut zone = r.time_zone.take();
        if zone.is_empty() {
            zone = default_zone.to_owned();
        }

        let keys: Vec<&str> = r
            .formats
            .0
            .split(',')
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .collect();
        let (codes, unknown) = codes_of(&keys, world.as_ref(), fellowship, &mut resolved);
        if !unknown.is_empty() {
            warnings.push(ImportWarning::partly(
                &name,
                at.clone(),
                Problem::UnknownFormats,
                unknown.join(", "),
            ));
        }
        let Place {
            mode,
            status,
            venue,
            url,
            phone,
        } = place_of(&mut r, &codes, &zone);
        let language = match r.lang_enum.take() {
            l if l.len() == 2 => l,
            _ => super::language_from(fellowship, &codes),
        };
        let input = Listed {
            fellowship,
            name,
            mode,
            venue,
            url,
            phone,
            phone_notes: r.virtual_meeting_additional_info.take(),
            formats: codes,
            schedule: weekly(start_from, vec![day], start, duration, zone),
            status,
            notes: vec![r.comments.take()],
            language,
        }
        .input();
        out.push(Imported {
            key,
            hash,
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
    use crate::program::fellowship::AttendanceMode;
    use crate::schedule::Recurrence;

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
        assert!(
            warnings.iter().any(|w| w.value.contains("XYZ")),
            "{warnings:?}"
        );
    }
}
