//! The feed server over real HTTP on loopback: what a calendar app's poll sees.

mod support;

use std::sync::Arc;

use chrono::{NaiveDate, NaiveTime};
use homegroup_core::feeds::{self, server, FeedFormat};
use homegroup_core::program::fellowship::Fellowship;
use homegroup_core::program::meetings::{self, MeetingInput};
use homegroup_core::schedule::{Day, Recurrence};
use homegroup_core::Store;
use reqwest::header;

fn online(name: &str) -> MeetingInput {
    let mut m = support::online_meeting(name, "https://zoom.us/j/85512345678");
    m.fellowship = Fellowship::Smart;
    m.facilitator = "Sam".into();
    m.schedule.start_date = NaiveDate::from_ymd_opt(2026, 11, 5).unwrap();
    m.schedule.start_time = NaiveTime::from_hms_opt(18, 0, 0).unwrap();
    m.schedule.duration_minutes = 90;
    m.schedule.recurrence = Recurrence::Weekly {
        interval: 1,
        days: vec![Day::TH],
    };
    m
}

struct Running {
    base: String,
    store: Arc<Store>,
    feed: feeds::Feed,
    _dir: tempfile::TempDir,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

/// A store holding one online meeting and the whole-program feed.
fn seeded() -> (tempfile::TempDir, Arc<Store>, feeds::Feed) {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open(&dir.path().join("f.sqlite3")).unwrap());
    let feed = store
        .write(|tx| {
            meetings::create(tx, &online("SMART Thursday"))?;
            feeds::ensure_default(tx)
        })
        .unwrap();
    (dir, store, feed)
}

async fn start() -> Running {
    let (dir, store, feed) = seeded();
    let listener = server::bind("127.0.0.1:0".parse().unwrap()).await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (tx, rx) = tokio::sync::oneshot::channel();
    let s = store.clone();
    tokio::spawn(async move {
        server::serve(listener, s, async {
            let _ = rx.await;
        })
        .await
        .unwrap();
    });
    Running {
        base,
        store,
        feed,
        _dir: dir,
        stop: Some(tx),
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder().build().unwrap()
}

#[tokio::test]
async fn serves_the_calendar_then_304s_by_etag_and_by_date() {
    let r = start().await;
    let url = feeds::url(&r.base, &r.feed, FeedFormat::Ics);
    let c = client();
    let first = c
        .get(&url)
        .header(header::ACCEPT_ENCODING, "gzip, deflate, br")
        .send()
        .await
        .unwrap();
    assert_eq!(first.status(), 200);
    let h = first.headers().clone();
    assert_eq!(h[header::CONTENT_TYPE], "text/calendar; charset=utf-8");
    assert!(
        h.get(header::CONTENT_ENCODING).is_none(),
        "no gzip on calendars"
    );
    let etag = h[header::ETAG].to_str().unwrap().to_owned();
    let modified = h[header::LAST_MODIFIED].to_str().unwrap().to_owned();
    let body = first.text().await.unwrap();
    assert!(body.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(body.contains("SUMMARY:SMART Thursday"));
    // The roster is private: the facilitator's name is never published.
    assert!(!body.contains("Sam"));

    let by_tag = c
        .get(&url)
        .header(header::IF_NONE_MATCH, &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(by_tag.status(), 304);
    assert_eq!(by_tag.headers()[header::ETAG], etag.as_str());
    assert!(by_tag.text().await.unwrap().is_empty());

    let by_date = c
        .get(&url)
        .header(header::IF_MODIFIED_SINCE, &modified)
        .send()
        .await
        .unwrap();
    assert_eq!(by_date.status(), 304);

    let stale = c
        .get(&url)
        .header(header::IF_NONE_MATCH, "\"something-else\"")
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), 200);

    // A change, even a deletion, moves Last-Modified forward and answers old dates in full.
    // HTTP dates count whole seconds: wait for the clock to reach the next one.
    let served = httpdate::parse_http_date(&modified).unwrap();
    while httpdate::fmt_http_date(std::time::SystemTime::now()) == httpdate::fmt_http_date(served) {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let store = r.store.clone();
    tokio::task::spawn_blocking(move || {
        let id = meetings::list(&store.conn()).unwrap()[0].id;
        store.write(|tx| meetings::delete(tx, id)).unwrap();
    })
    .await
    .unwrap();
    let after = c
        .get(&url)
        .header(header::IF_MODIFIED_SINCE, &modified)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), 200);
    let newer = httpdate::parse_http_date(after.headers()[header::LAST_MODIFIED].to_str().unwrap())
        .unwrap();
    assert!(newer > httpdate::parse_http_date(&modified).unwrap());
    assert!(!after.text().await.unwrap().contains("SMART Thursday"));
}

