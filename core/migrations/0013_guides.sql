-- Schema 13: the network's guides (issue 16), content like services: a tree per region
-- (`region` NULL for a national guide), texts per language. Operators' scripts never reach a
-- phone, so there is no visibility column.
CREATE TABLE guide (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    region TEXT,
    parent TEXT,
    position INTEGER NOT NULL,
    last_checked TEXT,
    -- The official pages it follows, as JSON [{"title": …, "url": …}].
    sources TEXT NOT NULL,
    source_language TEXT NOT NULL
);
-- A level of the tree in order: the children of a guide, or the top (parent NULL).
CREATE INDEX guide_by_parent ON guide (parent, position, id);

CREATE TABLE guide_text (
    guide_n INTEGER NOT NULL REFERENCES guide (n) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    -- The Markdown subset of ponte_wire::guides::parse_body.
    body TEXT NOT NULL,
    provenance TEXT NOT NULL,
    source_version INTEGER NOT NULL,
    PRIMARY KEY (guide_n, language)
) WITHOUT ROWID;
