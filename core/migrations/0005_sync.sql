-- Schema 5: sync with the coordinator. What changed is marked by triggers in the same
-- transaction as the change, and only for what the person chose to share; a sync turns the
-- marks into outbox operations with stable ids, removed only when the server acknowledged them.

-- The pairing and the cursors: server, device token, clock, content and items cursors.
CREATE TABLE sync_state (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
);

-- What the person shares with their tutor: diary, progress, profile, outcomes.
CREATE TABLE sync_consent (
    category    TEXT PRIMARY KEY NOT NULL,
    granted     INTEGER NOT NULL,
    changed_at  INTEGER NOT NULL
);

-- Records changed since the last sync. `changed_at` is the phone's clock at the change.
CREATE TABLE sync_dirty (
    kind        TEXT NOT NULL,
    id          TEXT NOT NULL,
    changed_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, id)
);

-- Operations waiting for the server's acknowledgement, in order.
CREATE TABLE sync_outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id       TEXT NOT NULL UNIQUE,
    -- The consent category it travels under; NULL for reports and consents themselves.
    category    TEXT,
    body        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);

-- Each shared record as both sides last agreed, field by field with clock readings.
CREATE TABLE sync_record (
    kind  TEXT NOT NULL,
    id    TEXT NOT NULL,
    body  TEXT NOT NULL,
    PRIMARY KEY (kind, id)
);

-- The tutor's items for this person: referrals, meetings, job offers, notes.
CREATE TABLE tutor_item (
    id          TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    text        TEXT NOT NULL,
    service_id  TEXT,
    -- Local time in Italy, 'YYYY-MM-DDTHH:MM', for appointments and meetings, and the same
    -- instant in ms since the epoch for the agenda.
    at          TEXT,
    at_ms       INTEGER,
    place       TEXT NOT NULL,
    url         TEXT NOT NULL,
    done        INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX tutor_item_by_time ON tutor_item (at_ms);

-- While a row is here, the sync is writing what came from the server: not a local change.
CREATE TABLE sync_applying (since INTEGER NOT NULL);

CREATE TRIGGER sync_application_changed AFTER INSERT ON application
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'diary' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('application', new.id, new.updated_at, 0);
END;
CREATE TRIGGER sync_application_updated AFTER UPDATE ON application
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'diary' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('application', new.id, new.updated_at, 0);
END;
CREATE TRIGGER sync_application_deleted AFTER DELETE ON application
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'diary' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('application', old.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 1);
END;

CREATE TRIGGER sync_meeting_changed AFTER INSERT ON meeting
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'diary' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('diary_meeting', new.id, new.updated_at, 0);
END;
CREATE TRIGGER sync_meeting_updated AFTER UPDATE ON meeting
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'diary' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('diary_meeting', new.id, new.updated_at, 0);
END;
CREATE TRIGGER sync_meeting_deleted AFTER DELETE ON meeting
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'diary' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('diary_meeting', old.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), 1);
END;

CREATE TRIGGER sync_progress_changed AFTER INSERT ON lesson_progress
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'progress' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('lesson_progress', new.id, new.updated_at, 0);
END;
CREATE TRIGGER sync_progress_updated AFTER UPDATE ON lesson_progress
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'progress' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('lesson_progress', new.id, new.updated_at, 0);
END;

-- A report is the person's own act of sending: it always travels.
CREATE TRIGGER sync_report_made AFTER INSERT ON service_report
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('report', new.id, new.created_at, 0);
END;

-- A meeting's agreed actions travel with the meeting.
CREATE TRIGGER sync_meeting_action_changed AFTER INSERT ON meeting_action
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'diary' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('diary_meeting', new.meeting_id, new.updated_at, 0);
END;
CREATE TRIGGER sync_meeting_action_updated AFTER UPDATE ON meeting_action
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
 AND EXISTS (SELECT 1 FROM sync_consent WHERE category = 'diary' AND granted = 1) BEGIN
    INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) VALUES ('diary_meeting', new.meeting_id, new.updated_at, 0);
END;

-- Services seen while the content is downloaded again from the start (see sync::pull).
CREATE TABLE sync_fresh (id TEXT PRIMARY KEY NOT NULL);
