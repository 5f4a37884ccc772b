-- Schema 16: "Ask" answers from the lessons too: a lesson's title, summary, the texts of its
-- explanations and of what it asks the person to try, and its glossary ("term: explanation"),
-- per language, indexed like the guides' passages. Filled from the lessons' JSON here and
-- whenever a pack is installed (lessons::pack, the same statement).
CREATE TABLE lesson_passage (
    p INTEGER PRIMARY KEY,
    lesson_id TEXT NOT NULL,
    language TEXT NOT NULL,
    -- -1 the title, 0 the summary, 1.. a step (its index + 1), 1000.. a glossary entry.
    block INTEGER NOT NULL,
    -- As written, with the lesson marks (**bold**, [[term]]) the app takes out to show it.
    text TEXT NOT NULL
);
CREATE INDEX lesson_passage_by_lesson ON lesson_passage (lesson_id);

CREATE VIRTUAL TABLE lesson_passage_search USING fts5 (
    text,
    content = 'lesson_passage', content_rowid = 'p',
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co Mc Mn'"
);
CREATE TRIGGER lesson_passage_indexed AFTER INSERT ON lesson_passage BEGIN
    INSERT INTO lesson_passage_search (rowid, text) VALUES (new.p, new.text);
END;
CREATE TRIGGER lesson_passage_unindexed AFTER DELETE ON lesson_passage BEGIN
    INSERT INTO lesson_passage_search (lesson_passage_search, rowid, text) VALUES ('delete', old.p, old.text);
END;
CREATE VIRTUAL TABLE lesson_passage_vocabulary USING fts5vocab(lesson_passage_search, row);

INSERT INTO lesson_passage (lesson_id, language, block, text)
SELECT l.id, t.key, -1, t.value FROM lesson l, json_each(l.content, '$.title') t
UNION ALL
SELECT l.id, t.key, 0, t.value FROM lesson l, json_each(l.content, '$.summary') t
UNION ALL
SELECT l.id, t.key, s.key + 1, t.value
FROM lesson l, json_each(l.content, '$.steps') s, json_each(s.value, '$.text') t
WHERE json_extract(s.value, '$.kind') IN ('explain', 'try')
UNION ALL
SELECT l.id, t.key, 1000 + g.key,
       coalesce(json_extract(g.value, '$.term."' || t.key || '"') || ': ', '') || t.value
FROM lesson l, json_each(l.content, '$.glossary') g, json_each(g.value, '$.explanation') t;
