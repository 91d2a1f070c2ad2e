//! Each layout rendered from one program (names in Cyrillic, Vietnamese and Persian, a
//! hybrid meeting, mixed zones, a daily and a monthly meeting, online and phone) and read
//! back with poppler's pdftotext, region by region in the order a reader reads.

use chrono::{NaiveDate, NaiveTime};

use super::*;
use crate::program::fellowship::AttendanceMode;
use crate::program::meetings::tests::{store, tuesday_night};
use crate::program::meetings::{self, MeetingInput, OnlineAccess, VenueChoice};
use crate::program::resources::{self, ResourceInput};
use crate::program::venues::VenueInput;
use crate::schedule::Recurrence;
use crate::Store;

/// A Monday in December: Eastern time is EST, London's GMT.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

fn meeting(name: &str, days: &[Day], at: (u32, u32), mode: AttendanceMode) -> MeetingInput {
    let mut m = tuesday_night();
    m.name = name.into();
    m.mode = mode;
    m.schedule.start_time = NaiveTime::from_hms_opt(at.0, at.1, 0).unwrap();
    m.schedule.recurrence = Recurrence::Weekly {
        interval: 1,
        days: days.to_vec(),
    };
    m.formats = vec!["O".into()];
    m.online = OnlineAccess::default();
    if mode == AttendanceMode::InPerson {
        m.room = String::new();
    }
    m
}

/// The program every layout is printed from, in reading order for a list by day from
/// Sunday: in person (daily first), hybrid, then online and by phone.
const IN_ORDER: [&str; 8] = [
    "Daily Reflections",
    "Надежда по понедельникам",
    "Hy vọng mới",
    "First Saturday Speaker",
    "Tuesday Night Hope",
    "Online Serenity",
    "Phone Meeting",
    "جلسهٔ امید",
];

fn program(store: &Store) {
    store
        .write(|tx| {
            use AttendanceMode::*;
            meetings::create(
                tx,
                &meeting("Daily Reflections", &Day::ALL, (7, 0), InPerson),
            )?;
            meetings::create(
                tx,
                &meeting("Надежда по понедельникам", &[Day::MO], (18, 0), InPerson),
            )?;
            let mut m = meeting("Hy vọng mới", &[Day::TU], (19, 0), InPerson);
            m.formats = vec!["C".into(), "BT".into()];
            meetings::create(tx, &m)?;
            let mut m = meeting("First Saturday Speaker", &[], (20, 0), InPerson);
            m.schedule.recurrence = Recurrence::MonthlyWeekday {
                interval: 1,
                weeks: vec![1],
                day: Day::SA,
            };
            meetings::create(tx, &m)?;
            meetings::create(tx, &tuesday_night())?;
            let mut m = meeting("Online Serenity", &[Day::TH], (12, 0), Online);
            m.venue = None;
            m.schedule.timezone = "Europe/London".into();
            m.online = OnlineAccess {
                url: "https://zoom.us/j/81234567890?pwd=secret1".into(),
                meeting_id: "812 3456 7890".into(),
                passcode: "secret1".into(),
                ..Default::default()
            };
            meetings::create(tx, &m)?;
            let mut m = meeting("Phone Meeting", &[Day::FR], (21, 0), Phone);
            m.venue = None;
            m.online.dial_in = "+1 646 555 0100".into();
            meetings::create(tx, &m)?;
            // A Persian name in an English list: shaped, and read right to left.
            let mut m = meeting("جلسهٔ امید", &[Day::SA], (10, 0), Online);
            m.venue = None;
            m.online.url = "https://meet.jit.si/omid".into();
            meetings::create(tx, &m)?;
            resources::create(
                tx,
                &ResourceInput {
                    name: "Crisis Lifeline".into(),
                    phone: "988".into(),
                    hours: "24/7".into(),
                    ..Default::default()
                },
            )?;
            Ok(())
        })
        .unwrap();
}

fn print(store: &Store, o: &ListOptions, lang: Lang) -> Result<Printed> {
    store.write(|tx| meeting_list(tx, o, lang, today(), false))
}

