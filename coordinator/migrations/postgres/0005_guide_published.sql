-- Guides published or not (issue 16, the dashboard's editor). An unpublished guide is kept for
-- its editors only: it is not in the phones' feed (unpublishing leaves a tombstone there, as
-- hiding or moving a guide does; publishing again sends it as an upsert), not in the first-run
-- dump, and an unpublished operators' script is not shown to tutors. Guides stored before this
-- step, and those stored with `ponte-coordinator guides FILE.json`, are published.
ALTER TABLE guide ADD COLUMN published BIGINT NOT NULL DEFAULT 1;
