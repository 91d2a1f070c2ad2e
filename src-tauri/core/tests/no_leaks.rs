//! Nothing meant for the public carries a member's data. Members with unmistakable
//! nicknames check in, get chips, live in a house and get slips; then every public
//! output is produced and searched for those nicknames: iCalendar feeds and CalDAV
//! resources, Meeting Guide JSON, the flyer, and every feed-server response (headers
//! included). The log of the whole run is searched too.

use std::sync::{Arc, Mutex};

use chrono::{NaiveDate, NaiveTime};
use homegroup_core::night::members::{self, MemberInput};
use homegroup_core::program::fellowship::{AttendanceMode, Fellowship};
use homegroup_core::program::groups::{self, GroupInput};
use homegroup_core::program::meetings::{
    self, MeetingInput, MeetingStatus, OnlineAccess, VenueChoice,
};
use homegroup_core::program::venues::VenueInput;
use homegroup_core::schedule::{Day, Recurrence, Schedule};
use homegroup_core::{
    export::ics, export::meeting_guide, feeds, houses, night::attendance, night::chips,
    night::slips, Store,
};

const NICKS: [&str; 4] = [
    "Zyxwnick Alpha",
    "Qqvbnick Beta",
    "Jjkmnick Gamma",
    "Vvqznick Delta",
];