/// The text of one page's strip from `x0` to `x1` (a fraction of its width), as poppler
/// reads it, in the words `pdf::text_of` gives.
fn strip(pdf: &[u8], page: usize, x0: f32, x1: f32) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("list.pdf");
    std::fs::write(&path, pdf).unwrap();
    let info = std::process::Command::new("pdfinfo")
        .args(["-f", &page.to_string(), "-l", &page.to_string()])
        .arg(&path)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout).to_string();
    let size: Vec<f32> = info
        .lines()
        .find(|l| l.starts_with(&format!("Page {page:>4} size:")) || l.starts_with("Page size:"))
        .unwrap()
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    let (w, h) = (size[size.len() - 2], size[size.len() - 1]);
    let out = std::process::Command::new("pdftotext")
        .args(["-f", &page.to_string(), "-l", &page.to_string()])
        .args(["-x", &((w * x0) as i32).to_string(), "-y", "0"])
        .args([
            "-W",
            &((w * (x1 - x0)) as i32).to_string(),
            "-H",
            &(h as i32).to_string(),
        ])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    crate::pdf::words_of(&String::from_utf8_lossy(&out.stdout))
}

/// Where each name first appears in `text`, which must hold them all in this order.
/// Spaces are left out of both: poppler guesses them from the gaps between glyphs, and
/// guesses a narrow one wrong now and then. So are Arabic marks (the hamza of "جلسهٔ"):
/// the PDF gives a letter and its mark as one span of text, and poppler, turning a
/// right-to-left run into reading order, puts that span's mark before its letter.
fn assert_in_order(text: &str, names: &[&str]) {
    let squeeze = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '\u{64b}'..='\u{65f}' | '\u{670}'))
            .collect::<String>()
    };
    let text = squeeze(text);
    let mut last = 0;
    for name in names {
        let name = squeeze(name);
        let at = text[last..]
            .find(&name)
            .unwrap_or_else(|| panic!("{name} after position {last} in {text}"));
        last += at + name.len();
    }
}

fn fonts_embedded(pdf: &[u8]) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("list.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdffonts")
        .arg(&path)
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout).to_string();
    let rows: Vec<&str> = table.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{table}");
    for row in rows {
        // name type encoding emb sub uni …: every font embedded, subsetted, mapped to text.
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{row}");
    }
}

#[test]
fn a_full_page_list_reads_column_by_column_in_sections_with_its_legend() {
    let (_d, store) = store();
    program(&store);
    let printed = print(&store, &ListOptions::new(ListLayout::Full), Lang::EN).unwrap();
    assert_eq!((printed.pages, printed.meetings), (1, 8));
    // Every letter of every script in the program has its glyph.
    assert_eq!(printed.unprintable, Vec::<char>::new());
    fonts_embedded(&printed.pdf);
    let text = strip(&printed.pdf, 1, 0.0, 0.5) + " " + &strip(&printed.pdf, 1, 0.5, 1.0);
    assert_in_order(
        &text,
        &[
            "Meeting list",
            "Printed Dec 7, 2026",
            "Crisis Lifeline · 988 · 24/7",
            "In person",
            "Every day",
            "Daily Reflections",
            "Monday",
            "Надежда по понедельникам",
            "Tuesday",
            "Hy vọng mới",
            "Saturday",
            "First Saturday Speaker",
            "every 1st Saturday",
            "Hybrid: in person and online",
            "Tuesday Night Hope",
            "St. Mark's Hall, Basement",
            "12 Elm St, Springfield",
            "Online and by phone",
            "Thursday",
            "Online Serenity",
            "Zoom · ID 812 3456 7890",
            "Phone Meeting",
            "Phone: +1 646 555 0100",
            "Saturday",
            "جلسهٔ امید",
            "https://meet.jit.si/omid",
            "Format codes",
            "BT · ",
            "C · ",
            "D · ",
            "O · ",
        ],
    );
    // The squeeze above sets Arabic marks aside; the hamza is printed all the same.
    assert!(text.contains('\u{654}'), "{text}");
    // Zones differ, so every time says its own; the passcode the group keeps private
    // is on no line, in no link.
    assert!(text.contains("EST") && text.contains("GMT"), "{text}");
    assert!(!text.contains("secret1"), "{text}");
    // Only the codes the list uses are explained.
    let legend = &text[text.find("Format codes").unwrap()..];
    assert_eq!(legend.matches('·').count(), 4, "{legend}");
}

