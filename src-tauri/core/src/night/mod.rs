//! Meeting night: who came. Members by nickname, check-ins and head counts, chips and
//! keytags handed out, and the attendance slips a group signs for a member.

pub mod attendance;
pub mod chips;
pub mod members;
pub mod slips;
