//! CSV in, in the column layout meeting-list websites export (the 12 Step Meeting
//! List plugin's: Time, End Time, Day, Name, Location, Address, City, State, Postal
//! Code, Country, Types, Notes, …, Conference URL, Conference Phone, Slug, Timezone).
//! Headers are matched loosely (case, spaces and punctuation ignored); days and types
//! may be written out in English or Spanish; a comma, semicolon or tab separates.

use std::collections::HashMap;

use super::warning::{ImportWarning, Position, Problem};
use super::{anchor, clock, hash_of, mode_for, weekly, Imported, Listed};
use crate::error::{Error, Result};
use crate::program::fellowship::Fellowship;
use crate::program::meetings::{MeetingStatus, VenueChoice};
use crate::program::venues::VenueInput;
use crate::schedule::Day;

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

/// Where each column a meeting list may have is, by its header's names.
struct Columns {
    name: Option<usize>,
    day: Option<usize>,
    time: Option<usize>,
    end: Option<usize>,
    location: Option<usize>,
    address: Option<usize>,
    city: Option<usize>,
    state: Option<usize>,
    postal: Option<usize>,
    country: Option<usize>,
    types: Option<usize>,
    notes: Option<usize>,
    location_notes: Option<usize>,
    group: Option<usize>,
    url: Option<usize>,
    url_notes: Option<usize>,
    phone: Option<usize>,
    phone_notes: Option<usize>,
    slug: Option<usize>,
    zone: Option<usize>,
    lat: Option<usize>,
    lon: Option<usize>,
}

impl Columns {
    fn of(headers: &HashMap<String, usize>) -> Columns {
        let col = |names: &[&str]| names.iter().find_map(|n| headers.get(*n).copied());
        Columns {
            name: col(&["name", "meeting", "meetingname"]),
            day: col(&["day", "weekday"]),
            time: col(&["time", "starttime", "start"]),
            end: col(&["endtime", "end"]),
            location: col(&["location", "locationname", "venue"]),
            address: col(&["address", "streetaddress", "street"]),
            city: col(&["city"]),
            state: col(&["state", "province", "region"]),
            postal: col(&["postalcode", "zip", "zipcode", "postcode"]),
            country: col(&["country"]),
            types: col(&["types", "type", "formats"]),
            notes: col(&["notes", "meetingnotes"]),
            location_notes: col(&["locationnotes"]),
            group: col(&["group", "groupname"]),
            url: col(&["conferenceurl", "videolink", "zoomlink", "url"]),
            url_notes: col(&["conferenceurlnotes"]),
            phone: col(&["conferencephone", "dialin"]),
            phone_notes: col(&["conferencephonenotes"]),
            slug: col(&["slug", "id"]),
            zone: col(&["timezone", "tz"]),
            lat: col(&["latitude", "lat"]),
            lon: col(&["longitude", "lng", "lon"]),
        }
    }
}

pub fn read(
    bytes: &[u8],
    fellowship: Fellowship,
    default_zone: &str,
) -> Result<(Vec<Imported>, Vec<ImportWarning>)> {
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
    let columns = Columns::of(&headers);
    let start_from = anchor();
    let mut out = vec![];
    let mut warnings = vec![];
    for (i, row) in reader.records().enumerate() {
        let line = i + 2;
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                warnings.push(ImportWarning::skipped(
                    "",
                    Some(Position::Line(line as u32)),
                    Problem::NotAMeeting,
                    e.to_string(),
                ));
                continue;
            }
        };
        if let Some(item) = row_of(
            &row,
            line,
            &columns,
            fellowship,
            default_zone,
            start_from,
            &mut warnings,
        ) {
            out.push(item);
        }
    }
    Ok((out, warnings))
}

/// What a row's Types column says: format codes, the names not known, and the two
/// types that are not formats (temporarily closed, online).
struct Types {
    codes: Vec<String>,
    unknown: Vec<String>,
    closed: bool,
    says_online: bool,
}