#[test]
fn a_booklet_imposes_its_pages_for_folding_and_pads_to_a_multiple_of_four() {
    let (_d, store) = store();
    program(&store);
    let mut o = ListOptions::new(ListLayout::Booklet);
    o.pages = Some(8);
    let printed = print(&store, &o, Lang::EN).unwrap();
    assert_eq!(printed.pages, 8);
    // Sheet sides, each as its left and right half: the numbers a folded booklet needs.
    let halves: Vec<String> = (1..=4)
        .flat_map(|p| {
            [
                strip(&printed.pdf, p, 0.0, 0.5),
                strip(&printed.pdf, p, 0.5, 1.0),
            ]
        })
        .collect();
    let numbers: Vec<String> = halves
        .iter()
        .map(|t| t.split_whitespace().last().unwrap_or("").to_owned())
        .collect();
    assert_eq!(numbers, ["8", "1", "2", "7", "6", "3", "4", "5"]);
    // Read in page order, the booklet holds the cover, then every meeting in order.
    let mut by_page = vec![String::new(); 8];
    for (half, n) in halves.iter().zip(&numbers) {
        by_page[n.parse::<usize>().unwrap() - 1] = half.clone();
    }
    assert!(by_page[0].starts_with("Meeting list"), "{}", by_page[0]);
    assert!(!by_page[0].contains("Daily Reflections"));
    let text = by_page.join(" ");
    assert_in_order(&text, &IN_ORDER);
    fonts_embedded(&printed.pdf);
}

#[test]
fn a_trifold_opens_on_its_cover_and_reads_through_the_inside() {
    let (_d, store) = store();
    program(&store);
    let printed = print(&store, &ListOptions::new(ListLayout::Trifold), Lang::EN).unwrap();
    assert_eq!(printed.pages, 2);
    // Outside: flap, back, cover; inside: three panels.
    let third = |p, i: usize| strip(&printed.pdf, p, i as f32 / 3.0, (i + 1) as f32 / 3.0);
    assert!(third(1, 2).starts_with("Meeting list"), "{}", third(1, 2));
    let reading = [
        third(1, 2),
        third(2, 0),
        third(2, 1),
        third(2, 2),
        third(1, 0),
        third(1, 1),
    ];
    assert_in_order(&reading.join(" "), &IN_ORDER);

    let quad = print(&store, &ListOptions::new(ListLayout::Quadfold), Lang::EN).unwrap();
    assert_eq!(quad.pages, 2);
    let quarter = |p, i: usize| strip(&quad.pdf, p, i as f32 / 4.0, (i + 1) as f32 / 4.0);
    assert!(quarter(1, 0).starts_with("Meeting list"));
    let reading: Vec<String> = (1..=2)
        .flat_map(|p| (0..4).map(move |i| (p, i)))
        .map(|(p, i)| quarter(p, i))
        .collect();
    assert_in_order(&reading.join(" "), &IN_ORDER);
}

#[test]
fn by_city_lists_the_chosen_city_first_and_online_meetings_by_day() {
    let (_d, store) = store();
    program(&store);
    store
        .write(|tx| {
            let mut m = meeting(
                "Shelbyville Step Study",
                &[Day::WE],
                (19, 30),
                AttendanceMode::InPerson,
            );
            m.venue = Some(VenueChoice::New {
                venue: VenueInput {
                    name: "Community Center".into(),
                    address: "4 Oak Ave".into(),
                    city: "Shelbyville".into(),
                    ..Default::default()
                },
            });
            meetings::create(tx, &m)?;
            Ok(())
        })
        .unwrap();
    let mut o = ListOptions::new(ListLayout::Full);
    o.group_by = GroupBy::City;
    o.cities = vec!["shelbyville".into()];
    let printed = print(&store, &o, Lang::EN).unwrap();
    let text = strip(&printed.pdf, 1, 0.0, 0.5) + " " + &strip(&printed.pdf, 1, 0.5, 1.0);
    assert_in_order(
        &text,
        &[
            "In person",
            "Shelbyville",
            "Wed 7:30 PM",
            "Shelbyville Step Study",
            "Springfield",
            "Daily",
            "Daily Reflections",
            "Mon 6:00 PM",
            "Надежда",
            "Online and by phone",
            "Thursday",
            "Online Serenity",
        ],
    );
}

