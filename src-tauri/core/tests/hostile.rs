//! Hostile and broken input for every importer: truncated, bit-flipped, wrong-typed,
//! oversized and nonsense files. Each must end in a specific `import.*` error (or a
//! clean import of whatever is still valid), never a panic, and an error must leave the
//! database exactly as it was. Property tests throw arbitrary bytes and arbitrary edits
//! of real files at the iCalendar and JSON readers.

use std::panic::{catch_unwind, AssertUnwindSafe};

use homegroup_core::i18n::Lang;
use homegroup_core::import::{self, ImportFormat, ImportRequest};
use homegroup_core::program::fellowship::Fellowship;
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
    let began = std::time::Instant::now();
    let result = catch_unwind(AssertUnwindSafe(|| {
        store.write(|tx| import::import(tx, &req, bytes, &mut |_| {}))
    }));
    let took = began.elapsed();
    // A hostile file is refused (or read) in a moment, never by working through it.
    assert!(
        took < std::time::Duration::from_secs(2),
        "{label}: took {took:?}"
    );
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
        ("ics secondly count", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:x\r\nDTSTART:20260101T100000Z\r\nRRULE:FREQ=SECONDLY;COUNT=999999999\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".to_vec(), None),
        ("ics every minute daily", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:x\r\nDTSTART:20260101T100000Z\r\nRRULE:FREQ=DAILY;BYHOUR=0,6,12,18;BYMINUTE=0,15,30,45\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".to_vec(), None),
        ("ics interval zero", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:x\r\nDTSTART:20260101T100000Z\r\nRRULE:FREQ=WEEKLY;INTERVAL=0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".to_vec(), None),
        ("ics negative count", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:x\r\nDTSTART:20260101T100000Z\r\nRRULE:FREQ=WEEKLY;COUNT=-1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".to_vec(), None),
        ("ics year 0000", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:x\r\nDTSTART:00000101T100000Z\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".to_vec(), None),
        ("ics year 9999", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:x\r\nDTSTART:99991231T100000Z\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".to_vec(), None),
        ("ics huge count", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:x\r\nDTSTART:20260101T100000Z\r\nRRULE:FREQ=WEEKLY;COUNT=999999999\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".to_vec(), None),
        ("csv binary", vec![0xff, 0xfe, b'N', 0, b'a', 0], Some(ImportFormat::Csv)),
        ("csv quotes", b"Name,Day,Time\n\"unterminated,Monday,19:00\n".to_vec(), None),
    ];
    let began = std::time::Instant::now();
    let n = cases.len();
    for (label, bytes, format) in cases {
        attempt(&store, label, &bytes, format);
    }
    println!(
        "{n} hostile files imported or refused in {:?}",
        began.elapsed()
    );
    // None of that nonsense became a meeting that repeats faster than daily, every 0
    // weeks, or in a year no meeting has.
    let odd: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM meetings WHERE rrule LIKE '%INTERVAL=0%' OR rrule LIKE '%BYHOUR%' OR rrule LIKE '%BYMINUTE%' OR start_date < '1900' OR start_date > '2200'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(odd, 0);
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

/// One calendar: a good weekly meeting and one event with `rule`, from `start`.
fn calendar_with(rule: &str, start: &str) -> Vec<u8> {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hostile//EN\r\n\
         BEGIN:VEVENT\r\nUID:good\r\nSUMMARY:Good Tuesday\r\nDTSTART:20260106T190000Z\r\nDURATION:PT1H\r\nRRULE:FREQ=WEEKLY;BYDAY=TU\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:bad\r\nSUMMARY:Hostile\r\nDTSTART:{start}\r\nDURATION:PT1H\r\n{rule}END:VEVENT\r\n\
         END:VCALENDAR\r\n"
    )
    .into_bytes()
}

/// Rules that would cost minutes, or store something RFC 5545 forbids, or run for
/// ever: each is refused before any expansion with its own reason, the good meeting
/// beside it is imported, and none takes more than a moment.
#[test]
fn hostile_rules_are_refused_by_name_before_they_cost_anything() {
    let cases = [
        ("RRULE:FREQ=SECONDLY;COUNT=999999999\r\n", "20260101T100000Z", "at most once a day"),
        ("RRULE:FREQ=DAILY;COUNT=999999999\r\n", "20260101T100000Z", "COUNT=999999999"),
        (
            "RRULE:FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59\r\n",
            "20260101T100000Z",
            "at most once a day",
        ),
        ("RRULE:FREQ=WEEKLY;INTERVAL=0\r\n", "20260101T100000Z", "INTERVAL=0"),
        ("RRULE:FREQ=WEEKLY;COUNT=-1\r\n", "20260101T100000Z", "COUNT=-1"),
        ("RRULE:FREQ=WEEKLY\r\n", "00000101T100000Z", "year"),
        ("RRULE:FREQ=WEEKLY\r\n", "99991231T100000Z", "year"),
        ("RRULE:FREQ=WEEKLY;UNTIL=99991231T000000Z\r\n", "20260101T100000Z", "UNTIL=99991231"),
        ("RRULE:FREQ=FORTNIGHTLY\r\n", "20260101T100000Z", "FREQ=FORTNIGHTLY"),
    ];
    let mut slowest = std::time::Duration::ZERO;
    for (rule, start, said) in cases {
        let bytes = calendar_with(rule, start);
        let began = std::time::Instant::now();
        let (records, warnings) = import::read(&bytes, ImportFormat::Ics, Fellowship::Na, "UTC")
            .unwrap_or_else(|e| panic!("{rule}: the whole file was refused ({e})"));
        let took = began.elapsed();
        slowest = slowest.max(took);
        let keys: Vec<&str> = records.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["good"], "{rule}: only the good meeting is kept");
        assert!(
            warnings
                .iter()
                .any(|w| w.name == "Hostile" && w.skipped && w.words(Lang::EN).contains(said)),
            "{rule}: no warning saying '{said}': {warnings:?}"
        );
        assert!(
            took < std::time::Duration::from_secs(2),
            "{rule} took {took:?}"
        );
    }
    println!("slowest hostile rule: {slowest:?}");
}

/// The same rules typed into the editor (a custom rule) get the same field errors.
#[test]
fn hostile_rules_in_the_editor_get_their_own_codes() {
    use homegroup_core::schedule::{Recurrence, Schedule};
    let schedule = |rrule: &str, year: i32| Schedule {
        start_date: chrono::NaiveDate::from_ymd_opt(year, 1, 6).unwrap(),
        start_time: chrono::NaiveTime::from_hms_opt(19, 0, 0).unwrap(),
        duration_minutes: 60,
        timezone: "America/Chicago".into(),
        recurrence: Recurrence::Custom {
            rrule: rrule.into(),
        },
        end_date: None,
    };
    for (rrule, year, code) in [
        (
            "FREQ=SECONDLY;COUNT=999999999",
            2026,
            "schedule.too_frequent",
        ),
        ("FREQ=DAILY;BYHOUR=1,2", 2026, "schedule.too_frequent"),
        (
            "FREQ=DAILY;COUNT=999999999",
            2026,
            "schedule.count_too_large",
        ),
        ("FREQ=WEEKLY;INTERVAL=0", 2026, "schedule.invalid_interval"),
        ("FREQ=WEEKLY;COUNT=-1", 2026, "schedule.invalid_count"),
        ("FREQ=WEEKLY", 9999, "schedule.year_out_of_range"),
        ("FREQ=WEEKLY", 1, "schedule.year_out_of_range"),
        ("INTERVAL=2", 2026, "schedule.invalid_rule"),
    ] {
        let e = schedule(rrule, year).validate().unwrap_err();
        assert_eq!(e.code(), code, "{rrule} in {year}: {e}");
        assert_eq!(
            e.field(),
            Some(if year == 2026 {
                "recurrence"
            } else {
                "start_date"
            })
        );
    }
    // A long but legitimate rule still passes.
    schedule("FREQ=WEEKLY;BYDAY=TU;COUNT=200", 2026)
        .validate()
        .unwrap();
}