#[tokio::test]
async fn json_feed_wrong_tokens_and_other_methods() {
    let r = start().await;
    let c = client();
    let json = c
        .get(feeds::url(&r.base, &r.feed, FeedFormat::Json))
        .send()
        .await
        .unwrap();
    assert_eq!(json.status(), 200);
    assert_eq!(
        json.headers()[header::CONTENT_TYPE],
        "application/json; charset=utf-8"
    );
    assert_eq!(json.headers()[header::ACCESS_CONTROL_ALLOW_ORIGIN], "*");
    let v: serde_json::Value = serde_json::from_str(&json.text().await.unwrap()).unwrap();
    assert_eq!(v[0]["name"], "SMART Thursday");
    assert_eq!(v[0]["day"], 4);

    for path in [
        format!("/feeds/{}.ics", "0".repeat(48)),
        "/feeds/short.ics".to_owned(),
        format!("/feeds/{}.txt", r.feed.token),
        "/feeds/..%2F..%2Fetc%2Fpasswd".to_owned(),
        "/nope.html".to_owned(),
        "/..%2Fhomegroup.sqlite3".to_owned(),
    ] {
        let res = c.get(format!("{}{path}", r.base)).send().await.unwrap();
        assert_eq!(res.status(), 404, "{path}");
    }
    // At `/`, the meeting finder page for phones on the room's Wi-Fi, under a policy
    // that lets it load nothing from elsewhere; its files beside it.
    let page = c.get(format!("{}/", r.base)).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert_eq!(
        page.headers()[header::CONTENT_TYPE],
        "text/html; charset=utf-8"
    );
    assert!(page.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .starts_with("default-src 'none'"));
    let etag = page.headers()[header::ETAG].clone();
    assert!(page.text().await.unwrap().contains("program.page.js"));
    let again = c
        .get(format!("{}/", r.base))
        .header(header::IF_NONE_MATCH, etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    let index = c
        .get(format!("{}/program.page.json", r.base))
        .send()
        .await
        .unwrap();
    assert_eq!(index.status(), 200);
    let index: serde_json::Value = serde_json::from_str(&index.text().await.unwrap()).unwrap();
    assert_eq!(index["ics"], format!("feeds/{}.ics", r.feed.token));
    let head = c
        .head(feeds::url(&r.base, &r.feed, FeedFormat::Ics))
        .send()
        .await
        .unwrap();
    assert_eq!(head.status(), 200);
    let post = c
        .post(feeds::url(&r.base, &r.feed, FeedFormat::Ics))
        .send()
        .await
        .unwrap();
    assert_eq!(post.status(), 405);
}

/// Raw HTTP over TCP: what a misbehaving client sends, and what comes back.
async fn raw(addr: &str, request: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(request).await.unwrap();
    let mut out = vec![];
    let _ = tokio::time::timeout(std::time::Duration::from_secs(5), s.read_to_end(&mut out)).await;
    String::from_utf8_lossy(&out).into_owned()
}

#[tokio::test]
async fn hostile_requests_are_refused_and_the_server_keeps_serving() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (_dir, store, feed) = seeded();
    let listener = server::bind("127.0.0.1:0".parse().unwrap()).await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let limits = server::Limits {
        header_timeout: std::time::Duration::from_secs(1),
        ..Default::default()
    };
    let s = store.clone();
    tokio::spawn(async move {
        server::serve_with(listener, s, limits, std::future::pending())
            .await
            .unwrap()
    });
    let good = format!(
        "GET /feeds/{}.ics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        feed.token
    );

    // Path traversal and lookalikes: not found, and nothing but the fixed text.
    for path in [
        "/feeds/../../etc/passwd",
        "/feeds/..%2F..%2Fetc%2Fpasswd",
        "/feeds/%2e%2e/homegroup.sqlite3",
        "/../h.sqlite3",
        &format!("/feeds/{}.ics/../../x", feed.token),
        &format!("/feeds/{}.sqlite3", feed.token),
        &format!("/feeds/{}", &feed.token[..47]),
    ] {
        let r = raw(
            &addr,
            format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .await;
        assert!(
            r.starts_with("HTTP/1.1 404") || r.starts_with("HTTP/1.1 400"),
            "{path}: {r}"
        );
        assert!(!r.contains("SQLite") && !r.contains("root:"), "{path}");
    }
    // Other methods.
    let r = raw(&addr, format!("POST /feeds/{}.ics HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello", feed.token).as_bytes()).await;
    assert!(r.starts_with("HTTP/1.1 405"), "{r}");
    // A 64 KB cookie: the request head is too large.
    let r = raw(
        &addr,
        format!(
            "GET / HTTP/1.1\r\nHost: x\r\nCookie: {}\r\n\r\n",
            "a".repeat(64 * 1024)
        )
        .as_bytes(),
    )
    .await;
    assert!(
        r.starts_with("HTTP/1.1 431") || r.is_empty(),
        "{}",
        &r[..r.len().min(80)]
    );
    // Garbage instead of HTTP.
    let r = raw(
        &addr,
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 hello tls?\r\n\r\n",
    )
    .await;
    assert!(r.starts_with("HTTP/1.1 400") || r.is_empty(), "{r}");

    // A slow client that never finishes its headers is cut off after the time-out.
    let started = std::time::Instant::now();
    let mut slow = tokio::net::TcpStream::connect(&addr).await.unwrap();
    slow.write_all(b"GET /feeds/").await.unwrap();
    let mut buf = vec![];
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(5),
        slow.read_to_end(&mut buf),
    )
    .await;
    assert!(read.is_ok(), "the slow client was not cut off");
    assert!(started.elapsed() < std::time::Duration::from_secs(4));

    // And through all of that, the feed is served.
    let r = raw(&addr, good.as_bytes()).await;
    assert!(r.starts_with("HTTP/1.1 200"), "{}", &r[..r.len().min(80)]);
    assert!(r.contains("SUMMARY:SMART Thursday"));
}

