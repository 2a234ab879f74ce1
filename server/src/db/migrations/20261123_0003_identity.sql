-- People, their postings, roles, sessions and one-time codes.
CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id uuid NOT NULL REFERENCES orgs (id),
  org_id uuid NOT NULL REFERENCES orgs (id),
  designation_id uuid REFERENCES designations (id),
  employee_id text NOT NULL,
  full_name text NOT NULL,
  full_name_hi text,
  email text NOT NULL,
  mobile text NOT NULL,
  employee_group text NOT NULL CHECK (employee_group IN ('A', 'B', 'C', 'D', 'contractual', 'honorarium', 'other')),
  cadre text,
  service text,
  password_hash text,
  status text NOT NULL CHECK (status IN ('pending_verification', 'pending_approval', 'active', 'rejected', 'deactivated', 'merged')),
  activation text CHECK (activation IN ('domain', 'link', 'approval', 'admin', 'import')),
  via_registration_link boolean NOT NULL DEFAULT false,
  email_verified_at timestamptz,
  mobile_verified_at timestamptz,
  language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'hi')),
  notification_prefs jsonb NOT NULL DEFAULT '{"email": true, "sms": true, "inapp": true}',
  rejection_reason text,
  merged_into uuid REFERENCES users (id),
  failed_logins int NOT NULL DEFAULT 0,
  locked_until timestamptz,
  password_changed_at timestamptz,
  decided_by uuid,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- One person, one account: closed accounts (merged, rejected) free their identifiers.
CREATE UNIQUE INDEX users_employee_id_uq ON users (tenant_id, lower(employee_id)) WHERE status NOT IN ('merged', 'rejected');
CREATE UNIQUE INDEX users_email_uq ON users (email) WHERE status NOT IN ('merged', 'rejected');
CREATE UNIQUE INDEX users_mobile_uq ON users (mobile) WHERE status NOT IN ('merged', 'rejected');
CREATE INDEX users_employee_id_idx ON users (lower(employee_id));
CREATE INDEX users_org_status_idx ON users (org_id, status);
CREATE INDEX users_full_name_trgm_idx ON users USING gin (full_name gin_trgm_ops);

CREATE TABLE postings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  org_id uuid NOT NULL REFERENCES orgs (id),
  designation_id uuid REFERENCES designations (id),
  from_date date NOT NULL,
  to_date date,
  reason text NOT NULL CHECK (reason IN ('registration', 'transfer', 'profile_change', 'admin_edit', 'import', 'admin_create')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX postings_user_idx ON postings (user_id, from_date DESC);

CREATE TABLE role_assignments (
  user_id uuid NOT NULL REFERENCES users (id),
  role text NOT NULL CHECK (role IN ('mdo_admin', 'mdo_leader', 'content_creator', 'content_reviewer', 'content_publisher', 'state_admin', 'platform_admin')),
  org_id uuid NOT NULL REFERENCES orgs (id),
  granted_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, role, org_id)
);
-- One MDO leader per organisation.
CREATE UNIQUE INDEX role_assignments_leader_uq ON role_assignments (org_id) WHERE role = 'mdo_leader';

CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  csrf_token text NOT NULL,
  ip text,
  user_agent text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE otps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid REFERENCES users (id),
  purpose text NOT NULL CHECK (purpose IN ('verify_email', 'verify_mobile', 'password_reset')),
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  target text NOT NULL,
  code_hash text NOT NULL,
  attempts int NOT NULL DEFAULT 0,
  expires_at timestamptz NOT NULL,
  consumed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX otps_target_idx ON otps (target, created_at DESC);
CREATE INDEX otps_user_idx ON otps (user_id, purpose, created_at DESC);

-- Single-use links for admin-created and imported users to set their first password.
CREATE TABLE password_tokens (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
