-- Sharing one program through a CalDAV collection (issue 19).
--
-- A link is one collection this installation keeps in step with. Each meeting synced
-- through it has an item: where it lives on the server, the ETag we last saw, and the
-- shared fields as they were at that moment (the base of the three-way merge). Items
-- are keyed by the meeting's UID, not its row, because a meeting deleted here must
-- still be known to delete it there.
CREATE TABLE share_links (
    id          INTEGER PRIMARY KEY,
    url         TEXT NOT NULL UNIQUE,
    username    TEXT NOT NULL DEFAULT '',
    -- Only in an encrypted database; otherwise the password is in the system keyring
    -- ('keyring'), or not kept at all ('').
    password    TEXT NOT NULL DEFAULT '',
    password_in TEXT NOT NULL DEFAULT '' CHECK (password_in IN ('', 'database', 'keyring')),
    -- Only this group's meetings are shared through the link (NULL: the whole program).
    group_id    INTEGER REFERENCES groups(id) ON DELETE SET NULL,
    -- RFC 6578 token of the last complete sync ('' when the server has none).
    sync_token  TEXT NOT NULL DEFAULT '',
    ctag        TEXT NOT NULL DEFAULT '',
    last_ok_at  TEXT,
    last_error_code TEXT,
    last_error  TEXT NOT NULL DEFAULT '',
    failures    INTEGER NOT NULL DEFAULT 0,
    -- program_version when the last sync ended with nothing left to upload: while it is
    -- unchanged and the server reports nothing new, a sync reads no meeting.
    synced_version INTEGER NOT NULL DEFAULT -1,
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE share_items (
    link_id INTEGER NOT NULL REFERENCES share_links(id) ON DELETE CASCADE,
    uid     TEXT NOT NULL,
    href    TEXT NOT NULL,
    etag    TEXT NOT NULL DEFAULT '',
    -- The shared fields (JSON object) as last agreed with the server.
    base    TEXT NOT NULL,
    -- The fields of uploads under way (a JSON array), written before each is sent: if a
    -- reply is lost (a crash, a kill), a server copy equal to one of them is known to
    -- be ours, not someone else's edit. Cleared once the server's copy is known.
    sent    TEXT,
    PRIMARY KEY (link_id, uid)
) STRICT;
CREATE UNIQUE INDEX share_items_href ON share_items (link_id, href);

-- A field both sides changed differently since the base. Until it is resolved the
-- server keeps its value and this installation keeps its own; nothing is applied.
CREATE TABLE share_conflicts (
    id      INTEGER PRIMARY KEY,
    link_id INTEGER NOT NULL REFERENCES share_links(id) ON DELETE CASCADE,
    uid     TEXT NOT NULL,
    name    TEXT NOT NULL,
    field   TEXT NOT NULL,
    base    TEXT,
    mine    TEXT,
    theirs  TEXT,
    found_at TEXT NOT NULL,
    UNIQUE (link_id, uid, field)
) STRICT;
