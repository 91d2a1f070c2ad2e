//! Meetings: what they are, where and how to attend, and their schedule.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::clock::now_utc;
use crate::error::{Error, Result};
use crate::program::fellowship::{AttendanceMode, Fellowship};
use crate::program::venues::{self, Venue, VenueInput};
use crate::schedule::{hhmm, rule, Schedule};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MeetingStatus {
    #[default]
    Active,
    /// No longer meets; kept for history and attendance records.
    Inactive,
}

impl MeetingStatus {
    fn key(self) -> &'static str {
        match self {
            MeetingStatus::Active => "active",
            MeetingStatus::Inactive => "inactive",
        }
    }
}

/// Video and phone details.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct OnlineAccess {
    /// "zoom", "meet", "teams", "jitsi", "webex"… or empty; derived from the link when empty.
    pub platform: String,
    pub url: String,
    pub meeting_id: String,
    pub passcode: String,
    /// The group allows the passcode in public feeds.
    pub passcode_public: bool,
    pub dial_in: String,
    pub dial_in_notes: String,
    /// Names of link parameters the group keeps private ("tk, uname"), comma- or
    /// space-separated, removed from the link wherever it is published.
    pub secret_params: String,
}

/// Secret parameter names as stored: lower case, one space between, no repeats.
fn secret_names(list: &str) -> String {
    let mut names: Vec<String> = list
        .split([',', ' ', ';'])
        .map(|n| n.trim().trim_matches(['?', '&', '=']).to_ascii_lowercase())
        .filter(|n| !n.is_empty())
        .collect();
    names.dedup();
    names.join(" ")
}

impl OnlineAccess {
    /// The link as public outputs (feeds, Meeting Guide JSON, flyers, CalDAV) give it:
    /// without the passcode it carries unless the group allows passcodes, and without
    /// the parameters the group marks secret.
    pub fn public_link(&self, url: &str) -> String {
        crate::program::conference::public_link(url, self.passcode_public, &self.secret_params)
    }

    /// The dial-in as public outputs give it: without the passcode's keys after the
    /// meeting id unless the group allows passcodes.
    pub fn public_dial_in(&self) -> String {
        crate::program::conference::public_dial_in(&self.dial_in, self.passcode_public)
    }

    /// The dial-in notes as public outputs give them: a private passcode taken out.
    pub fn public_dial_notes(&self) -> String {
        crate::program::conference::public_dial_notes(
            &self.dial_in_notes,
            &self.passcode,
            self.passcode_public,
        )
    }
}

/// Where the venue of a meeting comes from in an edit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum VenueChoice {
    Existing { id: i64 },
    New { venue: VenueInput },
}

/// Everything a facilitator edits about a meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MeetingInput {
    pub fellowship: Fellowship,
    pub group_id: Option<i64>,
    pub name: String,
    pub mode: AttendanceMode,
    pub venue: Option<VenueChoice>,
    #[serde(default)]
    pub room: String,
    #[serde(default)]
    pub online: OnlineAccess,
    #[serde(default)]
    pub formats: Vec<String>,
    pub schedule: Schedule,
    #[serde(default)]
    pub status: MeetingStatus,
    #[serde(default)]
    pub notes: String,
    /// BCP 47 language of the meeting ("en", "es"); empty when not said.
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub offers_verification: bool,
    /// Who usually chairs or facilitates; the roster can name someone else per date.
    #[serde(default)]
    pub facilitator: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Meeting {
    pub id: i64,
    pub uid: String,
    pub fellowship: Fellowship,
    pub group_id: Option<i64>,
    pub group_name: Option<String>,
    pub name: String,
    pub mode: AttendanceMode,
    pub venue: Option<Venue>,
    pub room: String,
    pub online: OnlineAccess,
    pub formats: Vec<String>,
    pub schedule: Schedule,
    pub status: MeetingStatus,
    pub notes: String,
    pub language: String,
    pub offers_verification: bool,
    pub facilitator: String,
    /// Rises on every change (calendar SEQUENCE).
    pub sequence: i64,
    pub updated_at: String,
    pub imported: bool,
    pub locally_edited: bool,
    /// Came without a place or link (an event another calendar app added to a shared
    /// calendar): to be confirmed by saving it with one.
    pub place_to_confirm: bool,
}

impl Meeting {
    /// What an editor would hold to change this meeting: the stored values, with the
    /// venue as its details (saving them finds the same venue again by its address).
    pub fn input(&self) -> MeetingInput {
        MeetingInput {
            fellowship: self.fellowship,
            group_id: self.group_id,
            name: self.name.clone(),
            mode: self.mode,
            venue: self.venue.as_ref().map(|v| VenueChoice::New {
                venue: v.details.clone(),
            }),
            room: self.room.clone(),
            online: self.online.clone(),
            formats: self.formats.clone(),
            schedule: self.schedule.clone(),
            status: self.status,
            notes: self.notes.clone(),
            language: self.language.clone(),
            offers_verification: self.offers_verification,
            facilitator: self.facilitator.clone(),
        }
    }
}

impl MeetingStatus {
    pub fn as_str(self) -> &'static str {
        self.key()
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "active" => Some(MeetingStatus::Active),
            "inactive" => Some(MeetingStatus::Inactive),
            _ => None,
        }
    }
}

/// A meeting as JSON gives it (the CLI's `meetings add`); the error names the field
/// that did not read.
pub fn input_from_json(value: serde_json::Value) -> Result<MeetingInput> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        Error::invalid(
            crate::error::Code::InputInvalidValue,
            "json",
            format!("{path}: {}", e.into_inner()),
        )
    })
}

