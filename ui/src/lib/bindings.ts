// Generated from the Rust types in src-tauri/core by `UPDATE_BINDINGS=1 cargo test -p homegroup-core bindings`.
// Do not edit by hand.

export type AppInfo = { version: string, 
/**
 * Path of the database file, when one could be resolved.
 */
database: string | null, schema_version: number, 
/**
 * The computer's IANA zone, the default for new meetings.
 */
default_timezone: string, 
/**
 * Why the database could not be opened; the UI shows this instead of its screens
 * (or, for an encrypted database, asks for the passphrase).
 */
open_error: ErrorPayload | null, 
/**
 * The database file is encrypted with a passphrase.
 */
encrypted: boolean, 
/**
 * The app's clock (RFC 3339, UTC): the page counts "today" from it, so a test
 * build's `HOMEGROUP_NOW` reaches the calendar and meeting night too.
 */
now: string, };

export type Code = "app.unexpected" | "input.date" | "input.time" | "import.no_source" | "import.bad_service_body" | "settings.passphrase_mismatch" | "backup.damaged" | "backup.interrupted" | "backup.missing" | "backup.not_a_database" | "backup.not_homegroup" | "calendar.range_backwards" | "calendar.range_too_long" | "chips.already_awarded" | "chips.default_scheme" | "chips.invalid_amount" | "chips.invalid_item" | "chips.invalid_nth" | "chips.invalid_stock" | "chips.label_empty" | "chips.milestone_awarded" | "closure.corrupt" | "database.busy" | "database.error" | "database.in_use" | "database.migration" | "database.no_data_dir" | "database.not_a_database" | "database.passphrase_empty" | "database.passphrase_required" | "database.passphrase_short" | "database.plaintext_backups" | "database.too_new" | "database.wrong_passphrase" | "document.cannot_open" | "document.not_saved_here" | "exception.invalid_occurrence" | "exception.move_needs_change" | "exception.not_an_occurrence" | "feed.duplicate" | "feed.name_empty" | "feed.unknown" | "flyer.local_only" | "group.duplicate" | "group.name_empty" | "group.contact_too_long" | "group.name_too_long" | "house.duplicate" | "house.invalid_count" | "house.invalid_days" | "house.name_empty" | "import.bad_csv" | "import.bad_ics" | "import.bad_json" | "import.csv_columns" | "import.empty" | "import.html" | "import.interrupted" | "import.invalid_url" | "import.json_bad_number" | "import.json_bad_text" | "import.json_cut_short" | "import.json_too_deep" | "import.no_meetings" | "import.not_utf8" | "import.not_utf8_export" | "import.too_big" | "import.too_large" | "import.too_many" | "import.unknown_format" | "import.wrong_shape" | "input.invalid_value" | "input.malformed" | "io" | "keys.malformed" | "keys.none" | "meeting.address_required" | "meeting.dial_in_required" | "meeting.invalid_dial_in" | "meeting.invalid_fellowship" | "meeting.invalid_language" | "meeting.invalid_mode" | "meeting.invalid_url" | "meeting.name_empty" | "meeting.name_too_long" | "meeting.online_access_required" | "meeting.unknown_format" | "meeting.unknown_group" | "member.clean_date_future" | "member.duplicate_nickname" | "member.nickname_empty" | "member.nickname_identifying" | "member.nickname_too_long" | "member.relapse_before_clean_date" | "night.future" | "night.invalid_count" | "night.not_an_occurrence" | "not_found" | "outside.future" | "outside.name_required" | "outside.slip_other_date" | "outside.slip_other_member" | "publish.changed_on_server" | "publish.insecure_url" | "publish.invalid_public_url" | "publish.invalid_url" | "publish.public_differs" | "publish.public_is_html" | "publish.public_needs_login" | "publish.public_not_found" | "publish.public_refused" | "publish.public_unreachable" | "print.page_count" | "print.too_long" | "qr.too_long" | "resource.invalid_phone" | "resource.invalid_url" | "resource.name_empty" | "resource.no_contact" | "resource.too_long" | "remote.auth" | "remote.forbidden" | "remote.full" | "remote.login_page" | "remote.network" | "remote.not_found" | "remote.redirected" | "remote.refused" | "remote.server_error" | "remote.timeout" | "report.invalid_range" | "resident.duplicate" | "resident.move_in_future" | "resident.move_in_required" | "resident.move_out_before_in" | "roster.name_too_long" | "schedule.count_too_large" | "schedule.date_after_end" | "schedule.end_before_start" | "schedule.invalid_count" | "schedule.invalid_duration" | "schedule.invalid_interval" | "schedule.invalid_month_day" | "schedule.invalid_rule" | "schedule.invalid_timezone" | "schedule.invalid_week" | "schedule.no_days" | "schedule.no_weeks" | "schedule.timezone_missing" | "schedule.too_frequent" | "schedule.year_out_of_range" | "secrets.bad_command" | "secrets.command_failed" | "secrets.no_keyring" | "secrets.password_needed" | "serve.bind" | "serve.port_taken" | "share.bad_reply" | "share.bad_resource" | "share.conflicts_open" | "share.no_links" | "share.not_a_calendar" | "slip.bad_key" | "slip.invalid_range" | "slip.malformed" | "slip.no_attendance" | "slip.no_checkin" | "slip.no_key" | "slip.not_offered" | "slip.revoked" | "slip.tampered" | "slip.unknown_code" | "slip.unknown_key" | "source.invalid_refresh" | "source.invalid_time" | "venue.address_required" | "venue.invalid_latitude" | "venue.invalid_longitude" | "venue.partial_coordinates";

