//! Hostile and broken input for every importer: truncated, bit-flipped, wrong-typed,
//! oversized and nonsense files. Each must end in a specific `import.*` error (or a
//! clean import of whatever is still valid), never a panic, and an error must leave the
//! database exactly as it was. Property tests throw arbitrary bytes and arbitrary edits
//! of real files at the iCalendar and JSON readers.

use std::panic::{catch_unwind, AssertUnwindSafe};

use homegroup_core::fellowship::Fellowship;
use homegroup_core::import::{self, ImportFormat, ImportRequest};
use homegroup_core::Store;
use proptest::prelude::*;

const MG: &[u8] = include_bytes!("../../../tests/fixtures/meeting-guide.json");
const BMLT: &[u8] = include_bytes!("../../../tests/fixtures/bmlt.json");
const ICS: &[u8] = include_bytes!("../../../tests/fixtures/group-calendar.ics");
const CSV: &[u8] = include_bytes!("../../../tests/fixtures/meeting-list.csv");

fn fingerprint(store: &Store) -> String {
    let conn = store.conn();
    let q = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    format!(
        "{} {} {} {} {} {}",
        q("SELECT count(*) FROM meetings"),
        q("SELECT ifnull(sum(sequence), 0) FROM meetings"),
        q("SELECT count(*) FROM venues"),
        q("SELECT count(*) FROM import_sources"),
        q("SELECT count(*) FROM import_runs"),
        q("SELECT count(*) FROM meeting_exceptions"),
    )
}

/// Imports `bytes`; panics are failures, errors must be specific and change nothing.
fn attempt(store: &Store, label: &str, bytes: &[u8], format: Option<ImportFormat>) {
    let before = fingerprint(store);
    let mut req = ImportRequest::new("hostile-input", Fellowship::Na, "America/Chicago");
    req.format = format;
    let result = catch_unwind(AssertUnwindSafe(|| {
        store.write(|tx| import::import(tx, &req, bytes, &mut |_| {}))
    }));
    match result {
        Err(_) => panic!("{label}: the importer panicked"),
        Ok(Err(e)) => {
            assert!(
                e.code().starts_with("import.")
                    || e.code().starts_with("schedule.")
                    || e.code().starts_with("meeting."),
                "{label}: unspecific error {} ({e})",
                e.code()
            );
            assert!(!e.to_string().is_empty());
            assert_eq!(
                fingerprint(store),
                before,
                "{label}: a failed import changed the database"
            );
        }
        Ok(Ok(_)) => {}
    }
}

fn fresh() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("h.sqlite3")).unwrap();
    (dir, store)
}

/// Deterministic pseudo-random numbers (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn truncated_and_corrupted_files_of_every_format() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for (name, file, format) in [
        ("meeting guide", MG, ImportFormat::MeetingGuide),
        ("bmlt", BMLT, ImportFormat::Bmlt),
        ("ics", ICS, ImportFormat::Ics),
        ("csv", CSV, ImportFormat::Csv),
    ] {
        let (_d, store) = fresh();
        // Cut anywhere: mid-token, mid-UTF-8 character, mid-line.
        for k in 0..40 {
            let cut = file.len() * k / 40;
            attempt(&store, &format!("{name} cut at {cut}"), &file[..cut], None);
            attempt(
                &store,
                &format!("{name} cut at {cut} as {format:?}"),
                &file[..cut],
                Some(format),
            );
        }
        // Flip bytes.
        for k in 0..40 {
            let mut bytes = file.to_vec();
            for _ in 0..(1 + k % 5) {
                let i = (rng.next() as usize) % bytes.len();
                bytes[i] = rng.next() as u8;
            }
            attempt(
                &store,
                &format!("{name} flipped #{k}"),
                &bytes,
                Some(format),
            );
        }
        // Read as the wrong format.
        for other in [
            ImportFormat::MeetingGuide,
            ImportFormat::Bmlt,
            ImportFormat::Ics,
            ImportFormat::Csv,
        ] {
            attempt(
                &store,
                &format!("{name} read as {other:?}"),
                file,
                Some(other),
            );
        }
    }
}

