-- Schema 1: the job-search diary.
-- Every personal record has a stable UUID (`id`) and a modification time (`updated_at`, ms since
-- the Unix epoch, UTC) so that it can be synced. Instants are ms since the epoch; calendar dates
-- are ISO 'YYYY-MM-DD' text. Enumerations are stored as their stable snake_case codes.

CREATE TABLE application (
    id                TEXT PRIMARY KEY NOT NULL,
    employer          TEXT NOT NULL,
    position          TEXT NOT NULL,
    source            TEXT NOT NULL,
    source_detail     TEXT NOT NULL DEFAULT '',
    city              TEXT NOT NULL DEFAULT '',
    contract_type     TEXT,
    contact_name      TEXT NOT NULL DEFAULT '',
    contact_phone     TEXT NOT NULL DEFAULT '',
    contact_email     TEXT NOT NULL DEFAULT '',
    job_url           TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    -- Denormalised from the newest stage_event, in the same transaction, for the list screens.
    current_stage     TEXT NOT NULL,
    stage_changed_at  INTEGER NOT NULL,
    -- The last time anything happened (a stage, an interview, a done action): drives follow-ups.
    last_activity_at  INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL
);
CREATE INDEX application_by_stage ON application (current_stage, last_activity_at);
CREATE INDEX application_by_created ON application (created_at);

CREATE TABLE stage_event (
    id              TEXT PRIMARY KEY NOT NULL,
    application_id  TEXT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    stage           TEXT NOT NULL,
    at              INTEGER NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    updated_at      INTEGER NOT NULL,
    UNIQUE (application_id, seq)
);
CREATE INDEX stage_event_by_stage ON stage_event (stage, at);

CREATE TABLE interview (
    id              TEXT PRIMARY KEY NOT NULL,
    application_id  TEXT NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    round           INTEGER NOT NULL,
    at              INTEGER NOT NULL,
    format          TEXT NOT NULL,
    place           TEXT NOT NULL DEFAULT '',
    link            TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    updated_at      INTEGER NOT NULL
);
CREATE INDEX interview_by_application ON interview (application_id, round);
CREATE INDEX interview_by_time ON interview (at);

CREATE TABLE next_action (
    id              TEXT PRIMARY KEY NOT NULL,
    application_id  TEXT REFERENCES application (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT '',
    due_at          INTEGER NOT NULL,
    done_at         INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX next_action_open_by_due ON next_action (due_at) WHERE done_at IS NULL;
CREATE INDEX next_action_by_application ON next_action (application_id);

CREATE TABLE document (
    id           TEXT PRIMARY KEY NOT NULL,
    kind         TEXT NOT NULL,
    status       TEXT NOT NULL,
    permit_type  TEXT,
    title        TEXT NOT NULL DEFAULT '',
    expires_on   TEXT,
    recognition  TEXT,
    notes        TEXT NOT NULL DEFAULT '',
    updated_at   INTEGER NOT NULL
);
CREATE INDEX document_by_expiry ON document (expires_on) WHERE expires_on IS NOT NULL;

CREATE TABLE meeting (
    id          TEXT PRIMARY KEY NOT NULL,
    at          INTEGER NOT NULL,
    tutor       TEXT NOT NULL,
    topics      TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL
);
CREATE INDEX meeting_by_time ON meeting (at);

CREATE TABLE meeting_action (
    id          TEXT PRIMARY KEY NOT NULL,
    meeting_id  TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    done        INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX meeting_action_by_meeting ON meeting_action (meeting_id, position);