export type ErrorPayload = { code: Code, message: string, field: string | null, };

export type AppEvent = { "kind": "sources_refreshed", ran: number, } | { "kind": "published", target: number, } | { "kind": "shared", link: number, } | { "kind": "import_progress", done: number, total: number, };

export type EventsSince = { last: number, events: Array<AppEvent>, };

export type MeetingGuideExport = { 
/**
 * The feed: a JSON array of meetings.
 */
meetings: unknown[], 
/**
 * Meetings the spec cannot describe (not weekly), by name.
 */
skipped: Array<string>, };

export type Feed = { id: number, name: string, 
/**
 * The secret part of the feed's address.
 */
token: string, scope: FeedScope, };

export type FeedInput = { name: string, scope: FeedScope, };

export type FeedLinks = { feed: Feed, 
/**
 * `http://…/feeds/TOKEN.ics`, for calendar apps that ask for a URL.
 */
http: string, 
/**
 * `webcal://…`, which opens the calendar app's subscribe dialog.
 */
webcal: string, 
/**
 * The Meeting Guide JSON of the same meetings.
 */
json: string, 
/**
 * Where members subscribe from anywhere, once a publish target has served the feed
 * publicly (an https:// address on a server that is always on).
 */
public: string | null, 
/**
 * Its webcal:// twin.
 */
public_webcal: string | null, 
/**
 * QR code of the address members should use (the public one when there is one,
 * else the local webcal address), as SVG markup.
 */
qr_svg: string, 
/**
 * How many meetings the feed publishes now.
 */
meetings: number, };

export type FeedScope = { "kind": "program" } | { "kind": "group", group_id: number, } | { "kind": "meeting", meeting_id: number, } | { "kind": "filter", filter: MeetingFilter, };

export type Overview = { 
/**
 * Base address subscribers use, or none when the server is not running.
 */
base: string | null, 
/**
 * Shared with the local network (else this computer only).
 */
lan: boolean, feeds: Array<FeedLinks>, };

export type House = { id: number, name: string, notes: string, rules: Array<Rule>, residents: number, };

export type Outside = { id: number, member_id: number, attended_on: string, meeting_name: string, fellowship: Fellowship | null, verification: Verification, };

export type OutsideInput = { member_id: number, attended_on: string, meeting_name: string, fellowship: Fellowship | null, 
/**
 * A slip's code or token; empty for self-reported.
 */
slip: string, };

export type ReportFormat = "csv" | "pdf";

export type ReportLine = { nickname: string, phase: string, from: string, to: string, attended: number, here: number, verified: number, self_reported: number, 
/**
 * Meetings the weekly rules asked for over the period.
 */
required: number, met: boolean, };

export type Resident = { id: number, house_id: number, member_id: number, nickname: string, move_in: string, move_out: string | null, phase: string, };

