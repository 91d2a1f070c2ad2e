-- Publishing to servers that serve files to everyone (issue 17).
--
-- A target is a CalDAV calendar (one resource per meeting) or a WebDAV folder (one .ics
-- and one Meeting Guide .json file per feed), with the public address members use,
-- which is checked by an anonymous GET after a publish.
ALTER TABLE publish_targets ADD COLUMN kind TEXT NOT NULL DEFAULT 'caldav'
    CHECK (kind IN ('caldav', 'webdav'));
ALTER TABLE publish_targets ADD COLUMN public_url TEXT NOT NULL DEFAULT '';
-- A folder's file name (without .ics/.json), fixed when the target is made so renaming
-- the feed does not move the address members subscribed to.
ALTER TABLE publish_targets ADD COLUMN file_name TEXT NOT NULL DEFAULT '';
-- When the public address last answered anonymously with what was uploaded, and the
-- code of what was wrong when it did not (the window translates codes).
ALTER TABLE publish_targets ADD COLUMN public_ok_at TEXT;
ALTER TABLE publish_targets ADD COLUMN public_error_code TEXT;
ALTER TABLE publish_targets ADD COLUMN last_ok_at TEXT;
ALTER TABLE publish_targets ADD COLUMN last_error_code TEXT;
-- Failures in a row since the last success: the back-off of the automatic publish.
ALTER TABLE publish_targets ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
-- The program's change counter when this target was last brought up to date.
ALTER TABLE publish_targets ADD COLUMN published_version INTEGER NOT NULL DEFAULT -1;

-- One counter the automatic publish compares with each target's published_version: a
-- write to anything a public feed is made of moves it, so "is a publish due?" costs one
-- row read and no rendering. (A change outside a target's feed makes a publish that
-- uploads nothing: each file's hash is compared before a PUT.)
-- (A feed's served hashes and high-water mark are not part of what it publishes.)
CREATE TABLE program_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
) STRICT;
INSERT INTO program_version (id, n) VALUES (1, 0);

CREATE TRIGGER meetings_insert_version AFTER INSERT ON meetings BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER meetings_update_version AFTER UPDATE ON meetings BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER meetings_delete_version AFTER DELETE ON meetings BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER meeting_formats_insert_version AFTER INSERT ON meeting_formats BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER meeting_formats_update_version AFTER UPDATE ON meeting_formats BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER meeting_formats_delete_version AFTER DELETE ON meeting_formats BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER meeting_exceptions_insert_version AFTER INSERT ON meeting_exceptions BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER meeting_exceptions_update_version AFTER UPDATE ON meeting_exceptions BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER meeting_exceptions_delete_version AFTER DELETE ON meeting_exceptions BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER meeting_closures_insert_version AFTER INSERT ON meeting_closures BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER meeting_closures_update_version AFTER UPDATE ON meeting_closures BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER meeting_closures_delete_version AFTER DELETE ON meeting_closures BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER venues_insert_version AFTER INSERT ON venues BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER venues_update_version AFTER UPDATE ON venues BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER venues_delete_version AFTER DELETE ON venues BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER groups_insert_version AFTER INSERT ON groups BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER groups_update_version AFTER UPDATE ON groups BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER groups_delete_version AFTER DELETE ON groups BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER fellowships_insert_version AFTER INSERT ON fellowships BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER fellowships_update_version AFTER UPDATE ON fellowships BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER fellowships_delete_version AFTER DELETE ON fellowships BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER feeds_insert_version AFTER INSERT ON feeds BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER feeds_update_version AFTER UPDATE OF name, scope, group_id, meeting_id, filter ON feeds BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER feeds_delete_version AFTER DELETE ON feeds BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
