-- Where imported services come from: an operator's spreadsheet, an open-data portal's list,
-- OpenStreetMap. A source is imported again every month or so; its services are updated by
-- the row's own id in the source, and its licence and attribution travel with them.
CREATE TABLE import_source (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    region      TEXT NOT NULL,
    -- An SPDX identifier (ODbL-1.0, CC-BY-4.0, IODL-2.0) or 'own' for the network's own data.
    licence     TEXT NOT NULL,
    -- The words the licence asks to show ("© OpenStreetMap contributors", "Comune di Bologna").
    attribution TEXT NOT NULL,
    -- The saved column mapping of a CSV source (JSON), so next month's file imports in one step.
    mapping     TEXT,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);

-- Which service a source's row became.
CREATE TABLE service_source (
    service_id  TEXT PRIMARY KEY,
    source_id   TEXT NOT NULL REFERENCES import_source (id),
    source_key  TEXT NOT NULL,
    UNIQUE (source_id, source_key)
);
