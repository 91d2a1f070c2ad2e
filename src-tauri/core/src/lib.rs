//! Homegroup's core: everything the desktop app and the `homegroup` CLI do, with no
//! knowledge of windows, terminals or Tauri. See ARCHITECTURE.md for the map.

pub mod about;
pub mod bindings;
pub mod clock;
mod digest;
pub mod error;
pub mod events;
pub mod export;
pub mod feeds;
pub mod houses;
pub mod i18n;
pub mod import;
pub mod logins;
pub mod night;
pub mod page;
pub mod pdf;
pub mod print;
pub mod program;
pub mod publish;
pub mod schedule;
pub mod secrets;
pub mod settings;
pub mod share;
pub mod slug;
pub mod store;

pub use error::{Code, Error, ErrorPayload, Result};
pub use store::Store;