export type ResidentInput = { 
/**
 * An existing member, or a nickname to add one.
 */
member_id: number | null, nickname: string, move_in: string | null, move_out: string | null, phase: string, };

export type ResidentStatus = { resident: Resident, 
/**
 * The worst of the rules that apply.
 */
state: State, rules: Array<RuleStatus>, 
/**
 * Week by week: (Monday, attended, required) over the last eight weeks.
 */
weeks: Array<WeekCount>, };

export type Rule = { id: number, kind: RuleKind, count: number, days: number | null, 
/**
 * Applies to residents in this phase; `None` to everyone.
 */
phase: string | null, 
/**
 * Fellowships whose meetings count; empty: every meeting.
 */
counts: Array<Fellowship>, };

export type RuleInput = { kind: RuleKind, count: number, days: number | null, 
/**
 * Applies to residents in this phase; `None` to everyone.
 */
phase: string | null, 
/**
 * Fellowships whose meetings count; empty: every meeting.
 */
counts: Array<Fellowship>, };

export type RuleKind = "per_week" | "in_first_days";

export type RuleStatus = { rule_id: number, 
/**
 * The rule, for the reader to say in their language.
 */
rule: RuleInput, from: string, to: string, required: number, 
/**
 * What a steady pace reaches by the end of today (rounded up).
 */
expected_by_now: number, attended: number, here: number, verified: number, self_reported: number, state: State, };

export type State = "not_applicable" | "met" | "on_track" | "behind" | "missed";

export type Verification = "slip" | "self_reported";

export type WeekCount = { week: string, attended: number, required: number, };

export type ImportFormat = "meeting_guide" | "bmlt" | "ics" | "csv";

export type ImportReport = { source_id: number, 
/**
 * The format the source was read as.
 */
format: string, created: number, updated: number, unchanged: number, removed: number, 
/**
 * Names of the meetings created, updated and removed, for the preview.
 */
created_names: Array<string>, updated_names: Array<string>, removed_names: Array<string>, 
/**
 * Meetings edited here since the last import, left as they are.
 */
kept_local_edits: Array<string>, 
/**
 * Records the source holds that could not be used, or came in with something left
 * out, and why (worded in the asked language by [`ImportReport::word`]).
 */
warnings: Array<ImportWarning>, 
/**
 * Records left out, and records that came in with something left out (filled by
 * [`ImportReport::word`]).
 */
skipped: number, partly: number, 
/**
 * The warnings' reasons, grouped and counted, most first (filled by `word`).
 */
reasons: Array<Reason>, };

export type ImportRequest = { 
/**
 * A file path or an http(s) address; with the format, it names the source.
 */
location: string, 
/**
 * `None`: detected from the content.
 */
format: ImportFormat | null, fellowship: Fellowship, 
/**
 * Zone for sources that do not give one (Meeting Guide without `timezone`).
 */
default_zone: string, 
/**
 * Take the source's version even of meetings edited here.
 */
overwrite_local_edits: boolean, 
/**
 * BMLT service bodies to ask a root server for (all when empty).
 */
service_bodies: Array<number>, };

export type Progress = { done: number, total: number, };

export type Reason = { text: string, count: number, 
/**
 * The records were left out (else they came in with something left out).
 */
skipped: boolean, 
/**
 * The sentences of the warnings behind it, in the list's order.
 */
warnings: Array<string>, };

export type Run = { id: number, at: string, 
/**
 * Why it failed; nothing changed then.
 */
error: string | null, report: ImportReport | null, };

export type Source = { id: number, format: ImportFormat, location: string, fellowship: Fellowship, 
/**
 * Refreshed every this many minutes; `None` only by hand.
 */
refresh_minutes: number | null, last_run_at: string | null, 
/**
 * Meetings that came from it and are still here.
 */
meetings: number, 
/**
 * The latest run's outcome.
 */
last_run: Run | null, };

export type ImportWarning = { 
/**
 * The meeting's name in the source; empty when it has none.
 */
name: string, position: Position | null, problem: Problem, 
/**
 * What the source said that the sentence quotes ("Mondey", "B, ES", a zone).
 */
value: string, 
/**
 * The check that refused it, for `Problem::Invalid`.
 */
code: Code | null, 
/**
 * Left out entirely; otherwise it came in with something left out.
 */
skipped: boolean, 
/**
 * The sentence in the language of the person who asked (filled by [`word`]).
 */
text: string, };

