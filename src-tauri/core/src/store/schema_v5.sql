-- Version 5: attendance slips this installation issued, so the short code printed on
-- a slip can be looked up here (anywhere else, the QR code's signed token verifies
-- with the group's public key alone). Forgetting a member erases their slips.
CREATE TABLE slips (
    code       TEXT PRIMARY KEY,
    token      TEXT NOT NULL,
    member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    group_id   INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    issued_at  TEXT NOT NULL
) STRICT;
CREATE INDEX slips_member ON slips (member_id);
