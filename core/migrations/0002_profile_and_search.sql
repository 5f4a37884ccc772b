-- Schema 2: the skills profile (bilancio delle competenze) and full-text search over the diary.

CREATE TABLE profile (
    id          TEXT PRIMARY KEY NOT NULL,
    singleton   INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
    full_name   TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    summary     TEXT NOT NULL DEFAULT '',
    -- Availability.
    hours_per_week  INTEGER,
    shifts          TEXT NOT NULL DEFAULT '',
    max_travel_km   INTEGER,
    transport       TEXT NOT NULL DEFAULT '',
    available_from  TEXT,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE profile_language (
    id                  TEXT PRIMARY KEY NOT NULL,
    language            TEXT NOT NULL,
    mother_tongue       INTEGER NOT NULL,
    listening           TEXT,
    reading             TEXT,
    spoken_interaction  TEXT,
    spoken_production   TEXT,
    writing             TEXT,
    updated_at          INTEGER NOT NULL
);

CREATE TABLE work_experience (
    id          TEXT PRIMARY KEY NOT NULL,
    role        TEXT NOT NULL,
    employer    TEXT NOT NULL DEFAULT '',
    sector      TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    start_month TEXT,
    end_month   TEXT,
    tasks       TEXT NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL
);

CREATE TABLE education (
    id           TEXT PRIMARY KEY NOT NULL,
    title        TEXT NOT NULL,
    institution  TEXT NOT NULL DEFAULT '',
    eqf_level    INTEGER CHECK (eqf_level BETWEEN 1 AND 8),
    country      TEXT NOT NULL DEFAULT '',
    start_year   INTEGER,
    end_year     INTEGER,
    recognition  TEXT NOT NULL,
    updated_at   INTEGER NOT NULL
);

CREATE TABLE skill (
    id          TEXT PRIMARY KEY NOT NULL,
    text        TEXT NOT NULL,
    esco_uri    TEXT,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE certificate (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    issuer      TEXT NOT NULL DEFAULT '',
    issued_on   TEXT,
    expires_on  TEXT,
    updated_at  INTEGER NOT NULL
);

-- One row per searchable record. Kept by triggers so no write path can forget it.
-- remove_diacritics 2 folds "perché" and "perche", "Güzel" and "guzel"; prefix indexes make
-- typing-as-you-search cheap.
CREATE VIRTUAL TABLE diary_search USING fts5 (
    kind UNINDEXED,
    record_id UNINDEXED,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TRIGGER application_search_insert AFTER INSERT ON application BEGIN
    INSERT INTO diary_search (kind, record_id, body) VALUES ('application', new.id,
        concat_ws(' ', new.employer, new.position, new.city, new.source_detail, new.contact_name, new.notes));
END;
CREATE TRIGGER application_search_update AFTER UPDATE OF employer, position, city, source_detail, contact_name, notes ON application BEGIN
    UPDATE diary_search SET body = concat_ws(' ', new.employer, new.position, new.city, new.source_detail, new.contact_name, new.notes)
    WHERE kind = 'application' AND record_id = new.id;
END;
CREATE TRIGGER application_search_delete AFTER DELETE ON application BEGIN
    DELETE FROM diary_search WHERE kind = 'application' AND record_id = old.id;
END;

CREATE TRIGGER next_action_search_insert AFTER INSERT ON next_action WHEN new.note <> '' BEGIN
    INSERT INTO diary_search (kind, record_id, body) VALUES ('action', new.id, new.note);
END;
CREATE TRIGGER next_action_search_update AFTER UPDATE OF note ON next_action BEGIN
    DELETE FROM diary_search WHERE kind = 'action' AND record_id = old.id;
    INSERT INTO diary_search (kind, record_id, body) SELECT 'action', new.id, new.note WHERE new.note <> '';
END;
CREATE TRIGGER next_action_search_delete AFTER DELETE ON next_action BEGIN
    DELETE FROM diary_search WHERE kind = 'action' AND record_id = old.id;
END;

CREATE TRIGGER interview_search_insert AFTER INSERT ON interview BEGIN
    INSERT INTO diary_search (kind, record_id, body) VALUES ('interview', new.id, concat_ws(' ', new.place, new.notes));
END;
CREATE TRIGGER interview_search_update AFTER UPDATE OF place, notes ON interview BEGIN
    UPDATE diary_search SET body = concat_ws(' ', new.place, new.notes) WHERE kind = 'interview' AND record_id = new.id;
END;
CREATE TRIGGER interview_search_delete AFTER DELETE ON interview BEGIN
    DELETE FROM diary_search WHERE kind = 'interview' AND record_id = old.id;
END;

CREATE TRIGGER meeting_search_insert AFTER INSERT ON meeting BEGIN
    INSERT INTO diary_search (kind, record_id, body) VALUES ('meeting', new.id, concat_ws(' ', new.tutor, new.topics, new.notes));
END;
CREATE TRIGGER meeting_search_update AFTER UPDATE OF tutor, topics, notes ON meeting BEGIN
    UPDATE diary_search SET body = concat_ws(' ', new.tutor, new.topics, new.notes) WHERE kind = 'meeting' AND record_id = new.id;
END;
CREATE TRIGGER meeting_search_delete AFTER DELETE ON meeting BEGIN
    DELETE FROM diary_search WHERE kind = 'meeting' AND record_id = old.id;
END;

CREATE TRIGGER document_search_insert AFTER INSERT ON document BEGIN
    INSERT INTO diary_search (kind, record_id, body) VALUES ('document', new.id, concat_ws(' ', new.title, new.notes));
END;
CREATE TRIGGER document_search_update AFTER UPDATE OF title, notes ON document BEGIN
    UPDATE diary_search SET body = concat_ws(' ', new.title, new.notes) WHERE kind = 'document' AND record_id = new.id;
END;
CREATE TRIGGER document_search_delete AFTER DELETE ON document BEGIN
    DELETE FROM diary_search WHERE kind = 'document' AND record_id = old.id;
END;

-- Records written under schema 1 become searchable too.
INSERT INTO diary_search (kind, record_id, body)
    SELECT 'application', id, concat_ws(' ', employer, position, city, source_detail, contact_name, notes) FROM application;
INSERT INTO diary_search (kind, record_id, body)
    SELECT 'action', id, note FROM next_action WHERE note <> '';
INSERT INTO diary_search (kind, record_id, body)
    SELECT 'interview', id, concat_ws(' ', place, notes) FROM interview;
INSERT INTO diary_search (kind, record_id, body)
    SELECT 'meeting', id, concat_ws(' ', tutor, topics, notes) FROM meeting;
INSERT INTO diary_search (kind, record_id, body)
    SELECT 'document', id, concat_ws(' ', title, notes) FROM document;