/// A log sink shared with the test, so the log can be searched afterwards.
#[derive(Clone, Default)]
struct Sink(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn meeting(group: i64) -> MeetingInput {
    MeetingInput {
        fellowship: Fellowship::Na,
        group_id: Some(group),
        name: "Tuesday Hope".into(),
        mode: AttendanceMode::Hybrid,
        venue: Some(VenueChoice::New {
            venue: VenueInput {
                name: "St. Anne's".into(),
                address: "1 Main St".into(),
                city: "Springfield".into(),
                ..Default::default()
            },
        }),
        room: "Room 2".into(),
        online: OnlineAccess {
            url: "https://zoom.us/j/85512345678".into(),
            passcode: "secretpass".into(),
            ..Default::default()
        },
        formats: vec!["O".into()],
        schedule: Schedule {
            start_date: NaiveDate::from_ymd_opt(2026, 11, 3).unwrap(),
            start_time: NaiveTime::from_hms_opt(19, 0, 0).unwrap(),
            duration_minutes: 90,
            timezone: "America/New_York".into(),
            recurrence: Recurrence::Weekly {
                interval: 1,
                days: vec![Day::TU],
            },
            end_date: None,
        },
        status: MeetingStatus::Active,
        notes: "Side door".into(),
        language: "en".into(),
        offers_verification: true,
        // Whoever chairs is never published either.
        facilitator: NICKS[3].into(),
    }
}

fn hits(haystack: &[u8]) -> Vec<&'static str> {
    let text = String::from_utf8_lossy(haystack).to_lowercase();
    NICKS
        .iter()
        .copied()
        .filter(|n| text.contains(&n.split(' ').next().unwrap_or(n).to_lowercase()))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_public_output_names_a_member() {
    let sink = Sink::default();
    let writer = sink.clone();
    let _log = tracing::subscriber::set_default(
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(move || writer.clone())
            .finish(),
    );

    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open(&dir.path().join("leaks.sqlite3")).unwrap());
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let (m, group) = store
        .write(|tx| {
            let g = groups::create(
                tx,
                &GroupInput {
                    fellowship: Fellowship::Na,
                    name: "Hope Group".into(),
                    offers_verification: true,
                    contact: String::new(),
                },
            )?;
            let m = meetings::create(tx, &meeting(g.id))?;
            let key = "2026-11-17T19:00";
            for (i, nick) in NICKS.iter().enumerate().take(3) {
                let clean = NaiveDate::from_ymd_opt(2026, 8, 1 + i as u32);
                let member = members::create(
                    tx,
                    &MemberInput {
                        nickname: (*nick).into(),
                        clean_date: clean,
                        group_id: Some(g.id),
                    },
                    today,
                )?;
                attendance::check_in(tx, m.id, key, member.id, today)?;
                for d in attendance::night(tx, m.id, key, today)?.due {
                    chips::award(
                        tx,
                        d.member_id,
                        d.milestone_id,
                        d.nth,
                        Some((m.id, key)),
                        today,
                    )?;
                }
                slips::issue(
                    tx,
                    g.id,
                    member.id,
                    NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
                    today,
                    today,
                )?;
            }
            attendance::add_newcomer(tx, m.id, key, "Newbie Xkcdnick", None, today)?;
            let h = houses::create(tx, "Serenity House", "")?;
            houses::add_resident(
                tx,
                h.id,
                &houses::ResidentInput {
                    nickname: NICKS[0].into(),
                    move_in: Some(today),
                    ..Default::default()
                },
                today,
            )?;
            feeds::ensure_default(tx)?;
            feeds::create(
                tx,
                &feeds::FeedInput {
                    name: "Hope group".into(),
                    scope: feeds::FeedScope::Group { group_id: g.id },
                },
            )?;
            feeds::create(
                tx,
                &feeds::FeedInput {
                    name: "Tuesday".into(),
                    scope: feeds::FeedScope::Meeting { meeting_id: m.id },
                },
            )?;
            Ok((m.id, g.id))
        })
        .unwrap();
    let _ = group;

    let mut outputs: Vec<(String, Vec<u8>)> = vec![];
    {
        let conn = store.conn();
        let all = meetings::list(&conn).unwrap();
        outputs.push((
            "iCalendar program".into(),
            ics::export::calendar(&conn, &all, "Program")
                .unwrap()
                .into_bytes(),
        ));
        for meeting in &all {
            outputs.push((
                format!("CalDAV resource {}", meeting.id),
                ics::export::resource(&conn, meeting).unwrap().into_bytes(),
            ));
        }
        outputs.push((
            "Meeting Guide JSON".into(),
            serde_json::to_vec(&meeting_guide::export(&all)).unwrap(),
        ));
        for feed in feeds::list(&conn).unwrap() {
            for lang in homegroup_core::i18n::Lang::all() {
                outputs.push((
                    format!("flyer {}", feed.name),
                    feeds::flyer::flyer(
                        &conn,
                        &feed,
                        (
                            "http://192.168.1.5:8737/feeds/x.ics",
                            feeds::flyer::Reach::Wifi,
                        ),
                        today,
                        lang,
                    )
                    .unwrap(),
                ));
            }
        }
    }

    // Every response of the feed server, headers and all.
    let listener = feeds::server::bind("127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let s = store.clone();
    tokio::spawn(async move {
        feeds::server::serve(listener, s, async {
            let _ = stopped.await;
        })
        .await
        .unwrap();
    });
    let client = reqwest::Client::new();
    let mut urls: Vec<String> = vec![];
    for feed in feeds::list(&store.conn()).unwrap() {
        for f in [feeds::FeedFormat::Ics, feeds::FeedFormat::Json] {
            urls.push(feeds::url(&base, &feed, f));
        }
    }
    urls.extend(
        [
            "/",
            "/feeds/",
            "/feeds/../../etc/passwd",
            "/feeds/nope.ics",
            "/members",
            "/api/members",
            "/feeds/%2e%2e%2fhomegroup.sqlite3",
        ]
        .iter()
        .map(|p| format!("{base}{p}")),
    );
    assert!(urls.len() >= 6 + 7);
    for url in &urls {
        let r = client.get(url).send().await.unwrap();
        let mut bytes = format!("{:?}", r.headers()).into_bytes();
        bytes.extend_from_slice(&r.bytes().await.unwrap());
        outputs.push((format!("GET {url}"), bytes));
    }
    let _ = stop.send(());

    // The search itself finds a nickname wherever it is, whatever the case.
    assert_eq!(hits(b"SUMMARY:Birthday for ZYXWNICK"), vec![NICKS[0]]);
    for (what, bytes) in &outputs {
        assert!(hits(bytes).is_empty(), "{what} names {:?}", hits(bytes));
        assert!(
            !String::from_utf8_lossy(bytes).contains("Xkcdnick"),
            "{what} names the newcomer"
        );
    }
    // The meeting itself is published (the test would pass vacuously otherwise).
    assert!(outputs
        .iter()
        .any(|(_, b)| String::from_utf8_lossy(b).contains("Tuesday Hope")));
    let _ = m;

    let log = sink.0.lock().unwrap().clone();
    assert!(hits(&log).is_empty(), "the log names {:?}", hits(&log));
}
