//! Publishing to a real CalDAV server: Radicale (Debian's package) on loopback, with
//! a user and password. Create, update, delete, a 412 after someone else's edit, and
//! the errors a person must be able to act on.

mod support;

use chrono::NaiveTime;
use homegroup_core::feeds;
use homegroup_core::program::meetings::{self, MeetingInput};
use homegroup_core::publish::{self, PublishReport, TargetInput};
use homegroup_core::schedule::{Day, Recurrence};
use homegroup_core::Store;
use reqwest::{Client, Method, StatusCode};
use support::servers::{radicale, Radicale};

/// A port that refuses connections for as long as the returned socket lives: bound,
/// never listening, so nobody else can take it while the test counts on it being shut.
fn closed_port() -> (std::net::SocketAddr, tokio::net::TcpSocket) {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    (socket.local_addr().unwrap(), socket)
}

fn input(name: &str, day: Day) -> MeetingInput {
    let mut m = support::online_meeting(name, "https://meet.jit.si/homegroup");
    m.schedule.start_time = NaiveTime::from_hms_opt(20, 0, 0).unwrap();
    m.schedule.timezone = "Europe/Madrid".into();
    m.schedule.recurrence = Recurrence::Weekly {
        interval: 1,
        days: vec![day],
    };
    m.notes = "Reunión en línea; todos bienvenidos.".into();
    m.language = "es".into();
    m
}

async fn dav(c: &Client, method: &str, url: &str) -> StatusCode {
    c.request(Method::from_bytes(method.as_bytes()).unwrap(), url)
        .basic_auth("alice", Some("s3cret"))
        .send()
        .await
        .unwrap()
        .status()
}

async fn get(c: &Client, url: &str) -> (StatusCode, String) {
    let r = c
        .get(url)
        .basic_auth("alice", Some("s3cret"))
        .send()
        .await
        .unwrap();
    (r.status(), r.text().await.unwrap())
}

/// The user's home collection: Radicale makes it on first login (405 to MKCOL then);
/// other servers need the MKCOL before a calendar can go inside.
async fn parent(c: &Client, server: &Radicale) {
    let s = dav(c, "MKCOL", &format!("{}/alice/", server.base)).await;
    assert!(s.is_success() || s == StatusCode::METHOD_NOT_ALLOWED, "{s}");
}