/// RFC 7396 merge patch: members of `patch` replace those of `target`, objects merge
/// member by member, `null` removes.
fn merge_patch(target: &mut serde_json::Value, patch: &serde_json::Value) {
    use serde_json::Value;
    match (target, patch) {
        (Value::Object(t), Value::Object(p)) => {
            for (k, v) in p {
                if v.is_null() {
                    t.remove(k);
                } else {
                    merge_patch(t.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        (t, p) => *t = p.clone(),
    }
}

/// Changes only the fields `patch` names (a JSON merge patch over the meeting as
/// `meetings add` takes it); everything else stays as stored.
pub fn patch(conn: &Connection, uid: &str, patch: &serde_json::Value) -> Result<Meeting> {
    if !patch.is_object() {
        return Err(Error::invalid(
            crate::error::Code::InputInvalidValue,
            "json",
            "a change is a JSON object of the fields to change, like {\"room\": \"Hall B\"}",
        ));
    }
    let m = get_by_uid(conn, uid)?;
    let mut value = serde_json::to_value(m.input()).expect("a meeting serialises");
    merge_patch(&mut value, patch);
    let input = input_from_json(value)?;
    update(conn, m.id, &input)
}

/// The meeting with this UID, if there is one.
pub fn find_by_uid(conn: &Connection, uid: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM meetings WHERE uid = ?1")?
        .query_row([uid], |r| r.get(0))
        .optional()?)
}

/// The meeting with this UID, or a not-found error that names it.
pub fn get_by_uid(conn: &Connection, uid: &str) -> Result<Meeting> {
    match find_by_uid(conn, uid)? {
        Some(id) => get(conn, id),
        None => Err(Error::not_found("meeting", uid)),
    }
}

/// Creates a meeting under a UID it already has elsewhere (a shared collection): the
/// same meeting keeps one UID on every installation.
pub fn create_with_uid(conn: &Connection, input: &MeetingInput, uid: &str) -> Result<i64> {
    let id = create(conn, input)?.id;
    conn.prepare_cached("UPDATE meetings SET uid = ?2 WHERE id = ?1")?
        .execute(params![id, uid])?;
    Ok(id)
}

const NAME_MAX: usize = 200;

impl MeetingInput {
    /// Whether the meeting says where it meets: a street address for one in a room, a
    /// link or number for one online, a number for one by phone.
    fn check_place(&self, conn: &Connection) -> Result<()> {
        if self.mode.has_room() {
            let has_address = match &self.venue {
                Some(VenueChoice::New { venue }) => {
                    if venue.address.trim().is_empty() {
                        false
                    } else {
                        venue.validate_in(&self.schedule.timezone)?;
                        true
                    }
                }
                Some(VenueChoice::Existing { id }) => {
                    !venues::get(conn, *id)?.details.address.trim().is_empty()
                }
                None => false,
            };
            if !has_address {
                return Err(Error::invalid(
                    crate::error::Code::MeetingAddressRequired,
                    "address",
                    "an in-person or hybrid meeting needs the venue's street address",
                ));
            }
        }
        let url = self.online.url.trim();
        let phone = self.online.dial_in.trim();
        match self.mode {
            AttendanceMode::Online | AttendanceMode::Hybrid
                if url.is_empty() && phone.is_empty() =>
            {
                return Err(Error::invalid(
                    crate::error::Code::MeetingOnlineAccessRequired,
                    "url",
                    "an online or hybrid meeting needs a video link or a dial-in number",
                ))
            }
            AttendanceMode::Phone if phone.is_empty() => {
                return Err(Error::invalid(
                    crate::error::Code::MeetingDialInRequired,
                    "dial_in",
                    "a phone meeting needs a dial-in number",
                ))
            }
            _ => {}
        }
        Ok(())
    }

    /// Checks the input against the rules a user can fix; the error names the field.
    pub fn validate(&self, conn: &Connection) -> Result<()> {
        self.validate_with(conn, Place::Required).map(|_| ())
    }

    /// [`validate`](Self::validate); with [`Place::MayBeConfirmedLater`], a meeting that
    /// says nowhere where it meets passes, and `Ok(true)` says so.
    fn validate_with(&self, conn: &Connection, place: Place) -> Result<bool> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(Error::invalid(
                crate::error::Code::MeetingNameEmpty,
                "name",
                "give the meeting a name",
            ));
        }
        if name.chars().count() > NAME_MAX {
            return Err(Error::invalid(
                crate::error::Code::MeetingNameTooLong,
                "name",
                format!("a name has at most {NAME_MAX} characters"),
            ));
        }
        self.schedule.validate()?;
        let missing = match self.check_place(conn) {
            Err(e) if place == Place::MayBeConfirmedLater && PLACE_MISSING.contains(&e.kind()) => {
                true
            }
            other => {
                other?;
                false
            }
        };
        let url = self.online.url.trim();
        let phone = self.online.dial_in.trim();
        if !url.is_empty() && !(url.starts_with("https://") || url.starts_with("http://"))
            || url.contains(char::is_whitespace)
        {
            return Err(Error::invalid(
                crate::error::Code::MeetingInvalidUrl,
                "url",
                format!("'{url}' is not a web link; it should start with https://"),
            ));
        }
        if !phone.is_empty()
            && !phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-().,#*pw".contains(c))
        {
            return Err(Error::invalid(
                crate::error::Code::MeetingInvalidDialIn,
                "dial_in",
                format!("'{phone}' is not a phone number; use digits, spaces, + - ( ) and , # for one-tap codes"),
            ));
        }
        let lang = self.language.trim();
        if !lang.is_empty()
            && !(lang.len() <= 12 && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        {
            return Err(Error::invalid(
                crate::error::Code::MeetingInvalidLanguage,
                "language",
                format!("'{lang}' is not a language code such as en or es"),
            ));
        }
        for code in self
            .formats
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
        {
            if crate::program::formats::find(self.fellowship, code).is_none() {
                return Err(Error::invalid(
                    crate::error::Code::MeetingUnknownFormat,
                    "formats",
                    format!("'{code}' is not a {} format code", self.fellowship.name()),
                ));
            }
        }
        if let Some(id) = self.group_id {
            let exists: bool = conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM groups WHERE id = ?1)",
                [id],
                |r| r.get(0),
            )?;
            if !exists {
                return Err(Error::invalid(
                    crate::error::Code::MeetingUnknownGroup,
                    "group_id",
                    format!("group {id} does not exist"),
                ));
            }
        }
        Ok(missing)
    }
}

