-- Training plans and compliance (module server/src/modules/plans): mandates with an audience, requirements and a
-- deadline; per-person assignments with one cycle per requirement (renewals and new postings open new cycles);
-- extensions and exemptions; compliance statements for ACR/APAR.
CREATE TABLE plans (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- A stable slug for seeded plans and links; optional.
  code text CHECK (code IS NULL OR code ~ '^[a-z0-9][a-z0-9-]{1,79}$'),
  -- Its subtree bounds the audience; admins over it manage the plan.
  owner_org_id uuid NOT NULL REFERENCES orgs (id),
  name_en text NOT NULL,
  name_hi text NOT NULL,
  description_en text NOT NULL DEFAULT '',
  description_hi text NOT NULL DEFAULT '',
  -- draft (editable) → live (assigning) → retired (no longer assigning; records kept).
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'live', 'retired')),
  acr_linked boolean NOT NULL DEFAULT false,
  -- {"mode": "all"} or {"mode": "criteria", "groups": [{orgIds, designationIds, employeeGroups, cadres, services, postedFrom, postedTo}]}
  audience jsonb NOT NULL,
  -- {"kind": "fixed", "date", "lateJoinerDays"?} | {"kind": "after_joining" | "after_assignment", "days"} |
  -- {"kind": "after_posting", "days", "notBefore"?}
  deadline jsonb NOT NULL,
  -- Which completions count for a first cycle: 'ever' (also before assignment), 'cycle' (from the cycle's start), or a date.
  counts_from text NOT NULL DEFAULT 'ever' CHECK (counts_from IN ('ever', 'cycle') OR counts_from ~ '^\d{4}-\d{2}-\d{2}$'),
  created_by uuid REFERENCES users (id),
  published_by uuid REFERENCES users (id),
  retired_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz,
  retired_at timestamptz,
  -- Set-wise assignment when the plan goes live (and ending when it retires), in chunks by user id; a retried job
  -- resumes after the cursor.
  sweep_status text NOT NULL DEFAULT 'idle' CHECK (sweep_status IN ('idle', 'running', 'done')),
  sweep_cursor uuid,
  swept_at timestamptz
);
CREATE UNIQUE INDEX plans_code_uq ON plans (code) WHERE code IS NOT NULL;
CREATE INDEX plans_owner_idx ON plans (owner_org_id);
CREATE INDEX plans_live_idx ON plans (status) WHERE status = 'live';

-- What a plan requires, in order. kind: 'courses' (all of course_ids), 'any_of' (required_count of course_ids),
-- 'tagged' (required_count courses with any of tags, first published on or after published_after), 'programme'.
CREATE TABLE plan_requirements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position int NOT NULL CHECK (position >= 1),
  kind text NOT NULL CHECK (kind IN ('courses', 'any_of', 'tagged', 'programme')),
  title_en text NOT NULL DEFAULT '',
  title_hi text NOT NULL DEFAULT '',
  course_ids uuid[] NOT NULL DEFAULT '{}',
  programme_id uuid,
  required_count int CHECK (required_count IS NULL OR required_count >= 1),
  tags text[] NOT NULL DEFAULT '{}',
  published_after date,
  -- A completion stays valid this long; then the requirement reopens for renewal within renewal_window_days.
  validity_months int CHECK (validity_months IS NULL OR validity_months BETWEEN 1 AND 120),
  renewal_window_days int CHECK (renewal_window_days IS NULL OR renewal_window_days BETWEEN 1 AND 365),
  UNIQUE (plan_id, position)
);

-- Individual people added to or excluded from a plan's audience.
CREATE TABLE plan_audience_users (
  plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id),
  included boolean NOT NULL,
  PRIMARY KEY (plan_id, user_id)
);
CREATE INDEX plan_audience_users_user_idx ON plan_audience_users (user_id);

