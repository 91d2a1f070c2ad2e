-- v9 (issue 26): a server's password may also come from a command that prints it
-- ('command': the command line is kept, never its output) or be given on each run
-- ('each_run': nothing kept), for computers without a keyring; publish targets keep
-- theirs the way sharing links do. SQLite cannot widen a CHECK in place, so the links
-- table is built anew (the runner turns foreign keys off around this, as SQLite's
-- ALTER TABLE page says, and checks them before it commits).
CREATE TABLE share_links_v9 (
    id          INTEGER PRIMARY KEY,
    url         TEXT NOT NULL UNIQUE,
    username    TEXT NOT NULL DEFAULT '',
    -- The password only in an encrypted database ('database'); the command line for
    -- 'command'; empty otherwise.
    password    TEXT NOT NULL DEFAULT '',
    password_in TEXT NOT NULL DEFAULT '' CHECK (password_in IN ('', 'database', 'keyring', 'command', 'each_run')),
    group_id    INTEGER REFERENCES groups(id) ON DELETE SET NULL,
    sync_token  TEXT NOT NULL DEFAULT '',
    ctag        TEXT NOT NULL DEFAULT '',
    last_ok_at  TEXT,
    last_error_code TEXT,
    last_error  TEXT NOT NULL DEFAULT '',
    failures    INTEGER NOT NULL DEFAULT 0,
    synced_version INTEGER NOT NULL DEFAULT -1,
    created_at  TEXT NOT NULL
) STRICT;
INSERT INTO share_links_v9 (id, url, username, password, password_in, group_id, sync_token, ctag,
                            last_ok_at, last_error_code, last_error, failures, synced_version, created_at)
    SELECT id, url, username, password, password_in, group_id, sync_token, ctag,
           last_ok_at, last_error_code, last_error, failures, synced_version, created_at
    FROM share_links;
DROP TABLE share_links;
ALTER TABLE share_links_v9 RENAME TO share_links;

ALTER TABLE publish_targets ADD COLUMN password_in TEXT NOT NULL DEFAULT ''
    CHECK (password_in IN ('', 'database', 'keyring', 'command', 'each_run'));
-- Passwords saved before v9 sit in the file in plain text: marked, and moved to the
-- keyring (or dropped, with the target asking for its password again) by
-- `logins::secure_passwords` as the program starts.
UPDATE publish_targets SET password_in = 'database' WHERE password != '';

-- A meeting whose place is to be confirmed: an event another calendar app added to the
-- shared calendar with no place and no link comes in as a meeting flagged so (shown in
-- the Sharing screen and `sync`), instead of being dropped; saving it with a place (or
-- link) clears the flag.
ALTER TABLE meetings ADD COLUMN place_unconfirmed INTEGER NOT NULL DEFAULT 0
    CHECK (place_unconfirmed IN (0, 1));
