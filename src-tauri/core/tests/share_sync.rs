//! Several installations keeping one program through a real CalDAV calendar: Radicale
//! (with a login) and Xandikos, each started by the test. Every installation reaches
//! the server through `support::proxy`, a pass-through the test can make fail.
//!
//! Checked on both servers: joining, edits on each side converging (fields and a
//! year of occurrences), a no-change sync being one request, the same field changed
//! on both sides becoming one conflict that keeps both values, delete against edit
//! keeping the edit, offline edits; on Radicale also server failures (5xx, 507, a
//! login page, a silent server) changing nothing, kill -9 at 20 points of a sync, an
//! edit made by another CalDAV client (python caldav), and no member data on the server.

mod support;

use std::collections::BTreeMap;
use std::time::Duration;

use chrono::{NaiveDate, NaiveTime};
use homegroup_core::program::exceptions::{self, Exception, ExceptionKind};
use homegroup_core::program::fellowship::AttendanceMode;
use homegroup_core::program::meetings::{self, MeetingInput, VenueChoice};
use homegroup_core::program::occurrences::{self, MeetingFilter};
use homegroup_core::program::venues::VenueInput;
use homegroup_core::schedule::{Day, Recurrence};
use homegroup_core::share::{self, fields, Keep, LinkInput, Options, SyncReport};
use homegroup_core::{Code, Store};
use reqwest::{Client, Method, StatusCode};
use support::proxy::{Fault, Kill, Proxy};
use support::servers::{radicale, xandikos, Radicale, Xandikos};

