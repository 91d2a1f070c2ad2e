//! The fellowships Homegroup knows, and how people attend a meeting.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Fellowship {
    /// Narcotics Anonymous.
    Na,
    /// SMART Recovery.
    Smart,
    /// Any other fellowship (AA, CA, Al-Anon…), described with Meeting Guide types.
    Other,
}

impl Fellowship {
    pub fn key(self) -> &'static str {
        match self {
            Fellowship::Na => "na",
            Fellowship::Smart => "smart",
            Fellowship::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        // The stored spelling first, without a copy: every read of the program parses
        // one per meeting.
        match s {
            "na" => return Ok(Fellowship::Na),
            "smart" => return Ok(Fellowship::Smart),
            "other" => return Ok(Fellowship::Other),
            _ => {}
        }
        match s.trim().to_ascii_lowercase().as_str() {
            "na" | "narcotics anonymous" => Ok(Fellowship::Na),
            "smart" | "smart recovery" => Ok(Fellowship::Smart),
            "other" => Ok(Fellowship::Other),
            other => Err(Error::invalid(
                crate::error::Code::MeetingInvalidFellowship,
                "fellowship",
                format!("'{other}' is not a fellowship Homegroup knows; use na, smart or other"),
            )),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Fellowship::Na => "Narcotics Anonymous",
            Fellowship::Smart => "SMART Recovery",
            Fellowship::Other => "Other fellowship",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AttendanceMode {
    InPerson,
    Online,
    Hybrid,
    /// By telephone only (no video link).
    Phone,
}

impl AttendanceMode {
    pub fn key(self) -> &'static str {
        match self {
            AttendanceMode::InPerson => "in_person",
            AttendanceMode::Online => "online",
            AttendanceMode::Hybrid => "hybrid",
            AttendanceMode::Phone => "phone",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        // The stored spelling first, without a copy (as for fellowships).
        match s {
            "in_person" => return Ok(AttendanceMode::InPerson),
            "online" => return Ok(AttendanceMode::Online),
            "hybrid" => return Ok(AttendanceMode::Hybrid),
            "phone" => return Ok(AttendanceMode::Phone),
            _ => {}
        }
        match s
            .trim()
            .to_ascii_lowercase()
            .replace(['-', ' '], "_")
            .as_str()
        {
            "in_person" => Ok(AttendanceMode::InPerson),
            "online" => Ok(AttendanceMode::Online),
            "hybrid" => Ok(AttendanceMode::Hybrid),
            "phone" | "phone_only" => Ok(AttendanceMode::Phone),
            other => Err(Error::invalid(
                crate::error::Code::MeetingInvalidMode,
                "mode",
                format!(
                    "'{other}' is not an attendance mode; use in_person, online, hybrid or phone"
                ),
            )),
        }
    }

    pub fn has_room(self) -> bool {
        matches!(self, AttendanceMode::InPerson | AttendanceMode::Hybrid)
    }

    pub fn is_remote(self) -> bool {
        !matches!(self, AttendanceMode::InPerson)
    }
}