export type Position = { "kind": "line", "at": number } | { "kind": "record", "at": number } | { "kind": "event", "at": string };

export type Problem = "not_a_meeting" | "no_name" | "no_id" | "duplicate_id" | "unpublished" | "no_day" | "by_appointment" | "bad_day" | "bad_time" | "unknown_zone" | "all_day" | "bad_length" | "bad_rule" | "invalid" | "unknown_formats" | "extra_dates" | "extra_dates_time" | "orphan_changes" | "change_unreadable" | "change_not_a_date" | "recorded";

export type CheckIn = { member_id: number, nickname: string, first_time: boolean, clean_date: string | null, 
/**
 * Days clean on the night, when a clean date is known.
 */
days_clean: number | null, };

export type CountsInput = { held: boolean, head_count: number, newcomer_count: number, notes: string, };

export type Night = { meeting_id: number, meeting_name: string, fellowship: Fellowship, group_id: number | null, 
/**
 * The occurrence's key, its original local start `YYYY-MM-DDTHH:MM`.
 */
occurrence: string, held: boolean, head_count: number, newcomer_count: number, notes: string, checked_in: Array<CheckIn>, 
/**
 * People in the room: the head count, or the check-ins if more.
 */
attendance: number, newcomers: number, due: Array<Due>, awarded: Array<Award>, };

export type ReportRow = { occurrence: string, 
/**
 * Something was recorded for it (a count or a check-in).
 */
recorded: boolean, held: boolean, attendance: number, newcomers: number, 
/**
 * Members checked in by nickname.
 */
members: number, 
/**
 * Of those, the ones who had come before.
 */
returning: number, chips: number, };

export type Tonight = { 
/**
 * This computer's meetings within fourteen hours either side of now: the one under
 * way or starting soonest first.
 */
ours: Array<Occurrence>, 
/**
 * Every other meeting of those hours, in the same order.
 */
others: Array<Occurrence>, 
/**
 * Whether this computer has meetings of its own at all.
 */
has_ours: boolean, 
/**
 * When none of ours (or, with none of our own, none at all) meets in those hours:
 * the next that does, within 60 days.
 */
next: Occurrence | null, };

export type WeekPoint = { 
/**
 * Monday of the week.
 */
week: string, attendance: number, newcomers: number, returning: number, chips: number, 
/**
 * Occurrences held that week with something recorded.
 */
meetings: number, };

export type Award = { id: number, member_id: number, nickname: string, label: string, color: string, awarded_on: string, meeting_id: number | null, occurrence: string | null, };

export type Birthday = { member_id: number, nickname: string, date: string, years: number, };

export type Due = { member_id: number, nickname: string, milestone_id: number, nth: number, label: string, color: string, item: string, 
/**
 * When it was reached (empty for welcome kinds).
 */
reached_on: string | null, 
/**
 * In stock right now.
 */
on_hand: number, };

export type Milestone = { id: number, scheme_id: number, label: string, color: string, 
/**
 * keytag, medallion or chip.
 */
item: string, unit: Unit, amount: number, 
/**
 * Awarded again every unit after the first (2 years, 3 years…).
 */
repeats: boolean, };

export type MilestoneInput = { label: string, color: string, item: string, unit: Unit, amount: number, repeats: boolean, };

export type Scheme = { id: number, name: string, fellowship: Fellowship | null, 
/**
 * Set when this is a group's own copy.
 */
group_id: number | null, milestones: Array<Milestone>, };

export type Stock = { milestone_id: number, scheme: string, group_id: number | null, label: string, color: string, item: string, on_hand: number, reorder_at: number, 
/**
 * At or below the reorder threshold.
 */
reorder: boolean, 
/**
 * Handed out in the last 90 days, to size the order.
 */
awarded_90_days: number, };

export type Unit = "welcome" | "day" | "month" | "year" | "welcome_back";

export type Member = { id: number, group_id: number | null, group_name: string | null, nickname: string, clean_date: string | null, 
/**
 * Times the clean date was reset (relapses recorded here).
 */
resets: number, 
/**
 * The latest occurrence key they checked in at, `YYYY-MM-DDTHH:MM`.
 */
last_seen: string | null, };