/// A UUIDv7 (RFC 9562: milliseconds since 1970, then random bits), so new meetings land
/// at the end of the UID index instead of all over it, and any other program reading
/// the UID sees a standard one. The uuid crate lays it out; the random bits come from
/// our pool, not one system call per UID as `Uuid::now_v7` makes.
fn new_uid() -> String {
    let mut random = [0u8; 10];
    random_bytes(&mut random);
    let millis = chrono::Utc::now().timestamp_millis().max(0) as u64;
    let id = uuid::Builder::from_unix_timestamp_millis(millis, &random).into_uuid();
    format!("{}@homegroup", id.simple())
}

/// Bytes from the operating system's random source, drawn a page at a time: an import
/// of 35,000 meetings otherwise makes 35,000 system calls for their UIDs.
fn random_bytes(out: &mut [u8]) {
    use std::cell::RefCell;
    thread_local! {
        static POOL: RefCell<(Vec<u8>, usize)> = const { RefCell::new((Vec::new(), 0)) };
    }
    POOL.with(|pool| {
        let (bytes, used) = &mut *pool.borrow_mut();
        if bytes.len() < *used + out.len() {
            bytes.resize(4096, 0);
            getrandom::fill(bytes).expect("the operating system's random source is available");
            *used = 0;
        }
        out.copy_from_slice(&bytes[*used..*used + out.len()]);
        *used += out.len();
    });
}

fn venue_id(
    conn: &Connection,
    input: &MeetingInput,
    cache: &mut VenueCache,
) -> Result<Option<i64>> {
    match &input.venue {
        None => Ok(None),
        Some(VenueChoice::Existing { id }) => venues::get(conn, *id).map(|v| Some(v.id)),
        Some(VenueChoice::New { venue })
            if venue.address.trim().is_empty() && venue.name.trim().is_empty() =>
        {
            Ok(None)
        }
        Some(VenueChoice::New { venue }) => {
            let zone = if venue.timezone.trim().is_empty() {
                input.schedule.timezone.trim()
            } else {
                venue.timezone.trim()
            };
            let key = venues::place_key(venue, zone);
            let v = || {
                let mut v = venue.clone();
                v.timezone = zone.to_owned();
                v
            };
            let id = match cache.ids.get(&key) {
                Some(&(id, true)) => return Ok(Some(id)),
                // Stored before this import: refresh its coordinates once, as
                // find_or_create does.
                Some(_) => venues::find_or_create(conn, &v())?,
                None if cache.complete => venues::create_new(conn, &v())?,
                None => venues::find_or_create(conn, &v())?,
            };
            cache.ids.insert(key, (id, true));
            Ok(Some(id))
        }
    }
}

/// Venues already found or created during one import, so a list where hundreds of
/// meetings share a church asks the database once per place.
#[derive(Debug, Default)]
pub struct VenueCache {
    /// By `venues::place_key`: the venue, and whether this import has used it yet.
    ids: std::collections::HashMap<String, (i64, bool)>,
    /// Every stored venue is in `ids`, so a place not there is new.
    complete: bool,
}

impl VenueCache {
    /// Starts from every stored venue: a long list then asks the database nothing
    /// about places it has never seen.
    pub fn with_stored(conn: &Connection) -> Result<Self> {
        Ok(VenueCache {
            ids: venues::ids_by_place(conn)?
                .into_iter()
                .map(|(k, id)| (k, (id, false)))
                .collect(),
            complete: true,
        })
    }
}

/// Creates a meeting and returns it as stored. Nothing is written when the input is invalid.
pub fn create(conn: &Connection, input: &MeetingInput) -> Result<Meeting> {
    let id = insert(
        conn,
        &mut Inserts::new(conn)?,
        input,
        None,
        &mut VenueCache::default(),
    )?;
    group_offers_verification(conn, input)?;
    get(conn, id)
}

/// A meeting that offers attendance verification makes its group offer it: slips are
/// signed by the group, so ticking it on the meeting alone changed nothing a member
/// could be handed.
fn group_offers_verification(conn: &Connection, input: &MeetingInput) -> Result<()> {
    if let (true, Some(group)) = (input.offers_verification, input.group_id) {
        conn.prepare_cached("UPDATE groups SET offers_verification = 1, updated_at = ?2 WHERE id = ?1 AND offers_verification = 0")?
            .execute(params![group, now_utc()])?;
    }
    Ok(())
}

/// Where an imported meeting came from: source id, the source's key, record hash.
type Origin<'a> = (i64, &'a str, &'a str);

/// The statements a run of inserts reuses. An import makes tens of thousands of
/// meetings, and finding a statement by its text each time costs more than binding it.
pub struct Inserts<'c> {
    meeting: rusqlite::CachedStatement<'c>,
    format: rusqlite::CachedStatement<'c>,
}

impl<'c> Inserts<'c> {
    pub fn new(conn: &'c Connection) -> Result<Self> {
        Ok(Inserts {
            meeting: conn.prepare_cached(&INSERT_MEETING)?,
            format: conn.prepare_cached(INSERT_FORMAT)?,
        })
    }
}

/// The columns a meeting's input fills, in the order of `Stored::values`: INSERT and
/// UPDATE are both written from this one list, so a new column is added once.
const INPUT_COLUMNS: [&str; 26] = [
    "fellowship",
    "group_id",
    "name",
    "mode",
    "venue_id",
    "room",
    "video_platform",
    "video_url",
    "video_meeting_id",
    "passcode",
    "passcode_public",
    "dial_in",
    "dial_in_notes",
    "start_date",
    "start_time",
    "duration_minutes",
    "timezone",
    "rrule",
    "rdates",
    "end_date",
    "status",
    "notes",
    "language",
    "offers_verification",
    "facilitator",
    "secret_params",
];