enum Server {
    Radicale(#[allow(dead_code)] Radicale),
    Xandikos(#[allow(dead_code)] Xandikos),
}

/// A calendar collection on a real server, reached through a proxy.
struct Shared {
    _server: Server,
    proxy: Proxy,
    /// The calendar's address through the proxy.
    url: String,
    user: &'static str,
    password: &'static str,
}

async fn dav(c: &Client, method: &str, url: &str, user: &str, password: &str) -> StatusCode {
    let mut rb = c.request(Method::from_bytes(method.as_bytes()).unwrap(), url);
    if !user.is_empty() {
        rb = rb.basic_auth(user, Some(password));
    }
    rb.send().await.unwrap().status()
}

async fn on_radicale() -> Shared {
    let server = radicale();
    let c = Client::new();
    // Radicale makes the user's home itself (405 to MKCOL); the calendar is made here.
    let home = dav(
        &c,
        "MKCOL",
        &format!("{}/alice/", server.base),
        "alice",
        "s3cret",
    )
    .await;
    assert!(
        home.is_success() || home == StatusCode::METHOD_NOT_ALLOWED,
        "{home}"
    );
    let cal = dav(
        &c,
        "MKCALENDAR",
        &format!("{}/alice/program/", server.base),
        "alice",
        "s3cret",
    )
    .await;
    assert!(cal.is_success(), "{cal}");
    let proxy = Proxy::start(&server.base).await;
    Shared {
        url: format!("{}/alice/program/", proxy.base),
        proxy,
        _server: Server::Radicale(server),
        user: "alice",
        password: "s3cret",
    }
}

async fn on_xandikos() -> Shared {
    let server = xandikos();
    let proxy = Proxy::start(&server.base).await;
    Shared {
        url: format!("{}/user/calendars/calendar/", proxy.base),
        proxy,
        _server: Server::Xandikos(server),
        user: "",
        password: "",
    }
}

/// One installation: its own database, linked to the shared calendar.
struct Side {
    _dir: tempfile::TempDir,
    store: Store,
    link: i64,
}

fn side(shared: &Shared) -> Side {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("hg.sqlite3")).unwrap();
    // Encrypted, so the login is kept in the database (this machine has no keyring).
    store
        .set_passphrase(Some("a long test passphrase"), None)
        .unwrap();
    let link = share::link(
        &store,
        &LinkInput {
            url: shared.url.clone(),
            username: shared.user.into(),
            password: shared.password.into(),
            group_id: None,
            password_command: None,
        },
    )
    .unwrap()
    .id;
    Side {
        _dir: dir,
        store,
        link,
    }
}

fn opts() -> Options {
    Options {
        timeout: Duration::from_secs(5),
        password: None,
    }
}

async fn sync(s: &Side) -> SyncReport {
    share::sync(&s.store, s.link, &opts()).await.unwrap()
}

/// Every meeting's shared fields, by UID.
fn snapshot(s: &Side) -> BTreeMap<String, fields::Fields> {
    s.store
        .read(|conn| {
            let mut out = BTreeMap::new();
            for m in meetings::list(conn)? {
                out.insert(
                    m.uid.clone(),
                    fields::fields(&fields::of_meeting(conn, &m)?),
                );
            }
            Ok(out)
        })
        .unwrap()
}

/// A year of occurrences as JSON, without the two numbers that are this database's own
/// row ids (meeting and venue), and sorted by meeting UID and time.
fn year(s: &Side) -> String {
    let from = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let to = NaiveDate::from_ymd_opt(2027, 12, 31).unwrap();
    let (lo, hi) = occurrences::window_for_dates(from, to);
    s.store
        .read(|conn| {
            let uids: BTreeMap<i64, String> = meetings::list(conn)?
                .into_iter()
                .map(|m| (m.id, m.uid))
                .collect();
            let mut list: Vec<(String, String, serde_json::Value)> =
                occurrences::between(conn, lo, hi, &MeetingFilter::default())?
                    .into_iter()
                    .map(|o| {
                        let uid = uids[&o.meeting_id].clone();
                        let mut v = serde_json::to_value(&o).unwrap();
                        let obj = v.as_object_mut().unwrap();
                        obj.remove("meeting_id");
                        obj.remove("venue_id");
                        obj.insert("uid".into(), uid.clone().into());
                        (uid, o.key.clone(), v)
                    })
                    .collect();
            list.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
            Ok(
                serde_json::to_string_pretty(&list.into_iter().map(|x| x.2).collect::<Vec<_>>())
                    .unwrap(),
            )
        })
        .unwrap()
}

fn weekly(name: &str, day: Day) -> MeetingInput {
    let mut m = support::online_meeting(name, "https://meet.jit.si/hope-together");
    m.schedule.start_date = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
    m.schedule.recurrence = Recurrence::Weekly {
        interval: 1,
        days: vec![day],
    };
    m
}

/// Three meetings: in person in Spanish with a closure and changed dates, online, hybrid.
fn program(s: &Side) -> Vec<String> {
    s.store
        .write(|tx| {
            let mut a = weekly("Grupo Esperanza — martes", Day::TU);
            a.mode = AttendanceMode::InPerson;
            a.online = Default::default();
            a.venue = Some(VenueChoice::New {
                venue: VenueInput {
                    name: "Iglesia San José".into(),
                    address: "Calle Mayor 5, 2º".into(),
                    city: "Zaragoza".into(),
                    ..Default::default()
                },
            });
            a.notes = "Entrada lateral; café, té y galletas".into();
            a.language = "es".into();
            a.formats = vec!["O".into(), "B".into()];
            let a = meetings::create(tx, &a)?;
            exceptions::set(
                tx,
                a.id,
                &Exception {
                    occurrence: "2027-01-05T19:00".into(),
                    kind: ExceptionKind::Cancelled,
                    note: "Reyes".into(),
                    new_start: None,
                    new_duration: None,
                    new_venue_id: None,
                    new_video_url: None,
                },
            )?;
            exceptions::add_closure(
                tx,
                a.id,
                NaiveDate::from_ymd_opt(2027, 8, 1).unwrap(),
                NaiveDate::from_ymd_opt(2027, 8, 31).unwrap(),
                "Vacaciones",
            )?;
            let b = meetings::create(tx, &weekly("Online Thursday", Day::TH))?;
            let mut c = weekly("Hybrid Saturday", Day::SA);
            c.mode = AttendanceMode::Hybrid;
            c.venue = Some(VenueChoice::New {
                venue: VenueInput {
                    name: "Community Hall".into(),
                    address: "12 Elm St".into(),
                    city: "Springfield".into(),
                    ..Default::default()
                },
            });
            let c = meetings::create(tx, &c)?;
            Ok(vec![a.uid, b.uid, c.uid])
        })
        .unwrap()
}

fn edit(s: &Side, uid: &str, f: impl FnOnce(&mut MeetingInput)) {
    s.store
        .write(|tx| {
            let m = meetings::get_by_uid(tx, uid)?;
            let mut input = m.input();
            f(&mut input);
            meetings::update(tx, m.id, &input)
        })
        .unwrap();
}

fn get(s: &Side, uid: &str) -> meetings::Meeting {
    s.store.read(|c| meetings::get_by_uid(c, uid)).unwrap()
}

fn converged(a: &Side, b: &Side) {
    assert_eq!(snapshot(a), snapshot(b));
    assert_eq!(year(a), year(b));
}

async fn two_installations_keep_one_program(shared: Shared) {
    let a = side(&shared);
    let uids = program(&a);
    let r = sync(&a).await;
    assert_eq!((r.uploaded, r.created, r.conflicts), (3, 0, 0), "{r:?}");

    // Joining: a new trusted servant on a new machine gets the whole program.
    let b = side(&shared);
    let r = sync(&b).await;
    assert_eq!((r.created, r.uploaded, r.conflicts), (3, 0, 0), "{r:?}");
    converged(&a, &b);
    assert!(year(&a).contains("Vacaciones") || year(&a).contains("closed"));

    // Nothing changed anywhere: one request, nothing written.
    shared.proxy.take_log();
    let r = sync(&a).await;
    assert_eq!((r.uploaded, r.created, r.updated), (0, 0, 0), "{r:?}");
    assert_eq!(
        shared.proxy.take_log().len(),
        1,
        "a no-change sync is one request"
    );

    // Different meetings edited on each side.
    edit(&a, &uids[0], |m| {
        m.notes = "Nueva entrada por el patio".into()
    });
    edit(&b, &uids[1], |m| {
        m.online.url = "https://meet.jit.si/hope-moved".into()
    });
    b.store
        .write(|tx| {
            let m = meetings::get_by_uid(tx, &uids[2])?;
            exceptions::set(
                tx,
                m.id,
                &Exception {
                    occurrence: "2027-03-06T19:00".into(),
                    kind: ExceptionKind::Moved,
                    note: "Moved to Sunday".into(),
                    new_start: Some(
                        NaiveDate::from_ymd_opt(2027, 3, 7)
                            .unwrap()
                            .and_hms_opt(18, 0, 0)
                            .unwrap(),
                    ),
                    new_duration: None,
                    new_venue_id: None,
                    new_video_url: None,
                },
            )
        })
        .unwrap();
    sync(&a).await;
    sync(&b).await;
    sync(&a).await;
    converged(&a, &b);
    assert_eq!(get(&b, &uids[0]).notes, "Nueva entrada por el patio");
    assert_eq!(
        get(&a, &uids[1]).online.url,
        "https://meet.jit.si/hope-moved"
    );

    // The same field changed differently: one conflict, both values kept.
    edit(&a, &uids[1], |m| {
        m.schedule.start_time = NaiveTime::from_hms_opt(19, 30, 0).unwrap()
    });
    edit(&b, &uids[1], |m| {
        m.schedule.start_time = NaiveTime::from_hms_opt(20, 0, 0).unwrap();
        m.room = "not a conflict".into();
    });
    sync(&a).await;
    let r = sync(&b).await;
    assert_eq!(r.conflicts, 1, "{r:?}");
    let open = b.store.read(share::conflicts).unwrap();
    assert_eq!(open.len(), 1);
    let c = &open[0];
    assert_eq!(c.field, "start_time");
    assert_eq!(
        (c.base.as_deref(), c.mine.as_deref(), c.theirs.as_deref()),
        (Some("19:00"), Some("20:00"), Some("19:30"))
    );
    assert_eq!(c.meeting, "Online Thursday");
    // Nothing applied silently: each side still has its own value.
    assert_eq!(
        get(&b, &uids[1]).schedule.start_time.to_string(),
        "20:00:00"
    );
    let r = sync(&b).await;
    assert_eq!(r.conflicts, 1);
    sync(&a).await;
    assert_eq!(
        get(&a, &uids[1]).schedule.start_time.to_string(),
        "19:30:00"
    );
    // Theirs: B takes 19:30; then B's other change to that meeting goes up.
    b.store
        .write(|tx| share::resolve(tx, c.id, Keep::Theirs))
        .unwrap();
    assert_eq!(
        get(&b, &uids[1]).schedule.start_time.to_string(),
        "19:30:00"
    );
    let r = sync(&b).await;
    assert_eq!((r.conflicts, r.uploaded), (0, 1), "{r:?}");
    sync(&a).await;
    converged(&a, &b);
    assert_eq!(get(&a, &uids[1]).room, "not a conflict");

    // Mine: B's value wins and reaches A.
    edit(&a, &uids[2], |m| m.room = "Room A".into());
    edit(&b, &uids[2], |m| m.room = "Room B".into());
    sync(&a).await;
    assert_eq!(sync(&b).await.conflicts, 1);
    let id = b.store.read(share::conflicts).unwrap()[0].id;
    b.store
        .write(|tx| share::resolve(tx, id, Keep::Mine))
        .unwrap();
    sync(&b).await;
    sync(&a).await;
    assert_eq!(get(&a, &uids[2]).room, "Room B");
    converged(&a, &b);

    // Deleted on A, edited on B: the edit is kept, and comes back to A.
    a.store
        .write(|tx| meetings::delete(tx, get(&a, &uids[0]).id))
        .unwrap();
    edit(&b, &uids[0], |m| m.notes = "Still meeting!".into());
    assert_eq!(sync(&a).await.removed, 1);
    let r = sync(&b).await;
    assert_eq!(
        r.kept_edits,
        vec!["Grupo Esperanza — martes".to_string()],
        "{r:?}"
    );
    let r = sync(&a).await;
    assert_eq!(r.created, 1, "{r:?}");
    assert_eq!(get(&a, &uids[0]).notes, "Still meeting!");
    converged(&a, &b);

    // Edited on A, deleted on B (B had not synced): the edit is kept on B.
    edit(&a, &uids[1], |m| m.notes = "Edited on A".into());
    b.store
        .write(|tx| meetings::delete(tx, get(&b, &uids[1]).id))
        .unwrap();
    sync(&a).await;
    let r = sync(&b).await;
    assert_eq!(r.kept_edits, vec!["Online Thursday".to_string()], "{r:?}");
    assert_eq!(get(&b, &uids[1]).notes, "Edited on A");
    sync(&a).await;
    converged(&a, &b);

    // Offline: edits on both sides, a sync that cannot reach the server changes
    // nothing, and once it can, everything arrives.
    edit(&a, &uids[0], |m| m.name = "Grupo Esperanza (martes)".into());
    edit(&a, &uids[2], |m| m.formats = vec!["D".into()]);
    let b_new = b
        .store
        .write(|tx| meetings::create(tx, &weekly("Sunday Serenity", Day::SU)))
        .unwrap()
        .uid;
    let before = snapshot(&b);
    shared.proxy.fail(Some(Fault::Status(503)), None);
    let err = share::sync(&b.store, b.link, &opts()).await.unwrap_err();
    assert_eq!(err.kind(), Code::RemoteServerError, "{err}");
    assert_eq!(snapshot(&b), before);
    shared.proxy.fail(None, None);
    sync(&b).await;
    sync(&a).await;
    sync(&b).await;
    converged(&a, &b);
    assert_eq!(get(&a, &b_new).name, "Sunday Serenity");
    assert_eq!(get(&b, &uids[0]).name, "Grupo Esperanza (martes)");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_installations_keep_one_program_on_radicale() {
    two_installations_keep_one_program(on_radicale().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_installations_keep_one_program_on_xandikos() {
    two_installations_keep_one_program(on_xandikos().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_failures_change_nothing_and_the_next_sync_finishes() {
    let shared = on_radicale().await;
    let a = side(&shared);
    let b = side(&shared);
    let uids = program(&a);
    sync(&a).await;
    sync(&b).await;
    let faults: [(Fault, Option<&str>, Code); 6] = [
        (Fault::Status(500), None, Code::RemoteServerError),
        (Fault::Status(503), Some("PUT"), Code::RemoteServerError),
        (Fault::Status(507), Some("PUT"), Code::RemoteFull),
        (Fault::LoginPage, None, Code::RemoteLoginPage),
        (Fault::LoginPage, Some("PUT"), Code::RemoteLoginPage),
        (Fault::Silent, None, Code::RemoteTimeout),
    ];
    for (i, (fault, method, code)) in faults.into_iter().enumerate() {
        let note = format!("edit {i}");
        edit(&a, &uids[i % 3], |m| m.notes = note.clone());
        let before = snapshot(&a);
        shared.proxy.fail(Some(fault), method);
        let short = Options {
            timeout: Duration::from_secs(2),
            password: None,
        };
        let err = share::sync(&a.store, a.link, &short).await.unwrap_err();
        assert_eq!(err.kind(), code, "{fault:?} on {method:?}: {err}");
        assert_eq!(snapshot(&a), before, "{fault:?} changed the program");
        let link = a.store.read(|c| share::get_link(c, a.link)).unwrap();
        assert_eq!(link.last_error.unwrap().code.as_str(), code.as_str());
        shared.proxy.fail(None, None);
        let r = sync(&a).await;
        assert_eq!(r.uploaded, 1, "{fault:?}: {r:?}");
        sync(&b).await;
        assert_eq!(get(&b, &uids[i % 3]).notes, note);
    }
    converged(&a, &b);
}

/// The child side of the kill trials: one sync of the database it is given, run in a
/// process of its own so the parent can kill it at a chosen request.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "run by kill_9_at_twenty_points_of_a_sync_loses_nothing"]
async fn share_child_sync() {
    let Ok(db) = std::env::var("HOMEGROUP_SHARE_CHILD_DB") else {
        return;
    };
    let store =
        Store::open_with(std::path::Path::new(&db), Some("a long test passphrase")).unwrap();
    let link = store.read(share::links).unwrap()[0].id;
    // Starts when the parent says its kill point is set.
    let mut go = String::new();
    std::io::stdin().read_line(&mut go).unwrap();
    let _ = share::sync(&store, link, &opts()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_at_twenty_points_of_a_sync_loses_nothing() {
    let shared = on_radicale().await;
    let a = side(&shared);
    let b = side(&shared);
    let mut uids = program(&a);
    sync(&a).await;
    sync(&b).await;
    let db = a.store.path().to_owned();
    for trial in 1..=20u32 {
        // Work for the killed sync in both directions: changes from B to take in, and
        // changes of A's own (edits, a new meeting, now and then a deletion) to upload.
        // (B edits one it has: A's newest may not have reached it, its upload killed.)
        let on_b: Vec<String> = snapshot(&b).into_keys().collect();
        edit(&b, &on_b[(trial as usize) % on_b.len()], |m| {
            m.room = format!("B's room {trial}")
        });
        sync(&b).await;
        edit(&a, &uids[(trial as usize + 1) % uids.len()], |m| {
            m.notes = format!("A's note {trial}")
        });
        let new = a
            .store
            .write(|tx| meetings::create(tx, &weekly(&format!("New in trial {trial}"), Day::WE)))
            .unwrap();
        uids.push(new.uid);
        if trial % 5 == 0 {
            let gone = uids.remove(0);
            a.store
                .write(|tx| meetings::delete(tx, meetings::get_by_uid(tx, &gone)?.id))
                .unwrap();
        }

        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "share_child_sync",
                "--include-ignored",
                "--quiet",
            ])
            .env("HOMEGROUP_SHARE_CHILD_DB", &db)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Dies at the listing, the fetch, or one of the uploads; half the time after the
        // server has done what was asked (the reply is what is lost).
        shared.proxy.kill_at(Some(Kill {
            pid: child.id(),
            at: 1 + trial % 5,
            after_forwarding: trial % 2 == 0,
        }));
        {
            use std::io::Write;
            let mut stdin = child.stdin.take().unwrap();
            stdin.write_all(b"go\n").unwrap();
        }
        let status = tokio::task::spawn_blocking(move || child.wait().unwrap())
            .await
            .unwrap();
        shared.proxy.kill_at(None);
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(
            status.signal(),
            Some(9),
            "trial {trial}: the sync ended before its kill"
        );
        // The file is whole after every kill, as the next program to open it sees it.
        let check: String = Store::open_with(&db, Some("a long test passphrase"))
            .unwrap()
            .read(|c| Ok(c.query_row("PRAGMA integrity_check", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(check, "ok", "after trial {trial}");
    }
    // A clean sync on each side finishes the job: same program, nothing lost, and no
    // conflict was made of a reply that never came.
    let r = sync(&a).await;
    assert_eq!(
        r.conflicts,
        0,
        "{r:?} {:?}",
        a.store.read(share::conflicts).unwrap()
    );
    sync(&b).await;
    sync(&a).await;
    converged(&a, &b);
    assert_eq!(b.store.read(share::conflicts).unwrap(), vec![]);
    for (i, uid) in uids.iter().enumerate() {
        assert!(
            b.store
                .read(|c| meetings::find_by_uid(c, uid))
                .unwrap()
                .is_some(),
            "meeting {i} ({uid}) is missing on B"
        );
    }
    assert_eq!(get(&b, uids.last().unwrap()).name, "New in trial 20");
    // (A meeting A deleted while B's edit of it was on its way came back: delete
    // against edit keeps the edit. So A has at least every meeting it kept.)
    let on_a = snapshot(&a);
    assert!(uids.iter().all(|u| on_a.contains_key(u)));
}

fn python_caldav(args: &[&str]) {
    let out = std::process::Command::new("/usr/bin/python3")
        .arg("-c")
        .arg(THIRD_PARTY)
        .args(args)
        .output()
        .expect("python3-caldav is installed by scripts/install");
    assert!(
        out.status.success(),
        "python caldav failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Another CalDAV client (python caldav, as Debian ships it): renames one event and
/// adds a plain one of its own, with none of Homegroup's properties.
const THIRD_PARTY: &str = r#"
import sys, caldav
url, user, password, uid = sys.argv[1:5]
client = caldav.DAVClient(url=url, username=user or None, password=password or None)
cal = caldav.Calendar(client=client, url=url)
ev = cal.event_by_uid(uid)
ev.vobject_instance.vevent.summary.value = "Renamed in another app"
ev.save()
cal.save_event("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Other app//EN
BEGIN:VEVENT
UID:other-app-friday@example.org
DTSTAMP:20261201T120000Z
DTSTART;TZID=America/Chicago:20261204T180000
DTEND;TZID=America/Chicago:20261204T190000
RRULE:FREQ=WEEKLY;BYDAY=FR
SUMMARY:Friday Night Step Study
LOCATION:44 Oak Ave, Springfield
END:VEVENT
END:VCALENDAR
""")
"#;

async fn another_client_edits_the_calendar(shared: Shared) {
    let a = side(&shared);
    let uids = program(&a);
    sync(&a).await;
    let target = shared.url.replace(&shared.proxy.base, "");
    let _ = target;
    let url = shared.url.clone();
    let (user, password, uid) = (shared.user, shared.password, uids[1].clone());
    tokio::task::spawn_blocking(move || python_caldav(&[&url, user, password, &uid]))
        .await
        .unwrap();
    let before = snapshot(&a);
    let r = sync(&a).await;
    assert_eq!((r.updated, r.created, r.conflicts), (1, 1, 0), "{r:?}");
    let after = snapshot(&a);
    // Only the name changed on the renamed meeting; every other field survived the
    // other app's round trip.
    let mut expected = before[&uids[1]].clone();
    expected.insert("name".into(), "Renamed in another app".into());
    assert_eq!(after[&uids[1]], expected);
    let friday = get(&a, "other-app-friday@example.org");
    assert_eq!(friday.name, "Friday Night Step Study");
    assert_eq!(friday.schedule.start_time.to_string(), "18:00:00");
    // A second installation sees the same.
    let b = side(&shared);
    sync(&b).await;
    converged(&a, &b);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_client_edits_the_calendar_on_radicale() {
    another_client_edits_the_calendar(on_radicale().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_client_edits_the_calendar_on_xandikos() {
    another_client_edits_the_calendar(on_xandikos().await).await;
}

/// Every resource on the server, as any client of the calendar can read it.
async fn everything_on(shared: &Shared) -> Vec<(String, String)> {
    let c = Client::new();
    let auth = |rb: reqwest::RequestBuilder| {
        if shared.user.is_empty() {
            rb
        } else {
            rb.basic_auth(shared.user, Some(shared.password))
        }
    };
    let listing = auth(
        c.request(Method::from_bytes(b"PROPFIND").unwrap(), &shared.url)
            .header("Depth", "1"),
    )
    .send()
    .await
    .unwrap()
    .text()
    .await
    .unwrap();
    let mut out = vec![];
    for part in listing.split("href>").skip(1).step_by(2) {
        let href = part
            .trim_end_matches("</")
            .trim_end_matches('<')
            .trim_end_matches("</D:")
            .to_owned();
        let href = href.split('<').next().unwrap().to_owned();
        if href.ends_with('/') {
            continue;
        }
        let body = auth(c.get(format!("{}{href}", shared.proxy.base)))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        out.push((href, body));
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_member_data_reaches_the_shared_calendar() {
    use homegroup_core::night::members::{self, MemberInput};
    use homegroup_core::{houses, night::attendance, night::chips, night::slips};
    const PRIVATE: [&str; 8] = [
        "Zyxwnick",
        "Qqvbnick",
        "Xkcdnewbie",
        "Chairperson Vvqz",
        "Resident Jjkm",
        "887766",
        "SEKRETTOKEN",
        "tk=",
    ];
    for shared in [on_radicale().await, on_xandikos().await] {
        let a = side(&shared);
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        a.store
            .write(|tx| {
                let g = homegroup_core::program::groups::create(
                    tx,
                    &homegroup_core::program::groups::GroupInput {
                        fellowship: homegroup_core::program::fellowship::Fellowship::Na,
                        name: "Hope Group".into(),
                        offers_verification: true,
                        contact: String::new(),
                    },
                )?
                .id;
                let mut input = weekly("Tuesday Hope", Day::TU);
                input.group_id = Some(g);
                input.mode = AttendanceMode::Hybrid;
                input.venue = Some(VenueChoice::New {
                    venue: VenueInput {
                        name: "St. Anne's".into(),
                        address: "1 Main St".into(),
                        city: "Springfield".into(),
                        ..Default::default()
                    },
                });
                input.online.url = "https://zoom.us/j/85512345678?tk=SEKRETTOKEN".into();
                input.online.secret_params = "tk".into();
                input.online.passcode = "887766".into();
                input.facilitator = "Chairperson Vvqz".into();
                let m = meetings::create(tx, &input)?;
                let key = "2026-11-17T19:00";
                for nick in ["Zyxwnick Alpha", "Qqvbnick Beta"] {
                    let member = members::create(
                        tx,
                        &MemberInput {
                            nickname: nick.into(),
                            clean_date: NaiveDate::from_ymd_opt(2026, 8, 1),
                            group_id: Some(g),
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
                        g,
                        member.id,
                        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
                        today,
                        today,
                    )?;
                }
                attendance::add_newcomer(tx, m.id, key, "Xkcdnewbie", None, today)?;
                let h = houses::create(tx, "Serenity House", "")?;
                houses::add_resident(
                    tx,
                    h.id,
                    &houses::ResidentInput {
                        nickname: "Resident Jjkm".into(),
                        move_in: Some(today),
                        ..Default::default()
                    },
                    today,
                )?;
                Ok(())
            })
            .unwrap();
        program(&a);
        let r = sync(&a).await;
        assert_eq!(r.uploaded, 4, "{r:?}");
        let all = everything_on(&shared).await;
        assert_eq!(all.len(), 4);
        for (href, body) in &all {
            assert!(body.contains("X-HOMEGROUP-VERSION"), "{href}");
            for p in PRIVATE {
                assert!(!body.contains(p), "{href} carries {p}:\n{body}");
            }
        }
        // And the meeting itself arrives whole on another installation, with the
        // link as the group publishes it.
        let b = side(&shared);
        sync(&b).await;
        let m = b
            .store
            .read(|c| {
                let id = meetings::list(c)?
                    .into_iter()
                    .find(|m| m.name == "Tuesday Hope")
                    .unwrap()
                    .id;
                meetings::get(c, id)
            })
            .unwrap();
        assert_eq!(m.online.url, "https://zoom.us/j/85512345678");
        assert_eq!(
            (m.online.passcode.as_str(), m.facilitator.as_str()),
            ("", "")
        );
        assert_eq!(m.group_name.as_deref(), Some("Hope Group"));
    }
}

/// A server without RFC 6578 (refused here by the pass-through, as such a server
/// answers): changes are found by comparing every ETag, still in one request when
/// nothing changed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_sync_collection_etags_are_compared() {
    let shared = on_xandikos().await;
    shared.proxy.refuse_body(Some(("sync-collection", 501)));
    let a = side(&shared);
    let b = side(&shared);
    let uids = program(&a);
    assert_eq!(sync(&a).await.uploaded, 3);
    assert_eq!(sync(&b).await.created, 3);
    edit(&b, &uids[2], |m| m.room = "Upstairs".into());
    b.store
        .write(|tx| meetings::delete(tx, meetings::get_by_uid(tx, &uids[0])?.id))
        .unwrap();
    sync(&b).await;
    let r = sync(&a).await;
    assert_eq!((r.updated, r.deleted), (1, 1), "{r:?}");
    converged(&a, &b);
    shared.proxy.take_log();
    let r = sync(&a).await;
    assert_eq!((r.created, r.updated, r.uploaded), (0, 0, 0));
    let log = shared.proxy.take_log();
    assert_eq!(log.len(), 1, "{log:?}");
    assert_eq!(log[0].0, "PROPFIND");
}

/// A sync token the server no longer knows (RFC 6578: 403 valid-sync-token; Nextcloud
/// prunes old ones) starts the listing again from nothing, every time it happens.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forgotten_sync_token_starts_the_listing_again() {
    let shared = on_radicale().await;
    let a = side(&shared);
    let b = side(&shared);
    let uids = program(&a);
    sync(&a).await;
    sync(&b).await;
    // Radicale's tokens are addresses; an empty one (the first listing) is not refused.
    shared.proxy.refuse_body(Some(("sync-token>http", 403)));
    for room in ["Hall 1", "Hall 2"] {
        edit(&b, &uids[1], |m| m.room = room.into());
        sync(&b).await;
        let r = sync(&a).await;
        assert_eq!(r.updated, 1, "{r:?}");
        assert_eq!(get(&a, &uids[1]).room, room);
    }
    converged(&a, &b);
}

/// Privacy settings changed on one computer hide values from the shared calendar; the
/// values themselves stay on the other computers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn making_a_passcode_private_elsewhere_keeps_it_here() {
    let shared = on_xandikos().await;
    let a = side(&shared);
    let b = side(&shared);
    let uid = a
        .store
        .write(|tx| {
            let mut m = weekly("Zoom Tuesday", Day::TU);
            m.online.url = "https://zoom.us/j/123456789?uname=HOSTKEY".into();
            m.online.passcode = "Q9Z8X7".into();
            m.online.passcode_public = true;
            meetings::create(tx, &m)
        })
        .unwrap()
        .uid;
    sync(&a).await;
    sync(&b).await;
    assert_eq!(get(&b, &uid).online.passcode, "Q9Z8X7");
    edit(&b, &uid, |m| {
        m.online.passcode_public = false;
        // (Not `tk`: Zoom's registration token is a credential, never shared at all.)
        m.online.secret_params = "uname".into();
    });
    sync(&b).await;
    sync(&a).await;
    let on_a = get(&a, &uid);
    assert!(!on_a.online.passcode_public);
    assert_eq!(on_a.online.secret_params, "uname");
    assert_eq!(on_a.online.passcode, "Q9Z8X7", "the passcode stays on A");
    assert_eq!(on_a.online.url, "https://zoom.us/j/123456789?uname=HOSTKEY");
    // And nothing private is on the server now.
    for (href, body) in everything_on(&shared).await {
        assert!(
            !body.contains("Q9Z8X7") && !body.contains("HOSTKEY"),
            "{href}:\n{body}"
        );
    }
    converged(&a, &b);
}

/// A plain event another calendar app adds with no place and no link: brought in as a
/// meeting whose place is to be confirmed, named in the report and the status; saving
/// it with an address confirms it, and that goes up to the calendar.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_event_without_a_place_comes_in_to_be_confirmed() {
    let shared = on_radicale().await;
    let a = side(&shared);
    program(&a);
    sync(&a).await;
    let event = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other app//EN\r\nBEGIN:VEVENT\r\n\
        UID:no-place@example.org\r\nDTSTAMP:20261201T120000Z\r\n\
        DTSTART;TZID=America/Chicago:20261203T190000\r\nDTEND;TZID=America/Chicago:20261203T200000\r\n\
        RRULE:FREQ=WEEKLY;BYDAY=TH\r\nSUMMARY:Thursday Newcomers (place TBC)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let put = Client::new()
        .put(format!("{}no-place.ics", shared.url))
        .basic_auth(shared.user, Some(shared.password))
        .header("content-type", "text/calendar")
        .body(event)
        .send()
        .await
        .unwrap();
    assert!(put.status().is_success(), "{}", put.status());
    let r = sync(&a).await;
    assert_eq!(r.created, 1, "{r:?}");
    assert_eq!(
        r.to_confirm,
        vec!["Thursday Newcomers (place TBC)".to_string()],
        "{r:?}"
    );
    assert!(r.warnings.is_empty(), "not dropped with a warning: {r:?}");
    let m = get(&a, "no-place@example.org");
    assert!(m.place_to_confirm);
    let status = a.store.read(share::status).unwrap();
    assert_eq!(status.to_confirm.len(), 1);
    assert_eq!(status.to_confirm[0].name, m.name);
    // Saving it without a place is refused as any meeting's would be; with one, the
    // flag goes and the address travels to the others.
    let e = a
        .store
        .write(|tx| meetings::update(tx, m.id, &m.input()))
        .unwrap_err();
    // (With neither, it reads as online: it then needs a link.)
    assert_eq!(e.code(), "meeting.online_access_required");
    edit(&a, &m.uid, |i| {
        i.mode = AttendanceMode::InPerson;
        i.venue = Some(VenueChoice::New {
            venue: VenueInput {
                name: "Church basement".into(),
                address: "9 Chapel St".into(),
                city: "Springfield".into(),
                ..Default::default()
            },
        })
    });
    assert!(!get(&a, &m.uid).place_to_confirm);
    assert!(a.store.read(share::status).unwrap().to_confirm.is_empty());
    sync(&a).await;
    let b = side(&shared);
    sync(&b).await;
    let on_b = get(&b, &m.uid);
    assert!(!on_b.place_to_confirm);
    assert_eq!(on_b.venue.unwrap().details.address, "9 Chapel St");
    converged(&a, &b);
}
