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
 * Why the database could not be opened; the UI shows this instead of its screens.
 */
open_error: ErrorPayload | null, };

export type ErrorPayload = { code: string, message: string, field: string | null, };

export type Fellowship = "na" | "smart" | "other";

export type AttendanceMode = "in_person" | "online" | "hybrid" | "phone";

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

export type MeetingStatus = "active" | "inactive";

export type OnlineAccess = { 
/**
 * "zoom", "meet", "teams", "jitsi", "webex"… or empty; derived from the link when empty.
 */
platform: string, url: string, meeting_id: string, passcode: string, 
/**
 * The group allows the passcode in public feeds.
 */
passcode_public: boolean, dial_in: string, dial_in_notes: string, };

export type VenueChoice = { "kind": "existing", id: number, } | { "kind": "new", venue: VenueInput, };

export type MeetingInput = { fellowship: Fellowship, group_id: number | null, name: string, mode: AttendanceMode, venue: VenueChoice | null, room: string, online: OnlineAccess, formats: Array<string>, schedule: Schedule, status: MeetingStatus, notes: string, 
/**
 * BCP 47 language of the meeting ("en", "es"); empty when not said.
 */
language: string, offers_verification: boolean, 
/**
 * Who usually chairs or facilitates; the roster can name someone else per date.
 */
facilitator: string, };

export type Meeting = { id: number, uid: string, fellowship: Fellowship, group_id: number | null, group_name: string | null, name: string, mode: AttendanceMode, venue: Venue | null, room: string, online: OnlineAccess, formats: Array<string>, schedule: Schedule, 
/**
 * The schedule in plain English ("every 2nd and 4th Tuesday 19:00 America/New_York").
 */
schedule_text: string, status: MeetingStatus, notes: string, language: string, offers_verification: boolean, facilitator: string, 
/**
 * Rises on every change (calendar SEQUENCE).
 */
sequence: number, updated_at: string, imported: boolean, locally_edited: boolean, };

export type Platform = "zoom" | "meet" | "teams" | "jitsi" | "webex" | "go_to_meeting" | "whereby" | "skype";
