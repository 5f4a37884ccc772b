-- Schema 7: the full-text index without the language token. Asking the index for "this word
-- AND one of these languages" merged the language's whole posting list (one entry per text)
-- into every search; filtering the few matching texts by language afterwards is several times
-- faster. The index is rebuilt from service_text.

DROP TRIGGER service_text_indexed;
DROP TRIGGER service_text_unindexed;
DROP TRIGGER service_text_reindexed;
DROP TABLE service_search;

CREATE VIRTUAL TABLE service_search USING fts5 (
    name, description, eligibility,
    content = 'service_text', content_rowid = 't',
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co Mc Mn'",
    detail = column
);
INSERT INTO service_search (service_search) VALUES ('rebuild');

CREATE TRIGGER service_text_indexed AFTER INSERT ON service_text
WHEN NOT EXISTS (SELECT 1 FROM service_bulk_load) BEGIN
    INSERT INTO service_search (rowid, name, description, eligibility) VALUES (new.t, new.name, new.description, new.eligibility);
END;
CREATE TRIGGER service_text_unindexed AFTER DELETE ON service_text BEGIN
    INSERT INTO service_search (service_search, rowid, name, description, eligibility)
    VALUES ('delete', old.t, old.name, old.description, old.eligibility);
END;
CREATE TRIGGER service_text_reindexed AFTER UPDATE ON service_text BEGIN
    INSERT INTO service_search (service_search, rowid, name, description, eligibility)
    VALUES ('delete', old.t, old.name, old.description, old.eligibility);
    INSERT INTO service_search (rowid, name, description, eligibility) VALUES (new.t, new.name, new.description, new.eligibility);
END;
