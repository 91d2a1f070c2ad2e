-- Version 4: the default chip schemes. NA keytags and medallions as NA World Services
-- describes them; an AA-style set of chips for other fellowships (AA has no standard;
-- these are the colours most groups use). SMART Recovery has none: a group adds one
-- if it wants. Every milestone starts with an empty inventory.
INSERT INTO chip_schemes (id, name, fellowship, group_id, updated_at) VALUES
    (1, 'NA keytags', 'na', NULL, '2026-01-01T00:00:00Z'),
    (2, 'NA medallions', 'na', NULL, '2026-01-01T00:00:00Z'),
    (3, 'Chips (AA style)', 'other', NULL, '2026-01-01T00:00:00Z');
INSERT INTO chip_milestones (scheme_id, label, color, item, unit, amount, repeats, sort) VALUES
    (1, 'Welcome', 'white', 'keytag', 'welcome', 0, 0, 0),
    (1, '30 days', 'orange', 'keytag', 'day', 30, 0, 1),
    (1, '60 days', 'green', 'keytag', 'day', 60, 0, 2),
    (1, '90 days', 'red', 'keytag', 'day', 90, 0, 3),
    (1, '6 months', 'blue', 'keytag', 'month', 6, 0, 4),
    (1, '9 months', 'yellow', 'keytag', 'month', 9, 0, 5),
    (1, '1 year', 'glow', 'keytag', 'year', 1, 0, 6),
    (1, '18 months', 'grey', 'keytag', 'month', 18, 0, 7),
    (1, 'Multiple years', 'black', 'keytag', 'year', 2, 1, 8),
    (1, 'Welcome back', 'pink', 'keytag', 'welcome_back', 0, 0, 9),
    (2, '1 year medallion', 'bronze', 'medallion', 'year', 1, 0, 0),
    (2, '18 months medallion', 'bronze', 'medallion', 'month', 18, 0, 1),
    (2, 'Yearly medallion', 'bronze', 'medallion', 'year', 2, 1, 2),
    (3, '24 hours', 'silver', 'chip', 'day', 1, 0, 0),
    (3, '30 days', 'red', 'chip', 'day', 30, 0, 1),
    (3, '60 days', 'gold', 'chip', 'day', 60, 0, 2),
    (3, '90 days', 'green', 'chip', 'day', 90, 0, 3),
    (3, '6 months', 'dark blue', 'chip', 'month', 6, 0, 4),
    (3, '9 months', 'purple', 'chip', 'month', 9, 0, 5),
    (3, 'Yearly medallion', 'bronze', 'medallion', 'year', 1, 1, 6);
INSERT INTO chip_inventory (milestone_id, on_hand, reorder_at) SELECT id, 0, 0 FROM chip_milestones;
-- The due list reads awards by member and clean date.
CREATE INDEX chip_awards_member_clean ON chip_awards (member_id, clean_date);