#[test]
fn wrong_types_nonsense_and_oversized_input() {
    let (_d, store) = fresh();
    let big_name = format!(
        r#"[{{"name": "{}", "slug": "x", "day": 1, "time": "19:00"}}]"#,
        "A".repeat(5_000_000)
    );
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let long_line = format!(
        "BEGIN:VCALENDAR\r\nX-JUNK:{}\r\nEND:VCALENDAR\r\n",
        "x".repeat(2_000_000)
    );
    let wide_csv = format!("Name,Day,Time{}\nA,Monday,19:00\n", ",c".repeat(100_000));
    let many_events: String = {
        let mut s = String::from("BEGIN:VCALENDAR\r\n");
        for i in 0..20_000 {
            s.push_str(&format!("BEGIN:VEVENT\r\nUID:{i}\r\nSUMMARY:E{i}\r\nDTSTART:20260101T100000Z\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\n"));
        }
        s.push_str("END:VCALENDAR\r\n");
        s
    };
    let cases: Vec<(&str, Vec<u8>, Option<ImportFormat>)> = vec![
        ("empty", vec![], None),
        ("BOM only", "\u{feff}".into(), None),
        ("NULs", vec![0; 4096], None),
        ("HTML login page", b"<!DOCTYPE html><html><form>Sign in</form></html>".to_vec(), None),
        ("JSON number", b"42".to_vec(), Some(ImportFormat::MeetingGuide)),
        ("JSON string", b"\"meetings\"".to_vec(), None),
        ("JSON null", b"null".to_vec(), Some(ImportFormat::Bmlt)),
        ("days as objects", br#"[{"name":"x","slug":"x","day":{"a":1},"time":"19:00"}]"#.to_vec(), None),
        ("time as array", br#"[{"name":"x","slug":"x","day":1,"time":[19,0]}]"#.to_vec(), None),
        ("negative day", br#"[{"name":"x","slug":"x","day":-1,"time":"19:00"}]"#.to_vec(), None),
        ("huge day", br#"[{"name":"x","slug":"x","day":1e300,"time":"19:00"}]"#.to_vec(), None),
        ("bad zone", br#"[{"name":"x","slug":"x","day":1,"time":"19:00","timezone":"Mars/Base"}]"#.to_vec(), None),
        ("bmlt wrong types", br#"{"meetings":[{"id_bigint":{},"meeting_name":[],"weekday_tinyint":"x"}]}"#.to_vec(), None),
        ("5 MB name", big_name.into_bytes(), None),
        ("deep nesting", deep.into_bytes(), Some(ImportFormat::MeetingGuide)),
        ("2 MB line", long_line.into_bytes(), None),
        ("100k columns", wide_csv.into_bytes(), None),
        ("20k secondly events", many_events.into_bytes(), None),
        ("ics without end", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\n".to_vec(), None),
        ("ics bad dates", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:x\r\nDTSTART:2026-13-45\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".to_vec(), None),
        ("ics count zero", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:x\r\nDTSTART:20260101T100000Z\r\nRRULE:FREQ=DAILY;COUNT=0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".to_vec(), None),
        ("ics huge count", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:x\r\nDTSTART:20260101T100000Z\r\nRRULE:FREQ=WEEKLY;COUNT=999999999\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".to_vec(), None),
        ("csv binary", vec![0xff, 0xfe, b'N', 0, b'a', 0], Some(ImportFormat::Csv)),
        ("csv quotes", b"Name,Day,Time\n\"unterminated,Monday,19:00\n".to_vec(), None),
    ];
    for (label, bytes, format) in cases {
        attempt(&store, label, &bytes, format);
    }
    // None of that nonsense became a meeting that repeats faster than daily.
    let fast: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM meetings WHERE rrule LIKE '%SECONDLY%' OR rrule LIKE '%MINUTELY%' OR rrule LIKE '%HOURLY%'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fast, 0);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_a_reader(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        for format in [ImportFormat::MeetingGuide, ImportFormat::Bmlt, ImportFormat::Ics, ImportFormat::Csv] {
            let _ = import::read(&bytes, format, Fellowship::Other, "UTC");
        }
        let _ = ImportFormat::detect(&bytes);
    }

    #[test]
    fn edits_of_real_calendars_and_feeds_never_panic(
        which in 0usize..3,
        at in any::<prop::sample::Index>(),
        cut in any::<prop::sample::Index>(),
        insert in "[ -~\\r\\n:;,\"{}\\[\\]\\\\]{0,40}",
    ) {
        let file = [ICS, MG, BMLT][which];
        let i = at.index(file.len());
        let j = (i + cut.index(64)).min(file.len());
        let mut bytes = file[..i].to_vec();
        bytes.extend_from_slice(insert.as_bytes());
        bytes.extend_from_slice(&file[j..]);
        let format = [ImportFormat::Ics, ImportFormat::MeetingGuide, ImportFormat::Bmlt][which];
        let _ = import::read(&bytes, format, Fellowship::Na, "America/New_York");
    }
}