-- One person's assignment to a plan; per learner (user_id first, Citus-ready). A person who leaves the audience keeps
-- the row (status left_audience) with their cycles. The summary columns are refreshed from the current cycles.
-- No foreign keys on the two per-learner tables: a plan going live writes lakhs of rows at once, and the per-row
-- referential checks (users, plans, requirements, the assignment of each cycle) doubled the time of that write
-- (bench/README.md). Only this module writes them, always with the rows they point at; users and live plans are never
-- deleted, and a plan is deletable only as a draft, which has no assignments.
CREATE TABLE plan_assignments (
  user_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left_audience', 'ended')),
  cause text NOT NULL,
  assigned_at timestamptz NOT NULL,
  left_at timestamptz,
  left_reason text,
  -- Where the person was at the last evaluation (subtree reports, exports).
  org_id uuid NOT NULL,
  org_path text NOT NULL,
  designation_id uuid,
  -- The posting the current cycles belong to (deadlines after a new posting).
  posting_id uuid,
  posting_from date,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'completed', 'exempted')),
  -- Earliest effective due moment of the open cycles (null when none is open).
  due_at timestamptz,
  completed_at timestamptz,
  late boolean NOT NULL DEFAULT false,
  extended boolean NOT NULL DEFAULT false,
  renewal boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, plan_id)
);
CREATE INDEX plan_assignments_plan_idx ON plan_assignments (plan_id, status, state, due_at);

-- One requirement's cycle for one person: the first one, one per new posting, one per renewal. Due moments are
-- exclusive ends (the start of the day after the due date, IST). Closed cycles are history.
CREATE TABLE plan_cycles (
  user_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  requirement_id uuid NOT NULL,
  cycle_no int NOT NULL CHECK (cycle_no >= 1),
  kind text NOT NULL CHECK (kind IN ('initial', 'posting', 'renewal', 'reassigned')),
  opened_at timestamptz NOT NULL,
  -- Completions at or after this moment count (null: any completion).
  counts_from timestamptz,
  due_at timestamptz NOT NULL,
  extended_to timestamptz,
  exempted boolean NOT NULL DEFAULT false,
  completed_at timestamptz,
  -- [{"courseId" | "programmeId", "completedAt"}]: what satisfied it.
  completed_items jsonb,
  expires_at timestamptz,
  closed_at timestamptz,
  closed_reason text CHECK (closed_reason IN ('expired', 'new_posting', 'left_audience', 'plan_retired')),
  reminded_week_at timestamptz,
  reminded_day_at timestamptz,
  overdue_reminded_at timestamptz,
  PRIMARY KEY (user_id, plan_id, requirement_id, cycle_no)
);
-- The daily job: open cycles by effective due moment, and completed ones by expiry.
CREATE INDEX plan_cycles_open_due_idx ON plan_cycles ((coalesce(extended_to, due_at)))
  WHERE closed_at IS NULL AND completed_at IS NULL AND NOT exempted;
CREATE INDEX plan_cycles_expiry_idx ON plan_cycles (expires_at) WHERE closed_at IS NULL AND expires_at IS NOT NULL;

-- Extensions and exemptions: the history, with reason and approver. The cycles carry their effect.
CREATE TABLE plan_exceptions (
  user_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL REFERENCES plans (id),
  -- null: every requirement of the plan.
  requirement_id uuid REFERENCES plan_requirements (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('extension', 'exemption')),
  extended_to timestamptz,
  reason text NOT NULL,
  approved_by uuid NOT NULL REFERENCES users (id),
  approver_role text NOT NULL CHECK (approver_role IN ('admin', 'reporting_officer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, id)
);

-- A learner's reporting officer, where one is recorded (may grant extensions and exemptions).
CREATE TABLE plan_reporting_officers (
  user_id uuid PRIMARY KEY REFERENCES users (id),
  officer_id uuid NOT NULL REFERENCES users (id),
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (officer_id <> user_id)
);
CREATE INDEX plan_reporting_officers_officer_idx ON plan_reporting_officers (officer_id);

-- The weekly escalation digest goes to each admin once per period.
CREATE TABLE plan_digests (
  user_id uuid NOT NULL REFERENCES users (id),
  period text NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, period)
);

-- Issued compliance statements (the PDF's QR verifies against the snapshot).
CREATE TABLE compliance_statements (
  user_id uuid NOT NULL REFERENCES users (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  number text NOT NULL,
  year int NOT NULL,
  snapshot jsonb NOT NULL,
  issued_at timestamptz NOT NULL,
  issued_by uuid,
  PRIMARY KEY (user_id, id)
);
CREATE UNIQUE INDEX compliance_statements_number_uq ON compliance_statements (number);
