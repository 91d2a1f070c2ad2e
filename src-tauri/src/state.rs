//! What the shell keeps between commands: the one store, opened at start-up.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use homegroup_core::events::{AppEvent, Events};
use homegroup_core::feeds::server::Handle;
use homegroup_core::{store, ErrorPayload, Store};

/// Passwords an older version left in plain text go to the keyring before anything else.
fn secure(store: &Store) {
    if let Err(e) = homegroup_core::logins::secure_passwords(store) {
        tracing::warn!(
            code = e.code(),
            "plain-text publish passwords were not moved"
        );
    }
}

pub struct AppState {
    pub db_path: Option<PathBuf>,
    /// The open store, or why it could not be opened (shown by the UI instead of a crash;
    /// an encrypted database waits here for its passphrase).
    store: std::sync::RwLock<Result<Arc<Store>, ErrorPayload>>,
    /// The running feed server and whether it is shared with the local network.
    pub feed_server: tokio::sync::Mutex<Option<(Handle, bool)>>,
    /// Why the feed server is not running, when it is not.
    pub feed_server_error: Mutex<Option<ErrorPayload>>,
    /// What changed by itself, for the window to ask for (`next_events`).
    pub events: Arc<Events>,
}

impl AppState {
    /// Opens the database named by HOMEGROUP_DB, else the one in the data directory.
    pub fn open_default() -> Self {
        match store::paths::resolve(None) {
            Ok(path) => {
                let store = Store::open(&path).map(Arc::new).map_err(|e| {
                    tracing::error!(code = e.code(), "database did not open");
                    e.payload()
                });
                if let Ok(store) = &store {
                    secure(store);
                }
                AppState {
                    db_path: Some(path),
                    store: std::sync::RwLock::new(store),
                    feed_server: Default::default(),
                    feed_server_error: Default::default(),
                    events: Default::default(),
                }
            }
            Err(e) => AppState {
                db_path: None,
                store: std::sync::RwLock::new(Err(e.payload())),
                feed_server: Default::default(),
                feed_server_error: Default::default(),
                events: Default::default(),
            },
        }
    }

    pub fn store(&self) -> Result<Arc<Store>, ErrorPayload> {
        self.store.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Opens the encrypted database with `passphrase`; a wrong one changes nothing.
    pub fn unlock(&self, passphrase: &str) -> Result<(), ErrorPayload> {
        let path = self
            .db_path
            .clone()
            .ok_or_else(|| homegroup_core::Error::NoDataDir.payload())?;
        let store = Store::open_with(&path, Some(passphrase)).map_err(|e| e.payload())?;
        secure(&store);
        *self.store.write().unwrap_or_else(|p| p.into_inner()) = Ok(Arc::new(store));
        Ok(())
    }

    /// (Re)starts the feed server as configured; failures are kept for the Feeds screen.
    pub async fn restart_feed_server(&self) {
        let mut slot = self.feed_server.lock().await;
        // The old listener is closed before the same port is bound again.
        if let Some((old, _)) = slot.take() {
            old.stop().await;
        }
        let result = match self.store() {
            Ok(store) => homegroup_core::feeds::server::start_configured(store)
                .await
                .map_err(|e| e.payload()),
            Err(e) => Err(e),
        };
        let error = match result {
            Ok(running) => {
                *slot = Some(running);
                None
            }
            Err(e) => {
                tracing::warn!(code = %e.code, "feed server did not start");
                Some(e)
            }
        };
        *self.feed_server_error.lock().expect("not poisoned") = error;
    }

    pub fn open_error(&self) -> Option<ErrorPayload> {
        self.store
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .err()
            .cloned()
    }
}

/// Every five minutes, imports the sources whose refresh time has come (the loop is
/// the core's); the window is told to reload when any ran.
pub async fn refresh_sources_forever(app: tauri::AppHandle) {
    use tauri::Manager;
    let store = {
        let app = app.clone();
        move || app.state::<AppState>().store().ok()
    };
    homegroup_core::import::sources::refresh_forever(
        homegroup_core::import::sources::LOOK_EVERY,
        store,
        homegroup_core::schedule::zones::system_default,
        |ran| {
            app.state::<AppState>()
                .events
                .push(AppEvent::SourcesRefreshed {
                    ran: ran.len() as u32,
                });
        },
    )
    .await;
}

/// Publishes again after the program changes, so members' calendars follow while the
/// app is open (the core decides what is due and backs off after failures).
pub async fn publish_when_changed(app: tauri::AppHandle) {
    use tauri::Manager;
    let store = {
        let app = app.clone();
        move || app.state::<AppState>().store().ok()
    };
    homegroup_core::publish::publish_forever(
        homegroup_core::publish::LOOK_EVERY,
        store,
        |target, _| {
            app.state::<AppState>()
                .events
                .push(AppEvent::Published { target: target.id });
        },
    )
    .await;
}

/// Syncs the shared calendars shortly after each edit and every few minutes while the
/// app runs; the window hears of each sync and refreshes.
pub async fn share_when_changed(app: tauri::AppHandle) {
    use tauri::Manager;
    let store = {
        let app = app.clone();
        move || app.state::<AppState>().store().ok()
    };
    homegroup_core::share::sync_forever(
        homegroup_core::share::LOOK_EVERY,
        homegroup_core::share::EVERY,
        store,
        |link, _| {
            app.state::<AppState>()
                .events
                .push(AppEvent::Shared { link });
        },
    )
    .await;
}

/// Once a day while the app runs (and at start), a backup into the rotating folder.
pub async fn backup_daily(app: tauri::AppHandle) {
    use tauri::Manager;
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        tick.tick().await;
        let Ok(store) = app.state::<AppState>().store() else {
            continue;
        };
        let made = tokio::task::spawn_blocking(move || {
            store.backup_if_due(std::time::Duration::from_secs(24 * 3600))
        })
        .await;
        match made {
            Ok(Ok(Some(b))) => tracing::info!(bytes = b.bytes, "daily backup made"),
            Ok(Ok(None)) => {}
            Ok(Err(e)) => tracing::warn!(code = e.code(), "daily backup failed"),
            Err(_) => tracing::warn!("daily backup stopped"),
        }
    }
}