export type MemberInput = { nickname: string, clean_date: string | null, 
/**
 * Home group; members of no group are shared by every meeting here.
 */
group_id: number | null, };

export type MemberPage = { members: Array<Member>, 
/**
 * How many match in all (the page may hold fewer).
 */
total: number, };

export type MemberQuery = { text: string, offset: number, 
/**
 * Rows wanted, at most [`MAX_PAGE`].
 */
limit: number, };

export type Name = { id: number, nickname: string, };

export type Entry = { 
/**
 * Local start, `YYYY-MM-DDTHH:MM`.
 */
occurrence: string, meeting: string, };

export type Issued = { slip: Slip, path: string, };

export type Slip = { code: string, token: string, group: string, nickname: string, entries: Array<Entry>, issued: string, key_id: string, };

export type GroupBy = "day" | "city";

export type ListLayout = "full" | "trifold" | "quadfold" | "booklet";

export type ListOptions = { layout: ListLayout, group_by: GroupBy, 
/**
 * The paper; none: the layout's usual one (Legal for the four-panel fold, else Letter).
 */
paper: Paper | null, 
/**
 * A feed's meetings (its id); none: the whole program.
 */
feed: number | null, 
/**
 * Exactly this many pages: the type shrinks (within readable limits) to fit.
 */
pages: number | null, 
/**
 * The day a by-day list starts on; none: Sunday.
 */
first_day: Day | null, 
/**
 * Cities in the order wanted first (a by-city list); the rest follow alphabetically.
 */
cities: Array<string>, 
/**
 * Online meetings with a small QR code of their link instead of the link in words.
 */
link_qr: boolean, };

export type ListPreview = { 
/**
 * The first sheet's sides (the first two pages) as SVG, drawn from the same layout
 * as the PDF.
 */
sides: Array<string>, pages: number, meetings: number, 
/**
 * The type size, in percent of the designed size (100 unless fitted to fewer pages).
 */
percent: number, 
/**
 * Characters no shipped font draws, as text ("中文"): they would print as boxes.
 */
unprintable: string, };

export type Paper = "letter" | "a4" | "legal";

export type CalendarEntry = { 
/**
 * Start on the viewer's clock, `YYYY-MM-DDTHH:MM`.
 */
shown_start: string, shown_end: string, meeting_id: number, name: string, fellowship: Fellowship, mode: AttendanceMode, 
/**
 * The original local start, `YYYY-MM-DDTHH:MM`: the occurrence's identity.
 */
key: string, 
/**
 * Effective start and end instants (after any move).
 */
start: string, end: string, 
/**
 * Effective local start in the meeting's zone, `YYYY-MM-DDTHH:MM`.
 */
local_start: string, timezone: string, status: OccurrenceStatus, note: string, venue_id: number | null, location: string, room: string, url: string, facilitator: string, };

export type CalendarQuery = { 
/**
 * First local date shown.
 */
from: string, 
/**
 * Last local date shown, inclusive.
 */
to: string, 
/**
 * The zone the viewer reads times in (the computer's by default).
 */
zone: string, filter: MeetingFilter, 
/**
 * At most this many entries per shown day, earliest first (a month view shows a
 * few and says how many more); every entry when absent. `days` always counts all.
 */
per_day: number | null, };

export type CalendarView = { zone: string, entries: Array<CalendarEntry>, 
/**
 * Every day of the range that has occurrences, with how many (a dense calendar
 * draws counts from this instead of thousands of entries).
 */
days: Array<DayCount>, 
/**
 * All occurrences in the range, `entries` or not.
 */
total: number, 
/**
 * The first clashes (at most [`MAX_CONFLICTS`]); `conflicts_total` counts them all.
 */
conflicts: Array<Conflict>, conflicts_total: number, 
/**
 * Upcoming SMART occurrences nobody is down to facilitate, soonest first.
 */
unstaffed: Array<CalendarEntry>, };

export type DayCount = { date: string, count: number, };

