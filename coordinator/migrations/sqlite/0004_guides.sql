-- Guides (issue 16): the current state of every guide, for the dashboard. A public guide's
-- changes also go into content_change (kind 'guide'; region '' for a national guide, which
-- every region's feed carries); an operators' script never does.
CREATE TABLE guide (
    id          TEXT PRIMARY KEY,
    region      TEXT NOT NULL,
    visibility  TEXT NOT NULL,
    body        TEXT NOT NULL,
    updated_seq BIGINT NOT NULL
);
CREATE INDEX guide_by_region ON guide (region);
