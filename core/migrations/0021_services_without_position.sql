-- Schema 21: a service may have no map position (its source gave none and geocoding could not
-- place it): lat and lon become nullable, both or neither. Such a service has no row in the map
-- index (service_place), so the map and near-me never see it; search and the lists still do.
-- Each service also keeps the attribution its source's licence asks to show ("© OpenStreetMap
-- contributors, ODbL"). SQLite cannot drop NOT NULL in place: the table is rebuilt (its steps
-- as SQLite documents them; the store runs migrations with foreign keys off, so dropping the
-- old table does not cascade to service_text). Row numbers (n) are kept: the texts, the search
-- index and the map index refer to them.

CREATE TABLE service_rebuilt (
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
    -- Both or neither (the wire record is checked before it is stored).
    lat               REAL,
    lon               REAL,
    opening_hours     TEXT,
    -- The contacts as the wire record carries them (JSON).
    contacts          TEXT NOT NULL,
    -- ',it,en,' so a spoken language matches with instr().
    languages_spoken  TEXT NOT NULL,
    free              INTEGER,
    wheelchair        INTEGER,
    last_verified     TEXT,
    source            TEXT NOT NULL,
    source_language   TEXT NOT NULL,
    names             TEXT NOT NULL DEFAULT '{}',
    attribution       TEXT NOT NULL DEFAULT '',
    CHECK ((lat IS NULL) = (lon IS NULL))
);
INSERT INTO service_rebuilt (n, id, version, organisation, category_bits, audience_bits, address,
        city, region, lat, lon, opening_hours, contacts, languages_spoken, free, wheelchair,
        last_verified, source, source_language, names)
    SELECT n, id, version, organisation, category_bits, audience_bits, address,
        city, region, lat, lon, opening_hours, contacts, languages_spoken, free, wheelchair,
        last_verified, source, source_language, names
    FROM service;
DROP TABLE service;
ALTER TABLE service_rebuilt RENAME TO service;

CREATE INDEX service_by_region ON service (region);
CREATE INDEX service_point_and_flags ON service (n, lat, lon, category_bits, audience_bits, free);
CREATE TRIGGER service_unplaced AFTER DELETE ON service BEGIN
    DELETE FROM service_place WHERE n = old.n;
END;
-- The lists read the services without a position after the placed ones: a few rows, found
-- without reading the others.
CREATE INDEX service_without_position ON service (n) WHERE lat IS NULL;