export type ConferencePreview = { platform: Platform | null, 
/**
 * "Zoom", "Google Meet"…, empty when the link is not recognised.
 */
label: string, 
/**
 * The meeting id the link carries, for platforms that put it in the path.
 */
meeting_id_in_link: string, 
/**
 * What a phone dials to join with one tap.
 */
one_tap: string | null, };

export type Platform = "zoom" | "meet" | "teams" | "jitsi" | "webex" | "go_to_meeting" | "whereby" | "skype";

export type Closure = { id: number, from_date: string, to_date: string, reason: string, };

export type Exception = { 
/**
 * Original local start of the occurrence, `YYYY-MM-DDTHH:MM`.
 */
occurrence: string, kind: ExceptionKind, note: string, 
/**
 * New local start, in the meeting's zone, when moved in time.
 */
new_start: string | null, new_duration: number | null, new_venue_id: number | null, new_video_url: string | null, };

export type ExceptionKind = "cancelled" | "moved" | "noted";

export type AttendanceMode = "in_person" | "online" | "hybrid" | "phone";

export type Fellowship = "na" | "smart" | "other";

export type Format = { 
/**
 * The code stored on a meeting: an NA key (`JT`), a SMART kind (`SMART`) or a
 * Meeting Guide type (`BE`).
 */
code: string, fellowship: Fellowship, 
/**
 * BMLT's world id for NA formats (empty when it has none).
 */
world_id: string, 
/**
 * The Meeting Guide spec types this format is published as.
 */
meeting_guide: Array<string>, 
/**
 * A language the meeting is held in (BCP 47), for formats that name one.
 */
language: string, };

export type Group = { id: number, fellowship: Fellowship, name: string, offers_verification: boolean, 
/**
 * How to reach the group, as it chose to give it (a phone, an email); may be empty.
 */
contact: string, 
/**
 * How many meetings belong to the group.
 */
meetings: number, };

export type GroupInput = { fellowship: Fellowship, name: string, offers_verification: boolean, contact: string, };

export type Meeting = { id: number, uid: string, fellowship: Fellowship, group_id: number | null, group_name: string | null, name: string, mode: AttendanceMode, venue: Venue | null, room: string, online: OnlineAccess, formats: Array<string>, schedule: Schedule, status: MeetingStatus, notes: string, language: string, offers_verification: boolean, facilitator: string, 
/**
 * Rises on every change (calendar SEQUENCE).
 */
sequence: number, updated_at: string, imported: boolean, locally_edited: boolean, 
/**
 * Came without a place or link (an event another calendar app added to a shared
 * calendar): to be confirmed by saving it with one.
 */
place_to_confirm: boolean, };

export type MeetingInput = { fellowship: Fellowship, group_id: number | null, name: string, mode: AttendanceMode, venue: VenueChoice | null, room: string, online: OnlineAccess, formats: Array<string>, schedule: Schedule, status: MeetingStatus, notes: string, 
/**
 * BCP 47 language of the meeting ("en", "es"); empty when not said.
 */
language: string, offers_verification: boolean, 
/**
 * Who usually chairs or facilitates; the roster can name someone else per date.
 */
facilitator: string, };

export type MeetingStatus = "active" | "inactive";

export type OnlineAccess = { 
/**
 * "zoom", "meet", "teams", "jitsi", "webex"… or empty; derived from the link when empty.
 */
platform: string, url: string, meeting_id: string, passcode: string, 
/**
 * The group allows the passcode in public feeds.
 */
passcode_public: boolean, dial_in: string, dial_in_notes: string, 
/**
 * Names of link parameters the group keeps private ("tk, uname"), comma- or
 * space-separated, removed from the link wherever it is published.
 */
secret_params: string, };

export type VenueChoice = { "kind": "existing", id: number, } | { "kind": "new", venue: VenueInput, };

export type Conflict = { reason: ConflictReason, first: ConflictSide, second: ConflictSide, };

export type ConflictReason = "same_room" | "same_facilitator";

export type ConflictSide = { meeting_id: number, name: string, key: string, local_start: string, };

export type MeetingFilter = { fellowships: Array<Fellowship>, modes: Array<AttendanceMode>, group_ids: Array<number>, languages: Array<string>, 
/**
 * A meeting matches when it carries any of these format codes.
 */
formats: Array<string>, 
/**
 * Days of the week the occurrence falls on (local date).
 */
days: Array<Day>, 
/**
 * Words that must all appear in the name, place, notes or group.
 */
text: string, };