/// ?1–?26 the input's columns, then the uid, the time (created and updated) and where
/// it came from.
static INSERT_MEETING: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "INSERT INTO meetings ({}, uid, created_at, updated_at, source_id, source_key, source_hash) \
         VALUES ({}, ?27, ?28, ?28, ?29, ?30, ?31)",
        INPUT_COLUMNS.join(", "),
        (1..=INPUT_COLUMNS.len())
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    )
});

/// ?1–?26 the input's columns, ?27 the time, ?28 the meeting. An edit moves the
/// sequence on (calendar apps take the change), marks an imported meeting as edited
/// here, and confirms its place.
static UPDATE_MEETING: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "UPDATE meetings SET {}, updated_at = ?27, sequence = sequence + 1, \
         locally_edited = (source_id IS NOT NULL), place_unconfirmed = 0 WHERE id = ?28",
        INPUT_COLUMNS
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ?{}", i + 1))
            .collect::<Vec<_>>()
            .join(", ")
    )
});

/// What a meeting's input stores, worked out once for INSERT and UPDATE alike.
struct Stored<'a> {
    input: &'a MeetingInput,
    fellowship: &'static str,
    name: &'a str,
    mode: &'static str,
    venue_id: Option<i64>,
    room: &'a str,
    platform: String,
    url: &'a str,
    meeting_id: &'a str,
    passcode: &'a str,
    dial_in: &'a str,
    dial_in_notes: &'a str,
    start_date: String,
    start_time: String,
    timezone: &'a str,
    rrule: String,
    rdates: String,
    end_date: Option<String>,
    status: &'static str,
    notes: &'a str,
    language: &'a str,
    facilitator: &'a str,
    secret_params: String,
}

impl<'a> Stored<'a> {
    fn new(input: &'a MeetingInput, venue_id: Option<i64>) -> Self {
        let (rrule, rdates) = rule::to_stored(&input.schedule.recurrence);
        Stored {
            input,
            fellowship: input.fellowship.key(),
            name: input.name.trim(),
            mode: input.mode.key(),
            venue_id,
            room: input.room.trim(),
            platform: platform_of(&input.online),
            url: input.online.url.trim(),
            meeting_id: input.online.meeting_id.trim(),
            passcode: input.online.passcode.trim(),
            dial_in: input.online.dial_in.trim(),
            dial_in_notes: input.online.dial_in_notes.trim(),
            start_date: input.schedule.start_date.to_string(),
            start_time: crate::schedule::hhmm::format(input.schedule.start_time),
            timezone: input.schedule.timezone.trim(),
            rrule,
            rdates: serde_json::to_string(&rdates).expect("dates serialise"),
            end_date: input.schedule.end_date.map(|d| d.to_string()),
            status: input.status.key(),
            notes: input.notes.trim(),
            language: input.language.trim(),
            facilitator: input.facilitator.trim(),
            secret_params: secret_names(&input.online.secret_params),
        }
    }

    /// The values of `INPUT_COLUMNS`, in its order.
    fn values(&self) -> [&dyn rusqlite::ToSql; 26] {
        [
            &self.fellowship,
            &self.input.group_id,
            &self.name,
            &self.mode,
            &self.venue_id,
            &self.room,
            &self.platform,
            &self.url,
            &self.meeting_id,
            &self.passcode,
            &self.input.online.passcode_public,
            &self.dial_in,
            &self.dial_in_notes,
            &self.start_date,
            &self.start_time,
            &self.input.schedule.duration_minutes,
            &self.timezone,
            &self.rrule,
            &self.rdates,
            &self.end_date,
            &self.status,
            &self.notes,
            &self.language,
            &self.input.offers_verification,
            &self.facilitator,
            &self.secret_params,
        ]
    }
}

const INSERT_FORMAT: &str =
    "INSERT OR IGNORE INTO meeting_formats (meeting_id, code) VALUES (?1, ?2)";

fn insert(
    conn: &Connection,
    statements: &mut Inserts<'_>,
    input: &MeetingInput,
    origin: Option<Origin<'_>>,
    cache: &mut VenueCache,
) -> Result<i64> {
    insert_as(conn, statements, input, origin, cache, Place::Required)
}

fn insert_as(
    conn: &Connection,
    statements: &mut Inserts<'_>,
    input: &MeetingInput,
    origin: Option<Origin<'_>>,
    cache: &mut VenueCache,
    place: Place,
) -> Result<i64> {
    if place == Place::Required {
        input.validate(conn)?;
    }
    let stored = Stored::new(input, venue_id(conn, input, cache)?);
    let (uid, now) = (new_uid(), now_utc());
    let (source, key, hash) = (
        origin.map(|o| o.0),
        origin.map(|o| o.1),
        origin.map(|o| o.2),
    );
    let mut values: Vec<&dyn rusqlite::ToSql> = stored.values().to_vec();
    values.extend([&uid as &dyn rusqlite::ToSql, &now, &source, &key, &hash]);
    statements.meeting.execute(values.as_slice())?;
    let id = conn.last_insert_rowid();
    add_formats(&mut statements.format, id, &input.formats)?;
    Ok(id)
}

/// Creates a meeting that came from an import source, remembering where it came from.
pub fn create_imported(
    conn: &Connection,
    statements: &mut Inserts<'_>,
    input: &MeetingInput,
    source_id: i64,
    key: &str,
    hash: &str,
    cache: &mut VenueCache,
) -> Result<i64> {
    insert(conn, statements, input, Some((source_id, key, hash)), cache)
}

