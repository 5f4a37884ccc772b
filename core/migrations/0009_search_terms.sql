-- Schema 9: the words of the services' full-text index, as a plain table. FTS5 answers a
-- prefix query ("pign*") by merging the postings of every word that starts so before it returns
-- the first match, and the word counts of its own vocabulary view walk those postings too: a
-- frequent word costs milliseconds either way. Looked up here, a typed prefix becomes the few
-- whole words it stands for, which FTS5 streams and stops reading at the first page of matches.
-- Rebuilt from the index whenever service texts change (see services::apply).

CREATE VIRTUAL TABLE service_search_vocabulary USING fts5vocab(service_search, row);
CREATE TABLE service_search_term (term TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO service_search_term (term) SELECT term FROM service_search_vocabulary;

-- A search scores hundreds of matching texts by distance and filters them by category, audience
-- and price. Read from the service rows, each is a page of its own (the rows carry every name and
-- contact); this index holds just those values, a few pages for a whole city.
CREATE INDEX service_point_and_flags ON service (n, lat, lon, category_bits, audience_bits, free);
