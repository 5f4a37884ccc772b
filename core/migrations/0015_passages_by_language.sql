-- Schema 15: each language's guide passages in a range of ids of its own (the language's slot
-- shifted left by 32 bits, then a count), so "Ask" ranks the matches of one language at a time:
-- FTS5 reads only that range of its index. "SPID", "INPS" or "Questura" stay untranslated in
-- every language, and ranking their matches in twelve languages to keep two was most of the
-- time of a question.
DROP TABLE guide_passage_vocabulary;
DROP TRIGGER guide_passage_indexed;
DROP TRIGGER guide_passage_unindexed;
DROP TABLE guide_passage_search;

CREATE TABLE guide_passage_language (
    language TEXT PRIMARY KEY,
    slot INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO guide_passage_language (language, slot)
SELECT language, row_number() OVER (ORDER BY language)
FROM (SELECT DISTINCT language FROM guide_passage);

CREATE TEMP TABLE renumbered AS
SELECT (l.slot << 32) + row_number() OVER (PARTITION BY p.language ORDER BY p.p) AS p,
       p.guide_n, p.language, p.block, p.text
FROM guide_passage p JOIN guide_passage_language l ON l.language = p.language;
DELETE FROM guide_passage;
INSERT INTO guide_passage (p, guide_n, language, block, text)
SELECT p, guide_n, language, block, text FROM temp.renumbered;
DROP TABLE temp.renumbered;

CREATE VIRTUAL TABLE guide_passage_search USING fts5 (
    text,
    content = 'guide_passage', content_rowid = 'p',
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co Mc Mn'"
);
INSERT INTO guide_passage_search (guide_passage_search) VALUES ('rebuild');
CREATE TRIGGER guide_passage_indexed AFTER INSERT ON guide_passage BEGIN
    INSERT INTO guide_passage_search (rowid, text) VALUES (new.p, new.text);
END;
CREATE TRIGGER guide_passage_unindexed AFTER DELETE ON guide_passage BEGIN
    INSERT INTO guide_passage_search (guide_passage_search, rowid, text) VALUES ('delete', old.p, old.text);
END;
CREATE VIRTUAL TABLE guide_passage_vocabulary USING fts5vocab(guide_passage_search, row);