/// Applies what the source now says; the meeting counts as unedited here again.
pub fn update_imported(
    conn: &Connection,
    id: i64,
    input: &MeetingInput,
    hash: &str,
    cache: &mut VenueCache,
) -> Result<()> {
    rewrite(conn, id, input, cache)?;
    conn.prepare_cached("UPDATE meetings SET source_hash = ?2, locally_edited = 0 WHERE id = ?1")?
        .execute(params![id, hash])?;
    Ok(())
}

/// The codes of a meeting that does not say where it meets.
const PLACE_MISSING: [crate::error::Code; 3] = [
    crate::error::Code::MeetingAddressRequired,
    crate::error::Code::MeetingOnlineAccessRequired,
    crate::error::Code::MeetingDialInRequired,
];

/// Whether a meeting must say where it meets to be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Required,
    /// It may come without (from a shared calendar): then it is flagged to be confirmed.
    MayBeConfirmedLater,
}

/// [`create_with_uid`] or [`update`] for a meeting from a shared calendar: one that
/// says nowhere where it meets is saved all the same, flagged to be confirmed.
pub fn save_shared(
    conn: &Connection,
    id: Option<i64>,
    input: &MeetingInput,
    uid: &str,
) -> Result<i64> {
    let missing = input.validate_with(conn, Place::MayBeConfirmedLater)?;
    let id = match id {
        Some(id) => {
            get(conn, id)?;
            rewrite_as(
                conn,
                id,
                input,
                &mut VenueCache::default(),
                Place::MayBeConfirmedLater,
            )?;
            id
        }
        None => {
            let id = insert_as(
                conn,
                &mut Inserts::new(conn)?,
                input,
                None,
                &mut VenueCache::default(),
                Place::MayBeConfirmedLater,
            )?;
            conn.prepare_cached("UPDATE meetings SET uid = ?2 WHERE id = ?1")?
                .execute(params![id, uid])?;
            id
        }
    };
    conn.prepare_cached("UPDATE meetings SET place_unconfirmed = ?2 WHERE id = ?1")?
        .execute(params![id, missing])?;
    Ok(id)
}

/// Replaces a meeting's details; its UID stays and its SEQUENCE rises.
pub fn update(conn: &Connection, id: i64, input: &MeetingInput) -> Result<Meeting> {
    get(conn, id)?;
    rewrite(conn, id, input, &mut VenueCache::default())?;
    group_offers_verification(conn, input)?;
    get(conn, id)
}

fn rewrite(conn: &Connection, id: i64, input: &MeetingInput, cache: &mut VenueCache) -> Result<()> {
    rewrite_as(conn, id, input, cache, Place::Required)
}

fn rewrite_as(
    conn: &Connection,
    id: i64,
    input: &MeetingInput,
    cache: &mut VenueCache,
    place: Place,
) -> Result<()> {
    if place == Place::Required {
        input.validate(conn)?;
    }
    let stored = Stored::new(input, venue_id(conn, input, cache)?);
    let now = now_utc();
    let mut values: Vec<&dyn rusqlite::ToSql> = stored.values().to_vec();
    values.extend([&now as &dyn rusqlite::ToSql, &id]);
    conn.prepare_cached(&UPDATE_MEETING)?
        .execute(values.as_slice())?;
    set_formats(conn, id, &input.formats)
}

pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    let n = conn.execute("DELETE FROM meetings WHERE id = ?1", [id])?;
    if n == 0 {
        return Err(Error::not_found("meeting", id));
    }
    Ok(())
}

fn set_formats(conn: &Connection, id: i64, formats: &[String]) -> Result<()> {
    conn.prepare_cached("DELETE FROM meeting_formats WHERE meeting_id = ?1")?
        .execute([id])?;
    let mut ins = conn.prepare_cached(INSERT_FORMAT)?;
    add_formats(&mut ins, id, formats)
}

fn add_formats(ins: &mut rusqlite::Statement<'_>, id: i64, formats: &[String]) -> Result<()> {
    for code in formats.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
        ins.execute(params![id, code])?;
    }
    Ok(())
}

/// The video platform named in the input, or recognised from the link's host.
pub fn platform_of(online: &OnlineAccess) -> String {
    if !online.platform.trim().is_empty() {
        return online.platform.trim().to_ascii_lowercase();
    }
    crate::program::conference::platform_for_url(&online.url)
        .map(|p| p.key().to_owned())
        .unwrap_or_default()
}

const SELECT: &str = "SELECT m.id, m.uid, m.fellowship, m.group_id, g.name, m.name, m.mode, m.venue_id, m.room, m.video_platform, \
    m.video_url, m.video_meeting_id, m.passcode, m.passcode_public, m.dial_in, m.dial_in_notes, m.start_date, m.start_time, \
    m.duration_minutes, m.timezone, m.rrule, m.rdates, m.end_date, m.status, m.notes, m.language, m.offers_verification, \
    m.facilitator, m.sequence, m.updated_at, m.source_id IS NOT NULL, m.locally_edited, \
    (SELECT group_concat(code, ' ') FROM meeting_formats f WHERE f.meeting_id = m.id), m.secret_params, \
    m.place_unconfirmed \
    FROM meetings m LEFT JOIN groups g ON g.id = m.group_id";

fn parse_col<T>(
    idx: usize,
    value: &str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    parse(value).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            format!("unexpected value '{value}'").into(),
        )
    })
}

/// The schedule stored in the seven columns from `first`: start_date, start_time,
/// duration_minutes, timezone, rrule, rdates, end_date.
fn schedule_at(r: &Row<'_>, first: usize) -> rusqlite::Result<Schedule> {
    // Read in place, not copied out first: a region's calendar reads 35,000 schedules
    // after every change, and these columns' copies were a tenth of that read.
    let rdates = text(r, first + 5)?;
    let rdates: Vec<NaiveDate> = if rdates == "[]" {
        Vec::new()
    } else {
        parse_col(first + 5, rdates, |s| serde_json::from_str(s).ok())?
    };
    Ok(Schedule {
        start_date: parse_col(first, text(r, first)?, iso_date)?,
        start_time: parse_col(first + 1, text(r, first + 1)?, hhmm::parse)?,
        duration_minutes: r.get(first + 2)?,
        timezone: r.get(first + 3)?,
        recurrence: rule::from_stored(text(r, first + 4)?, rdates),
        end_date: match r.get_ref(first + 6)?.as_str_or_null() {
            Ok(Some(d)) => Some(parse_col(first + 6, d, iso_date)?),
            Ok(None) => None,
            Err(e) => return Err(not_text(first + 6, e)),
        },
    })
}

