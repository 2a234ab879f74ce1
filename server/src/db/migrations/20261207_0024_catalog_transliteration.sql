-- Romanised Hindi search (issue 19): "suchna adhikar" finds सूचना का अधिकार. Each published version keeps the folded
-- romanised keys of its Hindi words (search_folded, written by the courses module: modules/courses/search-fold.ts) and
-- the initialisms of its English title (search_initials: "rti"). The search vector weighs them apart so a query can ask
-- for one kind: the text as written A, initialisms C, folded keys D.
ALTER TABLE course_versions ADD COLUMN search_folded text NOT NULL DEFAULT '';
ALTER TABLE course_versions ADD COLUMN search_initials text NOT NULL DEFAULT '';
-- The folding revision the two columns were written with; older published rows are refolded by a job.
ALTER TABLE course_versions ADD COLUMN search_fold_rev int NOT NULL DEFAULT 0;
DROP INDEX course_versions_search_idx;
ALTER TABLE course_versions DROP COLUMN search_vector;
ALTER TABLE course_versions ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', search_text), 'A')
  || setweight(to_tsvector('simple', search_initials), 'C')
  || setweight(to_tsvector('simple', search_folded), 'D')
) STORED;
CREATE INDEX course_versions_search_idx ON course_versions USING gin (search_vector);
CREATE INDEX course_versions_refold_idx ON course_versions (search_fold_rev) WHERE state = 'published';
