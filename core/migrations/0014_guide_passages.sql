-- Schema 14: "Ask" answers with a passage of a guide (a paragraph, a list item, a heading), not
-- a whole page. Each text's blocks are stored as passages when the guide is stored, and
-- indexed for full-text search as the services are (accents folded, every script's letters
-- and marks kept in their words).
CREATE TABLE guide_passage (
    p INTEGER PRIMARY KEY,
    guide_n INTEGER NOT NULL REFERENCES guide (n) ON DELETE CASCADE,
    language TEXT NOT NULL,
    -- The block's place in the body; -1 for the title.
    block INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX guide_passage_by_guide ON guide_passage (guide_n);

CREATE VIRTUAL TABLE guide_passage_search USING fts5 (
    text,
    content = 'guide_passage', content_rowid = 'p',
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co Mc Mn'"
);
CREATE TRIGGER guide_passage_indexed AFTER INSERT ON guide_passage BEGIN
    INSERT INTO guide_passage_search (rowid, text) VALUES (new.p, new.text);
END;
CREATE TRIGGER guide_passage_unindexed AFTER DELETE ON guide_passage BEGIN
    INSERT INTO guide_passage_search (guide_passage_search, rowid, text) VALUES ('delete', old.p, old.text);
END;

-- The index's words, for forgiving typing mistakes in a question.
CREATE VIRTUAL TABLE guide_passage_vocabulary USING fts5vocab(guide_passage_search, row);
