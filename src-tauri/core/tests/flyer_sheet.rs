//! The wall flyer is one sheet (issue 32, item 8): after a 2,000-meeting import the
//! whole program's flyer grew to fifteen pages. It now shows the group's own meetings
//! when there are any, and otherwise as many of the week's as fit, then how many more.

use chrono::NaiveDate;
use homegroup_core::import::{self, ImportFormat, ImportRequest};
use homegroup_core::program::fellowship::Fellowship;
use homegroup_core::program::meetings;
use homegroup_core::{feeds, Store};

mod support;

/// The PDF's pages and text, as poppler reads them (pdfinfo, pdftotext).
fn read(pdf: &[u8]) -> (usize, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("flyer.pdf");
    std::fs::write(&path, pdf).unwrap();
    let info = std::process::Command::new("pdfinfo")
        .arg(&path)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .expect("pdfinfo says how many pages")
        .trim()
        .parse()
        .unwrap();
    let text = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    (
        pages,
        String::from_utf8_lossy(&text.stdout).replace('\n', " "),
    )
}

fn area(n: usize) -> Vec<u8> {
    let list: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            serde_json::json!({
                "name": format!("Area Meeting {i}"), "slug": format!("a-{i}"), "day": i % 7,
                "time": format!("{:02}:00", 7 + i % 14), "timezone": "America/New_York",
                "location": format!("Hall {}", i % 40), "address": format!("{} Main St", i % 300),
                "city": "Springfield", "types": ["O"]
            })
        })
        .collect();
    serde_json::to_vec(&list).unwrap()
}

fn flyer(store: &Store) -> (usize, String) {
    let feed = store.write(|tx| feeds::ensure_default(tx)).unwrap();
    let conn = store.conn();
    let pdf = feeds::flyer::flyer(
        &conn,
        &feed,
        ("https://example.org/f.ics", feeds::flyer::Reach::Public),
        NaiveDate::from_ymd_opt(2027, 3, 8).unwrap(),
        homegroup_core::i18n::Lang::EN,
    )
    .unwrap();
    read(&pdf)
}

fn imported(store: &Store, n: usize) {
    let mut req = ImportRequest::new("area.json", Fellowship::Na, "America/New_York");
    req.format = Some(ImportFormat::MeetingGuide);
    store
        .write(|tx| import::import(tx, &req, &area(n), &mut |_| {}))
        .unwrap();
}

#[test]
fn an_area_list_fits_one_sheet_saying_how_many_more() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("f.sqlite3")).unwrap();
    imported(&store, 2_000);
    let (pages, text) = flyer(&store);
    assert_eq!(pages, 1);
    // The last line, as the PDF's text shows it: "…and N more this week: …".
    let at = text.find(" more this week").expect("how many more, said");
    let more = &text[text[..at].rfind("and ").unwrap() + 4..at];
    let more: usize = more.trim().parse().unwrap();
    assert!(more > 1_900 && more < 2_000, "{more} more");
}

#[test]
fn the_group_s_own_meetings_are_the_sheet_of_a_program_with_an_import() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("f.sqlite3")).unwrap();
    imported(&store, 2_000);
    let own = support::online_meeting("Our Monday Hope", "https://meet.jit.si/our-hope");
    store.write(|tx| meetings::create(tx, &own)).unwrap();
    // The local resources print on the flyer too, still on one sheet.
    store
        .write(|tx| {
            homegroup_core::program::resources::create(
                tx,
                &homegroup_core::program::resources::ResourceInput {
                    name: "Crisis Lifeline".into(),
                    phone: "988".into(),
                    hours: "24/7".into(),
                    ..Default::default()
                },
            )
        })
        .unwrap();
    let (pages, text) = flyer(&store);
    assert_eq!(pages, 1);
    assert!(text.contains("Our Monday Hope"));
    assert!(
        text.contains("Local resources") && text.contains("Crisis Lifeline"),
        "{text}"
    );
    assert!(!text.contains("Area Meeting"), "no other group's meeting");
    assert!(!text.contains("more this week"));
}
