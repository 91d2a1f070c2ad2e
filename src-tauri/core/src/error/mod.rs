//! The one error type of `homegroup-core`. Every variant is something a user can act
//! on; `code()` is stable so the UI can place a message next to the right field and
//! tests can match on it.

mod code;

use std::path::PathBuf;

pub use code::{message_id, Code};

use serde::Serialize;
use ts_rs::TS;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule; nothing was written.
    #[error("{message}")]
    Invalid {
        code: Code,
        field: &'static str,
        message: String,
    },

    #[error("{what} {id} does not exist (it may have been deleted)")]
    NotFound { what: &'static str, id: String },

    #[error(
        "the database {path} was written by a newer Homegroup (schema version {found}; this version knows up to {supported}). \
         It was not opened or changed: install the newer Homegroup to use it"
    )]
    DatabaseTooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error("{path} is not a Homegroup database, or it is encrypted and needs its passphrase")]
    NotADatabase { path: PathBuf },

    #[error("the database {path} is encrypted: enter its passphrase to open it (if it is not a Homegroup database, choose another file)")]
    PassphraseRequired { path: PathBuf },

    #[error("that passphrase does not open {path}; the file was not changed. Check for Caps Lock and try again")]
    WrongPassphrase { path: PathBuf },

    /// The write lock did not come within the busy timeout; `holders` names the
    /// programs that have the file open ("homegroup import (process 4242)").
    #[error("the database {path} is busy: {holders} kept it locked for writing for over 10 seconds; try again when it has finished")]
    DatabaseBusy { path: PathBuf, holders: String },

    /// A rewrite of the whole file (passphrase, restore) needs the database alone.
    #[error("{holders} has the database {path} open; close it (or stop `homegroup serve`) and try again. Nothing was changed")]
    DatabaseInUse { path: PathBuf, holders: String },

    #[error("cannot use {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },

    /// Another server (a CalDAV collection, a meeting-list feed) could not be used.
    /// `code` says what to do: `remote.auth` (check the user name and password),
    /// `remote.network` (check the address and the connection), `remote.not_found`,
    /// `remote.refused`, `remote.bad_response`.
    #[error("{message}")]
    Remote { code: Code, message: String },

    #[error("no data directory is known for this user; pass --db PATH or set HOMEGROUP_DB")]
    NoDataDir,

    #[error("database error: {0}")]
    Storage(#[from] rusqlite::Error),

    /// Bringing the schema up to date failed; the file was left at its old version.
    #[error("the database {path} could not be brought up to date (step {step}: {cause}); it was left as it was")]
    Migration {
        path: PathBuf,
        step: i64,
        cause: String,
    },
}

impl Error {
    pub fn invalid(code: Code, field: &'static str, message: impl Into<String>) -> Self {
        Error::Invalid {
            code,
            field,
            message: message.into(),
        }
    }

    pub fn remote(code: Code, message: impl Into<String>) -> Self {
        Error::Remote {
            code,
            message: message.into(),
        }
    }

    pub fn not_found(what: &'static str, id: impl ToString) -> Self {
        Error::NotFound {
            what,
            id: id.to_string(),
        }
    }

    /// What kind of error this is, from the closed set of [`Code`]s.
    pub fn kind(&self) -> Code {
        match self {
            Error::Invalid { code, .. } => *code,
            Error::NotFound { .. } => Code::NotFound,
            Error::DatabaseTooNew { .. } => Code::DatabaseTooNew,
            Error::NotADatabase { .. } => Code::DatabaseNotADatabase,
            Error::DatabaseBusy { .. } => Code::DatabaseBusy,
            Error::DatabaseInUse { .. } => Code::DatabaseInUse,
            Error::PassphraseRequired { .. } => Code::DatabasePassphraseRequired,
            Error::WrongPassphrase { .. } => Code::DatabaseWrongPassphrase,
            Error::Io { .. } => Code::Io,
            Error::Remote { code, .. } => *code,
            Error::NoDataDir => Code::DatabaseNoDataDir,
            Error::Storage(_) => Code::DatabaseError,
            Error::Migration { .. } => Code::DatabaseMigration,
        }
    }

    /// The stable, dotted code such as `meeting.invalid_timezone`.
    pub fn code(&self) -> &'static str {
        self.kind().as_str()
    }

    /// The form field the message belongs beside, when there is one.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Error::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }

    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.kind(),
            message: self.to_string(),
            field: self.field().map(str::to_owned),
        }
    }
}

/// What the desktop shell sends to the front end for any failed command.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ErrorPayload {
    pub code: Code,
    pub message: String,
    pub field: Option<String>,
}
