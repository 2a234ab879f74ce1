-- Learning hub core: courses with immutable published versions, their modules and lessons, and stored files.
CREATE TABLE files (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_org_id uuid NOT NULL REFERENCES orgs (id),
  storage_key text NOT NULL UNIQUE,
  media_type text NOT NULL,
  size_bytes bigint NOT NULL,
  original_name text NOT NULL,
  sha256 text NOT NULL,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE courses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_org_id uuid NOT NULL REFERENCES orgs (id),
  code text UNIQUE,
  created_by uuid REFERENCES users (id),
  -- The version learners see; null until first published.
  published_version_id uuid,
  -- Moderated courses are visible and enrollable only to the orgs in course_audience_orgs (and their subtrees).
  moderated boolean NOT NULL DEFAULT false,
  retired_at timestamptz,
  published_at timestamptz,
  enrolment_count int NOT NULL DEFAULT 0,
  completion_count int NOT NULL DEFAULT 0,
  rating_count int NOT NULL DEFAULT 0,
  rating_sum int NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX courses_provider_idx ON courses (provider_org_id);

CREATE TABLE course_audience_orgs (
  course_id uuid NOT NULL REFERENCES courses (id),
  org_id uuid NOT NULL REFERENCES orgs (id),
  PRIMARY KEY (course_id, org_id)
);

-- A version is edited while draft, frozen once submitted for review; a published version never changes.
CREATE TABLE course_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES courses (id),
  version_no int NOT NULL,
  state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'in_review', 'published', 'superseded', 'retired')),
  -- {"en": {"title", "summary", "description"}, "hi": {...}}: one entry per language version of the course.
  texts jsonb NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  thumbnail_file_id uuid REFERENCES files (id),
  duration_minutes int NOT NULL DEFAULT 0 CHECK (duration_minutes >= 0),
  difficulty text NOT NULL DEFAULT 'beginner' CHECK (difficulty IN ('beginner', 'intermediate', 'advanced')),
  -- [{"code": "disaster-management", "level": 2}] for the competency hub.
  competencies jsonb NOT NULL DEFAULT '[]',
  tags text[] NOT NULL DEFAULT '{}',
  -- Completion rule: every required lesson complete, and the final assessment passed when there is one.
  created_by uuid REFERENCES users (id),
  submitted_by uuid REFERENCES users (id),
  reviewed_by uuid REFERENCES users (id),
  published_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  -- Catalog search: both languages' titles and summaries; 'simple' keeps Devanagari words as they are.
  search_text text NOT NULL DEFAULT '',
  search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED,
  UNIQUE (course_id, version_no)
);
CREATE UNIQUE INDEX course_versions_one_open_uq ON course_versions (course_id) WHERE state IN ('draft', 'in_review');
CREATE INDEX course_versions_search_idx ON course_versions USING gin (search_vector);
CREATE INDEX course_versions_search_trgm_idx ON course_versions USING gin (search_text gin_trgm_ops);

-- Review trail: submissions, approvals, send-backs with comments, publication, retirement.
CREATE TABLE course_reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version_id uuid NOT NULL REFERENCES course_versions (id),
  actor_id uuid NOT NULL REFERENCES users (id),
  action text NOT NULL CHECK (action IN ('submitted', 'approved', 'sent_back', 'published', 'retired')),
  comment text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX course_reviews_version_idx ON course_reviews (version_id, created_at);

CREATE TABLE course_modules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version_id uuid NOT NULL REFERENCES course_versions (id),
  -- Stable across versions, like lesson_key.
  module_key uuid NOT NULL DEFAULT gen_random_uuid(),
  position int NOT NULL,
  titles jsonb NOT NULL DEFAULT '{}',
  UNIQUE (version_id, module_key)
);

-- lesson_key identifies a lesson across versions: progress is kept per lesson_key, so a learner keeps
-- progress on lessons that still exist in a newer version.
CREATE TABLE lessons (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version_id uuid NOT NULL REFERENCES course_versions (id),
  module_id uuid NOT NULL REFERENCES course_modules (id),
  lesson_key uuid NOT NULL DEFAULT gen_random_uuid(),
  position int NOT NULL,
  type text NOT NULL CHECK (type IN ('video', 'audio', 'pdf', 'html', 'link', 'file', 'quiz', 'final_assessment')),
  required boolean NOT NULL DEFAULT true,
  titles jsonb NOT NULL DEFAULT '{}',
  -- Per language: {"en": {"fileId", "html", "url", "pages", "durationSeconds"}, "hi": {...}}.
  content jsonb NOT NULL DEFAULT '{}',
  -- Quiz and assessment settings: passMark, attemptLimit, timeLimitSeconds, drawCount, shuffle.
  settings jsonb NOT NULL DEFAULT '{}',
  UNIQUE (version_id, lesson_key)
);
CREATE INDEX lessons_version_idx ON lessons (version_id, position);
