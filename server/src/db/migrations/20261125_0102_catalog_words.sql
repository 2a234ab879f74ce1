-- Catalog search lexicon: every word of published courses' search text, once. Misspelt and partial query words are
-- matched against this small table with trigram similarity (fast with the GIN index), then the corrected words are
-- searched with full text on course_versions.search_vector. Comparing trigrams against whole search texts instead
-- costs about 0.1 ms a row on Devanagari, too slow for thousands of courses.
CREATE TABLE catalog_words (word text PRIMARY KEY);
-- fastupdate off: words are added only at publication, and a pending list would make the planner skip the index.
CREATE INDEX catalog_words_trgm_idx ON catalog_words USING gin (word gin_trgm_ops) WITH (fastupdate = off);
INSERT INTO catalog_words (word)
SELECT DISTINCT unnest(tsvector_to_array(search_vector)) FROM course_versions WHERE state = 'published'
ON CONFLICT DO NOTHING;
-- The catalog's competency filter.
CREATE INDEX course_versions_competencies_idx ON course_versions USING gin (competencies jsonb_path_ops);
