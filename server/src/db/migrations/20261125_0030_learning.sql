-- Learning: enrolments, per-lesson progress and ratings. The per-learner tables carry user_id first in
-- their primary key so that they can be distributed on it (Citus); every query on them is keyed by user_id.
CREATE TABLE enrolments (
  user_id uuid NOT NULL REFERENCES users (id),
  course_id uuid NOT NULL REFERENCES courses (id),
  source text NOT NULL CHECK (source IN ('self', 'assignment')),
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  due_at timestamptz,
  status text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'completed')),
  progress_percent int NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
  completed_at timestamptz,
  completed_version_id uuid,
  completed_language text,
  -- Where the learner was last active, for "resume" and My Learning.
  last_lesson_key uuid,
  last_language text,
  last_activity_at timestamptz,
  time_spent_seconds bigint NOT NULL DEFAULT 0,
  -- The version's stated duration, credited once on completion (learning hours).
  learning_minutes_credited int NOT NULL DEFAULT 0,
  -- Bumped by every progress write: the lock-free path writes only if nobody else wrote since it read.
  progress_version int NOT NULL DEFAULT 0,
  PRIMARY KEY (user_id, course_id)
);

-- Progress per lesson_key (stable across versions), so progress on lessons that survive a new version is kept.
CREATE TABLE lesson_progress (
  user_id uuid NOT NULL,
  course_id uuid NOT NULL,
  lesson_key uuid NOT NULL,
  status text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'completed')),
  percent int NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
  -- Merged, sorted, non-overlapping [from, to] second intervals actually played (video/audio).
  watched_ranges jsonb NOT NULL DEFAULT '[]',
  position_seconds double precision NOT NULL DEFAULT 0,
  pages_viewed int[] NOT NULL DEFAULT '{}',
  time_spent_seconds bigint NOT NULL DEFAULT 0,
  -- The most recent client sequence numbers seen (newest first, bounded): duplicates are not counted twice.
  client_seqs bigint[] NOT NULL DEFAULT '{}',
  language text,
  best_score_percent int,
  passed_attempt_id uuid,
  completed_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, course_id, lesson_key),
  FOREIGN KEY (user_id, course_id) REFERENCES enrolments (user_id, course_id)
);

-- One rating per learner per course, after completion; courses.rating_count/rating_sum hold the aggregate.
CREATE TABLE course_ratings (
  user_id uuid NOT NULL REFERENCES users (id),
  course_id uuid NOT NULL REFERENCES courses (id),
  stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
  review text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, course_id)
);
CREATE INDEX course_ratings_course_idx ON course_ratings (course_id, updated_at DESC);
