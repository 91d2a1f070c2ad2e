//! Importing a BMLT-shaped list the size of NA's world list (35,000 meetings) into an
//! empty database, beside the storage limit: plain prepared rusqlite inserts of the
//! same rows (venues, meetings, formats) in one transaction, with nothing parsed,
//! validated or looked up. Then a re-import of the unchanged list. Each figure is the
//! best of five runs.

// Measured with the allocator the shipped programs use.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::Instant;

use homegroup_core::fellowship::Fellowship;
use homegroup_core::import::{self, ImportFormat, ImportRequest};
use homegroup_core::Store;
use rusqlite::params;
use serde_json::{json, Value};

const MEETINGS: usize = 35_000;
const ZONES: [&str; 6] = [
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Europe/London",
    "America/Sao_Paulo",
    "Asia/Kolkata",
];
const KEYS: [&str; 6] = ["O", "C", "D", "BT", "JFT", "Sp"];
const WORLD: [&str; 6] = ["OPEN", "CLOSED", "DISC", "BT", "JFT", "LANG"];

fn feed() -> Value {
    let meetings: Vec<Value> = (0..MEETINGS)
        .map(|i| {
            let virtual_only = i % 5 == 0;
            json!({
                "id_bigint": (1000 + i).to_string(),
                "root_server_id": (i % 44).to_string(),
                "meeting_name": format!("Grupo Esperanza {i}"),
                "weekday_tinyint": (i % 7 + 1).to_string(),
                "start_time": format!("{:02}:{:02}:00", 6 + i % 16, (i % 4) * 15),
                "duration_time": "01:00:00",
                "time_zone": ZONES[i % ZONES.len()],
                "venue_type": if virtual_only { "2" } else if i % 7 == 0 { "3" } else { "1" },
                "formats": format!("{},{}", KEYS[i % 6], KEYS[(i + 1) % 6]),
                // Several meetings a week share a hall, as in real lists.
                "location_text": if virtual_only { String::new() } else { format!("Salón {}", i / 3) },
                "location_street": if virtual_only { String::new() } else { format!("{} Calle Mayor", i / 3) },
                "location_municipality": "Springfield",
                "location_province": "IL",
                "location_postal_code_1": "62701",
                "location_nation": "US",
                "latitude": format!("{}", 40.0 + (i % 1000) as f64 / 1000.0),
                "longitude": format!("{}", -89.0 - (i % 1000) as f64 / 1000.0),
                "virtual_meeting_link": if virtual_only || i % 7 == 0 { format!("https://zoom.us/j/{}", 8_000_000_000u64 + i as u64) } else { String::new() },
                "comments": "Traiga un amigo; café",
                "lang_enum": if i % 6 == 5 { "es" } else { "en" },
                "published": "1"
            })
        })
        .collect();
    let formats: Vec<Value> = KEYS
        .iter()
        .zip(WORLD)
        .map(|(k, w)| json!({"key_string": k, "world_id": w, "name_string": if *k == "Sp" { "Spanish" } else { *k }}))
        .collect();
    json!({"meetings": meetings, "formats": formats})
}

fn fresh() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("bench.sqlite3")).unwrap();
    (dir, store)
}

