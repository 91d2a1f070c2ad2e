//! What the shell keeps between commands: the one store, opened at start-up.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use homegroup_core::feeds::server::Handle;
use homegroup_core::{store, ErrorPayload, Store};

pub struct AppState {
    pub db_path: Option<PathBuf>,
    /// The open store, or why it could not be opened (shown by the UI instead of a crash).
    store: Result<Arc<Store>, ErrorPayload>,
    /// The running feed server and whether it is shared with the local network.
    pub feed_server: tokio::sync::Mutex<Option<(Handle, bool)>>,
    /// Why the feed server is not running, when it is not.
    pub feed_server_error: Mutex<Option<ErrorPayload>>,
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
                AppState {
                    db_path: Some(path),
                    store,
                    feed_server: Default::default(),
                    feed_server_error: Default::default(),
                }
            }
            Err(e) => AppState {
                db_path: None,
                store: Err(e.payload()),
                feed_server: Default::default(),
                feed_server_error: Default::default(),
            },
        }
    }

    pub fn store(&self) -> Result<Arc<Store>, ErrorPayload> {
        self.store.clone()
    }

    /// (Re)starts the feed server as configured; failures are kept for the Feeds screen.
    pub async fn restart_feed_server(&self) {
        let mut slot = self.feed_server.lock().await;
        *slot = None;
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
        self.store.as_ref().err().cloned()
    }
}

/// Every five minutes, imports the sources whose refresh time has come. Failures are
/// kept in each source's run history by the core; the window is told to reload.
pub async fn refresh_sources_forever(app: tauri::AppHandle) {
    use tauri::{Emitter, Manager};
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(300));
    loop {
        tick.tick().await;
        let Ok(store) = app.state::<AppState>().store() else {
            return;
        };
        let zone = homegroup_core::schedule::zones::system_default();
        match homegroup_core::import::sources::refresh_due(store, &zone).await {
            Ok(done) if !done.is_empty() => {
                for (source, result) in &done {
                    if let Err(e) = result {
                        tracing::warn!(
                            source = source.id,
                            code = e.code(),
                            "scheduled refresh failed"
                        );
                    }
                }
                let _ = app.emit("sources-refreshed", done.len());
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(code = e.code(), "could not read import sources"),
        }
    }
}
