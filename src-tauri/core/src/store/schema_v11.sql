-- v11 (issue 29): the program's local resources (24/7 helplines, the fellowship's phone
-- line, treatment and crisis lines), printed on every meeting list and flyer, shown on
-- the Feeds screen and carried in each feed's calendar description. Public by nature:
-- nothing here names a member. A new program has none; `position` is the order chosen.
CREATE TABLE resources (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    hours TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
) STRICT;

-- Feeds carry the resources in their description: a change to them is a change to what
-- every feed serves and what publishing sends.
CREATE TRIGGER resources_insert_version AFTER INSERT ON resources BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER resources_update_version AFTER UPDATE ON resources BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER resources_delete_version AFTER DELETE ON resources BEGIN UPDATE program_version SET n = n + 1 WHERE id = 1; END;
