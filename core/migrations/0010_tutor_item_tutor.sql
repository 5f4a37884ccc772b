-- Schema 10: a tutor's item keeps the name of the tutor who wrote it, for the agenda; and its
-- time once, as the instant (`at_ms`, ms since the epoch), converted from Italian local time
-- when it arrives: the zone-less local text it came as is no longer kept beside it.

ALTER TABLE tutor_item ADD COLUMN tutor TEXT NOT NULL DEFAULT '';
ALTER TABLE tutor_item DROP COLUMN at;
