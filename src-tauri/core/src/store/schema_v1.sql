-- Homegroup schema, version 1: the whole product's model, so later features fill
-- tables in rather than redesign them. Every table is STRICT; instants are UTC
-- RFC 3339 text; wall-clock times are local text beside an IANA zone; an
-- occurrence is keyed by its original local start ('YYYY-MM-DDTHH:MM'), the
-- RECURRENCE-ID of RFC 5545, so moving a date keeps its attendance attached.

CREATE TABLE fellowships (
    key  TEXT PRIMARY KEY CHECK (key IN ('na', 'smart', 'other')),
    name TEXT NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO fellowships (key, name) VALUES
    ('na', 'Narcotics Anonymous'),
    ('smart', 'SMART Recovery'),
    ('other', 'Other fellowship');

CREATE TABLE groups (
    id                  INTEGER PRIMARY KEY,
    fellowship          TEXT NOT NULL REFERENCES fellowships(key),
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    offers_verification INTEGER NOT NULL DEFAULT 0 CHECK (offers_verification IN (0, 1)),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX groups_name ON groups (fellowship, name COLLATE NOCASE);

CREATE TABLE venues (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    region      TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    latitude    REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude   REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    timezone    TEXT NOT NULL,
    -- Only a neighbourhood is known (online groups that list a city, say).
    approximate INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- Where a meeting came from, so a re-import updates instead of duplicating.
CREATE TABLE import_sources (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('meeting_guide', 'bmlt', 'ics', 'csv')),
    location         TEXT NOT NULL,
    name             TEXT NOT NULL DEFAULT '',
    fellowship       TEXT NOT NULL REFERENCES fellowships(key),
    refresh_minutes  INTEGER CHECK (refresh_minutes IS NULL OR refresh_minutes > 0),
    etag             TEXT,
    last_modified    TEXT,
    last_run_at      TEXT,
    created_at       TEXT NOT NULL,
    UNIQUE (kind, location)
) STRICT;

CREATE TABLE import_runs (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES import_sources(id) ON DELETE CASCADE,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    created     INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    removed     INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    error       TEXT,
    report      TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX import_runs_source ON import_runs (source_id, started_at);

CREATE TABLE meetings (
    id                  INTEGER PRIMARY KEY,
    -- Generated once and kept across edits, exports and re-imports.
    uid                 TEXT NOT NULL UNIQUE,
    fellowship          TEXT NOT NULL REFERENCES fellowships(key),
    group_id            INTEGER REFERENCES groups(id) ON DELETE SET NULL,
    name                TEXT NOT NULL CHECK (length(trim(name)) > 0),
    mode                TEXT NOT NULL CHECK (mode IN ('in_person', 'online', 'hybrid', 'phone')),
    venue_id            INTEGER REFERENCES venues(id) ON DELETE SET NULL,
    room                TEXT NOT NULL DEFAULT '',
    video_platform      TEXT NOT NULL DEFAULT '',
    video_url           TEXT NOT NULL DEFAULT '',
    video_meeting_id    TEXT NOT NULL DEFAULT '',
    passcode            TEXT NOT NULL DEFAULT '',
    passcode_public     INTEGER NOT NULL DEFAULT 0 CHECK (passcode_public IN (0, 1)),
    dial_in             TEXT NOT NULL DEFAULT '',
    dial_in_notes       TEXT NOT NULL DEFAULT '',
    -- Schedule: local start, zone, length, and an RFC 5545 RRULE (empty: one-off)
    -- plus RDATEs for irregular dates; stored losslessly as imported.
    start_date          TEXT NOT NULL,
    start_time          TEXT NOT NULL,
    duration_minutes    INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    timezone            TEXT NOT NULL,
    rrule               TEXT NOT NULL DEFAULT '',
    rdates              TEXT NOT NULL DEFAULT '[]',
    end_date            TEXT CHECK (end_date IS NULL OR end_date >= start_date),
    status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
    notes               TEXT NOT NULL DEFAULT '',
    language            TEXT NOT NULL DEFAULT '',
    offers_verification INTEGER NOT NULL DEFAULT 0 CHECK (offers_verification IN (0, 1)),
    facilitator         TEXT NOT NULL DEFAULT '',
    -- Rises on every change, for SEQUENCE in calendar feeds.
    sequence            INTEGER NOT NULL DEFAULT 0,
    source_id           INTEGER REFERENCES import_sources(id) ON DELETE SET NULL,
    source_key          TEXT,
    source_hash         TEXT,
    -- Edited here since the last import: a re-import asks before overwriting.
    locally_edited      INTEGER NOT NULL DEFAULT 0 CHECK (locally_edited IN (0, 1)),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (source_id, source_key)
) STRICT;
CREATE INDEX meetings_group ON meetings (group_id);
CREATE INDEX meetings_venue ON meetings (venue_id);

CREATE TABLE meeting_formats (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    code       TEXT NOT NULL,
    PRIMARY KEY (meeting_id, code)
) STRICT, WITHOUT ROWID;
CREATE INDEX meeting_formats_code ON meeting_formats (code, meeting_id);

-- One row per changed occurrence, keyed by its original local start.
CREATE TABLE meeting_exceptions (
    id               INTEGER PRIMARY KEY,
    meeting_id       INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    occurrence       TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('cancelled', 'moved', 'noted')),
    note             TEXT NOT NULL DEFAULT '',
    new_start        TEXT,
    new_duration     INTEGER CHECK (new_duration IS NULL OR new_duration BETWEEN 1 AND 1440),
    new_venue_id     INTEGER REFERENCES venues(id) ON DELETE SET NULL,
    new_video_url    TEXT,
    updated_at       TEXT NOT NULL,
    UNIQUE (meeting_id, occurrence),
    CHECK (kind <> 'moved' OR new_start IS NOT NULL OR new_venue_id IS NOT NULL OR new_video_url IS NOT NULL)
) STRICT;

-- Temporarily closed over a range of local dates (inclusive).
CREATE TABLE meeting_closures (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    from_date  TEXT NOT NULL,
    to_date    TEXT NOT NULL CHECK (to_date >= from_date),
    reason     TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX meeting_closures_meeting ON meeting_closures (meeting_id, from_date);

-- Who chairs, facilitates or keeps the door for one occurrence.
CREATE TABLE roster (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    occurrence TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('chair', 'facilitator', 'secretary', 'speaker', 'greeter')),
    person     TEXT NOT NULL CHECK (length(trim(person)) > 0),
    PRIMARY KEY (meeting_id, occurrence, role)
) STRICT, WITHOUT ROWID;

-- Members are a nickname and an optional clean date: there is deliberately no
-- column for a surname, phone number or e-mail address.
CREATE TABLE members (
    id         INTEGER PRIMARY KEY,
    group_id   INTEGER REFERENCES groups(id) ON DELETE SET NULL,
    nickname   TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(nickname)) > 0),
    clean_date TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX members_nickname ON members (ifnull(group_id, 0), nickname);

-- A relapse resets the clean date; the earlier one is kept for "welcome back".
CREATE TABLE clean_date_resets (
    id                  INTEGER PRIMARY KEY,
    member_id           INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    previous_clean_date TEXT,
    new_clean_date      TEXT NOT NULL,
    recorded_at         TEXT NOT NULL
) STRICT;
CREATE INDEX clean_date_resets_member ON clean_date_resets (member_id);

CREATE TABLE checkins (
    meeting_id    INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    occurrence    TEXT NOT NULL,
    member_id     INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    first_time    INTEGER NOT NULL DEFAULT 0 CHECK (first_time IN (0, 1)),
    checked_in_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, occurrence, member_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX checkins_member ON checkins (member_id, occurrence);

-- Anonymous counts for an occurrence (SMART-style meeting report).
CREATE TABLE occurrence_reports (
    meeting_id     INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    occurrence     TEXT NOT NULL,
    held           INTEGER NOT NULL DEFAULT 1 CHECK (held IN (0, 1)),
    head_count     INTEGER NOT NULL DEFAULT 0 CHECK (head_count >= 0),
    newcomer_count INTEGER NOT NULL DEFAULT 0 CHECK (newcomer_count >= 0),
    notes          TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (meeting_id, occurrence)
) STRICT, WITHOUT ROWID;

CREATE TABLE chip_schemes (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    fellowship TEXT REFERENCES fellowships(key),
    -- A group's own copy of a scheme overrides its fellowship's default.
    group_id   INTEGER REFERENCES groups(id) ON DELETE CASCADE,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE chip_milestones (
    id           INTEGER PRIMARY KEY,
    scheme_id    INTEGER NOT NULL REFERENCES chip_schemes(id) ON DELETE CASCADE,
    label        TEXT NOT NULL,
    color        TEXT NOT NULL DEFAULT '',
    item         TEXT NOT NULL DEFAULT 'keytag' CHECK (item IN ('keytag', 'medallion', 'chip')),
    unit         TEXT NOT NULL CHECK (unit IN ('welcome', 'day', 'month', 'year', 'welcome_back')),
    amount       INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    -- Awarded again every `amount` units after the first (every further year).
    repeats      INTEGER NOT NULL DEFAULT 0 CHECK (repeats IN (0, 1)),
    sort         INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX chip_milestones_scheme ON chip_milestones (scheme_id, sort);

CREATE TABLE chip_inventory (
    milestone_id INTEGER PRIMARY KEY REFERENCES chip_milestones(id) ON DELETE CASCADE,
    on_hand      INTEGER NOT NULL DEFAULT 0,
    reorder_at   INTEGER NOT NULL DEFAULT 0 CHECK (reorder_at >= 0)
) STRICT;

CREATE TABLE chip_awards (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    milestone_id INTEGER NOT NULL REFERENCES chip_milestones(id),
    -- Which repetition (2 years, 3 years...) of a repeating milestone.
    nth          INTEGER NOT NULL DEFAULT 1,
    clean_date   TEXT,
    meeting_id   INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
    occurrence   TEXT,
    awarded_on   TEXT NOT NULL
) STRICT;
CREATE INDEX chip_awards_member ON chip_awards (member_id, milestone_id);

CREATE TABLE houses (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    notes      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- "5 a week in phase 1", "90 in the first 90 days": a phase of NULL applies to all.
CREATE TABLE house_rules (
    id        INTEGER PRIMARY KEY,
    house_id  INTEGER NOT NULL REFERENCES houses(id) ON DELETE CASCADE,
    phase     TEXT,
    kind      TEXT NOT NULL CHECK (kind IN ('per_week', 'in_first_days')),
    count     INTEGER NOT NULL CHECK (count > 0),
    days      INTEGER CHECK (days IS NULL OR days > 0),
    -- JSON list of fellowships that count; empty counts every meeting.
    counts    TEXT NOT NULL DEFAULT '[]',
    CHECK (kind <> 'in_first_days' OR days IS NOT NULL)
) STRICT;

CREATE TABLE residents (
    id        INTEGER PRIMARY KEY,
    house_id  INTEGER NOT NULL REFERENCES houses(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    move_in   TEXT NOT NULL,
    move_out  TEXT CHECK (move_out IS NULL OR move_out >= move_in),
    phase     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX residents_house ON residents (house_id);
CREATE INDEX residents_member ON residents (member_id);

-- Meetings a resident attended elsewhere, logged by the house manager.
CREATE TABLE outside_attendance (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    attended_on  TEXT NOT NULL,
    meeting_name TEXT NOT NULL,
    fellowship   TEXT REFERENCES fellowships(key),
    verification TEXT NOT NULL CHECK (verification IN ('slip', 'self_reported')),
    slip_code    TEXT,
    recorded_at  TEXT NOT NULL,
    CHECK (verification <> 'slip' OR slip_code IS NOT NULL)
) STRICT;
CREATE INDEX outside_attendance_member ON outside_attendance (member_id, attended_on);

-- A group's Ed25519 signing keys for attendance slips.
CREATE TABLE group_keys (
    id          INTEGER PRIMARY KEY,
    group_id    INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    public_key  BLOB NOT NULL,
    secret_key  BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
) STRICT;
CREATE INDEX group_keys_group ON group_keys (group_id);

-- Keys of other groups this installation trusts when verifying slips.
CREATE TABLE trusted_keys (
    public_key BLOB PRIMARY KEY,
    label      TEXT NOT NULL,
    revoked_at TEXT,
    added_at   TEXT NOT NULL
) STRICT;

CREATE TABLE feeds (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    -- Unguessable: the URL is the only secret a subscriber holds.
    token      TEXT NOT NULL UNIQUE,
    scope      TEXT NOT NULL CHECK (scope IN ('program', 'group', 'meeting', 'filter')),
    group_id   INTEGER REFERENCES groups(id) ON DELETE CASCADE,
    meeting_id INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
    filter     TEXT NOT NULL DEFAULT '{}',
    -- Never goes backwards, deletions included: Apple revalidates by date only.
    high_water TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE publish_targets (
    id            INTEGER PRIMARY KEY,
    feed_id       INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    url           TEXT NOT NULL,
    username      TEXT NOT NULL DEFAULT '',
    password      TEXT NOT NULL DEFAULT '',
    last_run_at   TEXT,
    last_error    TEXT
) STRICT;

CREATE TABLE published_resources (
    target_id INTEGER NOT NULL REFERENCES publish_targets(id) ON DELETE CASCADE,
    uid       TEXT NOT NULL,
    etag      TEXT,
    body_hash TEXT NOT NULL,
    PRIMARY KEY (target_id, uid)
) STRICT, WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