#[tokio::test(flavor = "multi_thread")]
async fn publishes_updates_and_deletes_in_a_radicale_collection() {
    let server = radicale();
    let c = Client::new();
    let collection = format!("{}/alice/homegroup/", server.base);
    parent(&c, &server).await;
    assert!(dav(&c, "MKCALENDAR", &collection).await.is_success());

    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("p.sqlite3")).unwrap();
    let (monday, thursday, feed) = store
        .write(|tx| {
            let a = meetings::create(tx, &input("Lunes", Day::MO))?;
            let b = meetings::create(tx, &input("Jueves", Day::TH))?;
            Ok((a, b, feeds::ensure_default(tx)?))
        })
        .unwrap();
    // No keyring in this test: the password comes from a command, run without a shell
    // each time it is needed, as on a server or over SSH.
    let target = publish::add_target(
        &store,
        &TargetInput {
            feed_id: feed.id,
            url: collection.trim_end_matches('/').to_owned(),
            username: "alice".into(),
            password_command: Some("printf 's3cret'".into()),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(target.url.ends_with('/'));

    let r = publish::publish(&store, target.id).await.unwrap();
    assert_eq!(
        r,
        PublishReport {
            created: 2,
            writes: 2,
            ..Default::default()
        }
    );
    let (status, body) = get(&c, &format!("{collection}{}.ics", monday.uid)).await;
    assert_eq!(status, 200);
    assert!(body.contains(&format!("UID:{}", monday.uid)));
    assert!(
        !body.contains("METHOD:"),
        "CalDAV resources carry no METHOD"
    );
    assert!(body.contains("BEGIN:VTIMEZONE"));

    let again = publish::publish(&store, target.id).await.unwrap();
    assert_eq!(
        again,
        PublishReport {
            unchanged: 2,
            ..Default::default()
        }
    );

    // An edit here is an update there.
    let mut renamed = input("Lunes de Esperanza", Day::MO);
    renamed.notes = "Nuevo nombre".into();
    store
        .write(|tx| meetings::update(tx, monday.id, &renamed))
        .unwrap();
    let r = publish::publish(&store, target.id).await.unwrap();
    assert_eq!(
        r,
        PublishReport {
            updated: 1,
            unchanged: 1,
            writes: 1,
            ..Default::default()
        }
    );
    assert!(get(&c, &format!("{collection}{}.ics", monday.uid))
        .await
        .1
        .contains("SUMMARY:Lunes de Esperanza"));

    // Someone edits the resource on the server: our ETag is stale, the PUT gets 412,
    // and the publisher (the source of this calendar) writes its version anyway.
    let res = c
        .put(format!("{collection}{}.ics", thursday.uid))
        .basic_auth("alice", Some("s3cret"))
        .header("Content-Type", "text/calendar")
        .body(
            get(&c, &format!("{collection}{}.ics", thursday.uid))
                .await
                .1
                .replace("SUMMARY:Jueves", "SUMMARY:Edited elsewhere"),
        )
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success());
    store
        .write(|tx| meetings::update(tx, thursday.id, &input("Jueves Sereno", Day::TH)))
        .unwrap();
    let r = publish::publish(&store, target.id).await.unwrap();
    assert_eq!(r.updated, 1);
    assert!(get(&c, &format!("{collection}{}.ics", thursday.uid))
        .await
        .1
        .contains("SUMMARY:Jueves Sereno"));

    // A deleted meeting disappears from the collection.
    store.write(|tx| meetings::delete(tx, monday.id)).unwrap();
    let r = publish::publish(&store, target.id).await.unwrap();
    assert_eq!(
        r,
        PublishReport {
            deleted: 1,
            unchanged: 1,
            writes: 1,
            ..Default::default()
        }
    );
    assert_eq!(
        get(&c, &format!("{collection}{}.ics", monday.uid)).await.0,
        404
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn wrong_password_unreachable_server_and_missing_collection_say_what_to_do() {
    let server = radicale();
    let c = Client::new();
    parent(&c, &server).await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("e.sqlite3")).unwrap();
    let feed = store
        .write(|tx| {
            meetings::create(tx, &input("Lunes", Day::MO))?;
            feeds::ensure_default(tx)
        })
        .unwrap();
    let target = |url: String, password: &str| {
        publish::add_target(
            &store,
            &TargetInput {
                feed_id: feed.id,
                url,
                username: "alice".into(),
                password_command: Some(format!("printf {password}")),
                ..Default::default()
            },
        )
        .unwrap()
    };

    let wrong = target(format!("{}/alice/cal/", server.base), "nope");
    let e = publish::publish(&store, wrong.id).await.unwrap_err();
    assert_eq!(e.code(), "remote.auth", "{e}");
    let stored = store.write(|tx| publish::get_target(tx, wrong.id)).unwrap();
    assert_eq!(
        stored.last_error,
        Some(homegroup_core::error::Code::RemoteAuth)
    );
    assert!(stored
        .last_error_detail
        .unwrap()
        .contains("user name or password"));

    let missing = target(format!("{}/alice/no-such-calendar/", server.base), "s3cret");
    let e = publish::publish(&store, missing.id).await.unwrap_err();
    assert_eq!(e.code(), "remote.not_found", "{e}");

    let (shut, _held) = closed_port();
    let down = target(format!("http://{shut}/cal/"), "s3cret");
    let e = publish::publish(&store, down.id).await.unwrap_err();
    assert_eq!(e.code(), "remote.network", "{e}");

    let bad = publish::add_target(
        &store,
        &TargetInput {
            feed_id: feed.id,
            url: "caldav server please".into(),
            username: String::new(),
            password: String::new(),
            ..Default::default()
        },
    );
    assert_eq!(bad.unwrap_err().code(), "publish.invalid_url");
}

/// A calendar members can read without a login: after the upload Homegroup fetches its
/// public address anonymously and finds every meeting there; a calendar that asks for a
/// login is named as such, and the upload itself still counts.
#[tokio::test(flavor = "multi_thread")]
async fn the_public_address_is_checked_as_a_member_would_read_it() {
    let server = radicale();
    let c = Client::new();
    parent(&c, &server).await;
    for name in ["public", "private"] {
        let url = format!("{}/alice/{name}/", server.base);
        assert!(dav(&c, "MKCALENDAR", &url).await.is_success());
    }
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("p.sqlite3")).unwrap();
    let (monday, thursday, feed) = store
        .write(|tx| {
            let a = meetings::create(tx, &input("Lunes", Day::MO))?;
            let b = meetings::create(tx, &input("Jueves", Day::TH))?;
            Ok((a, b, feeds::ensure_default(tx)?))
        })
        .unwrap();
    let target = |name: &str| {
        let url = format!("{}/alice/{name}/", server.base);
        publish::add_target(
            &store,
            &TargetInput {
                feed_id: feed.id,
                url: url.clone(),
                username: "alice".into(),
                password_command: Some("printf s3cret".into()),
                public_url: url.clone(),
                ..Default::default()
            },
        )
        .unwrap()
    };

    let open = target("public");
    let r = publish::publish(&store, open.id).await.unwrap();
    let address = format!("{}/alice/public/", server.base);
    assert_eq!(r.created, 2);
    assert_eq!(r.public_error, None);
    assert_eq!(r.subscribe_url.as_deref(), Some(address.as_str()));
    let anonymous = Client::new().get(&address).send().await.unwrap();
    assert_eq!(anonymous.status(), 200);
    let body = anonymous.text().await.unwrap();
    for m in [&monday, &thursday] {
        assert!(body.contains(&format!("UID:{}", m.uid)), "{body}");
    }
    let listed = store.read(|c| feeds::public_url_of(c, feed.id)).unwrap();
    assert_eq!(listed.as_deref(), Some(address.as_str()));

    let closed = target("private");
    let r = publish::publish(&store, closed.id).await.unwrap();
    assert_eq!(r.created, 2, "the upload worked");
    assert_eq!(r.subscribe_url, None);
    assert_eq!(
        r.public_error.map(|e| e.code.as_str()),
        Some("publish.public_needs_login")
    );
    let stored = store.read(|c| publish::get_target(c, closed.id)).unwrap();
    assert_eq!(
        stored.public_error,
        Some(homegroup_core::error::Code::PublishPublicNeedsLogin)
    );
    assert!(stored.public_ok_at.is_none());
    assert!(stored.last_error.is_none());
    // Still due: the address is checked again at the next look (after the back-off).
    let due = store
        .read(|c| publish::due(c, homegroup_core::clock::now() + chrono::Duration::hours(2)))
        .unwrap();
    assert_eq!(
        due.iter().map(|t| t.id).collect::<Vec<_>>(),
        vec![closed.id]
    );
}
