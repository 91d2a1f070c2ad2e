//! CSV in, in the column layout meeting-list websites export (the 12 Step Meeting
//! List plugin's: Time, End Time, Day, Name, Location, Address, City, State, Postal
//! Code, Country, Types, Notes, …, Conference URL, Conference Phone, Slug, Timezone).
//! Headers are matched loosely (case, spaces and punctuation ignored); days and types
//! may be written out in English or Spanish; a comma, semicolon or tab separates.

use std::collections::HashMap;

use super::{anchor, clock, first_on, hash_of, mode_for, Imported};
use crate::error::{Error, Result};
use crate::fellowship::Fellowship;
use crate::meetings::{MeetingInput, MeetingStatus, OnlineAccess, VenueChoice};
use crate::schedule::{Day, Recurrence, Schedule};
use crate::venues::VenueInput;

fn norm(h: &str) -> String {
    h.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn delimiter(header: &str) -> u8 {
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| header.bytes().filter(|b| b == d).count())
        .unwrap_or(b',')
}

/// A header line naming at least a meeting's name, day and time.
pub fn looks_like(text: &str) -> bool {
    let header = text.lines().next().unwrap_or("");
    let cols: Vec<String> = header.split([',', ';', '\t']).map(norm).collect();
    ["name", "day", "time"].iter().all(|want| {
        cols.iter()
            .any(|c| c == want || (*want == "name" && c == "meeting"))
    })
}

fn day_named(s: &str) -> Option<Day> {
    let s = s.trim().to_lowercase();
    if let Ok(n) = s.parse::<usize>() {
        // Meeting Guide numbering, Sunday = 0.
        return (n <= 6).then(|| Day::ALL[(n + 6) % 7]);
    }
    let names: [(&[&str], Day); 7] = [
        (&["monday", "mon", "lunes", "lun"], Day::MO),
        (&["tuesday", "tue", "tues", "martes", "mar"], Day::TU),
        (
            &["wednesday", "wed", "miércoles", "miercoles", "mié", "mie"],
            Day::WE,
        ),
        (
            &["thursday", "thu", "thur", "thurs", "jueves", "jue"],
            Day::TH,
        ),
        (&["friday", "fri", "viernes", "vie"], Day::FR),
        (
            &["saturday", "sat", "sábado", "sabado", "sáb", "sab"],
            Day::SA,
        ),
        (&["sunday", "sun", "domingo", "dom"], Day::SU),
    ];
    names
        .iter()
        .find(|(ns, _)| ns.contains(&s.as_str()))
        .map(|(_, d)| *d)
}

