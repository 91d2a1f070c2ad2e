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
        crate::program::fellowship::Fellowship,
        crate::program::fellowship::AttendanceMode,
        crate::schedule::Day,
        crate::schedule::Recurrence,
        crate::schedule::Schedule,
        crate::program::venues::Venue,
        crate::program::venues::VenueInput,
        crate::program::meetings::MeetingStatus,
        crate::program::meetings::OnlineAccess,
        crate::program::meetings::VenueChoice,
        crate::program::meetings::MeetingInput,
        crate::program::meetings::Meeting,
        crate::program::conference::Platform,
        crate::program::conference::ConferencePreview,
        crate::program::formats::Format,
        crate::program::groups::Group,
        crate::program::groups::GroupInput,
        crate::program::exceptions::ExceptionKind,
        crate::program::exceptions::Exception,
        crate::program::exceptions::Closure,
        crate::program::occurrences::OccurrenceStatus,
        crate::program::occurrences::Occurrence,
        crate::program::occurrences::MeetingFilter,
        crate::program::occurrences::ConflictReason,
        crate::program::occurrences::ConflictSide,
        crate::program::occurrences::Conflict,
        crate::program::calendar::CalendarQuery,
        crate::program::calendar::CalendarEntry,
        crate::program::calendar::CalendarView,
        crate::program::calendar::DayCount,
        crate::program::roster::Role,
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
        crate::night::members::Member,
        crate::night::members::MemberQuery,
        crate::night::members::MemberPage,
        crate::night::members::Name,
        crate::night::members::MemberInput,
        crate::night::chips::Unit,
        crate::night::chips::Milestone,
        crate::night::chips::MilestoneInput,
        crate::night::chips::Scheme,
        crate::night::chips::Due,
        crate::night::chips::Award,
        crate::night::chips::Stock,
        crate::night::chips::Birthday,
        crate::night::attendance::CheckIn,
        crate::night::attendance::Night,
        crate::night::attendance::CountsInput,
        crate::night::attendance::ReportRow,
        crate::night::attendance::WeekPoint,
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
        crate::night::slips::Entry,
        crate::night::slips::Slip,
        crate::night::slips::Issued,
        crate::store::backup::BackupFile,
        crate::store::OldBackups,
        crate::error::Code,
        crate::program::search::MeetingQuery,
        crate::program::search::MeetingPage,
        crate::export::meeting_guide::MeetingGuideExport,
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
