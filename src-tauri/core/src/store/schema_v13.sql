-- v13 (issue 31): which meetings changed, so the prepared schedules every calendar and
-- meeting night read (`occurrences::Program`, 35,000 meetings in a region) are brought
-- up to date by reading again only the meetings written since, not all of them: after
-- one edit that re-read was 53 of the month view's 79 ms in the core.
--
-- Each write that moves the meetings' version (v12) notes the meeting's id with the
-- version it moved to. The note is kept short: every 256th write starts it again, and
-- `meetings_floor` records the version below which notes may be gone, so a program that
-- kept schedules from before then reads them all again, as it did before this step.
-- An import of 35,000 rows costs one appended row each.
CREATE TABLE meetings_changed (
    -- No reference to meetings: a deleted meeting's id is noted too. No key either:
    -- each note is appended (an id written twice is noted twice), and the whole table is
    -- read, at most 256 rows or so.
    meeting_id INTEGER NOT NULL,
    version INTEGER NOT NULL
) STRICT;

-- Notes since the last restart of the note (1 right after one, up to 256).
ALTER TABLE program_version ADD COLUMN meetings_logged INTEGER NOT NULL DEFAULT 1;
-- Versions up to this one may have lost their notes: nothing was noted before v13.
ALTER TABLE program_version ADD COLUMN meetings_floor INTEGER NOT NULL DEFAULT 0;
UPDATE program_version SET meetings_floor = meetings WHERE id = 1;

-- A floor moved up (the note restarted, or a restore) drops every note: all were below
-- it. Emptying the table is cheaper than trimming it (no row is looked at).
CREATE TRIGGER meetings_changed_restart AFTER UPDATE OF meetings_floor ON program_version
    WHEN NEW.meetings_floor <> OLD.meetings_floor BEGIN DELETE FROM meetings_changed; END;

-- The three triggers of v12, each now also noting its meeting. In one UPDATE, every
-- column reads the row as it was before it: at the 256th note the floor becomes the last
-- version noted, so the notes are dropped before this one is added.
DROP TRIGGER meetings_insert_version;
DROP TRIGGER meetings_delete_version;
DROP TRIGGER meetings_update_schedule_version;
CREATE TRIGGER meetings_insert_version AFTER INSERT ON meetings BEGIN
    UPDATE program_version SET n = n + 1, meetings = max(meetings, n) + 1,
        meetings_floor = CASE WHEN meetings_logged >= 256 THEN max(meetings, n) ELSE meetings_floor END,
        meetings_logged = CASE WHEN meetings_logged >= 256 THEN 1 ELSE meetings_logged + 1 END
        WHERE id = 1;
    INSERT INTO meetings_changed SELECT NEW.id, meetings FROM program_version WHERE id = 1;
END;
CREATE TRIGGER meetings_delete_version AFTER DELETE ON meetings BEGIN
    UPDATE program_version SET n = n + 1, meetings = max(meetings, n) + 1,
        meetings_floor = CASE WHEN meetings_logged >= 256 THEN max(meetings, n) ELSE meetings_floor END,
        meetings_logged = CASE WHEN meetings_logged >= 256 THEN 1 ELSE meetings_logged + 1 END
        WHERE id = 1;
    INSERT INTO meetings_changed SELECT OLD.id, meetings FROM program_version WHERE id = 1;
END;
-- What `meetings::list_scheduled` reads. An update that gives a meeting another id
-- notes both.
CREATE TRIGGER meetings_update_schedule_version AFTER UPDATE OF
    id, name, fellowship, mode, group_id, venue_id, room, video_url, facilitator, start_date,
    start_time, duration_minutes, timezone, rrule, rdates, end_date, status, source_id
    ON meetings BEGIN
    UPDATE program_version SET meetings = max(meetings, n) + 1,
        meetings_floor = CASE WHEN meetings_logged >= 255 THEN max(meetings, n) ELSE meetings_floor END,
        meetings_logged = CASE WHEN meetings_logged >= 255 THEN 2 ELSE meetings_logged + 2 END
        WHERE id = 1;
    INSERT INTO meetings_changed SELECT OLD.id, meetings FROM program_version WHERE id = 1;
    INSERT INTO meetings_changed SELECT NEW.id, meetings FROM program_version WHERE id = 1
        AND NEW.id <> OLD.id;
END;
