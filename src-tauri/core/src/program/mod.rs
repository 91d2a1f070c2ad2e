//! The program: what meets where and when. Venues, groups, meetings with their formats and
//! online access, the dates they move or close, the service roster, and the kept occurrences
//! the calendar, search and every export read.

pub mod calendar;
pub mod conference;
pub mod exceptions;
pub mod fellowship;
pub mod formats;
pub mod groups;
pub mod meetings;
pub mod occurrences;
pub mod resources;
pub mod roster;
pub mod search;
pub mod venues;
