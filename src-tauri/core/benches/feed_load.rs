//! The feed server under load on loopback: 1,000 concurrent calendar clients, each on
//! its own keep-alive connection from an address of its own in 127.0.0.0/8 (as phones
//! have theirs: the server allows 32 connections per address, so clients all on
//! 127.0.0.1 would measure its queue, not its speed), alternating a full download and
//! a revalidation (If-None-Match → 304). Prints errors, throughput and latency
//! percentiles, and exits 1 when any request failed.

// Measured with the allocator the shipped programs use.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveTime};
use homegroup_core::program::fellowship::{AttendanceMode, Fellowship};
use homegroup_core::program::meetings::{self, MeetingInput, MeetingStatus, OnlineAccess};
use homegroup_core::schedule::{Day, Recurrence, Schedule};
use homegroup_core::{feeds, Store};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

const CLIENTS: usize = 1_000;
const REQUESTS_EACH: usize = 10;

fn meeting(i: usize) -> MeetingInput {
    MeetingInput {
        fellowship: Fellowship::Na,
        group_id: None,
        name: format!("Meeting {i}"),
        mode: AttendanceMode::Online,
        venue: None,
        room: String::new(),
        online: OnlineAccess {
            url: format!("https://zoom.us/j/{}", 1_000_000 + i),
            ..Default::default()
        },
        formats: vec!["O".into()],
        schedule: Schedule {
            start_date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            start_time: NaiveTime::from_hms_opt(7 + (i % 14) as u32, 0, 0).unwrap(),
            duration_minutes: 60,
            timezone: "America/New_York".into(),
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

/// One response: status and ETag; the body is read and dropped.
async fn exchange(
    w: &mut tokio::net::tcp::OwnedWriteHalf,
    r: &mut BufReader<tokio::net::tcp::OwnedReadHalf>,
    request: &[u8],
) -> std::io::Result<(u16, Option<String>)> {
    w.write_all(request).await?;
    let mut line = String::new();
    r.read_line(&mut line).await?;
    let status: u16 = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut length = 0usize;
    let mut etag = None;
    loop {
        line.clear();
        r.read_line(&mut line).await?;
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        let lower = l.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        } else if lower.starts_with("etag:") {
            etag = Some(l[5..].trim().to_owned());
        }
    }
    let mut body = vec![0u8; length];
    r.read_exact(&mut body).await?;
    Ok((status, etag))
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open(&dir.path().join("load.sqlite3")).unwrap());
    let feed = store
        .write(|tx| {
            for i in 0..200 {
                meetings::create(tx, &meeting(i))?;
            }
            feeds::ensure_default(tx)
        })
        .unwrap();
    let listener = feeds::server::bind("127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let s = store.clone();
    tokio::spawn(async move {
        feeds::server::serve(listener, s, std::future::pending())
            .await
            .unwrap()
    });
    let path = format!("/feeds/{}.ics", feed.token);

    let started = Instant::now();
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|i| {
            let path = path.clone();
            tokio::spawn(async move {
                let mut latencies = Vec::with_capacity(REQUESTS_EACH);
                let mut errors = 0usize;
                // 127.1.x.y: the whole 127/8 is loopback on Linux, no set-up needed.
                let from = std::net::Ipv4Addr::new(127, 1, (i / 250) as u8, (i % 250 + 1) as u8);
                let connect = async {
                    let socket = tokio::net::TcpSocket::new_v4()?;
                    socket.bind((from, 0).into())?;
                    socket.connect(addr).await
                };
                let stream = match connect.await {
                    Ok(s) => s,
                    Err(_) => return (latencies, REQUESTS_EACH),
                };
                let (rh, mut w) = stream.into_split();
                let mut r = BufReader::new(rh);
                let mut etag: Option<String> = None;
                for k in 0..REQUESTS_EACH {
                    let request = match (&etag, k % 2) {
                        (Some(tag), 1) => format!(
                            "GET {path} HTTP/1.1\r\nHost: load\r\nIf-None-Match: {tag}\r\n\r\n"
                        ),
                        _ => format!("GET {path} HTTP/1.1\r\nHost: load\r\n\r\n"),
                    };
                    let t = Instant::now();
                    match tokio::time::timeout(
                        Duration::from_secs(30),
                        exchange(&mut w, &mut r, request.as_bytes()),
                    )
                    .await
                    {
                        Ok(Ok((200, tag))) => {
                            etag = tag;
                            latencies.push(t.elapsed());
                        }
                        Ok(Ok((304, _))) => latencies.push(t.elapsed()),
                        _ => {
                            errors += 1;
                            break;
                        }
                    }
                }
                (latencies, errors)
            })
        })
        .collect();
    let mut all = vec![];
    let mut errors = 0;
    for t in tasks {
        let (l, e) = t.await.unwrap();
        all.extend(l);
        errors += e;
    }
    let elapsed = started.elapsed();
    all.sort();
    if all.is_empty() {
        println!("!! no request of {CLIENTS} clients got an answer");
        std::process::exit(1);
    }
    let pct =
        |p: f64| all[((all.len() as f64 * p) as usize).min(all.len() - 1)].as_secs_f64() * 1000.0;
    println!("{CLIENTS} concurrent clients, each from its own loopback address, × {REQUESTS_EACH} requests (200 and 304 alternating), 200 meetings in the feed");
    println!(
        "  completed {} requests, {errors} errors, in {:.2} s: {:.0} requests/s",
        all.len(),
        elapsed.as_secs_f64(),
        all.len() as f64 / elapsed.as_secs_f64()
    );
    println!(
        "  latency ms: p50 {:.1}, p95 {:.1}, p99 {:.1}, max {:.1}",
        pct(0.50),
        pct(0.95),
        pct(0.99),
        pct(1.0)
    );
    if errors > 0 {
        println!("  !! {errors} requests failed: these figures do not count (goal: 0 errors)");
        std::process::exit(1);
    }
}
