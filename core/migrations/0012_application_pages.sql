-- Schema 12: the applications list, newest activity first, read a page at a time straight
-- from an index (with 5,000 applications the list read them all to sort them).
DROP INDEX application_by_stage;
CREATE INDEX application_by_stage ON application (current_stage, last_activity_at, created_at, id);
CREATE INDEX application_by_activity ON application (last_activity_at, created_at, id);
