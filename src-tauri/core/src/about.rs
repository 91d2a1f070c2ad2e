//! What the app reports about itself and its database.

use serde::Serialize;
use ts_rs::TS;

use crate::error::ErrorPayload;

#[derive(Debug, Clone, Serialize, TS)]
pub struct AppInfo {
    pub version: String,
    /// Path of the database file, when one could be resolved.
    pub database: Option<String>,
    pub schema_version: i64,
    /// The computer's IANA zone, the default for new meetings.
    pub default_timezone: String,
    /// Why the database could not be opened; the UI shows this instead of its screens
    /// (or, for an encrypted database, asks for the passphrase).
    pub open_error: Option<ErrorPayload>,
    /// The database file is encrypted with a passphrase.
    pub encrypted: bool,
    /// The app's clock (RFC 3339, UTC): the page counts "today" from it, so a test
    /// build's `HOMEGROUP_NOW` reaches the calendar and meeting night too.
    pub now: String,
}

impl AppInfo {
    pub fn new(database: Option<&std::path::Path>, open_error: Option<ErrorPayload>) -> Self {
        AppInfo {
            version: env!("CARGO_PKG_VERSION").into(),
            database: database.map(|p| p.display().to_string()),
            schema_version: crate::store::SCHEMA_VERSION,
            default_timezone: crate::schedule::zones::system_default(),
            encrypted: database.is_some_and(crate::store::Store::is_encrypted),
            open_error,
            now: crate::clock::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        }
    }
}
