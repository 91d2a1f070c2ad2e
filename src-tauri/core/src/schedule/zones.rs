//! IANA time zones: parsing user input and finding the computer's own zone.

use chrono_tz::Tz;

use crate::error::{Error, Result};

pub fn parse(name: &str) -> Result<Tz> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return Err(Error::invalid(
            crate::error::Code::ScheduleTimezoneMissing,
            "timezone",
            "choose a time zone, such as America/New_York",
        ));
    }
    trimmed.parse::<Tz>().map_err(|_| {
        Error::invalid(
            crate::error::Code::ScheduleInvalidTimezone,
            "timezone",
            format!("'{trimmed}' is not a known time zone; use an IANA name such as America/New_York or Europe/Madrid"),
        )
    })
}

/// The computer's zone, falling back to UTC when it cannot be determined. A `TZ`
/// variable naming an IANA zone wins, as it does for every other program on Unix.
pub fn system_default() -> String {
    std::env::var("TZ")
        .ok()
        .map(|z| z.trim_start_matches(':').to_owned())
        .filter(|z| z.parse::<Tz>().is_ok())
        .or_else(|| iana_time_zone::get_timezone().ok())
        .filter(|z| z.parse::<Tz>().is_ok())
        .unwrap_or_else(|| "UTC".to_owned())
}

/// Every zone name the tz database knows, for pickers.
pub fn all() -> Vec<&'static str> {
    chrono_tz::TZ_VARIANTS.iter().map(|z| z.name()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_zone_names_the_field() {
        let e = parse("Mars/Olympus_Mons").unwrap_err();
        assert_eq!(e.code(), "schedule.invalid_timezone");
        assert_eq!(e.field(), Some("timezone"));
        assert!(parse("America/New_York").is_ok());
        assert_eq!(parse("  ").unwrap_err().code(), "schedule.timezone_missing");
    }
}
