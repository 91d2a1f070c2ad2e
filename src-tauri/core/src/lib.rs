//! Homegroup's core: everything the desktop app and the `homegroup` CLI do, with no
//! knowledge of windows, terminals or Tauri. See ARCHITECTURE.md for the map.

pub mod conference;
pub mod error;
pub mod fellowship;
pub mod meetings;
pub mod schedule;
pub mod store;
pub mod venues;

pub use error::{Error, ErrorPayload, Result};
pub use store::Store;