export type Occurrence = { meeting_id: number, name: string, fellowship: Fellowship, mode: AttendanceMode, 
/**
 * The original local start, `YYYY-MM-DDTHH:MM`: the occurrence's identity.
 */
key: string, 
/**
 * Effective start and end instants (after any move).
 */
start: string, end: string, 
/**
 * Effective local start in the meeting's zone, `YYYY-MM-DDTHH:MM`.
 */
local_start: string, timezone: string, status: OccurrenceStatus, note: string, venue_id: number | null, location: string, room: string, url: string, facilitator: string, };

export type OccurrenceStatus = "scheduled" | "cancelled" | "moved" | "closed";

export type Resource = { id: number, name: string, 
/**
 * As people dial it: "988", "+1 800-662-4357", "1-800-GET-HELP".
 */
phone: string, url: string, 
/**
 * When someone answers, in the resource's own words ("24/7", "Mon–Fri 9–5").
 */
hours: string, 
/**
 * BCP 47 language of the service ("en", "es"); empty when not said.
 */
language: string, };

export type ResourceInput = { name: string, 
/**
 * As people dial it: "988", "+1 800-662-4357", "1-800-GET-HELP".
 */
phone: string, url: string, 
/**
 * When someone answers, in the resource's own words ("24/7", "Mon–Fri 9–5").
 */
hours: string, 
/**
 * BCP 47 language of the service ("en", "es"); empty when not said.
 */
language: string, };

export type Role = "chair" | "facilitator" | "secretary" | "speaker" | "greeter";

export type MeetingPage = { 
/**
 * This page, by name.
 */
meetings: Array<Meeting>, 
/**
 * How many meetings match in all.
 */
total: number, offset: number, };

export type MeetingQuery = { 
/**
 * Words to find in the name, the place, the notes or the format codes; every word
 * must match (as the start of a word). Empty: every meeting.
 */
text: string, offset: number, 
/**
 * Rows wanted, at most [`MAX_PAGE`].
 */
limit: number, };

export type Venue = { id: number, name: string, address: string, city: string, region: string, postal_code: string, country: string, latitude: number | null, longitude: number | null, 
/**
 * IANA zone of the place.
 */
timezone: string, 
/**
 * Only the neighbourhood is known; do not show a pin as exact.
 */
approximate: boolean, notes: string, };

export type VenueInput = { name: string, address: string, city: string, region: string, postal_code: string, country: string, latitude: number | null, longitude: number | null, 
/**
 * IANA zone of the place.
 */
timezone: string, 
/**
 * Only the neighbourhood is known; do not show a pin as exact.
 */
approximate: boolean, notes: string, };

export type PublishReport = { created: number, updated: number, unchanged: number, deleted: number, 
/**
 * Requests that change something on the server (PUT, DELETE, MKCOL).
 */
writes: number, 
/**
 * Where members subscribe, when it served what was uploaded.
 */
subscribe_url: string | null, 
/**
 * What is wrong with the public address (the upload itself worked).
 */
public_error: ErrorPayload | null, };

export type Target = { id: number, feed_id: number, kind: TargetKind, 
/**
 * The collection or folder uploaded to, ending in `/`.
 */
url: string, username: string, 
/**
 * Whether a password is stored (the password itself never leaves the core).
 */
has_password: boolean, 
/**
 * What the person gave as the address members use ('' when none).
 */
public_url: string, 
/**
 * The address members subscribe to: the feed's `.ics` in a public folder, or the
 * calendar's public address. Shown only once it has served what was uploaded.
 */
subscribe_url: string | null, 
/**
 * When the public address last served what was uploaded (RFC 3339).
 */
public_ok_at: string | null, 
/**
 * What was wrong with the public address at the last check.
 */
public_error: Code | null, last_run_at: string | null, last_ok_at: string | null, 
/**
 * Why the last publish failed; none after a success.
 */
last_error: Code | null, 
/**
 * The same in words (English: the CLI and the log), with the server's answer.
 */
last_error_detail: string | null, };

