-- The glossary of synonyms Ask uses (issue 16), content like guides: the current concepts, and
-- their changes in content_change (kind 'concept', region '': every region's feed carries it).
CREATE TABLE glossary_concept (
    id          TEXT PRIMARY KEY,
    body        TEXT NOT NULL,
    updated_seq BIGINT NOT NULL
);
