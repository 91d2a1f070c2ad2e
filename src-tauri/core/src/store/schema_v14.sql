-- v14 (issue 31): an import indexes the meetings it wrote for search once, at its end,
-- not row by row. The search triggers of v6 write to `meetings_fts` with every insert of
-- a meeting and of each of its formats; FTS5 writes what it holds out to the index at
-- every statement's savepoint, so a 35,000-meeting import wrote out 100,000 tiny pieces
-- of index and merged them: 59 % of the import's time (perf, session 46).
--
-- While `search_paused` holds its one row (only ever inside the writing transaction:
-- `program::search::deferred` adds it and takes it away before that transaction ends,
-- and a rollback takes it away too), each trigger notes the meeting in
-- `search_pending` instead, and the end of the import indexes the noted meetings again
-- from their rows in one statement.
CREATE TABLE search_paused (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;
CREATE TABLE search_pending (meeting_id INTEGER PRIMARY KEY) STRICT;

DROP TRIGGER meetings_fts_insert;
DROP TRIGGER meetings_fts_update;
DROP TRIGGER meetings_fts_delete;
DROP TRIGGER meetings_fts_venue;
DROP TRIGGER meetings_fts_format_added;
DROP TRIGGER meetings_fts_format_removed;

-- As in v6, when search is not paused.
CREATE TRIGGER meetings_fts_insert AFTER INSERT ON meetings
    WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    INSERT INTO meetings_fts (rowid, name, place, notes, formats)
    VALUES (NEW.id, NEW.name,
            ifnull((SELECT v.name || ' ' || v.address || ' ' || v.city FROM venues v WHERE v.id = NEW.venue_id), ''),
            NEW.notes, '');
END;

CREATE TRIGGER meetings_fts_update AFTER UPDATE OF name, venue_id, notes ON meetings
    WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    UPDATE meetings_fts SET
        name = NEW.name,
        place = ifnull((SELECT v.name || ' ' || v.address || ' ' || v.city FROM venues v WHERE v.id = NEW.venue_id), ''),
        notes = NEW.notes
    WHERE rowid = NEW.id;
END;

CREATE TRIGGER meetings_fts_delete AFTER DELETE ON meetings
    WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM meetings_fts WHERE rowid = OLD.id;
END;

CREATE TRIGGER meetings_fts_venue AFTER UPDATE OF name, address, city ON venues
    WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    UPDATE meetings_fts SET place = NEW.name || ' ' || NEW.address || ' ' || NEW.city
    WHERE rowid IN (SELECT id FROM meetings WHERE venue_id = NEW.id);
END;

CREATE TRIGGER meetings_fts_format_added AFTER INSERT ON meeting_formats
    WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    UPDATE meetings_fts SET formats = trim(formats || ' ' || NEW.code) WHERE rowid = NEW.meeting_id;
END;

CREATE TRIGGER meetings_fts_format_removed AFTER DELETE ON meeting_formats
    WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    UPDATE meetings_fts SET formats = ifnull((SELECT group_concat(code, ' ') FROM meeting_formats WHERE meeting_id = OLD.meeting_id), '')
    WHERE rowid = OLD.meeting_id;
END;

-- While paused: the meeting noted, to be indexed at the end.
CREATE TRIGGER meetings_fts_insert_paused AFTER INSERT ON meetings
    WHEN EXISTS (SELECT 1 FROM search_paused) BEGIN
    INSERT OR IGNORE INTO search_pending (meeting_id) VALUES (NEW.id);
END;

CREATE TRIGGER meetings_fts_update_paused AFTER UPDATE OF name, venue_id, notes ON meetings
    WHEN EXISTS (SELECT 1 FROM search_paused) BEGIN
    INSERT OR IGNORE INTO search_pending (meeting_id) VALUES (NEW.id);
END;

CREATE TRIGGER meetings_fts_delete_paused AFTER DELETE ON meetings
    WHEN EXISTS (SELECT 1 FROM search_paused) BEGIN
    INSERT OR IGNORE INTO search_pending (meeting_id) VALUES (OLD.id);
END;

CREATE TRIGGER meetings_fts_venue_paused AFTER UPDATE OF name, address, city ON venues
    WHEN EXISTS (SELECT 1 FROM search_paused) BEGIN
    INSERT OR IGNORE INTO search_pending (meeting_id) SELECT id FROM meetings WHERE venue_id = NEW.id;
END;

CREATE TRIGGER meetings_fts_format_added_paused AFTER INSERT ON meeting_formats
    WHEN EXISTS (SELECT 1 FROM search_paused) BEGIN
    INSERT OR IGNORE INTO search_pending (meeting_id) VALUES (NEW.meeting_id);
END;

CREATE TRIGGER meetings_fts_format_removed_paused AFTER DELETE ON meeting_formats
    WHEN EXISTS (SELECT 1 FROM search_paused) BEGIN
    INSERT OR IGNORE INTO search_pending (meeting_id) VALUES (OLD.meeting_id);
END;
