-- Re-taking a course (issue 12, item 2): a plan cycle that an old completion no longer satisfies (a new posting after
-- its validity, a yearly order's new year) restarts the enrolment as a new attempt that can complete again. The
-- finished attempt is kept here; the enrolment row is always the current attempt.
ALTER TABLE enrolments ADD COLUMN attempt_no int NOT NULL DEFAULT 1;

CREATE TABLE enrolment_attempts (
  user_id uuid NOT NULL,
  course_id uuid NOT NULL,
  attempt_no int NOT NULL,
  enrolled_at timestamptz NOT NULL,
  completed_at timestamptz NOT NULL,
  completed_version_id uuid,
  completed_language text,
  time_spent_seconds bigint NOT NULL,
  learning_minutes_credited int NOT NULL,
  restarted_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, course_id, attempt_no),
  FOREIGN KEY (user_id, course_id) REFERENCES enrolments (user_id, course_id)
);
