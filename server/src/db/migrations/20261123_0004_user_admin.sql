-- MDO admin workflows: transfers, profile change approvals, merges, bulk imports.
CREATE TABLE transfers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  from_org_id uuid NOT NULL REFERENCES orgs (id),
  to_org_id uuid NOT NULL REFERENCES orgs (id),
  to_designation_id uuid REFERENCES designations (id),
  effective_date date NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected', 'cancelled')),
  requested_by uuid NOT NULL REFERENCES users (id),
  decided_by uuid REFERENCES users (id),
  reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz
);
CREATE UNIQUE INDEX transfers_one_pending_uq ON transfers (user_id) WHERE status = 'pending';
CREATE INDEX transfers_to_org_idx ON transfers (to_org_id, status);

CREATE TABLE profile_change_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  org_id uuid NOT NULL REFERENCES orgs (id),
  designation_id uuid REFERENCES designations (id),
  effective_date date NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'cancelled')),
  decided_by uuid REFERENCES users (id),
  reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz
);
CREATE UNIQUE INDEX profile_change_one_pending_uq ON profile_change_requests (user_id) WHERE status = 'pending';

CREATE TABLE merges (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  duplicate_user_id uuid NOT NULL REFERENCES users (id),
  target_user_id uuid NOT NULL REFERENCES users (id),
  merged_by uuid NOT NULL REFERENCES users (id),
  moved jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs (id),
  created_by uuid NOT NULL REFERENCES users (id),
  file_name text NOT NULL,
  csv text,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'completed', 'failed')),
  total_rows int NOT NULL DEFAULT 0,
  imported_rows int NOT NULL DEFAULT 0,
  failed_rows int NOT NULL DEFAULT 0,
  failure text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);

CREATE TABLE import_errors (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  import_id uuid NOT NULL REFERENCES imports (id),
  row_number int NOT NULL,
  field text,
  code text NOT NULL,
  message_en text NOT NULL,
  message_hi text NOT NULL
);
CREATE INDEX import_errors_import_idx ON import_errors (import_id, row_number);
