//! The TypeScript types the front end imports, generated from the Rust types so the
//! two cannot drift. `bindings_are_fresh` fails when ui/src/lib/bindings.ts is stale;
//! `UPDATE_BINDINGS=1 cargo test -p homegroup-core bindings` rewrites it.

use ts_rs::{Config, TS};

macro_rules! declare {
    ($cfg:expr, $($t:ty),* $(,)?) => {{
        let mut out = Vec::new();
        $( out.push(format!("export {}", <$t as TS>::decl($cfg))); )*
        out
    }};
}

pub fn typescript() -> String {
    // Row ids and counts fit comfortably in a JS number.
    let cfg = Config::new().with_large_int("number");
    let decls = declare!(
        &cfg,
        crate::about::AppInfo,
        crate::error::ErrorPayload,
        crate::fellowship::Fellowship,
        crate::fellowship::AttendanceMode,
        crate::schedule::Day,
        crate::schedule::Recurrence,
        crate::schedule::Schedule,
        crate::venues::Venue,
        crate::venues::VenueInput,
        crate::meetings::MeetingStatus,
        crate::meetings::OnlineAccess,
        crate::meetings::VenueChoice,
        crate::meetings::MeetingInput,
        crate::meetings::Meeting,
        crate::conference::Platform,
        crate::conference::ConferencePreview,
        crate::formats::Format,
        crate::groups::Group,
        crate::groups::GroupInput,
        crate::exceptions::ExceptionKind,
        crate::exceptions::Exception,
        crate::exceptions::Closure,
        crate::occurrences::OccurrenceStatus,
        crate::occurrences::Occurrence,
        crate::occurrences::MeetingFilter,
        crate::occurrences::ConflictReason,
        crate::occurrences::ConflictSide,
        crate::occurrences::Conflict,
        crate::calendar::CalendarQuery,
        crate::calendar::CalendarEntry,
        crate::calendar::CalendarView,
        crate::calendar::DayCount,
        crate::roster::Role,
        crate::feeds::FeedScope,
        crate::feeds::Feed,
        crate::feeds::FeedInput,
        crate::feeds::FeedLinks,
        crate::feeds::Overview,
        crate::publish::Target,
        crate::publish::TargetKind,
        crate::publish::TargetInput,
        crate::publish::PublishReport,
        crate::share::Link,
        crate::share::LinkInput,
        crate::share::SyncReport,
        crate::share::OpenConflict,
        crate::share::PlaceToConfirm,
        crate::share::Keep,
        crate::share::ShareStatus,
        crate::import::ImportReport,
        crate::import::ImportFormat,
        crate::import::ImportRequest,
        crate::import::Progress,
        crate::import::sources::Source,
        crate::import::sources::Run,
        crate::members::Member,
        crate::members::MemberQuery,
        crate::members::MemberPage,
        crate::members::Name,
        crate::members::MemberInput,
        crate::chips::Unit,
        crate::chips::Milestone,
        crate::chips::MilestoneInput,
        crate::chips::Scheme,
        crate::chips::Due,
        crate::chips::Award,
        crate::chips::Stock,
        crate::chips::Birthday,
        crate::night::CheckIn,
        crate::night::Night,
        crate::night::CountsInput,
        crate::night::ReportRow,
        crate::night::WeekPoint,
        crate::houses::RuleKind,
        crate::houses::RuleInput,
        crate::houses::Rule,
        crate::houses::House,
        crate::houses::Resident,
        crate::houses::ResidentInput,
        crate::houses::Verification,
        crate::houses::OutsideInput,
        crate::houses::Outside,
        crate::houses::State,
        crate::houses::RuleStatus,
        crate::houses::ResidentStatus,
        crate::houses::WeekCount,
        crate::houses::ReportLine,
        crate::slips::Entry,
        crate::slips::Slip,
        crate::slips::Issued,
        crate::store::backup::BackupFile,
        crate::store::OldBackups,
        crate::error::Code,
        crate::search::MeetingQuery,
        crate::search::MeetingPage,
        crate::meeting_guide::MeetingGuideExport,
    );
    let mut s = String::from(
        "// Generated from the Rust types in src-tauri/core by `UPDATE_BINDINGS=1 cargo test -p homegroup-core bindings`.\n// Do not edit by hand.\n\n",
    );
    for d in decls {
        s.push_str(&d);
        s.push_str("\n\n");
    }
    s.truncate(s.trim_end().len());
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    #[test]
    fn bindings_are_fresh() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings.ts");
        let expected = super::typescript();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &expected).unwrap();
            return;
        }
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            actual == expected,
            "ui/src/lib/bindings.ts is stale: run `UPDATE_BINDINGS=1 cargo test -p homegroup-core bindings` and commit it"
        );
    }
}