#[tokio::test]
async fn a_change_made_by_another_program_reaches_the_next_poll_within_a_second() {
    let r = start().await;
    let url = feeds::url(&r.base, &r.feed, FeedFormat::Ics);
    let c = client();
    let first = c.get(&url).send().await.unwrap().text().await.unwrap();
    assert!(first.contains("SMART Thursday"));
    // The CLI, say: its own connection to the same file.
    let path = r.store.path().to_owned();
    tokio::task::spawn_blocking(move || {
        let other = Store::open(&path).unwrap();
        other
            .write(|tx| meetings::create(tx, &online("Added elsewhere")))
            .unwrap();
    })
    .await
    .unwrap();
    // Another program's commits are looked for at most once a second: the change
    // shows within a few polls, and the cached feed is not served for ever.
    let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let second = c.get(&url).send().await.unwrap().text().await.unwrap();
        if second.contains("Added elsewhere") {
            break;
        }
        assert!(
            std::time::Instant::now() < until,
            "the cached feed was still served 10 s after another program's change"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// The app's case: its own feed server shares the store, and the passphrase is turned
/// on while a calendar app's poll is in flight. The poll is answered, the server goes
/// on serving from the encrypted file, and no plaintext log is left beside it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_passphrase_changes_under_a_live_server_with_a_poll_in_flight() {
    let r = start().await;
    let url = feeds::url(&r.base, &r.feed, FeedFormat::Ics);
    let c = client();
    let polls = {
        let (c, url) = (c.clone(), url.clone());
        tokio::spawn(async move {
            let mut statuses = vec![];
            for _ in 0..40 {
                statuses.push(c.get(&url).send().await.unwrap().status().as_u16());
            }
            statuses
        })
    };
    let store = r.store.clone();
    tokio::task::spawn_blocking(move || {
        store
            .set_passphrase(Some("correct horse battery"), None)
            .unwrap();
        store
            .write(|tx| meetings::create(tx, &online("Added after")))
            .unwrap();
    })
    .await
    .unwrap();
    let statuses = polls.await.unwrap();
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    let body = c.get(&url).send().await.unwrap().text().await.unwrap();
    assert!(body.contains("Added after"), "served from the new file");

    let path = r.store.path().to_owned();
    assert!(Store::is_encrypted(&path));
    let check: String = r
        .store
        .conn()
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    for suffix in ["-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        if let Ok(bytes) = std::fs::read(std::path::PathBuf::from(p)) {
            assert!(
                !bytes
                    .windows(r.feed.token.len())
                    .any(|w| w == r.feed.token.as_bytes()),
                "{suffix} holds the feed token in clear"
            );
        }
    }
}

