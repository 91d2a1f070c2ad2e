//! What changes by itself while the window is open (an imported list refreshed, a
//! publish after an edit, a background sync, an import's progress), kept for the
//! window to ask for.
//!
//! The window waits for the next ones with one request at a time, a long poll over the
//! same channel as every command, rather than through Tauri's events: registering an
//! event listener makes Tauri run a script in the page, and WebKit starts a JavaScript
//! engine in the app's own process to read the script's answer: 3 MB of the idle app
//! (the engine's library pages, 5.4 MB mapped against 1.8 MB without it), for nothing
//! the app needed. The window also needs no permission to Tauri's events any more.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

use serde::Serialize;
use ts_rs::TS;

/// Something the window should know without having asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AppEvent {
    /// Imported lists whose refresh time came were imported again.
    SourcesRefreshed { ran: u32 },
    /// The program went to a publish target after a change.
    Published { target: i64 },
    /// A shared calendar was synced.
    Shared { link: i64 },
    /// How far the running import is: `done` of `total` meetings.
    ImportProgress { done: u32, total: u32 },
}

/// The events after the one the window had, and the number of the last one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct EventsSince {
    pub last: u64,
    pub events: Vec<AppEvent>,
}

/// Events kept for a window that was busy: more than any burst between two requests.
const KEPT: usize = 256;

/// The app's events, numbered from 1, the latest [`KEPT`] of them kept.
#[derive(Default)]
pub struct Events {
    kept: Mutex<(u64, VecDeque<(u64, AppEvent)>)>,
    arrived: tokio::sync::Notify,
}

impl Events {
    pub fn push(&self, event: AppEvent) {
        {
            let mut kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
            kept.0 += 1;
            let n = kept.0;
            // An import reports its progress many times a second; only the newest
            // matters to a progress bar.
            if matches!(event, AppEvent::ImportProgress { .. })
                && matches!(kept.1.back(), Some((_, AppEvent::ImportProgress { .. })))
            {
                kept.1.pop_back();
            }
            kept.1.push_back((n, event));
            if kept.1.len() > KEPT {
                kept.1.pop_front();
            }
        }
        self.arrived.notify_waiters();
    }

    /// The events after `after` (all still kept), at once. Without `after`, none: the
    /// window learns where the numbers are.
    pub fn since(&self, after: Option<u64>) -> EventsSince {
        let kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
        EventsSince {
            last: kept.0,
            events: match after {
                Some(a) => kept
                    .1
                    .iter()
                    .filter(|(n, _)| *n > a)
                    .map(|(_, e)| *e)
                    .collect(),
                None => vec![],
            },
        }
    }

    /// The events after `after`, waiting up to `at_most` for the first one. Answers at
    /// once without `after`, and when `after` is from before this process (a number
    /// above the last), so the window starts counting again.
    pub async fn next(&self, after: Option<u64>, at_most: Duration) -> EventsSince {
        let Some(a) = after else {
            return self.since(None);
        };
        let until = tokio::time::Instant::now() + at_most;
        loop {
            // Asked to be woken before looking, so an event pushed in between is not
            // missed.
            let arrived = self.arrived.notified();
            tokio::pin!(arrived);
            arrived.as_mut().enable();
            let now = self.since(Some(a));
            if !now.events.is_empty() || a > now.last {
                return now;
            }
            if tokio::time::timeout_at(until, arrived).await.is_err() {
                return self.since(Some(a));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_window_waits_for_the_next_events_and_misses_none() {
        let events = std::sync::Arc::new(Events::default());
        let start = events.next(None, Duration::from_secs(30)).await;
        assert_eq!(
            start,
            EventsSince {
                last: 0,
                events: vec![]
            }
        );

        // Nothing happens: the wait ends empty after its time.
        let quiet = events.next(Some(0), Duration::from_secs(30)).await;
        assert_eq!(quiet.events, vec![]);

        // An event while the window waits answers it.
        let waiting = {
            let events = events.clone();
            tokio::spawn(async move { events.next(Some(0), Duration::from_secs(30)).await })
        };
        tokio::time::sleep(Duration::from_secs(1)).await;
        events.push(AppEvent::Published { target: 3 });
        let got = waiting.await.unwrap();
        assert_eq!(got.last, 1);
        assert_eq!(got.events, vec![AppEvent::Published { target: 3 }]);

        // Events while the window was busy come together; an import's progress only
        // as its newest.
        events.push(AppEvent::ImportProgress { done: 1, total: 9 });
        events.push(AppEvent::ImportProgress { done: 5, total: 9 });
        events.push(AppEvent::Shared { link: 2 });
        let got = events.next(Some(1), Duration::from_secs(30)).await;
        assert_eq!(got.last, 4);
        assert_eq!(
            got.events,
            vec![
                AppEvent::ImportProgress { done: 5, total: 9 },
                AppEvent::Shared { link: 2 }
            ]
        );

        // A window that counted in an earlier run of the app starts again at once.
        let stale = events.next(Some(99), Duration::from_secs(30)).await;
        assert_eq!((stale.last, stale.events), (4, vec![]));

        // Only the latest are kept.
        for i in 0..(KEPT as i64 + 10) {
            events.push(AppEvent::Published { target: i });
        }
        let got = events.since(Some(0));
        assert_eq!(got.events.len(), KEPT);
        assert_eq!(
            got.events[KEPT - 1],
            AppEvent::Published {
                target: KEPT as i64 + 9
            }
        );
    }
}