/// `items` in the order of their names' lowercase text, then their ids ([`name_order`]).
/// Only a name outside ASCII is copied in lowercase: copying every name was a tenth of
/// reading a region's program (perf, session 46).
fn by_name<T>(items: Vec<T>, name: impl Fn(&T) -> &str, id: impl Fn(&T) -> i64) -> Vec<T> {
    let keys: Vec<std::borrow::Cow<'_, str>> = items.iter().map(|m| name_key(name(m))).collect();
    let mut order: Vec<u32> = (0..items.len() as u32).collect();
    order.sort_unstable_by(|&a, &b| {
        let (a, b) = (a as usize, b as usize);
        compare_names(&keys[a], &keys[b]).then(id(&items[a]).cmp(&id(&items[b])))
    });
    drop(keys);
    // Moved into that order in place, one cycle of the permutation at a time: a second
    // vector of a region's 35,000 rows would be 8 MB more at the read's peak.
    let mut items = items;
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        let mut at = start;
        while !placed[at] {
            placed[at] = true;
            let from = order[at] as usize;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
    items
}

/// A stored date, "2027-03-16". Read by hand when it has exactly that form: chrono's
/// general parser was a twentieth of reading a region's schedules (perf, session 46).
/// Any other text goes to chrono, so what is accepted does not change.
fn iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        if let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) {
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                return Some(date);
            }
        }
    }
    s.parse().ok()
}

/// A text column as it lies in the row.
fn text<'r>(r: &'r Row<'_>, idx: usize) -> rusqlite::Result<&'r str> {
    r.get_ref(idx)?.as_str().map_err(|e| not_text(idx, e))
}

fn not_text(idx: usize, e: rusqlite::types::FromSqlError) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))
}

/// An active meeting as its occurrences need it, and no more: a region's calendar
/// reads 35,000 of these for every range it shows, and the full [`Meeting`] (its place,
/// formats, access details and notes) took most of that time.
#[derive(Debug, Clone)]
pub struct Scheduled {
    pub id: i64,
    pub name: String,
    pub fellowship: Fellowship,
    pub mode: AttendanceMode,
    pub group_id: Option<i64>,
    pub venue_id: Option<i64>,
    pub room: String,
    pub url: String,
    pub facilitator: String,
    pub schedule: Schedule,
    /// Made on this computer (or shared with it), not brought in by an import: the
    /// meetings its groups run.
    pub own: bool,
}

/// What [`list_scheduled`] and [`scheduled_among`] read of a meeting.
const SCHEDULED: &str = "SELECT m.id, m.name, m.fellowship, m.mode, m.group_id, m.venue_id, m.room, m.video_url, m.facilitator, \
     m.start_date, m.start_time, m.duration_minutes, m.timezone, m.rrule, m.rdates, m.end_date, \
     m.source_id IS NULL FROM meetings m WHERE m.status = 'active'";

fn scheduled_row(r: &Row<'_>) -> rusqlite::Result<Scheduled> {
    Ok(Scheduled {
        id: r.get(0)?,
        name: r.get(1)?,
        fellowship: parse_col(2, text(r, 2)?, |s| Fellowship::parse(s).ok())?,
        mode: parse_col(3, text(r, 3)?, |s| AttendanceMode::parse(s).ok())?,
        group_id: r.get(4)?,
        venue_id: r.get(5)?,
        room: r.get(6)?,
        url: r.get(7)?,
        facilitator: r.get(8)?,
        schedule: schedule_at(r, 9)?,
        own: r.get(16)?,
    })
}

/// Every active meeting as [`Scheduled`], by name. Its columns are those whose update
/// moves the meetings' version (`meetings_update_schedule_version`, schema v12 and v13):
/// a column read here must be named there too.
pub fn list_scheduled(conn: &Connection) -> Result<Vec<Scheduled>> {
    let mut stmt = conn.prepare_cached(SCHEDULED)?;
    let rows = stmt
        .query_map([], scheduled_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    // Sorted here rather than by SQLite's ORDER BY: a quarter of the read's time there.
    Ok(by_name(rows, |m| &m.name, |m| m.id))
}

/// Those of `ids` that are active meetings, as [`list_scheduled`] reads them and in its
/// order: what changed since the program was last read (a deleted or paused meeting is
/// simply not among them).
pub fn scheduled_among(
    conn: &Connection,
    ids: &std::collections::HashSet<i64>,
) -> Result<Vec<Scheduled>> {
    let mut stmt = conn.prepare_cached(&format!("{SCHEDULED} AND m.id = ?1"))?;
    let mut rows = Vec::new();
    for &id in ids {
        if let Some(m) = stmt.query_map([id], scheduled_row)?.next() {
            rows.push(m?);
        }
    }
    Ok(by_name(rows, |m| &m.name, |m| m.id))
}

/// The order [`list_scheduled`] puts meetings in: by the lowercase text of their names,
/// then by id.
pub fn name_order(a: (&str, i64), b: (&str, i64)) -> std::cmp::Ordering {
    compare_names(&name_key(a.0), &name_key(b.0)).then(a.1.cmp(&b.1))
}

/// A name as [`compare_names`] compares it: an ASCII name as it is, any other in
/// lowercase.
fn name_key(n: &str) -> std::borrow::Cow<'_, str> {
    if n.is_ascii() {
        std::borrow::Cow::Borrowed(n)
    } else {
        std::borrow::Cow::Owned(n.to_lowercase())
    }
}

