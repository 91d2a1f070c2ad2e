-- Feeds are looked up by a hash of their token (filled in by the migration's hook, and
-- on every insert), so a request with a wrong token costs one index probe, and the
-- index holds nothing an attacker could time a guess against.
ALTER TABLE feeds ADD COLUMN token_hash TEXT NOT NULL DEFAULT '';
CREATE INDEX feeds_token_hash ON feeds (token_hash);

-- Link parameters a group keeps out of public feeds, lists and flyers (beside the
-- passcodes every platform's links carry, which go unless the group allows them).
ALTER TABLE meetings ADD COLUMN secret_params TEXT NOT NULL DEFAULT '';

-- Search: one row per meeting (rowid = meeting id) with the words people look for.
-- unicode61 with remove_diacritics 2 folds accents, so "reunion" finds "Reunión" and
-- "nandu" finds "Ñandú". Triggers keep it in step with every write, imports included.
CREATE VIRTUAL TABLE meetings_fts USING fts5(
    name, place, notes, formats,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO meetings_fts (rowid, name, place, notes, formats)
SELECT m.id, m.name,
       ifnull((SELECT v.name || ' ' || v.address || ' ' || v.city FROM venues v WHERE v.id = m.venue_id), ''),
       m.notes,
       ifnull((SELECT group_concat(f.code, ' ') FROM meeting_formats f WHERE f.meeting_id = m.id), '')
FROM meetings m;

CREATE TRIGGER meetings_fts_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO meetings_fts (rowid, name, place, notes, formats)
    VALUES (NEW.id, NEW.name,
            ifnull((SELECT v.name || ' ' || v.address || ' ' || v.city FROM venues v WHERE v.id = NEW.venue_id), ''),
            NEW.notes, '');
END;

CREATE TRIGGER meetings_fts_update AFTER UPDATE OF name, venue_id, notes ON meetings BEGIN
    UPDATE meetings_fts SET
        name = NEW.name,
        place = ifnull((SELECT v.name || ' ' || v.address || ' ' || v.city FROM venues v WHERE v.id = NEW.venue_id), ''),
        notes = NEW.notes
    WHERE rowid = NEW.id;
END;

CREATE TRIGGER meetings_fts_delete AFTER DELETE ON meetings BEGIN
    DELETE FROM meetings_fts WHERE rowid = OLD.id;
END;

CREATE TRIGGER meetings_fts_venue AFTER UPDATE OF name, address, city ON venues BEGIN
    UPDATE meetings_fts SET place = NEW.name || ' ' || NEW.address || ' ' || NEW.city
    WHERE rowid IN (SELECT id FROM meetings WHERE venue_id = NEW.id);
END;

CREATE TRIGGER meetings_fts_format_added AFTER INSERT ON meeting_formats BEGIN
    UPDATE meetings_fts SET formats = trim(formats || ' ' || NEW.code) WHERE rowid = NEW.meeting_id;
END;

CREATE TRIGGER meetings_fts_format_removed AFTER DELETE ON meeting_formats BEGIN
    UPDATE meetings_fts SET formats = ifnull((SELECT group_concat(code, ' ') FROM meeting_formats WHERE meeting_id = OLD.meeting_id), '')
    WHERE rowid = OLD.meeting_id;
END;
