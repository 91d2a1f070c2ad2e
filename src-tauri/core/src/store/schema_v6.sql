-- Feeds are looked up by a hash of their token (filled in by the migration's hook, and
-- on every insert), so a request with a wrong token costs one index probe, and the
-- index holds nothing an attacker could time a guess against.
ALTER TABLE feeds ADD COLUMN token_hash TEXT NOT NULL DEFAULT '';
CREATE INDEX feeds_token_hash ON feeds (token_hash);

-- Link parameters a group keeps out of public feeds, lists and flyers (beside the
-- passcodes every platform's links carry, which go unless the group allows them).
ALTER TABLE meetings ADD COLUMN secret_params TEXT NOT NULL DEFAULT '';
