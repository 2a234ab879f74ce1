-- Curated programmes (module server/src/modules/programmes): an ordered bundle of published courses with its own
-- enrolment, progress rolled up from the courses, and completion (the `programme.completed` event).
CREATE TABLE programmes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- A readable slug for links, e.g. 'up-7-day-capacity-building'.
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,79}$'),
  provider_org_id uuid NOT NULL REFERENCES orgs (id),
  -- draft (editable) → published (frozen, enrollable) → retired (no new enrolments).
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'retired')),
  -- {"en": {"title", "summary", "description"}, "hi": {...}}
  texts jsonb NOT NULL DEFAULT '{}',
  thumbnail_url text,
  -- An explicit stated duration; null means the sum of the required courses' durations.
  duration_minutes int CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 100000),
  -- Lower-cased code, titles and summaries in both languages, for the catalog's substring search.
  search_text text NOT NULL DEFAULT '',
  enrolment_count int NOT NULL DEFAULT 0,
  completion_count int NOT NULL DEFAULT 0,
  created_by uuid REFERENCES users (id),
  published_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  retired_at timestamptz
);
CREATE INDEX programmes_provider_idx ON programmes (provider_org_id);
CREATE INDEX programmes_published_idx ON programmes (published_at DESC) WHERE status = 'published';

-- The courses of a programme in order; a required course counts for progress and completion, an optional one does not.
CREATE TABLE programme_courses (
  programme_id uuid NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  course_id uuid NOT NULL REFERENCES courses (id),
  position int NOT NULL CHECK (position >= 1),
  required boolean NOT NULL DEFAULT true,
  PRIMARY KEY (programme_id, course_id),
  UNIQUE (programme_id, position)
);
-- "Which programmes contain this course" (the course.completed job).
CREATE INDEX programme_courses_course_idx ON programme_courses (course_id);

-- A learner's enrolment in a programme; per learner, user_id first in the key (Citus-ready), queried by user_id.
CREATE TABLE programme_enrolments (
  user_id uuid NOT NULL REFERENCES users (id),
  programme_id uuid NOT NULL REFERENCES programmes (id),
  source text NOT NULL CHECK (source IN ('self', 'assignment')),
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  due_at timestamptz,
  status text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'completed')),
  completed_at timestamptz,
  completed_language text CHECK (completed_language IN ('en', 'hi')),
  -- The programme's stated duration, credited once on completion.
  learning_minutes_credited int NOT NULL DEFAULT 0,
  PRIMARY KEY (user_id, programme_id)
);
