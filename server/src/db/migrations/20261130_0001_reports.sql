-- Monitoring and evaluation (module server/src/modules/reports): live rollups fed from the outbox.
--
-- How it works: every event about a person (enrolled, completed, certificate, activated, transferred…) marks the
-- person dirty (report_dirty). A drain job takes dirty people in batches and, in one transaction, recomputes each
-- one's contribution from the raw tables, subtracts the contribution recorded in the per-person ledger
-- (report_learner_*), adds the difference to the subtree rollups of every ancestor of the person's org and rewrites
-- the ledger. Replaying an event changes nothing (the difference is zero); a transfer moves the whole contribution.

-- The queue of people to refresh. An event re-inserts a claimed person after the claim commits, so nothing is lost.
CREATE TABLE report_dirty (
  user_id uuid PRIMARY KEY,
  queued_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_dirty_queued_idx ON report_dirty (queued_at);

-- The ledger: what each counted person (status active or pending_approval) contributes now. Per learner, user_id
-- first in every key (Citus-ready). org_path uses the C collation so a subtree is one contiguous index range.
CREATE TABLE report_learners (
  user_id uuid PRIMARY KEY,
  org_id uuid NOT NULL,
  org_path text COLLATE "C" NOT NULL,
  verified boolean NOT NULL,
  registered_on date NOT NULL,
  verified_on date,
  enrolments int NOT NULL DEFAULT 0,
  completions int NOT NULL DEFAULT 0,
  learning_minutes int NOT NULL DEFAULT 0,
  certificates int NOT NULL DEFAULT 0,
  first_completion_on date,
  third_completion_on date,
  last_active_on date,
  refreshed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_learners_path_idx ON report_learners (org_path, user_id);

CREATE TABLE report_learner_courses (
  user_id uuid NOT NULL,
  course_id uuid NOT NULL,
  enrolled_on date NOT NULL,
  completed_on date,
  learning_minutes int NOT NULL DEFAULT 0,
  PRIMARY KEY (user_id, course_id)
);
-- Course reports (a course's learners) and leaderboards (completions in a period).
CREATE INDEX report_learner_courses_course_idx ON report_learner_courses (course_id);
CREATE INDEX report_learner_courses_completed_idx ON report_learner_courses (completed_on) WHERE completed_on IS NOT NULL;

CREATE TABLE report_learner_certificates (
  user_id uuid NOT NULL,
  certificate_id uuid NOT NULL,
  issued_on date NOT NULL,
  PRIMARY KEY (user_id, certificate_id)
);

-- Subtree rollups: one row per org node, grain (d day, w ISO week, m month, y year, t all time) and period start.
-- Additive counters add up over days; active_people and completing_people are distinct people in that period.
-- registered/verified/first_completions/third_completions are counted on the day they happened, so a running sum
-- gives the figures as of any date.
CREATE TABLE report_rollup (
  org_id uuid NOT NULL,
  grain char(1) NOT NULL CHECK (grain IN ('d', 'w', 'm', 'y', 't')),
  period date NOT NULL,
  registered int NOT NULL DEFAULT 0,
  verified int NOT NULL DEFAULT 0,
  enrolments int NOT NULL DEFAULT 0,
  completions int NOT NULL DEFAULT 0,
  learning_minutes bigint NOT NULL DEFAULT 0,
  certificates int NOT NULL DEFAULT 0,
  first_completions int NOT NULL DEFAULT 0,
  third_completions int NOT NULL DEFAULT 0,
  active_people int NOT NULL DEFAULT 0,
  completing_people int NOT NULL DEFAULT 0,
  PRIMARY KEY (org_id, grain, period)
);

-- Per node and course, by month and all time: top courses.
CREATE TABLE report_course_rollup (
  org_id uuid NOT NULL,
  grain char(1) NOT NULL CHECK (grain IN ('m', 't')),
  period date NOT NULL,
  course_id uuid NOT NULL,
  enrolments int NOT NULL DEFAULT 0,
  completions int NOT NULL DEFAULT 0,
  learning_minutes bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (org_id, grain, period, course_id)
);

-- Learning weeks: a campaign over a subtree and a date range, with targets.
CREATE TABLE report_campaigns (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name_en text NOT NULL,
  name_hi text NOT NULL,
  scope_org_id uuid NOT NULL REFERENCES orgs (id),
  scope_path text COLLATE "C" NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  target_hours_per_employee numeric(6, 1),
  target_participation_percent int CHECK (target_participation_percent BETWEEN 1 AND 100),
  target_completions int CHECK (target_completions >= 1),
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on)
);
CREATE INDEX report_campaigns_dates_idx ON report_campaigns (starts_on, ends_on);

-- A person's part in a campaign (completions and credited minutes inside its dates), at their org then.
CREATE TABLE report_learner_campaigns (
  user_id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  org_id uuid NOT NULL,
  completions int NOT NULL,
  learning_minutes int NOT NULL,
  PRIMARY KEY (user_id, campaign_id)
);

CREATE TABLE report_campaign_rollup (
  campaign_id uuid NOT NULL,
  org_id uuid NOT NULL,
  completions int NOT NULL DEFAULT 0,
  learning_minutes bigint NOT NULL DEFAULT 0,
  people_completed int NOT NULL DEFAULT 0,
  people_four_hours int NOT NULL DEFAULT 0,
  PRIMARY KEY (campaign_id, org_id)
);

-- People-level exports run as jobs; the file goes to storage and the requester downloads it.
CREATE TABLE report_exports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  requested_by uuid NOT NULL REFERENCES users (id),
  org_id uuid NOT NULL REFERENCES orgs (id),
  kind text NOT NULL CHECK (kind IN ('users', 'enrolments', 'plans', 'assessments')),
  format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
  -- How names and identifiers are masked, fixed when requested (the requester's roles then).
  mask text NOT NULL CHECK (mask IN ('none', 'partial', 'strict')),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'ready', 'failed')),
  row_count int,
  storage_key text,
  size_bytes bigint,
  failure text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX report_exports_requester_idx ON report_exports (requested_by, created_at DESC);

-- MDO admins who asked for the monthly summary e-mail, and the summaries already sent (once per month and org).
CREATE TABLE report_subscriptions (
  user_id uuid PRIMARY KEY REFERENCES users (id),
  monthly_email boolean NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE report_monthly_sent (
  user_id uuid NOT NULL,
  month date NOT NULL,
  org_id uuid NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, month, org_id)
);

-- An existing installation starts its rollups with everyone queued once (a new one queues people as they come).
INSERT INTO report_dirty (user_id) SELECT id FROM users;
