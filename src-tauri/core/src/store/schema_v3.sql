-- Version 3: finding an existing venue by its address is an index lookup, not a scan
-- (an import of a large list looks one up per meeting).
CREATE INDEX venues_place ON venues (address, name, city);
