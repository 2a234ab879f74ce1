-- Course workflow and catalog support: reviewer approval, lesson types for the catalog filter, files tied to their course.
ALTER TABLE course_versions ADD COLUMN approved_at timestamptz;
-- Lesson types of the version (set at publication) so the catalog can filter by type without touching lessons.
ALTER TABLE course_versions ADD COLUMN lesson_types text[] NOT NULL DEFAULT '{}';
ALTER TABLE files ADD COLUMN course_id uuid REFERENCES courses (id);
CREATE INDEX files_course_idx ON files (course_id);
CREATE INDEX course_versions_course_idx ON course_versions (course_id, version_no);
-- The catalog lists live courses newest first when there is no query.
CREATE INDEX courses_live_published_idx ON courses (published_at DESC) WHERE published_version_id IS NOT NULL AND retired_at IS NULL;
CREATE INDEX course_audience_orgs_org_idx ON course_audience_orgs (org_id);
