//! Meetings a resident attended elsewhere, verified by a group's signed slip or
//! self-reported.

#[allow(unused_imports)]
use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Verification {
    /// A signed slip from the group was checked.
    Slip,
    SelfReported,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct OutsideInput {
    pub member_id: i64,
    pub attended_on: NaiveDate,
    pub meeting_name: String,
    #[serde(default)]
    pub fellowship: Option<Fellowship>,
    /// A slip's code or token; empty for self-reported.
    #[serde(default)]
    pub slip: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Outside {
    pub id: i64,
    pub member_id: i64,
    pub attended_on: NaiveDate,
    pub meeting_name: String,
    pub fellowship: Option<Fellowship>,
    pub verification: Verification,
}

/// Logs a meeting attended elsewhere. With a slip, the slip must verify and name
/// this member and date; otherwise it is recorded as self-reported.
pub fn log_outside(conn: &Connection, input: &OutsideInput, today: NaiveDate) -> Result<Outside> {
    let member = members::get(conn, input.member_id)?;
    if input.attended_on > today {
        return Err(Error::invalid(
            crate::error::Code::OutsideFuture,
            "attended_on",
            "that date has not come yet",
        ));
    }
    let mut name = input.meeting_name.trim().to_owned();
    let slip = input.slip.trim();
    let (verification, code) = if slip.is_empty() {
        if name.is_empty() {
            return Err(Error::invalid(
                crate::error::Code::OutsideNameRequired,
                "meeting_name",
                "name the meeting attended",
            ));
        }
        (Verification::SelfReported, None)
    } else {
        let v = crate::night::slips::verify(conn, slip)?;
        if !v.nickname.eq_ignore_ascii_case(&member.nickname) {
            return Err(Error::invalid(
                crate::error::Code::OutsideSlipOtherMember,
                "slip",
                format!(
                    "this slip is for “{}”, not “{}”",
                    v.nickname, member.nickname
                ),
            ));
        }
        let day = input.attended_on.to_string();
        let Some(entry) = v.entries.iter().find(|e| e.occurrence.starts_with(&day)) else {
            return Err(Error::invalid(
                crate::error::Code::OutsideSlipOtherDate,
                "slip",
                format!("the slip does not list a meeting on {day}"),
            ));
        };
        if name.is_empty() {
            name = entry.meeting.clone();
        }
        (Verification::Slip, Some(v.code))
    };
    conn.execute(
        "INSERT INTO outside_attendance (member_id, attended_on, meeting_name, fellowship, verification, slip_code, recorded_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            input.member_id,
            input.attended_on.to_string(),
            name,
            input.fellowship.map(|f| f.key()),
            if verification == Verification::Slip { "slip" } else { "self_reported" },
            code,
            now_utc()
        ],
    )?;
    Ok(Outside {
        id: conn.last_insert_rowid(),
        member_id: input.member_id,
        attended_on: input.attended_on,
        meeting_name: name,
        fellowship: input.fellowship,
        verification,
    })
}

pub fn remove_outside(conn: &Connection, id: i64) -> Result<()> {
    if conn.execute("DELETE FROM outside_attendance WHERE id = ?1", [id])? == 0 {
        return Err(Error::not_found("outside meeting", id));
    }
    Ok(())
}