/// The storage limit: the rows the import ends with, written directly.
fn raw_inserts(store: &Store, items: &[import::Imported]) -> f64 {
    let started = Instant::now();
    store
        .write(|tx| {
            let mut venue = tx.prepare(
                "INSERT INTO venues (name, address, city, region, postal_code, country, latitude, longitude, timezone, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
            )?;
            let mut meeting = tx.prepare(
                "INSERT INTO meetings (uid, fellowship, name, mode, venue_id, video_url, start_date, start_time, duration_minutes, timezone, rrule, notes, language, created_at, updated_at) \
                 VALUES (?1, 'na', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)",
            )?;
            let mut format = tx.prepare("INSERT INTO meeting_formats (meeting_id, code) VALUES (?1, ?2)")?;
            let mut last_place: Option<(String, i64)> = None;
            for (i, it) in items.iter().enumerate() {
                let m = &it.input;
                let venue_id = match &m.venue {
                    Some(homegroup_core::meetings::VenueChoice::New { venue: v }) => {
                        // Consecutive rows share halls; one insert per distinct hall.
                        match &last_place {
                            Some((addr, id)) if *addr == v.address => Some(*id),
                            _ => {
                                venue.execute(params![v.name, v.address, v.city, v.region, v.postal_code, v.country, v.latitude, v.longitude, v.timezone, "2026-01-01T00:00:00Z"])?;
                                let id = tx.last_insert_rowid();
                                last_place = Some((v.address.clone(), id));
                                Some(id)
                            }
                        }
                    }
                    _ => None,
                };
                meeting.execute(params![
                    format!("{i}@bench"),
                    m.name,
                    m.mode.key(),
                    venue_id,
                    m.online.url,
                    m.schedule.start_date.to_string(),
                    m.schedule.start_time.format("%H:%M").to_string(),
                    m.schedule.duration_minutes,
                    m.schedule.timezone,
                    "FREQ=WEEKLY;BYDAY=MO",
                    m.notes,
                    m.language,
                    "2026-01-01T00:00:00Z"
                ])?;
                let id = tx.last_insert_rowid();
                for code in &m.formats {
                    format.execute(params![id, code])?;
                }
            }
            Ok(())
        })
        .unwrap();
    started.elapsed().as_secs_f64()
}

fn main() {
    let bytes = serde_json::to_vec(&feed()).unwrap();
    println!(
        "BMLT-shaped feed: {MEETINGS} meetings, {:.1} MB",
        bytes.len() as f64 / 1e6
    );
    let req = {
        let mut r = ImportRequest::new(
            "https://bmlt.example.org/main_server/",
            Fellowship::Na,
            "UTC",
        );
        r.format = Some(ImportFormat::Bmlt);
        r
    };

    // Best of five each, alternating, so neither side runs on a warmer allocator or
    // page cache than the other, and a busy neighbour on a shared machine shows less.
    let (items, _) = import::read(&bytes, ImportFormat::Bmlt, Fellowship::Na, "UTC").unwrap();
    let (mut ours, mut raw, mut parse, mut reimport) = (f64::MAX, f64::MAX, f64::MAX, f64::MAX);
    for _ in 0..5 {
        let (_d1, store) = fresh();
        let started = Instant::now();
        let report = store
            .write(|tx| import::import(tx, &req, &bytes, &mut |_| {}))
            .unwrap();
        ours = ours.min(started.elapsed().as_secs_f64());
        assert_eq!(
            report.created as usize,
            MEETINGS,
            "{:?}",
            &report.warnings[..report.warnings.len().min(3)]
        );

        let started = Instant::now();
        let again = store
            .write(|tx| import::import(tx, &req, &bytes, &mut |_| {}))
            .unwrap();
        reimport = reimport.min(started.elapsed().as_secs_f64());
        assert_eq!(again.unchanged as usize, MEETINGS);

        let started = Instant::now();
        drop(import::read(&bytes, ImportFormat::Bmlt, Fellowship::Na, "UTC").unwrap());
        parse = parse.min(started.elapsed().as_secs_f64());

        let (_d2, raw_store) = fresh();
        raw = raw.min(raw_inserts(&raw_store, &items));
    }

    println!("{:<46} {:>9} {:>14}", "", "seconds", "meetings/s");
    let row = |label: &str, s: f64| println!("{label:<46} {s:>9.3} {:>14.0}", MEETINGS as f64 / s);
    row("Homegroup import (parse, map, validate, store)", ours);
    row("  of which reading the JSON into meetings", parse);
    row("plain prepared inserts, one transaction", raw);
    row("re-import, nothing changed", reimport);
    println!("import rate / raw insert rate: {:.2}", raw / ours);
}
