//! Homegroup's core: everything the desktop app and the `homegroup` CLI do, with no
//! knowledge of windows, terminals or Tauri. See ARCHITECTURE.md for the map.

pub mod about;
pub mod bindings;
pub mod calendar;
pub mod chips;
pub mod clock;
pub mod conference;
mod digest;
pub mod error;
pub mod exceptions;
pub mod feeds;
pub mod fellowship;
pub mod formats;
pub mod groups;
pub mod houses;
pub mod i18n;
pub mod ics;
pub mod import;
pub mod logins;
pub mod meeting_guide;
pub mod meetings;
pub mod members;
pub mod night;
pub mod occurrences;
pub mod page;
pub mod pdf;
pub mod publish;
pub mod roster;
pub mod schedule;
pub mod search;
pub mod secrets;
pub mod settings;
pub mod share;
pub mod slips;
pub mod slug;
pub mod store;
pub mod venues;

pub use error::{Code, Error, ErrorPayload, Result};
pub use store::Store;
