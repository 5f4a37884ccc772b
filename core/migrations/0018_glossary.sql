-- Schema 18: the glossary of synonyms Ask uses (issue 16), synced as content instead of
-- shipped in the library, so the network grows it without an app release. A concept's terms
-- per language, as JSON {"it": ["permesso di soggiorno"], ...}.
CREATE TABLE glossary_concept (
    id TEXT PRIMARY KEY,
    terms TEXT NOT NULL
) WITHOUT ROWID;
