//! What the shell keeps between commands: the one store, opened at start-up.

use std::path::PathBuf;
use std::sync::Arc;

use homegroup_core::{store, ErrorPayload, Store};

pub struct AppState {
    pub db_path: Option<PathBuf>,
    /// The open store, or why it could not be opened (shown by the UI instead of a crash).
    store: Result<Arc<Store>, ErrorPayload>,
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
                }
            }
            Err(e) => AppState {
                db_path: None,
                store: Err(e.payload()),
            },
        }
    }

    pub fn store(&self) -> Result<Arc<Store>, ErrorPayload> {
        self.store.clone()
    }

    pub fn open_error(&self) -> Option<ErrorPayload> {
        self.store.as_ref().err().cloned()
    }
}
