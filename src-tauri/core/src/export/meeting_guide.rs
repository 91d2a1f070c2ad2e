//! Meeting Guide JSON out (code4recovery/spec), so the Meeting Guide app and meeting-list
//! websites can take our list. The spec describes weekly meetings only and its FAQ says
//! monthly ones do not belong there, so those are left out and named in the report.

use serde::Serialize;
use serde_json::{Map, Value};
use ts_rs::TS;

use crate::program::conference;
use crate::program::fellowship::AttendanceMode;
use crate::program::formats;
use crate::program::meetings::Meeting;
use crate::schedule::{hhmm, Recurrence};

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MeetingGuideExport {
    /// The feed: a JSON array of meetings.
    #[ts(type = "unknown[]")]
    pub meetings: Vec<Value>,
    /// Meetings the spec cannot describe (not weekly), by name.
    pub skipped: Vec<String>,
}

/// A URL-safe slug, unique through the meeting id: "reunion-de-esperanza-12".
pub fn slug(m: &Meeting) -> String {
    match crate::slug::of(&m.name, 48) {
        base if base.is_empty() => format!("meeting-{}", m.id),
        base => format!("{base}-{}", m.id),
    }
}

fn sunday_zero(d: crate::schedule::Day) -> u32 {
    d.to_chrono().num_days_from_sunday()
}

pub fn export(meetings: &[Meeting]) -> MeetingGuideExport {
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for m in meetings {
        match one(m) {
            Some(v) => out.push(v),
            None => skipped.push(m.name.clone()),
        }
    }
    MeetingGuideExport {
        meetings: out,
        skipped,
    }
}

fn put(map: &mut Map<String, Value>, key: &str, value: impl Into<Value>) {
    map.insert(key.to_owned(), value.into());
}

fn put_text(map: &mut Map<String, Value>, key: &str, value: &str) {
    if !value.trim().is_empty() {
        put(map, key, value.trim());
    }
}

