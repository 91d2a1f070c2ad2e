-- v12: the meetings' own change counter beside the program's. The prepared schedules
-- every calendar and meeting night read (`occurrences::Program`, 35,000 meetings in a
-- region) are made of a few of the meetings' columns alone, but were read again after
-- any write the program counter counts: a date cancelled on meeting night (which also
-- moves its meeting's SEQUENCE for the feeds), a venue's address, a feed.
--
-- `meetings` moves with every insert and delete of a meeting, and with an update of a
-- column those schedules hold; always past both numbers, so it never comes back to a
-- number it had. Inserts and deletes move it in the UPDATE their triggers already run
-- (an import's rows cost nothing more); an update of those columns runs one more.
ALTER TABLE program_version ADD COLUMN meetings INTEGER NOT NULL DEFAULT 0;
UPDATE program_version SET meetings = n WHERE id = 1;

DROP TRIGGER meetings_insert_version;
DROP TRIGGER meetings_delete_version;
CREATE TRIGGER meetings_insert_version AFTER INSERT ON meetings BEGIN UPDATE program_version SET n = n + 1, meetings = max(meetings, n) + 1 WHERE id = 1; END;
CREATE TRIGGER meetings_delete_version AFTER DELETE ON meetings BEGIN UPDATE program_version SET n = n + 1, meetings = max(meetings, n) + 1 WHERE id = 1; END;
-- What `meetings::list_scheduled` reads.
CREATE TRIGGER meetings_update_schedule_version AFTER UPDATE OF
    name, fellowship, mode, group_id, venue_id, room, video_url, facilitator, start_date,
    start_time, duration_minutes, timezone, rrule, rdates, end_date, status, source_id
    ON meetings BEGIN UPDATE program_version SET meetings = max(meetings, n) + 1 WHERE id = 1; END;
