//! What the integration tests share: an online meeting to start from, which each test
//! then shapes (its zone, days, fellowship, link) to what it checks.

#![allow(dead_code)]

pub mod proxy;
pub mod servers;

use chrono::{NaiveDate, NaiveTime};
use homegroup_core::program::fellowship::{AttendanceMode, Fellowship};
use homegroup_core::program::meetings::{MeetingInput, MeetingStatus, OnlineAccess};
use homegroup_core::schedule::{Day, Recurrence, Schedule};

/// `name`, online at `url`, every Monday at 19:00 in Chicago from 2026-11-02, NA.
pub fn online_meeting(name: &str, url: &str) -> MeetingInput {
    MeetingInput {
        fellowship: Fellowship::Na,
        group_id: None,
        name: name.into(),
        mode: AttendanceMode::Online,
        venue: None,
        room: String::new(),
        online: OnlineAccess {
            url: url.into(),
            ..Default::default()
        },
        formats: vec![],
        schedule: Schedule {
            start_date: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            start_time: NaiveTime::from_hms_opt(19, 0, 0).unwrap(),
            duration_minutes: 60,
            timezone: "America/Chicago".into(),
            recurrence: Recurrence::Weekly {
                interval: 1,
                days: vec![Day::MO],
            },
            end_date: None,
        },
        status: MeetingStatus::Active,
        notes: String::new(),
        language: String::new(),
        offers_verification: false,
        facilitator: String::new(),
    }
}