fn one(m: &Meeting) -> Option<Value> {
    let days = match &m.schedule.recurrence {
        Recurrence::Weekly { interval: 1, days } if !days.is_empty() => days,
        _ => return None,
    };
    let mut map = Map::new();
    put(&mut map, "name", m.name.trim());
    put(&mut map, "slug", slug(m));
    let mut day_numbers: Vec<u32> = days.iter().map(|d| sunday_zero(*d)).collect();
    day_numbers.sort();
    if day_numbers.len() == 1 {
        put(&mut map, "day", day_numbers[0]);
    } else {
        put(&mut map, "day", day_numbers);
    }
    let start = m.schedule.start_time;
    let end = start + chrono::Duration::minutes(m.schedule.duration_minutes as i64);
    put(&mut map, "time", hhmm::format(start));
    put(&mut map, "end_time", hhmm::format(end));
    put(&mut map, "timezone", m.schedule.timezone.clone());

    let mut types: Vec<String> = formats::to_meeting_guide(m.fellowship, &m.formats)
        .into_iter()
        .map(str::to_owned)
        .collect();
    if m.language.eq_ignore_ascii_case("es") && !types.iter().any(|t| t == "S") {
        types.push("S".into());
    }
    if !types.is_empty() {
        put(&mut map, "types", types);
    }

    if let Some(v) = m.venue.as_ref().filter(|_| m.mode.has_room()) {
        let d = &v.details;
        put_text(&mut map, "location", &d.name);
        put_text(&mut map, "address", &d.address);
        put_text(&mut map, "city", &d.city);
        put_text(&mut map, "state", &d.region);
        put_text(&mut map, "postal_code", &d.postal_code);
        put_text(&mut map, "country", &d.country);
        let formatted: Vec<&str> = [&d.address, &d.city, &d.region, &d.postal_code, &d.country]
            .into_iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        put(&mut map, "formatted_address", formatted.join(", "));
        if let (Some(lat), Some(lon)) = (d.latitude, d.longitude) {
            put(&mut map, "latitude", (lat * 1e5).round() / 1e5);
            put(&mut map, "longitude", (lon * 1e5).round() / 1e5);
        }
        put(
            &mut map,
            "approximate",
            if d.approximate { "yes" } else { "no" },
        );
    }
    if m.mode != AttendanceMode::InPerson {
        let o = &m.online;
        put_text(&mut map, "conference_url", &o.public_link(&o.url));
        // Read by members in a meeting finder: in the meeting's own language where the
        // catalog has it (as the calendar feed's description), else English.
        let lang = crate::i18n::Lang::parse(&m.language).unwrap_or(crate::i18n::Lang::EN);
        let say = |id: &str| crate::i18n::message(lang, id, &[]);
        let mut url_notes = Vec::new();
        if !o.meeting_id.trim().is_empty() {
            url_notes.push(format!(
                "{}: {}",
                say("feed-meeting-id"),
                o.meeting_id.trim()
            ));
        }
        // The passcode only where the group allows it in public listings.
        if o.passcode_public && !o.passcode.trim().is_empty() {
            url_notes.push(format!("{}: {}", say("feed-passcode"), o.passcode.trim()));
        }
        put_text(&mut map, "conference_url_notes", &url_notes.join("\n"));
        let preview = conference::preview(&o.url, &o.dial_in, &o.meeting_id, &o.passcode);
        let phone = if o.passcode_public {
            preview.one_tap.clone()
        } else {
            // Without the passcode a one-tap string would stop half-way; give the number
            // and meeting id only.
            conference::one_tap(&o.public_dial_in(), &o.meeting_id, "")
        };
        if let Some(p) = phone {
            put(&mut map, "conference_phone", p);
        }
        put_text(&mut map, "conference_phone_notes", &o.public_dial_notes());
    }
    put_text(&mut map, "notes", &m.notes);
    if let Some(g) = &m.group_name {
        put_text(&mut map, "group", g);
    }
    // Stored as 2026-11-23T11:45:50Z; the spec wants "2026-11-23 11:45:50" (UTC).
    put(
        &mut map,
        "updated",
        m.updated_at.trim_end_matches('Z').replace('T', " "),
    );
    Some(Value::Object(map))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::meetings::tests::{store, tuesday_night};
    use crate::program::meetings::{create, MeetingInput};
    use crate::schedule::Day;

    #[test]
    fn a_hybrid_weekly_meeting_has_what_the_spec_asks() {
        let (_d, s) = store();
        let m = s
            .write(|tx| {
                create(
                    tx,
                    &MeetingInput {
                        name: "Reunión de Esperanza".into(),
                        language: "es".into(),
                        ..tuesday_night()
                    },
                )
            })
            .unwrap();
        let out = export(&[m.clone()]);
        assert!(out.skipped.is_empty());
        let v = &out.meetings[0];
        assert_eq!(v["name"], "Reunión de Esperanza");
        assert_eq!(v["slug"], format!("reunion-de-esperanza-{}", m.id));
        assert_eq!(v["day"], 2);
        assert_eq!(v["time"], "19:00");
        assert_eq!(v["end_time"], "20:30");
        assert_eq!(v["timezone"], "America/New_York");
        assert_eq!(v["types"], serde_json::json!(["O", "D", "S"]));
        assert_eq!(v["address"], "12 Elm St");
        assert_eq!(v["location"], "St. Mark's Hall");
        assert_eq!(v["conference_url"], "https://us02web.zoom.us/j/85512345678");
        // The passcode is private unless the group allows it.
        assert!(!v.to_string().contains("hope"));
        assert_eq!(v["updated"].as_str().unwrap().len(), 19);

        // Notes members read, in the meeting's own language.
        let mut shown = m.clone();
        shown.online.meeting_id = "855 1234 5678".into();
        shown.online.passcode_public = true;
        let v = &export(&[shown]).meetings[0];
        assert_eq!(
            v["conference_url_notes"],
            "ID de la reunión: 855 1234 5678\nCódigo: hope"
        );
    }

    #[test]
    fn monthly_and_biweekly_meetings_are_left_out_and_named() {
        let (_d, s) = store();
        let mut monthly = tuesday_night();
        monthly.name = "Business".into();
        monthly.schedule.recurrence = Recurrence::MonthlyWeekday {
            interval: 1,
            weeks: vec![-1],
            day: Day::SA,
        };
        let mut two_days = tuesday_night();
        two_days.name = "Twice weekly".into();
        two_days.schedule.recurrence = Recurrence::Weekly {
            interval: 1,
            days: vec![Day::SA, Day::MO],
        };
        let a = s.write(|tx| create(tx, &monthly)).unwrap();
        let b = s.write(|tx| create(tx, &two_days)).unwrap();
        let out = export(&[a, b]);
        assert_eq!(out.skipped, vec!["Business".to_owned()]);
        assert_eq!(out.meetings[0]["day"], serde_json::json!([1, 6]));
    }
}
