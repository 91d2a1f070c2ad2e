//! Every error code the app can show: a closed set, each with a message in every
//! language of the catalog (`error-<code>` in `locales/`; a test fails when one is
//! missing). The strings are stable: the window matches on them and places the message
//! by its field, and stored import reports keep them.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

macro_rules! codes {
    ($($variant:ident = $text:literal,)*) => {
        /// A stable error code such as `meeting.name_empty`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
        pub enum Code {
            $(#[serde(rename = $text)] $variant,)*
        }

        impl Code {
            /// Every code, for the test that each one has its messages.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code a stored string names, if it is one.
            pub fn parse(text: &str) -> Option<Code> {
                Code::ALL.iter().copied().find(|c| c.as_str() == text)
            }

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $text,)*
                }
            }
        }
    };
}

codes! {
    // The window's own checks, made before anything reaches the shell.
    AppUnexpected = "app.unexpected",
    InputDate = "input.date",
    InputTime = "input.time",
    ImportNoSource = "import.no_source",
    ImportBadServiceBody = "import.bad_service_body",
    SettingsPassphraseMismatch = "settings.passphrase_mismatch",
    BackupDamaged = "backup.damaged",
    BackupInterrupted = "backup.interrupted",
    BackupMissing = "backup.missing",
    BackupNotADatabase = "backup.not_a_database",
    BackupNotHomegroup = "backup.not_homegroup",
    CalendarRangeBackwards = "calendar.range_backwards",
    CalendarRangeTooLong = "calendar.range_too_long",
    ChipsAlreadyAwarded = "chips.already_awarded",
    ChipsDefaultScheme = "chips.default_scheme",
    ChipsInvalidAmount = "chips.invalid_amount",
    ChipsInvalidItem = "chips.invalid_item",
    ChipsInvalidNth = "chips.invalid_nth",
    ChipsInvalidStock = "chips.invalid_stock",
    ChipsLabelEmpty = "chips.label_empty",
    ChipsMilestoneAwarded = "chips.milestone_awarded",
    ClosureCorrupt = "closure.corrupt",
    DatabaseBusy = "database.busy",
    DatabaseError = "database.error",
    DatabaseInUse = "database.in_use",
    DatabaseMigration = "database.migration",
    DatabaseNoDataDir = "database.no_data_dir",
    DatabaseNotADatabase = "database.not_a_database",
    DatabasePassphraseEmpty = "database.passphrase_empty",
    DatabasePassphraseRequired = "database.passphrase_required",
    DatabasePassphraseShort = "database.passphrase_short",
    DatabasePlaintextBackups = "database.plaintext_backups",
    DatabaseTooNew = "database.too_new",
    DatabaseWrongPassphrase = "database.wrong_passphrase",
    DocumentCannotOpen = "document.cannot_open",
    DocumentNotSavedHere = "document.not_saved_here",
    ExceptionInvalidOccurrence = "exception.invalid_occurrence",
    ExceptionMoveNeedsChange = "exception.move_needs_change",
    ExceptionNotAnOccurrence = "exception.not_an_occurrence",
    FeedDuplicate = "feed.duplicate",
    FeedNameEmpty = "feed.name_empty",
    FeedUnknown = "feed.unknown",
    FlyerLocalOnly = "flyer.local_only",
    GroupDuplicate = "group.duplicate",
    GroupNameEmpty = "group.name_empty",
    GroupContactTooLong = "group.contact_too_long",
    GroupNameTooLong = "group.name_too_long",
    HouseDuplicate = "house.duplicate",
    HouseInvalidCount = "house.invalid_count",
    HouseInvalidDays = "house.invalid_days",
    HouseNameEmpty = "house.name_empty",
    ImportBadCsv = "import.bad_csv",
    ImportBadIcs = "import.bad_ics",
    ImportBadJson = "import.bad_json",
    ImportCsvColumns = "import.csv_columns",
    ImportEmpty = "import.empty",
    ImportHtml = "import.html",
    ImportInterrupted = "import.interrupted",
    ImportInvalidUrl = "import.invalid_url",
    ImportJsonBadNumber = "import.json_bad_number",
    ImportJsonBadText = "import.json_bad_text",
    ImportJsonCutShort = "import.json_cut_short",
    ImportJsonTooDeep = "import.json_too_deep",
    ImportNoMeetings = "import.no_meetings",
    ImportNotUtf8 = "import.not_utf8",
    ImportNotUtf8Export = "import.not_utf8_export",
    ImportTooBig = "import.too_big",
    ImportTooLarge = "import.too_large",
    ImportTooMany = "import.too_many",
    ImportUnknownFormat = "import.unknown_format",
    ImportWrongShape = "import.wrong_shape",
    InputInvalidValue = "input.invalid_value",
    InputMalformed = "input.malformed",
    Io = "io",
    KeysMalformed = "keys.malformed",
    KeysNone = "keys.none",
    MeetingAddressRequired = "meeting.address_required",
    MeetingDialInRequired = "meeting.dial_in_required",
    MeetingInvalidDialIn = "meeting.invalid_dial_in",
    MeetingInvalidFellowship = "meeting.invalid_fellowship",
    MeetingInvalidLanguage = "meeting.invalid_language",
    MeetingInvalidMode = "meeting.invalid_mode",
    MeetingInvalidUrl = "meeting.invalid_url",
    MeetingNameEmpty = "meeting.name_empty",
    MeetingNameTooLong = "meeting.name_too_long",
    MeetingOnlineAccessRequired = "meeting.online_access_required",
    MeetingUnknownFormat = "meeting.unknown_format",
    MeetingUnknownGroup = "meeting.unknown_group",
    MemberCleanDateFuture = "member.clean_date_future",
    MemberDuplicateNickname = "member.duplicate_nickname",
    MemberNicknameEmpty = "member.nickname_empty",
    MemberNicknameIdentifying = "member.nickname_identifying",
    MemberNicknameTooLong = "member.nickname_too_long",
    MemberRelapseBeforeCleanDate = "member.relapse_before_clean_date",
    NightFuture = "night.future",
    NightInvalidCount = "night.invalid_count",
    NightNotAnOccurrence = "night.not_an_occurrence",
    NotFound = "not_found",
    OutsideFuture = "outside.future",
    OutsideNameRequired = "outside.name_required",
    OutsideSlipOtherDate = "outside.slip_other_date",
    OutsideSlipOtherMember = "outside.slip_other_member",
    PublishChangedOnServer = "publish.changed_on_server",
    PublishInsecureUrl = "publish.insecure_url",
    PublishInvalidPublicUrl = "publish.invalid_public_url",
    PublishInvalidUrl = "publish.invalid_url",
    PublishPublicDiffers = "publish.public_differs",
    PublishPublicIsHtml = "publish.public_is_html",
    PublishPublicNeedsLogin = "publish.public_needs_login",
    PublishPublicNotFound = "publish.public_not_found",
    PublishPublicRefused = "publish.public_refused",
    PublishPublicUnreachable = "publish.public_unreachable",
    PrintPageCount = "print.page_count",
    PrintTooLong = "print.too_long",
    QrTooLong = "qr.too_long",
    ResourceInvalidPhone = "resource.invalid_phone",
    ResourceInvalidUrl = "resource.invalid_url",
    ResourceNameEmpty = "resource.name_empty",
    ResourceNoContact = "resource.no_contact",
    ResourceTooLong = "resource.too_long",
    RemoteAuth = "remote.auth",
    RemoteForbidden = "remote.forbidden",
    RemoteFull = "remote.full",
    RemoteLoginPage = "remote.login_page",
    RemoteNetwork = "remote.network",
    RemoteNotFound = "remote.not_found",
    RemoteRedirected = "remote.redirected",
    RemoteRefused = "remote.refused",
    RemoteServerError = "remote.server_error",
    RemoteTimeout = "remote.timeout",
    ReportInvalidRange = "report.invalid_range",
    ResidentDuplicate = "resident.duplicate",
    ResidentMoveInFuture = "resident.move_in_future",
    ResidentMoveInRequired = "resident.move_in_required",
    ResidentMoveOutBeforeIn = "resident.move_out_before_in",
    RosterNameTooLong = "roster.name_too_long",
    ScheduleCountTooLarge = "schedule.count_too_large",
    ScheduleDateAfterEnd = "schedule.date_after_end",
    ScheduleEndBeforeStart = "schedule.end_before_start",
    ScheduleInvalidCount = "schedule.invalid_count",
    ScheduleInvalidDuration = "schedule.invalid_duration",
    ScheduleInvalidInterval = "schedule.invalid_interval",
    ScheduleInvalidMonthDay = "schedule.invalid_month_day",
    ScheduleInvalidRule = "schedule.invalid_rule",
    ScheduleInvalidTimezone = "schedule.invalid_timezone",
    ScheduleInvalidWeek = "schedule.invalid_week",
    ScheduleNoDays = "schedule.no_days",
    ScheduleNoWeeks = "schedule.no_weeks",
    ScheduleTimezoneMissing = "schedule.timezone_missing",
    ScheduleTooFrequent = "schedule.too_frequent",
    ScheduleYearOutOfRange = "schedule.year_out_of_range",
    SecretsBadCommand = "secrets.bad_command",
    SecretsCommandFailed = "secrets.command_failed",
    SecretsNoKeyring = "secrets.no_keyring",
    SecretsPasswordNeeded = "secrets.password_needed",
    ServeBind = "serve.bind",
    ServePortTaken = "serve.port_taken",
    ShareBadReply = "share.bad_reply",
    ShareBadResource = "share.bad_resource",
    ShareConflictsOpen = "share.conflicts_open",
    ShareNoLinks = "share.no_links",
    ShareNotACalendar = "share.not_a_calendar",
    SlipBadKey = "slip.bad_key",
    SlipInvalidRange = "slip.invalid_range",
    SlipMalformed = "slip.malformed",
    SlipNoAttendance = "slip.no_attendance",
    SlipNoCheckin = "slip.no_checkin",
    SlipNoKey = "slip.no_key",
    SlipNotOffered = "slip.not_offered",
    SlipRevoked = "slip.revoked",
    SlipTampered = "slip.tampered",
    SlipUnknownCode = "slip.unknown_code",
    SlipUnknownKey = "slip.unknown_key",
    SourceInvalidRefresh = "source.invalid_refresh",
    SourceInvalidTime = "source.invalid_time",
    VenueAddressRequired = "venue.address_required",
    VenueInvalidLatitude = "venue.invalid_latitude",
    VenueInvalidLongitude = "venue.invalid_longitude",
    VenuePartialCoordinates = "venue.partial_coordinates",
}

/// The catalog's message for a code: `meeting.name_empty` → `error-meeting-name_empty`.
pub fn message_id(code: Code) -> String {
    format!("error-{}", code.as_str().replace('.', "-"))
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Code;

    #[test]
    fn every_code_has_a_message_in_the_catalog() {
        // English is checked here; the catalog's own test holds every other language
        // to English's messages.
        let english = crate::i18n::variables(crate::i18n::Lang::EN);
        let missing: Vec<String> = Code::ALL
            .iter()
            .map(|c| super::message_id(*c))
            .filter(|id| !english.contains_key(id))
            .collect();
        assert!(
            missing.is_empty(),
            "locales/en.ftl lacks:\n{}",
            missing.join("\n")
        );
    }
}
