//! The one clock: "now" and "today" for every screen, command and stamp.
//!
//! Tests need a calendar that means the same on every day they run, so a test build
//! (debug assertions on, as `cargo build` and the black-box tests use) honours
//! `HOMEGROUP_NOW=2027-03-10T18:00:00Z`: the clock starts at that instant when the
//! program starts and runs on from there, so "published 3 min ago" still moves. A
//! release build ignores the variable: a shipped app always tells the real time.

use std::sync::OnceLock;
use std::time::Instant;

use chrono::{DateTime, Local, NaiveDate, Utc};

/// The variable a test build reads its starting instant from.
pub const NOW_VAR: &str = "HOMEGROUP_NOW";

struct Fixed {
    at: DateTime<Utc>,
    since: Instant,
}

fn fixed() -> Option<&'static Fixed> {
    static FIXED: OnceLock<Option<Fixed>> = OnceLock::new();
    FIXED
        .get_or_init(|| {
            if !cfg!(debug_assertions) {
                return None;
            }
            let text = std::env::var(NOW_VAR).ok()?;
            match DateTime::parse_from_rfc3339(text.trim()) {
                Ok(at) => Some(Fixed {
                    at: at.with_timezone(&Utc),
                    since: Instant::now(),
                }),
                Err(e) => {
                    tracing::warn!(%e, "{NOW_VAR} is not an RFC 3339 instant; using the real clock");
                    None
                }
            }
        })
        .as_ref()
}

/// The current instant.
pub fn now() -> DateTime<Utc> {
    match fixed() {
        Some(f) => f.at + chrono::Duration::from_std(f.since.elapsed()).unwrap_or_default(),
        None => Utc::now(),
    }
}

/// Today's date on this computer's clock (its time zone, as `TZ` sets it).
pub fn today() -> NaiveDate {
    now().with_timezone(&Local).date_naive()
}

/// The current instant as stored: UTC, RFC 3339, whole seconds.
pub fn now_utc() -> String {
    use std::cell::RefCell;
    // Formatted once a second: an import stamps tens of thousands of rows.
    thread_local! {
        static LAST: RefCell<(i64, String)> = const { RefCell::new((i64::MIN, String::new())) };
    }
    let now = now();
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if last.0 != now.timestamp() {
            *last = (
                now.timestamp(),
                now.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
            );
        }
        last.1.clone()
    })
}
