-- Schema 2: organisations and their accounts, sessions, the audit log, beneficiaries with their
-- pairing codes and devices, what they share, the tutors' items, reports and outcomes.

CREATE TABLE organisation (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    -- The territory whose services its beneficiaries' phones download.
    region      TEXT NOT NULL
);

CREATE TABLE account (
    id               TEXT PRIMARY KEY,
    organisation_id  TEXT NOT NULL REFERENCES organisation (id),
    username         TEXT NOT NULL UNIQUE,
    -- admin | operator | tutor
    role             TEXT NOT NULL,
    -- argon2id, PHC string.
    password_hash    TEXT NOT NULL,
    created_at       BIGINT NOT NULL
);

CREATE TABLE session (
    -- SHA-256 of the cookie's token: a stolen database opens no session.
    token_hash  TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    csrf        TEXT NOT NULL,
    expires_at  BIGINT NOT NULL
);

-- Failed logins, counted per user name over a window to slow down guessing.
CREATE TABLE login_failure (
    username  TEXT NOT NULL,
    at        BIGINT NOT NULL
);
CREATE INDEX login_failure_by_user ON login_failure (username, at);

CREATE TABLE audit (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    at          BIGINT NOT NULL,
    -- NULL when a phone did it.
    account_id  TEXT,
    action      TEXT NOT NULL,
    target      TEXT NOT NULL,
    detail      TEXT NOT NULL
);

CREATE TABLE beneficiary (
    id               TEXT PRIMARY KEY,
    organisation_id  TEXT NOT NULL REFERENCES organisation (id),
    -- Pseudonymous: a nickname and languages, nothing about asylum.
    nickname         TEXT NOT NULL,
    languages        TEXT NOT NULL,
    tutor_id         TEXT REFERENCES account (id),
    created_at       BIGINT NOT NULL,
    -- Set when the person erased their data: the row stays only so ids are never reused.
    erased_at        BIGINT
);

CREATE TABLE pairing_code (
    code_hash       TEXT PRIMARY KEY,
    beneficiary_id  TEXT NOT NULL REFERENCES beneficiary (id) ON DELETE CASCADE,
    expires_at      BIGINT NOT NULL,
    used_at         BIGINT
);

CREATE TABLE device (
    id              TEXT PRIMARY KEY,
    beneficiary_id  TEXT NOT NULL REFERENCES beneficiary (id) ON DELETE CASCADE,
    token_hash      TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    paired_at       BIGINT NOT NULL,
    last_seen       BIGINT,
    revoked_at      BIGINT
);

-- What each beneficiary shares (the last word per category wins).
CREATE TABLE consent (
    beneficiary_id  TEXT NOT NULL REFERENCES beneficiary (id) ON DELETE CASCADE,
    category        TEXT NOT NULL,
    granted         BIGINT NOT NULL,
    changed_at      BIGINT NOT NULL,
    PRIMARY KEY (beneficiary_id, category)
);

-- Records both sides edit (merged field by field) and the tutors' items. `seq` moves on every
-- change: it is the cursor of the phones' item pulls.
CREATE TABLE shared_record (
    beneficiary_id  TEXT NOT NULL REFERENCES beneficiary (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    id              TEXT NOT NULL,
    body            TEXT NOT NULL,
    seq             BIGINT NOT NULL,
    PRIMARY KEY (beneficiary_id, kind, id)
);
CREATE INDEX shared_record_by_seq ON shared_record (beneficiary_id, seq);
CREATE TABLE record_seq (
    seq  INTEGER PRIMARY KEY AUTOINCREMENT
);

-- Every pushed operation id, with a hash of its content: applied at most once.
CREATE TABLE applied_operation (
    id              TEXT PRIMARY KEY,
    device_id       TEXT NOT NULL,
    content_hash    TEXT NOT NULL,
    status          TEXT NOT NULL,
    reason          TEXT,
    at              BIGINT NOT NULL
);

CREATE TABLE service_report (
    id           TEXT PRIMARY KEY,
    service_id   TEXT NOT NULL,
    kind         TEXT NOT NULL,
    comment      TEXT NOT NULL,
    -- open | resolved | dismissed
    status       TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    resolved_by  TEXT,
    resolved_at  BIGINT
);
CREATE INDEX service_report_by_status ON service_report (status, created_at);

-- Anonymous counts: per organisation and month, keyed by a random per-device key that links to
-- no person, so a phone can correct its month and the totals stay right.
CREATE TABLE outcome (
    reporter           TEXT NOT NULL,
    organisation_id    TEXT NOT NULL,
    month              TEXT NOT NULL,
    applications       BIGINT NOT NULL,
    interviews         BIGINT NOT NULL,
    hires              BIGINT NOT NULL,
    lessons_completed  BIGINT NOT NULL,
    PRIMARY KEY (reporter, month)
);

-- The coordinator's own secrets (the lesson signing key), generated on first start.
CREATE TABLE server_secret (
    name   TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