/// Two [`name_key`]s in the order of their lowercase text: an ASCII name is compared
/// byte by byte as lowercase, which gives the same order (lowercasing a lowercase text
/// changes nothing).
fn compare_names(a: &str, b: &str) -> std::cmp::Ordering {
    fn lower(s: &str) -> impl Iterator<Item = u8> + '_ {
        s.bytes().map(|c| c.to_ascii_lowercase())
    }
    lower(a).cmp(lower(b))
}

struct Row0 {
    meeting: Meeting,
    venue_id: Option<i64>,
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Row0> {
    let fellowship: String = r.get(2)?;
    let mode: String = r.get(6)?;
    let status: String = r.get(23)?;
    let schedule = schedule_at(r, 16)?;
    let formats: Option<String> = r.get(32)?;
    let meeting = Meeting {
        id: r.get(0)?,
        uid: r.get(1)?,
        fellowship: parse_col(2, &fellowship, |s| Fellowship::parse(s).ok())?,
        group_id: r.get(3)?,
        group_name: r.get(4)?,
        name: r.get(5)?,
        mode: parse_col(6, &mode, |s| AttendanceMode::parse(s).ok())?,
        venue: None,
        room: r.get(8)?,
        online: OnlineAccess {
            platform: r.get(9)?,
            url: r.get(10)?,
            meeting_id: r.get(11)?,
            passcode: r.get(12)?,
            passcode_public: r.get(13)?,
            dial_in: r.get(14)?,
            dial_in_notes: r.get(15)?,
            secret_params: r.get(33)?,
        },
        formats: {
            // In the fellowship's own order (O before D…), so output is stable.
            let f = parse_col(2, &fellowship, |s| Fellowship::parse(s).ok())?;
            let table = crate::program::formats::for_fellowship(f);
            let mut codes: Vec<String> = formats
                .map(|f| f.split(' ').map(str::to_owned).collect())
                .unwrap_or_default();
            let rank = |c: &str| table.iter().position(|x| x.code == c).unwrap_or(usize::MAX);
            codes.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| a.cmp(b)));
            codes
        },
        schedule,
        status: parse_col(23, &status, |s| match s {
            "active" => Some(MeetingStatus::Active),
            "inactive" => Some(MeetingStatus::Inactive),
            _ => None,
        })?,
        notes: r.get(24)?,
        language: r.get(25)?,
        offers_verification: r.get(26)?,
        facilitator: r.get(27)?,
        sequence: r.get(28)?,
        updated_at: r.get(29)?,
        imported: r.get(30)?,
        locally_edited: r.get(31)?,
        place_to_confirm: r.get(34)?,
    };
    Ok(Row0 {
        meeting,
        venue_id: r.get(7)?,
    })
}

fn attach_venues(conn: &Connection, rows: Vec<Row0>) -> Result<Vec<Meeting>> {
    let by_id = venues::by_id(conn)?;
    Ok(rows
        .into_iter()
        .map(|mut row| {
            row.meeting.venue = row.venue_id.and_then(|id| by_id.get(&id).cloned());
            row.meeting
        })
        .collect())
}