pub fn read(
    bytes: &[u8],
    fellowship: Fellowship,
    default_zone: &str,
) -> Result<(Vec<Imported>, Vec<String>)> {
    let text = super::text_of(bytes)?;
    if !looks_like(text) {
        return Err(Error::invalid(
            crate::error::Code::ImportCsvColumns,
            "file",
            "the first line of a meeting list CSV names its columns, at least Name, Day and Time",
        ));
    }
    let header_line = text.lines().next().unwrap_or("");
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter(header_line))
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: HashMap<String, usize> = reader
        .headers()
        .map_err(|e| {
            Error::invalid(
                crate::error::Code::ImportBadCsv,
                "file",
                format!("the header line cannot be read ({e})"),
            )
        })?
        .iter()
        .enumerate()
        .map(|(i, h)| (norm(h), i))
        .collect();
    let col = |names: &[&str]| names.iter().find_map(|n| headers.get(*n).copied());
    let c_name = col(&["name", "meeting", "meetingname"]);
    let c_day = col(&["day", "weekday"]);
    let c_time = col(&["time", "starttime", "start"]);
    let c_end = col(&["endtime", "end"]);
    let c_location = col(&["location", "locationname", "venue"]);
    let c_address = col(&["address", "streetaddress", "street"]);
    let c_city = col(&["city"]);
    let c_state = col(&["state", "province", "region"]);
    let c_postal = col(&["postalcode", "zip", "zipcode", "postcode"]);
    let c_country = col(&["country"]);
    let c_types = col(&["types", "type", "formats"]);
    let c_notes = col(&["notes", "meetingnotes"]);
    let c_location_notes = col(&["locationnotes"]);
    let c_group = col(&["group", "groupname"]);
    let c_url = col(&["conferenceurl", "videolink", "zoomlink", "url"]);
    let c_url_notes = col(&["conferenceurlnotes"]);
    let c_phone = col(&["conferencephone", "dialin"]);
    let c_phone_notes = col(&["conferencephonenotes"]);
    let c_slug = col(&["slug", "id"]);
    let c_zone = col(&["timezone", "tz"]);
    let c_lat = col(&["latitude", "lat"]);
    let c_lon = col(&["longitude", "lng", "lon"]);

    let start_from = anchor();
    let mut out = vec![];
    let mut warnings = vec![];
    for (i, row) in reader.records().enumerate() {
        let line = i + 2;
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                warnings.push(format!("line {line}: cannot be read ({e})"));
                continue;
            }
        };
        let get = |c: Option<usize>| c.and_then(|c| row.get(c)).unwrap_or("").trim().to_owned();
        if row.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let name = get(c_name);
        let label = if name.is_empty() {
            format!("line {line}")
        } else {
            format!("line {line} \"{name}\"")
        };
        if name.is_empty() {
            warnings.push(format!("{label}: no name"));
            continue;
        }
        let day_text = get(c_day);
        let days: Option<Vec<Day>> = day_text
            .split([',', '/', '&'])
            .filter(|d| !d.trim().is_empty())
            .map(day_named)
            .collect();
        let mut days = match days {
            Some(d) if !d.is_empty() => d,
            _ => {
                warnings.push(format!("{label}: \"{day_text}\" is not a day of the week"));
                continue;
            }
        };
        days.sort();
        days.dedup();
        let time_text = get(c_time);
        let Some(start) = clock(&time_text) else {
            warnings.push(format!(
                "{label}: \"{time_text}\" is not a time like 19:00 or 7:00 PM"
            ));
            continue;
        };
        let minutes = match clock(&get(c_end)) {
            Some(end) => match (end - start).num_minutes() {
                d if d <= 0 => d + 24 * 60,
                d => d,
            },
            None => 60,
        };
        let mut zone = get(c_zone);
        if zone.is_empty() {
            zone = default_zone.to_owned();
        }
        let mut codes: Vec<String> = vec![];
        let mut unknown = vec![];
        let mut closed = false;
        let mut says_online = false;
        for t in get(c_types)
            .split([',', ';'])
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            let lower = t.to_lowercase();
            if t == "TC" || lower == "temporarily closed" || lower == "location temporarily closed"
            {
                closed = true;
            } else if t == "ONL" || lower == "online" || lower == "online meeting" {
                says_online = true;
            } else {
                match crate::formats::code_named(fellowship, t) {
                    Some(c) if !codes.iter().any(|x| x == c) => codes.push(c.to_owned()),
                    Some(_) => {}
                    None => unknown.push(t.to_owned()),
                }
            }
        }
        if !unknown.is_empty() {
            warnings.push(format!(
                "{label}: unknown types {} were left out",
                unknown.join(", ")
            ));
        }
        let address = get(c_address);
        let location = get(c_location);
        let url = get(c_url);
        let phone = get(c_phone);
        // A closed room with a link meets online meanwhile; without one it is paused.
        let remote = !url.is_empty() || !phone.is_empty() || says_online;
        let physical = !address.is_empty() && !(closed && remote);
        let mode = mode_for(physical, &url, &phone, says_online);
        let coordinate = |c| get(c).parse::<f64>().ok().filter(|x: &f64| x.is_finite());
        let (latitude, longitude) = match (coordinate(c_lat), coordinate(c_lon)) {
            (Some(a), Some(b)) => (Some(a), Some(b)),
            _ => (None, None),
        };
        let venue = mode.has_room().then(|| VenueChoice::New {
            venue: VenueInput {
                name: location.clone(),
                address: address.clone(),
                city: get(c_city),
                region: get(c_state),
                postal_code: get(c_postal),
                country: get(c_country),
                latitude,
                longitude,
                timezone: zone.clone(),
                approximate: false,
                notes: get(c_location_notes),
            },
        });
        let language = super::language_from(fellowship, &codes);
        // Without a slug, what identifies a row is what it says; changing the time
        // then reads as one meeting gone and another new.
        let key = match get(c_slug) {
            s if !s.is_empty() => s,
            _ => format!(
                "row:{}",
                hash_of(&format!(
                    "{name}|{day_text}|{time_text}|{location}|{address}"
                ))
            ),
        };
        let record: Vec<&str> = row.iter().collect();
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
                dial_in_notes: get(c_phone_notes),
                ..OnlineAccess::default()
            },
            formats: codes,
            schedule: Schedule {
                start_date: first_on(start_from, &days),
                start_time: start,
                duration_minutes: minutes as u32,
                timezone: zone,
                recurrence: Recurrence::Weekly { interval: 1, days },
                end_date: None,
            },
            status: if closed && !remote {
                MeetingStatus::Inactive
            } else {
                MeetingStatus::Active
            },
            notes: [get(c_notes), get(c_url_notes)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("\n"),
            language,
            offers_verification: false,
            facilitator: String::new(),
        };
        out.push(Imported {
            key,
            hash: hash_of(&record.join("\u{1f}")),
            input,
            group: Some(get(c_group)).filter(|g| !g.is_empty()),
            exceptions: vec![],
        });
    }
    Ok((out, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fellowship::AttendanceMode;

    const FILE: &str = include_str!("../../../../tests/fixtures/meeting-list.csv");

    #[test]
    fn a_website_export_reads_with_names_for_days_and_types() {
        let (items, warnings) =
            read(FILE.as_bytes(), Fellowship::Other, "America/New_York").unwrap();
        let by = |n: &str| {
            items
                .iter()
                .find(|i| i.input.name == n)
                .unwrap_or_else(|| panic!("{n}"))
        };
        let a = &by("Serenity Seekers").input;
        assert_eq!(a.schedule.start_time.to_string(), "19:00:00");
        assert_eq!(a.schedule.duration_minutes, 60);
        assert_eq!(a.formats, vec!["O".to_owned(), "D".to_owned()]);
        assert_eq!(a.mode, AttendanceMode::InPerson);
        assert_eq!(by("Serenity Seekers").key, "serenity-seekers");

        let b = &by("Grupo Amanecer, en español").input;
        assert_eq!(
            b.schedule.recurrence,
            Recurrence::Weekly {
                interval: 1,
                days: vec![Day::MO, Day::WE]
            }
        );
        assert_eq!(b.language, "es");
        assert_eq!(b.mode, AttendanceMode::Hybrid);

        let c = &by("Night Owls").input;
        assert_eq!(c.schedule.duration_minutes, 90); // 23:30 to 01:00
        assert_eq!(c.schedule.timezone, "America/Chicago");

        let d = &by("Closed For Repairs").input;
        assert_eq!(d.status, MeetingStatus::Inactive);
        assert_eq!(d.mode, AttendanceMode::InPerson);

        assert!(
            warnings
                .iter()
                .any(|w| w.contains("Funday") && w.contains("day of the week")),
            "{warnings:?}"
        );
        assert!(
            warnings.iter().any(|w| w.contains("Moonlight Meditation")),
            "{warnings:?}"
        );
    }

    #[test]
    fn semicolons_and_a_missing_day_column_are_handled() {
        let semi = "Name;Day;Time;Address\nA;Tuesday;19:00;1 Main St\n";
        let (items, _) = read(semi.as_bytes(), Fellowship::Other, "UTC").unwrap();
        assert_eq!(items.len(), 1);
        let e = read(b"Name,Time\nA,19:00\n", Fellowship::Other, "UTC").unwrap_err();
        assert_eq!(e.code(), "import.csv_columns");
        let e = read(&[0xff, 0xfe, 0x41], Fellowship::Other, "UTC").unwrap_err();
        assert_eq!(e.code(), "import.not_utf8");
    }
}
