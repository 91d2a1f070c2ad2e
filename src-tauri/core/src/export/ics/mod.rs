//! iCalendar (RFC 5545) output: whole-program feeds and one resource per meeting for
//! CalDAV. `emit` writes lines straight out (and, in tests, through the `ical` crate's
//! components and emitter, which must agree byte for byte); `text` does the two things
//! that emitter gets wrong (TEXT escaping and octet folding); `vtimezone` writes the
//! zones no crate writes.

mod emit;
pub mod export;
pub mod text;
pub mod vtimezone;

#[cfg(test)]
mod tests;

use ical::property::Property;

pub(crate) fn prop(name: &str, value: impl Into<String>) -> Property {
    Property {
        name: name.to_owned(),
        params: None,
        value: Some(value.into()),
    }
}

#[cfg(test)]
pub(crate) fn prop_with(name: &str, params: &[(&str, &str)], value: impl Into<String>) -> Property {
    Property {
        name: name.to_owned(),
        params: Some(
            params
                .iter()
                .map(|(k, v)| ((*k).to_owned(), vec![text::param(v)]))
                .collect(),
        ),
        value: Some(value.into()),
    }
}
