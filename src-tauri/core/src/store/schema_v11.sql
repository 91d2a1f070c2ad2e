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
