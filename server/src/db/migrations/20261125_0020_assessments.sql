-- Assessments: a question bank per course version (frozen with the version) and learners' attempts.
-- A question belongs to one quiz or final-assessment lesson of one version; deleting the lesson deletes its questions.
CREATE TABLE questions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES courses (id),
  version_id uuid NOT NULL REFERENCES course_versions (id),
  lesson_key uuid NOT NULL,
  position int NOT NULL,
  type text NOT NULL CHECK (type IN ('single_choice', 'multiple_choice', 'true_false', 'fill_text', 'fill_numeric', 'match')),
  -- {"en": "...", "hi": "..."}
  prompt jsonb NOT NULL,
  -- What the learner sees: choice options [{id, text}], or {left: [{id, text}], right: [{id, text}]} for match.
  options jsonb NOT NULL DEFAULT '[]',
  -- Never sent to a learner before submission: {correct: [ids]}, {value}, {accepted: {en, hi}}, {value, tolerance}, {pairs: {left: right}}.
  answer jsonb NOT NULL,
  explanation jsonb NOT NULL DEFAULT '{}',
  points int NOT NULL DEFAULT 1 CHECK (points BETWEEN 1 AND 100),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (version_id, lesson_key) REFERENCES lessons (version_id, lesson_key) ON DELETE CASCADE
);
CREATE INDEX questions_lesson_idx ON questions (version_id, lesson_key, position);

-- One row per attempt, keyed by user_id first so it can be distributed on it (Citus); every query is keyed by user_id
-- except the sweep of overdue timed attempts, which uses the small partial index below.
CREATE TABLE assessment_attempts (
  user_id uuid NOT NULL REFERENCES users (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES courses (id),
  version_id uuid NOT NULL REFERENCES course_versions (id),
  lesson_key uuid NOT NULL,
  lesson_type text NOT NULL CHECK (lesson_type IN ('quiz', 'final_assessment')),
  status text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'submitted', 'expired')),
  -- The draw: [{"id": question id, "order": [option ids as shown], "left": [...], "right": [...]}] in display order.
  questions jsonb NOT NULL,
  -- {"<question id>": answer}; merged by autosave while in progress.
  answers jsonb NOT NULL DEFAULT '{}',
  pass_mark numeric(5, 2) NOT NULL,
  earned_points numeric(8, 3),
  max_points int,
  score_percent numeric(5, 2),
  passed boolean,
  -- Per question after scoring: {"<question id>": {"earned": n, "correct": bool}}.
  results jsonb,
  started_at timestamptz NOT NULL,
  deadline_at timestamptz,
  answers_saved_at timestamptz,
  submitted_at timestamptz,
  PRIMARY KEY (user_id, id)
);
-- At most one attempt in progress per learner and lesson: two tabs starting at once get the same attempt.
CREATE UNIQUE INDEX assessment_attempts_open_uq ON assessment_attempts (user_id, course_id, lesson_key) WHERE status = 'in_progress';
CREATE INDEX assessment_attempts_lesson_idx ON assessment_attempts (user_id, course_id, lesson_key, started_at);
CREATE INDEX assessment_attempts_overdue_idx ON assessment_attempts (deadline_at) WHERE status = 'in_progress' AND deadline_at IS NOT NULL;