/// A port the system never hands out by itself: below the ephemeral range that
/// `bind(0)` and outgoing connections draw from. Restarting the server on a port
/// from that range races every connection the other tests open meanwhile (one of
/// them may be given the port in the instant it is free), so a restart is tested
/// on a port only an explicit bind can take.
fn quiet_port() -> u16 {
    let low = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range")
        .ok()
        .and_then(|r| r.split_whitespace().next()?.parse::<u16>().ok())
        .unwrap_or(32768);
    // Spread concurrent test processes over the range instead of all trying one port.
    let start = 20000 + (std::process::id() % 5000) as u16;
    (start..low.max(start + 1))
        .chain(10000..start)
        .find(|&p| {
            std::net::TcpListener::bind(("0.0.0.0", p)).is_ok()
                && std::net::TcpListener::bind(("127.0.0.1", p)).is_ok()
        })
        .expect("a free port below the ephemeral range")
}

/// Turning sharing off and on (a restart of the server) keeps the port every
/// subscription carries; a port taken by another program is reported, not swapped.
#[tokio::test]
async fn the_feed_server_keeps_its_port_and_reports_a_taken_one() {
    use homegroup_core::settings;
    let (_dir, store, _feed) = seeded();
    // 0: any free port at the first start, kept from then on.
    store
        .write(|tx| settings::set(tx, settings::FEEDS_PORT, "0"))
        .unwrap();
    let running = server::start_configured(store.clone()).await.unwrap().0;
    let given = running.addr.port();
    assert_ne!(given, 0);
    running.stop().await;
    assert_eq!(
        settings::get(&store.conn(), settings::FEEDS_PORT).unwrap(),
        Some(given.to_string()),
        "the port given for 0 is kept"
    );

    let port = quiet_port();
    store
        .write(|tx| settings::set(tx, settings::FEEDS_PORT, &port.to_string()))
        .unwrap();
    let mut running = server::start_configured(store.clone()).await.unwrap().0;
    assert_eq!(running.addr.port(), port);
    for lan in ["1", "0", "1", "0"] {
        store
            .write(|tx| settings::set(tx, settings::FEEDS_LAN, lan))
            .unwrap();
        // Stopped and started again, as the app does when sharing is switched.
        running.stop().await;
        running = server::start_configured(store.clone()).await.unwrap().0;
        assert_eq!(running.addr.port(), port, "sharing {lan}: the port moved");
    }
    running.stop().await;

    let holder = std::net::TcpListener::bind(("127.0.0.1", 0)).unwrap();
    let taken = holder.local_addr().unwrap().port();
    store
        .write(|tx| settings::set(tx, settings::FEEDS_PORT, &taken.to_string()))
        .unwrap();
    let e = server::start_configured(store.clone()).await.err().unwrap();
    assert_eq!(e.code(), "serve.port_taken", "{e}");
    assert!(e.to_string().contains(&taken.to_string()), "{e}");
    assert_eq!(
        settings::get(&store.conn(), settings::FEEDS_PORT).unwrap(),
        Some(taken.to_string()),
        "the configured port is kept for when the other program is gone"
    );
}
