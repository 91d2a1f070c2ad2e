//! The printed meeting list (issue 29): a 500-meeting area laid out as a booklet, a
//! tri-fold and full pages (goal: a booklet in under a second), beside what a volunteer
//! would otherwise do in the same run: the same list as a web page printed to PDF by
//! headless Chromium (when it is installed).

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveTime};
use homegroup_core::i18n::Lang;
use homegroup_core::print::{self, ListLayout, ListOptions};
use homegroup_core::program::fellowship::{AttendanceMode, Fellowship};
use homegroup_core::program::meetings::{
    self, MeetingInput, MeetingStatus, OnlineAccess, VenueChoice,
};
use homegroup_core::program::venues::VenueInput;
use homegroup_core::schedule::{Day, Recurrence, Schedule};
use homegroup_core::Store;

const MEETINGS: usize = 500;
const NAMES: [&str; 5] = [
    "Hope Group",
    "Надежда",
    "Hy vọng mới",
    "گروه امید",
    "Esperanza",
];
const ZONES: [&str; 3] = ["America/New_York", "America/Chicago", "America/Los_Angeles"];
const FORMATS: [&str; 6] = ["O", "C", "D", "BT", "JT", "ES"];

fn input(i: usize) -> MeetingInput {
    let mode = [
        AttendanceMode::InPerson,
        AttendanceMode::InPerson,
        AttendanceMode::Hybrid,
        AttendanceMode::Online,
    ][i % 4];
    MeetingInput {
        fellowship: Fellowship::Na,
        group_id: None,
        name: format!("{} {i}", NAMES[i % NAMES.len()]),
        mode,
        venue: (mode != AttendanceMode::Online).then(|| VenueChoice::New {
            venue: VenueInput {
                name: format!("Hall {}", i / 3),
                address: format!("{} Main Street", i / 3),
                city: ["Springfield", "Shelbyville", "Capital City"][i % 3].into(),
                ..Default::default()
            },
        }),
        room: String::new(),
        online: OnlineAccess {
            url: if mode == AttendanceMode::InPerson {
                String::new()
            } else {
                format!("https://zoom.us/j/{}", 8_000_000_000u64 + i as u64)
            },
            ..Default::default()
        },
        formats: vec![FORMATS[i % 6].into(), "O".into()],
        schedule: Schedule {
            start_date: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            start_time: NaiveTime::from_hms_opt(7 + (i % 14) as u32, 30 * (i % 2) as u32, 0)
                .unwrap(),
            duration_minutes: 60,
            timezone: ZONES[i % ZONES.len()].into(),
            recurrence: Recurrence::Weekly {
                interval: 1,
                days: vec![Day::ALL[i % 7]],
            },
            end_date: None,
        },
        status: MeetingStatus::Active,
        notes: String::new(),
        language: String::new(),
        offers_verification: false,
        facilitator: String::new(),
    }
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("bench.sqlite3")).unwrap();
    store
        .write(|tx| {
            for i in 0..MEETINGS {
                meetings::create(tx, &input(i))?;
            }
            Ok(())
        })
        .unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    println!("{MEETINGS} meetings (names in Latin, Cyrillic, Vietnamese and Persian; three zones; a quarter hybrid, a quarter online)");
    println!(
        "{:<34} {:>10} {:>8} {:>10}",
        "layout", "median", "pages", "PDF"
    );
    let mut booklet = Duration::ZERO;
    for (name, layout) in [
        ("booklet (goal: under 1 s)", ListLayout::Booklet),
        ("tri-fold", ListLayout::Trifold),
        ("full pages", ListLayout::Full),
    ] {
        let mut runs = vec![];
        let mut last = None;
        for _ in 0..5 {
            let t = Instant::now();
            let p = store
                .write(|tx| {
                    print::meeting_list(tx, &ListOptions::new(layout), Lang::EN, today, false)
                })
                .unwrap();
            runs.push(t.elapsed());
            last = Some(p);
        }
        let p = last.unwrap();
        let m = median(runs);
        if layout == ListLayout::Booklet {
            booklet = m;
        }
        println!(
            "{name:<34} {:>10.0?} {:>8} {:>7} kB",
            m,
            p.pages,
            p.pdf.len() / 1000
        );
    }
    let mut fitted = ListOptions::new(ListLayout::Booklet);
    fitted.pages = Some(48);
    let t = Instant::now();
    let p = store.write(|tx| print::meeting_list(tx, &fitted, Lang::EN, today, false));
    match p {
        Ok(p) => println!(
            "{:<34} {:>10.0?} {:>8} {:>7} kB (type at {:.0}%)",
            "booklet fitted to 48 pages",
            t.elapsed(),
            p.pages,
            p.pdf.len() / 1000,
            p.scale * 100.0
        ),
        Err(e) => println!("booklet fitted to 48 pages: {e}"),
    }
    println!(
        "{}",
        if booklet < Duration::from_secs(1) {
            "booklet: under the 1 s goal"
        } else {
            "booklet: OVER the 1 s goal"
        }
    );
    chromium(&store);
}

/// The same meetings as a plain HTML list printed to PDF by headless Chromium: what a
/// volunteer without Homegroup would do (a web page, then Print).
fn chromium(store: &Store) {
    let Some(browser) = ["chromium", "chromium-browser"].into_iter().find(|b| {
        std::process::Command::new(b)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    }) else {
        println!("chromium --print-to-pdf: not installed, no comparison");
        return;
    };
    let list = store.read(meetings::list).unwrap();
    let mut html = String::from("<!doctype html><meta charset=utf-8><style>body{font:9pt sans-serif;columns:2}</style><h1>Meeting list</h1>");
    for m in &list {
        html.push_str(&format!(
            "<p><b>{} {}</b> {}<br>{}</p>",
            m.schedule.start_time.format("%H:%M"),
            m.name,
            m.formats.join(" "),
            m.venue
                .as_ref()
                .map(|v| v.details.one_line())
                .unwrap_or_else(|| m.online.url.clone())
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("list.html");
    let pdf = dir.path().join("list.pdf");
    std::fs::write(&page, html).unwrap();
    let mut runs = vec![];
    for _ in 0..3 {
        let t = Instant::now();
        let out = std::process::Command::new(browser)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
            ])
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg(format!("file://{}", page.display()))
            .output()
            .unwrap();
        if !out.status.success() {
            println!(
                "chromium --print-to-pdf failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            return;
        }
        runs.push(t.elapsed());
    }
    let size = std::fs::metadata(&pdf).map(|m| m.len()).unwrap_or(0);
    println!(
        "{:<34} {:>10.0?} {:>8} {:>7} kB (no folds, no legend, no sections)",
        "chromium --print-to-pdf, plain page",
        median(runs),
        "-",
        size / 1000
    );
}
