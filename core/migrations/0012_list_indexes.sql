-- Schema 12: the applications list reads a page straight from an index, newest activity
-- first (with 5,000 applications it sorted them all for one page), and home's follow-ups walk
-- the oldest activity first and stop after a few.
DROP INDEX application_by_stage;
CREATE INDEX application_by_stage ON application (current_stage, last_activity_at, created_at, id);
CREATE INDEX application_by_activity ON application (last_activity_at, created_at, id);
