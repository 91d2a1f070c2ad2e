-- v10 (issue 32): how to reach a group (a phone or an email the group chose to give),
-- printed on its attendance slips' verification page and edited with the group's other
-- settings. Empty until the group says.
ALTER TABLE groups ADD COLUMN contact TEXT NOT NULL DEFAULT '';