/// Two hundred meetings, three a day at each of a few times.
fn many(store: &Store, n: usize) {
    store
        .write(|tx| {
            for i in 0..n {
                let day = Day::ALL[i % 7];
                let hour = 6 + (i / 7) as u32 % 16;
                let mut m = meeting(
                    &format!("Meeting {i:03}"),
                    &[day],
                    (hour, 0),
                    AttendanceMode::InPerson,
                );
                m.formats = vec!["O".into(), "JT".into()];
                meetings::create(tx, &m)?;
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn two_hundred_meetings_are_all_listed_and_fit_to_fewer_pages_within_limits() {
    let (_d, store) = store();
    many(&store, 200);
    let natural = print(&store, &ListOptions::new(ListLayout::Full), Lang::EN).unwrap();
    assert!(natural.pages >= 3, "{} pages", natural.pages);
    assert_eq!(natural.meetings, 200);
    let text: String = (1..=natural.pages)
        .flat_map(|p| {
            [
                strip(&natural.pdf, p, 0.0, 0.5),
                strip(&natural.pdf, p, 0.5, 1.0),
            ]
        })
        .collect::<Vec<_>>()
        .join(" ");
    // Sunday's first (from Sunday), each day's in time order.
    let mut expected: Vec<(usize, u32, String)> = (0..200)
        .map(|i| {
            (
                (i % 7 + 1) % 7,
                6 + (i / 7) as u32 % 16,
                format!("Meeting {i:03}"),
            )
        })
        .collect();
    expected.sort();
    let names: Vec<&str> = expected.iter().map(|(_, _, n)| n.as_str()).collect();
    assert_in_order(&text, &names);

    let mut o = ListOptions::new(ListLayout::Full);
    o.pages = Some(natural.pages as u32 - 1);
    let fitted = print(&store, &o, Lang::EN).unwrap();
    assert_eq!(fitted.pages, natural.pages - 1);
    assert!(
        fitted.scale < 1.0 && fitted.scale >= MIN_SCALE,
        "{}",
        fitted.scale
    );
    assert_eq!(pdf_pages(&fitted.pdf), natural.pages - 1);

    o.pages = Some(1);
    let e = print(&store, &o, Lang::EN).unwrap_err();
    assert_eq!((e.kind(), e.field()), (Code::PrintTooLong, Some("pages")));
    let mut o = ListOptions::new(ListLayout::Booklet);
    o.pages = Some(6);
    let e = print(&store, &o, Lang::EN).unwrap_err();
    assert_eq!(e.kind(), Code::PrintPageCount);
}

#[test]
fn two_hundred_meetings_print_whole_in_every_folded_layout() {
    let (_d, store) = store();
    many(&store, 200);
    for layout in [
        ListLayout::Trifold,
        ListLayout::Quadfold,
        ListLayout::Booklet,
    ] {
        let printed = print(&store, &ListOptions::new(layout), Lang::EN).unwrap();
        assert_eq!(printed.meetings, 200, "{layout:?}");
        assert_eq!(printed.unprintable, Vec::<char>::new());
        fonts_embedded(&printed.pdf);
        let text: String = crate::pdf::text_of(&printed.pdf)
            .split_whitespace()
            .collect();
        // Every meeting once (a panel's text never repeats on the next), each code of the
        // legend explained.
        for i in 0..200 {
            let name = format!("Meeting{i:03}");
            assert_eq!(text.matches(&name).count(), 1, "{layout:?}: {name}");
        }
        for code in ["JT·", "O·"] {
            assert!(text.contains(code), "{layout:?}: {code} in the legend");
        }
        if layout == ListLayout::Booklet {
            assert_eq!(printed.pages % 4, 0, "{} pages", printed.pages);
        }
    }
}

#[test]
fn the_passcode_prints_only_where_the_group_allows_it() {
    let (_d, store) = store();
    program(&store);
    store
        .write(|tx| {
            let mut m = meeting(
                "Open Door Online",
                &[Day::WE],
                (19, 0),
                AttendanceMode::Online,
            );
            m.venue = None;
            m.online = OnlineAccess {
                url: "https://zoom.us/j/85551234567?pwd=opendoor".into(),
                meeting_id: "855 5123 4567".into(),
                passcode: "opendoor".into(),
                passcode_public: true,
                ..Default::default()
            };
            meetings::create(tx, &m)?;
            Ok(())
        })
        .unwrap();
    let printed = print(&store, &ListOptions::new(ListLayout::Full), Lang::EN).unwrap();
    let text = crate::pdf::text_of(&printed.pdf);
    assert!(text.contains("Passcode opendoor"), "{text}");
    assert!(!text.contains("secret1"), "{text}");
}

fn pdf_pages(pdf: &[u8]) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("list.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdfinfo")
        .arg(&path)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

#[test]
fn a_list_prints_in_spanish_and_right_to_left_in_persian() {
    let (_d, store) = store();
    program(&store);
    let es = print(
        &store,
        &ListOptions::new(ListLayout::Full),
        Lang::parse("es").unwrap(),
    )
    .unwrap();
    let text = crate::pdf::text_of(&es.pdf);
    for words in [
        "Lista de reuniones",
        "Presenciales",
        "Todos los días",
        "lunes",
        "Códigos de formato",
        "Abierta",
    ] {
        assert!(
            text.to_lowercase().contains(&words.to_lowercase()),
            "{words} in {text}"
        );
    }
    let fa = Lang::parse("fa").unwrap();
    let printed = print(&store, &ListOptions::new(ListLayout::Booklet), fa).unwrap();
    let text = crate::pdf::text_of(&printed.pdf);
    for words in ["فهرست جلسات", "حضوری", "Hy vọng mới", "Daily Reflections"] {
        assert!(text.contains(words), "{words} in {text}");
    }
    // Bound on the right: the cover is the left half of the outer side.
    assert!(strip(&printed.pdf, 1, 0.0, 0.5).contains("فهرست جلسات"));
}

#[test]
fn the_preview_is_the_first_sheet_drawn_from_the_same_layout() {
    let (_d, store) = store();
    program(&store);
    let printed = store
        .write(|tx| {
            meeting_list(
                tx,
                &ListOptions::new(ListLayout::Trifold),
                Lang::EN,
                today(),
                true,
            )
        })
        .unwrap();
    let sides = printed.preview.unwrap();
    assert_eq!(sides.len(), 2, "both sides of the sheet");
    let svg = &sides[0];
    // The outside of a letter sheet on its side, every glyph a path placed by the layout.
    assert!(
        svg.starts_with("<svg") && svg.contains("viewBox=\"0 0 792 612\""),
        "{}",
        &svg[..200]
    );
    assert!(svg.matches("<use ").count() > 40);
    // Every glyph placed is defined once (its outline from the embedded font).
    for id in svg
        .split("href=\"#")
        .skip(1)
        .map(|r| &r[..r.find('"').unwrap()])
    {
        assert!(svg.contains(&format!("<path id=\"{id}\" d=\"M")), "{id}");
    }
    // The inside holds the meetings.
    assert!(sides[1].matches("<use ").count() > sides[0].matches("<use ").count());
    // (The window's end-to-end test shows it as an image and checks it is drawn.)
}

#[test]
fn a_feed_s_list_holds_its_meetings_only() {
    use crate::feeds::{self, FeedInput, FeedScope};
    let (_d, store) = store();
    program(&store);
    let feed = store
        .write(|tx| {
            feeds::create(
                tx,
                &FeedInput {
                    name: "Online".into(),
                    scope: FeedScope::Filter {
                        filter: crate::program::occurrences::MeetingFilter {
                            modes: vec![AttendanceMode::Online, AttendanceMode::Phone],
                            ..Default::default()
                        },
                    },
                },
            )
        })
        .unwrap();
    let mut o = ListOptions::new(ListLayout::Full);
    o.feed = Some(feed.id);
    let printed = print(&store, &o, Lang::EN).unwrap();
    assert_eq!(printed.meetings, 3);
    let text = crate::pdf::text_of(&printed.pdf);
    assert!(
        text.starts_with("Online"),
        "the feed's name on the cover: {text}"
    );
    assert!(
        text.contains("Online Serenity") && !text.contains("Daily Reflections"),
        "{text}"
    );
}

#[test]
fn letters_no_shipped_font_draws_are_named() {
    let (_d, store) = store();
    store
        .write(|tx| {
            meetings::create(
                tx,
                &meeting(
                    "希望小组 Hope",
                    &[Day::MO],
                    (19, 0),
                    AttendanceMode::InPerson,
                ),
            )
        })
        .unwrap();
    let printed = print(&store, &ListOptions::new(ListLayout::Full), Lang::EN).unwrap();
    assert_eq!(printed.unprintable, vec!['小', '希', '望', '组']);
}

#[test]
fn online_meetings_carry_a_qr_code_of_their_public_link_when_asked() {
    let (_d, store) = store();
    program(&store);
    let mut o = ListOptions::new(ListLayout::Full);
    o.link_qr = true;
    let printed = print(&store, &o, Lang::EN).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("list.pdf");
    std::fs::write(&pdf, &printed.pdf).unwrap();
    let png = dir.path().join("list");
    let status = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "200", "-singlefile"])
        .arg(&pdf)
        .arg(&png)
        .status()
        .unwrap();
    assert!(status.success());
    let out = std::process::Command::new("zbarimg")
        .args(["-q", "--raw"])
        .arg(dir.path().join("list.png"))
        .output()
        .expect("zbarimg (zbar-tools) is installed");
    let mut codes: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    codes.sort();
    // The hybrid and online meetings' links, the private passcode taken out of Zoom's.
    assert_eq!(
        codes,
        [
            "https://meet.jit.si/omid",
            "https://us02web.zoom.us/j/85512345678",
            "https://zoom.us/j/81234567890",
        ]
    );
    // The link is not in words as well.
    assert!(!crate::pdf::text_of(&printed.pdf).contains("https://zoom.us/j/81234567890"));
}