pub fn get(conn: &Connection, id: i64) -> Result<Meeting> {
    let row = conn
        .prepare_cached(&format!("{SELECT} WHERE m.id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("meeting", id))?;
    let venue = row.venue_id.map(|v| venues::get(conn, v)).transpose()?;
    Ok(Meeting {
        venue,
        ..row.meeting
    })
}

/// Every meeting, by name.
pub fn list(conn: &Connection) -> Result<Vec<Meeting>> {
    let mut stmt =
        conn.prepare_cached(&format!("{SELECT} ORDER BY m.name COLLATE NOCASE, m.id"))?;
    let rows = stmt
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    attach_venues(conn, rows)
}

#[cfg(test)]
pub(crate) mod tests {

    #[test]
    fn a_stored_date_reads_as_chrono_reads_it() {
        for d in [
            "2027-03-16",
            "2024-02-29",
            "2023-02-29",
            "0001-01-01",
            "9999-12-31",
            "0000-01-01",
            "2027-3-16",
            " 2027-03-16",
            "2027-03-16 ",
            "+2027-03-16",
            "2027/03/16",
            "abcd-ef-gh",
            "2027-00-10",
            "2027-13-01",
            "2027-12-32",
            "2027-1a-01",
            "",
            "20270316",
        ] {
            assert_eq!(iso_date(d), d.parse::<NaiveDate>().ok(), "{d:?}");
        }
    }

    #[test]
    fn names_sort_as_their_lowercase_text_then_by_id() {
        let names = [
            "beta",
            "Alpha",
            "alpha",
            "Ávila",
            "ávila",
            "Éire",
            "zeta",
            "ΣΟΦΙΑ",
            "σοφια",
            "İzmir",
            "izmir",
            "Zeta",
            "Mañana",
            "MAÑANA",
            "manana",
            "",
            "10 Steps",
            "_x",
            "[x]",
        ];
        let items: Vec<(String, i64)> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.to_string(), 100 - i as i64))
            .collect();
        let mut expected = items.clone();
        expected.sort_by_cached_key(|(n, id)| (n.to_lowercase(), *id));
        assert_eq!(by_name(items, |m| &m.0, |m| m.1), expected);
    }

    use super::*;
    use crate::schedule::{Day, Recurrence};
    use crate::Store;
    use chrono::NaiveTime;

    pub fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("hg.sqlite3")).unwrap();
        (dir, store)
    }

    pub fn tuesday_night() -> MeetingInput {
        MeetingInput {
            fellowship: Fellowship::Na,
            group_id: None,
            name: "Tuesday Night Hope".into(),
            mode: AttendanceMode::Hybrid,
            venue: Some(VenueChoice::New {
                venue: VenueInput {
                    name: "St. Mark's Hall".into(),
                    address: "12 Elm St".into(),
                    city: "Springfield".into(),
                    ..Default::default()
                },
            }),
            room: "Basement".into(),
            online: OnlineAccess {
                url: "https://us02web.zoom.us/j/85512345678".into(),
                passcode: "hope".into(),
                ..Default::default()
            },
            formats: vec!["O".into(), "D".into()],
            schedule: Schedule {
                start_date: NaiveDate::from_ymd_opt(2026, 1, 6).unwrap(),
                start_time: NaiveTime::from_hms_opt(19, 0, 0).unwrap(),
                duration_minutes: 90,
                timezone: "America/New_York".into(),
                recurrence: Recurrence::Weekly {
                    interval: 1,
                    days: vec![Day::TU],
                },
                end_date: None,
            },
            status: MeetingStatus::Active,
            notes: String::new(),
            language: "en".into(),
            offers_verification: false,
            facilitator: String::new(),
        }
    }

    fn count(store: &Store, table: &str) -> i64 {
        store
            .conn()
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn uids_are_distinct_and_sort_by_creation_across_pool_refills() {
        // 10,000 UIDs draw 100 KB from the pool, refilling it two dozen times.
        let uids: Vec<String> = (0..10_000).map(|_| new_uid()).collect();
        let distinct: std::collections::HashSet<&String> = uids.iter().collect();
        assert_eq!(distinct.len(), uids.len());
        for u in &uids {
            let id = uuid::Uuid::parse_str(u.strip_suffix("@homegroup").unwrap()).unwrap();
            assert_eq!(id.get_version(), Some(uuid::Version::SortRand), "a UUIDv7");
            assert_eq!(id.get_variant(), uuid::Variant::RFC4122);
        }
        // The first 12 hex digits are the creation time in milliseconds.
        assert!(uids.windows(2).all(|w| w[0][..12] <= w[1][..12]));
    }

    #[test]
    fn created_meeting_is_listed_with_venue_formats_and_rule_in_words() {
        let (_d, store) = store();
        let m = store.write(|tx| create(tx, &tuesday_night())).unwrap();
        assert!(m.uid.ends_with("@homegroup"));
        assert_eq!(m.online.platform, "zoom");
        assert_eq!(m.formats, vec!["O", "D"]);
        assert_eq!(
            m.venue.as_ref().unwrap().details.timezone,
            "America/New_York"
        );
        let list = list(&store.conn()).unwrap();
        assert_eq!(list, vec![m]);
    }

    #[test]
    fn same_address_reuses_the_venue() {
        let (_d, store) = store();
        let a = store.write(|tx| create(tx, &tuesday_night())).unwrap();
        let b = store
            .write(|tx| {
                create(
                    tx,
                    &MeetingInput {
                        name: "Step Study".into(),
                        ..tuesday_night()
                    },
                )
            })
            .unwrap();
        assert_eq!(a.venue.unwrap().id, b.venue.unwrap().id);
        assert_eq!(count(&store, "venues"), 1);
    }

    #[test]
    fn bad_input_names_its_field_and_writes_nothing() {
        let (_d, store) = store();
        let mut unknown_zone = tuesday_night();
        unknown_zone.schedule.timezone = "America/Springfield".into();
        let mut end_before_start = tuesday_night();
        end_before_start.schedule.end_date = NaiveDate::from_ymd_opt(2025, 12, 31);
        let mut no_address = tuesday_night();
        no_address.venue = Some(VenueChoice::New {
            venue: VenueInput::default(),
        });
        let mut online_without_access = tuesday_night();
        online_without_access.mode = AttendanceMode::Online;
        online_without_access.online = OnlineAccess::default();
        let mut phone_without_number = online_without_access.clone();
        phone_without_number.mode = AttendanceMode::Phone;
        let mut bad_link = tuesday_night();
        bad_link.online.url = "zoom.us/j/1".into();
        let cases = [
            (
                MeetingInput {
                    name: "   ".into(),
                    ..tuesday_night()
                },
                "meeting.name_empty",
                "name",
            ),
            (unknown_zone, "schedule.invalid_timezone", "timezone"),
            (end_before_start, "schedule.end_before_start", "end_date"),
            (no_address, "meeting.address_required", "address"),
            (
                online_without_access,
                "meeting.online_access_required",
                "url",
            ),
            (phone_without_number, "meeting.dial_in_required", "dial_in"),
            (bad_link, "meeting.invalid_url", "url"),
        ];
        for (input, code, field) in cases {
            let err = store.write(|tx| create(tx, &input)).unwrap_err();
            assert_eq!((err.code(), err.field()), (code, Some(field)), "{err}");
        }
        assert_eq!(count(&store, "meetings"), 0);
        assert_eq!(count(&store, "venues"), 0);
    }

    #[test]
    fn update_keeps_uid_and_raises_sequence() {
        let (_d, store) = store();
        let m = store.write(|tx| create(tx, &tuesday_night())).unwrap();
        let mut input = tuesday_night();
        input.schedule.start_time = NaiveTime::from_hms_opt(19, 30, 0).unwrap();
        let u = store.write(|tx| update(tx, m.id, &input)).unwrap();
        assert_eq!(u.uid, m.uid);
        assert_eq!(u.sequence, m.sequence + 1);
        assert_eq!(
            u.schedule.start_time,
            NaiveTime::from_hms_opt(19, 30, 0).unwrap()
        );
        assert!(
            !u.locally_edited,
            "only imported meetings are marked as edited here"
        );
    }

    #[test]
    fn online_meeting_needs_no_venue() {
        let (_d, store) = store();
        let mut input = tuesday_night();
        input.mode = AttendanceMode::Online;
        input.venue = None;
        input.online = OnlineAccess {
            dial_in: "+1 646 558 8656".into(),
            ..Default::default()
        };
        let m = store.write(|tx| create(tx, &input)).unwrap();
        assert!(m.venue.is_none());
    }
}