export type TargetInput = { feed_id: number, kind: TargetKind, url: string, username: string, password: string, 
/**
 * A command that prints the password (`pass show area/dav`), kept instead of it:
 * for a computer whose keyring does not answer. Empty or absent: none.
 */
password_command?: string, 
/**
 * The address members will use: for a folder, the web address that serves it; for a
 * calendar, its public subscription link. Empty: none yet.
 */
public_url: string, };

export type TargetKind = "caldav" | "webdav";

export type Day = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";

export type Recurrence = { "kind": "once" } | { "kind": "weekly", interval: number, days: Array<Day>, } | { "kind": "monthly_weekday", interval: number, weeks: Array<number>, day: Day, } | { "kind": "monthly_date", interval: number, days: Array<number>, } | { "kind": "dates", dates: Array<string>, } | { "kind": "custom", rrule: string, };

export type Schedule = { start_date: string, start_time: string, duration_minutes: number, 
/**
 * An IANA zone name such as `America/New_York`.
 */
timezone: string, recurrence: Recurrence, 
/**
 * The last local date an occurrence may fall on, inclusive.
 */
end_date: string | null, };

export type Keep = "mine" | "theirs";

export type Link = { id: number, url: string, username: string, 
/**
 * Whether a password is kept (it never leaves the core).
 */
has_password: boolean, 
/**
 * Only this group's meetings are shared (`None`: the whole program).
 */
group_id: number | null, group_name: string | null, last_ok_at: string | null, 
/**
 * The code of the last failure (the window translates it) and its detail.
 */
last_error: ErrorPayload | null, 
/**
 * Fields waiting for a person to choose between two values.
 */
conflicts: number, };

export type LinkInput = { 
/**
 * The CalDAV calendar collection's address.
 */
url: string, username: string, 
/**
 * Empty keeps the one stored.
 */
password: string, 
/**
 * A command that prints the password (`pass show area/dav`), kept instead of it:
 * for a computer whose keyring does not answer. Empty or absent: none.
 */
password_command?: string, group_id: number | null, };

export type OpenConflict = { id: number, link_id: number, uid: string, 
/**
 * The meeting's name when the conflict was found.
 */
meeting: string, 
/**
 * The shared field's name (`room`, `start_time`, `date:2026-12-24T19:00`…).
 */
field: string, base: string | null, 
/**
 * This installation's value.
 */
mine: string | null, 
/**
 * The shared calendar's value.
 */
theirs: string | null, found_at: string, };

export type PlaceToConfirm = { meeting_id: number, name: string, };

export type ShareStatus = { links: Array<Link>, 
/**
 * Meetings changed here and not yet on the shared calendar.
 */
pending: number, conflicts: Array<OpenConflict>, 
/**
 * Meetings whose place is to be confirmed (they came without one), by name.
 */
to_confirm: Array<PlaceToConfirm>, };

export type SyncReport = { link_id: number, url: string, 
/**
 * Meetings made, changed and deleted here from the server's changes.
 */
created: number, updated: number, deleted: number, 
/**
 * Meetings uploaded (new or changed) and deleted on the server.
 */
uploaded: number, removed: number, 
/**
 * Conflicts open after this sync (new and older ones).
 */
conflicts: number, 
/**
 * Deleted on one side, edited on the other: the edit was kept. By meeting name.
 */
kept_edits: Array<string>, 
/**
 * Meetings that came from the shared calendar without a place or link (another
 * calendar app's plain event): brought in, their place to be confirmed. By name.
 */
to_confirm: Array<string>, 
/**
 * Resources on the server that are not meetings Homegroup can read, and meetings
 * that could not go up, and why.
 */
warnings: Array<SyncWarning>, 
/**
 * HTTP requests made.
 */
requests: number, };

export type SyncWarning = { 
/**
 * The resource on the server, when it is about one.
 */
href: string, 
/**
 * The meeting's name, when it could be read.
 */
name: string, code: Code, 
/**
 * The core's own sentence, which names the field or the server (English).
 */
message: string, };

export type OldBackups = "reencrypt" | "remove";

export type BackupFile = { path: string, bytes: number, 
/**
 * RFC 3339, UTC.
 */
made_at: string, 
/**
 * Encrypted with a passphrase (a plaintext backup of an encrypted database is a
 * leak, and is shown as one).
 */
encrypted: boolean, };
