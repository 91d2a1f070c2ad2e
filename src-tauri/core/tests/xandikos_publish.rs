//! Publishing to a second real CalDAV server, Xandikos (Debian's package), which keeps
//! its calendar in a Git repository and is strict about iCalendar: created, unchanged,
//! updated and deleted resources, read back by a plain GET.

mod support;

use chrono::NaiveTime;
use homegroup_core::feeds;
use homegroup_core::program::meetings::{self, MeetingInput};
use homegroup_core::publish::{self, TargetInput};
use homegroup_core::schedule::{Day, Recurrence};
use homegroup_core::Store;
use support::servers::xandikos;

fn input(name: &str, day: Day) -> MeetingInput {
    let mut m = support::online_meeting(name, "https://meet.jit.si/homegroup?pwd=secret");
    m.schedule.start_time = NaiveTime::from_hms_opt(7, 30, 0).unwrap();
    m.schedule.timezone = "Asia/Ho_Chi_Minh".into();
    m.schedule.recurrence = Recurrence::Weekly {
        interval: 1,
        days: vec![day],
    };
    m.notes = "Họp trực tuyến — chào mừng mọi người.".into();
    m.language = "vi".into();
    m
}

#[tokio::test(flavor = "multi_thread")]
async fn publishes_to_xandikos() {
    let server = xandikos();
    let calendar = format!("{}/user/calendars/calendar/", server.base);
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("x.sqlite3")).unwrap();
    let (a, b, feed) = store
        .write(|tx| {
            let a = meetings::create(tx, &input("Thứ Hai Bình An", Day::MO))?;
            let b = meetings::create(tx, &input("Thứ Năm Hy Vọng", Day::TH))?;
            Ok((a, b, feeds::ensure_default(tx)?))
        })
        .unwrap();
    let target = publish::add_target(
        &store,
        &TargetInput {
            feed_id: feed.id,
            url: calendar.clone(),
            ..Default::default()
        },
    )
    .unwrap();

    let r = publish::publish(&store, target.id).await.unwrap();
    assert_eq!((r.created, r.writes), (2, 2), "{r:?}");
    let c = reqwest::Client::new();
    let body = c
        .get(format!("{calendar}{}.ics", a.uid))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        body.replace("\r\n ", "")
            .contains("SUMMARY:Thứ Hai Bình An"),
        "{body}"
    );
    assert!(!body.contains("pwd=secret"), "no passcode published");

    let r = publish::publish(&store, target.id).await.unwrap();
    assert_eq!(
        (r.unchanged, r.writes),
        (2, 0),
        "an unchanged program sends nothing"
    );

    store
        .write(|tx| meetings::update(tx, b.id, &input("Thứ Năm Hy Vọng Mới", Day::TH)))
        .unwrap();
    store.write(|tx| meetings::delete(tx, a.id)).unwrap();
    let r = publish::publish(&store, target.id).await.unwrap();
    assert_eq!((r.updated, r.deleted, r.writes), (1, 1, 2), "{r:?}");
    let gone = c
        .get(format!("{calendar}{}.ics", a.uid))
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), 404);
}
