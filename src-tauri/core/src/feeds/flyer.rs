//! The printable flyer for the meeting-room wall: the feed's name, a QR code members
//! scan to subscribe, the address in words, and the coming week's meetings with any
//! cancellations and moves. Built from meetings only, like every public output.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::Connection;

use super::{meetings_of, Feed};
use crate::error::Result;
use crate::occurrences::{self, MeetingFilter, OccurrenceStatus};
use crate::pdf::{self, Block};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    En,
    Es,
}

fn words(lang: Language) -> [&'static str; 6] {
    match lang {
        Language::En => [
            "Scan to add our meetings to your phone's calendar",
            "It updates by itself when a meeting moves or is cancelled.",
            "This week",
            "CANCELLED",
            "MOVED",
            "Or type this address into your calendar app:",
        ],
        Language::Es => [
            "Escanee para añadir nuestras reuniones al calendario de su teléfono",
            "Se actualiza solo cuando una reunión cambia o se cancela.",
            "Esta semana",
            "CANCELADA",
            "CAMBIADA",
            "O escriba esta dirección en su aplicación de calendario:",
        ],
    }
}

fn day_line(lang: Language, d: NaiveDate) -> String {
    const EN: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const ES: [&str; 7] = [
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ];
    const MONTHS_EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const MONTHS_ES: [&str; 12] = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ];
    use chrono::Datelike;
    let w = d.weekday().num_days_from_monday() as usize;
    let m = d.month0() as usize;
    match lang {
        Language::En => format!("{}, {} {}", EN[w], MONTHS_EN[m], d.day()),
        Language::Es => format!("{} {} de {}", ES[w], d.day(), MONTHS_ES[m]),
    }
}

/// The flyer as PDF bytes. `subscribe_url` is what the QR code holds (webcal:// or
/// https://), `today` the first day of the week shown.
pub fn flyer(
    conn: &Connection,
    feed: &Feed,
    subscribe_url: &str,
    today: NaiveDate,
    lang: Language,
) -> Result<Vec<u8>> {
    let [scan, updates, week, cancelled, moved, type_it] = words(lang);
    let meetings: std::collections::HashMap<i64, crate::meetings::Meeting> =
        meetings_of(conn, feed)?
            .into_iter()
            .map(|m| (m.id, m))
            .collect();
    let (from, to) = occurrences::window_for_dates(today, today + Duration::days(6));
    let occ: Vec<_> = occurrences::between(conn, from, to, &MeetingFilter::default())?
        .into_iter()
        .filter(|o| meetings.contains_key(&o.meeting_id))
        .filter(|o| {
            let d: NaiveDate = o.local_start[..10].parse().unwrap_or(today);
            d >= today && d <= today + Duration::days(6)
        })
        .collect();

    let mut blocks = vec![
        Block::Title(feed.name.clone()),
        Block::Text(scan.into()),
        Block::Gap(6.0),
        Block::Qr {
            data: subscribe_url.into(),
            size: 220.0,
        },
        Block::Small(updates.into()),
        Block::Gap(10.0),
        Block::Heading(week.into()),
    ];
    let mut last_day = String::new();
    for o in &occ {
        let day = &o.local_start[..10];
        if day != last_day {
            let d: NaiveDate = day.parse().unwrap_or(today);
            blocks.push(Block::Gap(4.0));
            blocks.push(Block::Strong(day_line(lang, d)));
            last_day = day.to_owned();
        }
        let status = match o.status {
            OccurrenceStatus::Cancelled | OccurrenceStatus::Closed => format!(" — {cancelled}"),
            OccurrenceStatus::Moved => format!(" — {moved}"),
            OccurrenceStatus::Scheduled => String::new(),
        };
        let place = if o.location.is_empty() {
            // On the wall for anyone to read: no passcode unless the group allows it.
            match meetings.get(&o.meeting_id) {
                Some(m) => m.online.public_link(&o.url),
                None => String::new(),
            }
        } else {
            o.location.clone()
        };
        blocks.push(Block::Item(format!(
            "{}  {}{}{}",
            &o.local_start[11..16],
            o.name,
            status,
            if place.is_empty() {
                String::new()
            } else {
                format!(" · {place}")
            }
        )));
    }
    blocks.push(Block::Gap(14.0));
    blocks.push(Block::Small(type_it.into()));
    blocks.push(Block::Small(subscribe_url.into()));
    pdf::render(&blocks)
}

/// Today in the computer's zone, for callers without a date of their own.
pub fn today(now: DateTime<Utc>) -> NaiveDate {
    now.with_timezone(&chrono::Local).date_naive()
}

/// Writes the flyer into `dir` and returns the file's path.
pub fn save(
    conn: &Connection,
    feed: &Feed,
    subscribe_url: &str,
    today: NaiveDate,
    lang: Language,
    dir: &std::path::Path,
) -> Result<std::path::PathBuf> {
    let bytes = flyer(conn, feed, subscribe_url, today, lang)?;
    let safe: String = feed
        .name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == ' ' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let path = dir.join(format!("Homegroup flyer - {}.pdf", safe.trim()));
    std::fs::create_dir_all(dir)
        .and_then(|_| std::fs::write(&path, bytes))
        .map_err(|e| crate::Error::Io {
            path: path.clone(),
            source: e,
        })?;
    Ok(path)
}
