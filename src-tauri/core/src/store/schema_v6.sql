-- Feeds are looked up by a hash of their token (filled in by the migration's hook, and
-- on every insert), so a request with a wrong token costs one index probe, and the
-- index holds nothing an attacker could time a guess against.
ALTER TABLE feeds ADD COLUMN token_hash TEXT NOT NULL DEFAULT '';
CREATE INDEX feeds_token_hash ON feeds (token_hash);
