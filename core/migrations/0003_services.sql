-- Schema 3: the territory's services (content from the coordinator) and the person's own
-- favourites, recently viewed services and reports of wrong information.

CREATE TABLE service (
    -- The row number doubles as the R*Tree id.
    n                 INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    version           INTEGER NOT NULL,
    organisation      TEXT NOT NULL,
    -- Sets stored as bit masks, so filters cost one AND.
    category_bits     INTEGER NOT NULL,
    audience_bits     INTEGER NOT NULL,
    address           TEXT NOT NULL,
    city              TEXT NOT NULL,
    region            TEXT NOT NULL,
    lat               REAL NOT NULL,
    lon               REAL NOT NULL,
    opening_hours     TEXT,
    -- The contacts as the wire record carries them (JSON).
    contacts          TEXT NOT NULL,
    -- ',it,en,' so a spoken language matches with instr().
    languages_spoken  TEXT NOT NULL,
    free              INTEGER,
    wheelchair        INTEGER,
    last_verified     TEXT,
    source            TEXT NOT NULL,
    source_language   TEXT NOT NULL
);
CREATE INDEX service_by_region ON service (region);

CREATE TABLE service_text (
    -- AUTOINCREMENT: a new text always gets a number above every earlier one, so a bulk load
    -- can index exactly the texts it added.
    t               INTEGER PRIMARY KEY AUTOINCREMENT,
    service_n       INTEGER NOT NULL REFERENCES service (n) ON DELETE CASCADE,
    language        TEXT NOT NULL,
    name            TEXT NOT NULL,
    description     TEXT NOT NULL,
    eligibility     TEXT NOT NULL,
    how_to          TEXT NOT NULL,
    provenance      TEXT NOT NULL,
    source_version  INTEGER NOT NULL,
    -- The language as one search token ('zzar', 'zzptbr'): lets a search stay inside the
    -- person's languages in the full-text index itself.
    lang_token      TEXT GENERATED ALWAYS AS ('zz' || replace(language, '-', '')) VIRTUAL,
    UNIQUE (service_n, language)
);

CREATE VIRTUAL TABLE service_place USING rtree (n, min_lat, max_lat, min_lon, max_lon);

-- Full text of every language, indexed once; the texts themselves live in service_text.
CREATE VIRTUAL TABLE service_search USING fts5 (
    name, description, eligibility, lang_token,
    content = 'service_text', content_rowid = 't',
    -- Combining marks (Bengali and Tigrinya vowel signs, Arabic harakat) belong to their word.
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co Mc Mn'",
    -- Queries are words and prefixes, never phrases: positions are not needed, and leaving them
    -- out makes the index much smaller and faster to build.
    detail = column
);

-- While a row is here, a bulk load is under way: it indexes its new texts in one statement at
-- the end, which is many times faster than one trigger call per text.
CREATE TABLE service_bulk_load (since INTEGER NOT NULL);

CREATE TRIGGER service_text_indexed AFTER INSERT ON service_text
WHEN NOT EXISTS (SELECT 1 FROM service_bulk_load) BEGIN
    INSERT INTO service_search (rowid, name, description, eligibility, lang_token) VALUES (new.t, new.name, new.description, new.eligibility, new.lang_token);
END;
CREATE TRIGGER service_text_unindexed AFTER DELETE ON service_text BEGIN
    INSERT INTO service_search (service_search, rowid, name, description, eligibility, lang_token)
    VALUES ('delete', old.t, old.name, old.description, old.eligibility, old.lang_token);
END;
CREATE TRIGGER service_text_reindexed AFTER UPDATE ON service_text BEGIN
    INSERT INTO service_search (service_search, rowid, name, description, eligibility, lang_token)
    VALUES ('delete', old.t, old.name, old.description, old.eligibility, old.lang_token);
    INSERT INTO service_search (rowid, name, description, eligibility, lang_token) VALUES (new.t, new.name, new.description, new.eligibility, new.lang_token);
END;
CREATE TRIGGER service_unplaced AFTER DELETE ON service BEGIN
    DELETE FROM service_place WHERE n = old.n;
END;

-- The person's own records: they refer to services by id, and outlive a service's deletion.
CREATE TABLE service_favourite (
    service_id  TEXT PRIMARY KEY NOT NULL,
    added_at    INTEGER NOT NULL
);

CREATE TABLE service_viewed (
    service_id  TEXT PRIMARY KEY NOT NULL,
    viewed_at   INTEGER NOT NULL
);
CREATE INDEX service_viewed_by_time ON service_viewed (viewed_at);

CREATE TABLE service_report (
    id          TEXT PRIMARY KEY NOT NULL,
    service_id  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    comment     TEXT NOT NULL,
    -- 'pending' until a sync hands it to the coordinator.
    status      TEXT NOT NULL DEFAULT 'pending',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
