-- Version 2: what each feed last served, so Last-Modified rises exactly when the
-- content changes (a deletion included) and never goes backwards.
ALTER TABLE feeds ADD COLUMN ics_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE feeds ADD COLUMN json_hash TEXT NOT NULL DEFAULT '';
