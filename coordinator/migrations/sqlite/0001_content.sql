-- The content the phones download: every change gets a sequence number (the cursor).
CREATE TABLE content_change (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    kind    TEXT NOT NULL,
    id      TEXT NOT NULL,
    region  TEXT NOT NULL,
    -- The record as JSON, or NULL for a deletion (a tombstone).
    body    TEXT,
    at      BIGINT NOT NULL
);
CREATE INDEX content_change_by_region ON content_change (region, seq);

-- The current state of every service, for the dashboard.
CREATE TABLE service (
    id          TEXT PRIMARY KEY,
    region      TEXT NOT NULL,
    body        TEXT NOT NULL,
    updated_seq BIGINT NOT NULL
);
CREATE INDEX service_by_region ON service (region);

CREATE TABLE lesson_pack (
    id            TEXT NOT NULL,
    version       BIGINT NOT NULL,
    bytes         BLOB NOT NULL,
    published_at  BIGINT NOT NULL,
    PRIMARY KEY (id, version)
);
