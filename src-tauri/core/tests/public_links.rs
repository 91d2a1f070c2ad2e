//! A passcode carried inside a meeting link (Zoom's `pwd`, Webex's `pwd`/`p`, Teams'
//! `p`/`passcode`, any `passcode=`) never reaches a public output unless the group
//! allows passcodes there, and a parameter the group marks secret never does: not the
//! iCalendar feed, not a CalDAV resource, not Meeting Guide JSON, not the flyer.

mod support;

use chrono::NaiveDate;
use homegroup_core::program::meetings::{self, MeetingInput};
use homegroup_core::schedule::{Day, Recurrence};
use homegroup_core::{export::ics, export::meeting_guide, feeds, Store};

fn online(name: &str, url: &str, allowed: bool, secret: &str) -> MeetingInput {
    let mut m = support::online_meeting(name, url);
    m.online.passcode_public = allowed;
    m.online.secret_params = secret.into();
    m.schedule.recurrence = Recurrence::Weekly {
        interval: 1,
        days: vec![
            Day::MO,
            Day::TU,
            Day::WE,
            Day::TH,
            Day::FR,
            Day::SA,
            Day::SU,
        ],
    };
    m
}

#[test]
fn passcodes_in_links_stay_out_of_every_public_output() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("p.sqlite3")).unwrap();
    // (name, link, the secret it carries, what the public link keeps)
    let cases = [
        (
            "Zoom Hope",
            "https://us02web.zoom.us/j/85512345678?pwd=Zq9SecretZoom",
            "Zq9SecretZoom",
            "us02web.zoom.us/j/85512345678",
        ),
        (
            "Webex Hope",
            "https://acme.webex.com/meet/hope?pwd=Wx7SecretWebex",
            "Wx7SecretWebex",
            "acme.webex.com/meet/hope",
        ),
        (
            "Webex Room",
            "https://acme.webex.com/acme/j.php?MTID=m1f2&p=Wp3SecretWebexP",
            "Wp3SecretWebexP",
            "MTID=m1f2",
        ),
        (
            "Teams Hope",
            "https://teams.microsoft.com/meet/24631234567?p=Tm5SecretTeams",
            "Tm5SecretTeams",
            "teams.microsoft.com/meet/24631234567",
        ),
        (
            "Meet Hope",
            "https://meet.google.com/abc-defg-hij?passcode=Gm2SecretMeet",
            "Gm2SecretMeet",
            "meet.google.com/abc-defg-hij",
        ),
    ];
    let feed = store
        .write(|tx| {
            for (name, url, _, _) in cases {
                meetings::create(tx, &online(name, url, false, ""))?;
            }
            // The group marks `roomKey` secret; passcodes are allowed in its listing.
            meetings::create(
                tx,
                &online(
                    "Whereby Hope",
                    "https://whereby.com/hope?roomKey=Wb8SecretKey&pwd=AllowedPass",
                    true,
                    "roomKey",
                ),
            )?;
            // A Zoom dial-in: the one-tap phone string would carry the passcode.
            let mut phone = online("Zoom by phone", "https://zoom.us/j/85512345678", false, "");
            phone.online.dial_in = "+1 646 558 8656".into();
            phone.online.meeting_id = "855 1234 5678".into();
            phone.online.passcode = "731842".into();
            meetings::create(tx, &phone)?;
            feeds::ensure_default(tx)
        })
        .unwrap();
    let conn = store.conn();
    let all = meetings::list(&conn).unwrap();
    let mut outputs: Vec<(String, Vec<u8>)> = vec![
        (
            "iCalendar".into(),
            ics::export::calendar(&conn, &all, "Program")
                .unwrap()
                .into_bytes(),
        ),
        (
            "Meeting Guide JSON".into(),
            serde_json::to_vec(&meeting_guide::export(&all).meetings).unwrap(),
        ),
        (
            "flyer".into(),
            feeds::flyer::flyer(
                &conn,
                &feed,
                ("https://example.org/f.ics", feeds::flyer::Reach::Public),
                NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
                homegroup_core::i18n::Lang::EN,
            )
            .unwrap(),
        ),
    ];
    for m in &all {
        outputs.push((
            format!("CalDAV {}", m.name),
            ics::export::resource(&conn, m).unwrap().into_bytes(),
        ));
    }
    let unfolded = |b: &[u8]| {
        String::from_utf8_lossy(b)
            .replace("\r\n ", "")
            .replace("\\/", "/")
    };
    for (what, bytes) in &outputs {
        let text = unfolded(bytes);
        for (name, _, secret, _) in cases {
            assert!(
                !text.contains(secret),
                "{what}: {name}'s passcode is published"
            );
        }
        assert!(
            !text.contains("Wb8SecretKey"),
            "{what}: a parameter marked secret is published"
        );
        assert!(
            !text.contains("731842"),
            "{what}: a dial-in passcode is published"
        );
    }
    // Not vacuous: the links themselves are published, and the passcode the group
    // allows is kept.
    for (what, bytes) in outputs
        .iter()
        .filter(|(w, _)| w == "iCalendar" || w == "Meeting Guide JSON")
    {
        let text = unfolded(bytes);
        for (name, _, _, kept) in cases {
            assert!(text.contains(kept), "{what}: {name}'s link is missing");
        }
        assert!(
            text.contains("pwd=AllowedPass"),
            "{what}: the allowed passcode was removed"
        );
    }
    assert!(
        unfolded(&outputs[0].1).contains("FEATURE=PHONE"),
        "the dial-in itself is published, without its passcode"
    );
    // The stored link is the group's own, untouched: only what is published changes.
    assert!(all
        .iter()
        .any(|m| m.online.url.ends_with("?pwd=Zq9SecretZoom")));
}