fn types_of(text: &str, fellowship: Fellowship) -> Types {
    let mut codes: Vec<String> = vec![];
    let mut unknown = vec![];
    let mut closed = false;
    let mut says_online = false;
    for t in text
        .split([',', ';'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        let lower = t.to_lowercase();
        if t == "TC" || lower == "temporarily closed" || lower == "location temporarily closed" {
            closed = true;
        } else if t == "ONL" || lower == "online" || lower == "online meeting" {
            says_online = true;
        } else {
            match crate::program::formats::code_named(fellowship, t) {
                Some(c) if !codes.iter().any(|x| x == c) => codes.push(c.to_owned()),
                Some(_) => {}
                None => unknown.push(t.to_owned()),
            }
        }
    }
    Types {
        codes,
        unknown,
        closed,
        says_online,
    }
}

/// "Monday", "Mon, Thu", "lunes/jueves": the days, sorted, or `None` when one is not a day.
fn days_in(text: &str) -> Option<Vec<Day>> {
    let mut days: Vec<Day> = text
        .split([',', '/', '&'])
        .filter(|d| !d.trim().is_empty())
        .map(day_named)
        .collect::<Option<_>>()?;
    days.sort();
    days.dedup();
    (!days.is_empty()).then_some(days)
}

/// The room of a row with an address: its name, address parts, coordinates and notes.
fn venue_of(
    row: &::csv::StringRecord,
    cols: &Columns,
    location: &str,
    address: &str,
    zone: &str,
) -> VenueChoice {
    let get = |c: Option<usize>| c.and_then(|c| row.get(c)).unwrap_or("").trim().to_owned();
    let coordinate = |c| get(c).parse::<f64>().ok().filter(|x: &f64| x.is_finite());
    let (latitude, longitude) = match (coordinate(cols.lat), coordinate(cols.lon)) {
        (Some(a), Some(b)) => (Some(a), Some(b)),
        _ => (None, None),
    };
    VenueChoice::New {
        venue: VenueInput {
            name: location.to_owned(),
            address: address.to_owned(),
            city: get(cols.city),
            region: get(cols.state),
            postal_code: get(cols.postal),
            country: get(cols.country),
            latitude,
            longitude,
            timezone: zone.to_owned(),
            approximate: false,
            notes: get(cols.location_notes),
        },
    }
}

/// One row as a meeting, or `None` with the reason in `warnings`.
fn row_of(
    row: &::csv::StringRecord,
    line: usize,
    cols: &Columns,
    fellowship: Fellowship,
    default_zone: &str,
    start_from: chrono::NaiveDate,
    warnings: &mut Vec<ImportWarning>,
) -> Option<Imported> {
    let get = |c: Option<usize>| c.and_then(|c| row.get(c)).unwrap_or("").trim().to_owned();
    if row.iter().all(|f| f.trim().is_empty()) {
        return None;
    }
    let name = get(cols.name);
    let at = Some(Position::Line(line as u32));
    if name.is_empty() {
        warnings.push(ImportWarning::skipped("", at, Problem::NoName, ""));
        return None;
    }
    let day_text = get(cols.day);
    let Some(days) = days_in(&day_text) else {
        warnings.push(ImportWarning::skipped(&name, at, Problem::BadDay, day_text));
        return None;
    };
    let time_text = get(cols.time);
    let Some(start) = clock(&time_text) else {
        warnings.push(ImportWarning::skipped(
            &name,
            at,
            Problem::BadTime,
            time_text,
        ));
        return None;
    };
    let minutes = match clock(&get(cols.end)) {
        Some(end) => match (end - start).num_minutes() {
            d if d <= 0 => d + 24 * 60,
            d => d,
        },
        None => 60,
    };
    let mut zone = get(cols.zone);
    if zone.is_empty() {
        zone = default_zone.to_owned();
    }
    let Types {
        codes,
        unknown,
        closed,
        says_online,
    } = types_of(&get(cols.types), fellowship);
    if !unknown.is_empty() {
        warnings.push(ImportWarning::partly(
            &name,
            at.clone(),
            Problem::UnknownFormats,
            unknown.join(", "),
        ));
    }
    let address = get(cols.address);
    let location = get(cols.location);
    let url = get(cols.url);
    let phone = get(cols.phone);
    // A closed room with a link meets online meanwhile; without one it is paused.
    let remote = !url.is_empty() || !phone.is_empty() || says_online;
    let physical = !address.is_empty() && !(closed && remote);
    let mode = mode_for(physical, &url, &phone, says_online);
    let venue = mode
        .has_room()
        .then(|| venue_of(row, cols, &location, &address, &zone));
    let language = super::language_from(fellowship, &codes);
    // Without a slug, what identifies a row is what it says; changing the time
    // then reads as one meeting gone and another new.
    let key = match get(cols.slug) {
        s if !s.is_empty() => s,
        _ => format!(
            "row:{}",
            hash_of(&format!(
                "{name}|{day_text}|{time_text}|{location}|{address}"
            ))
        ),
    };
    let record: Vec<&str> = row.iter().collect();
    let input = Listed {
        fellowship,
        name,
        mode,
        venue,
        url,
        phone,
        phone_notes: get(cols.phone_notes),
        formats: codes,
        schedule: weekly(start_from, days, start, minutes as u32, zone),
        status: if closed && !remote {
            MeetingStatus::Inactive
        } else {
            MeetingStatus::Active
        },
        notes: vec![get(cols.notes), get(cols.url_notes)],
        language,
    }
    .input();
    Some(Imported {
        key,
        hash: hash_of(&record.join("\u{1f}")),
        input,
        group: Some(get(cols.group)).filter(|g| !g.is_empty()),
        exceptions: vec![],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::fellowship::AttendanceMode;
    use crate::schedule::Recurrence;

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
                .any(|w| w.value == "Funday" && w.problem == Problem::BadDay),
            "{warnings:?}"
        );
        assert!(
            warnings.iter().any(|w| w.name == "Moonlight Meditation"),
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
