-- HRMS / APAR machine access (module server/src/modules/hrms): API tokens scoped to an org subtree, and webhooks
-- told when an employee's compliance changes.
CREATE TABLE hrms_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs (id),
  name text NOT NULL,
  -- SHA-256 of the whole token (tokens are 256-bit random, so a fast hash is enough); the token is shown once.
  token_hash text NOT NULL UNIQUE,
  -- The first characters, to recognise a token in lists and logs.
  token_prefix text NOT NULL,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid REFERENCES users (id)
);
CREATE INDEX hrms_tokens_org_idx ON hrms_tokens (org_id);

CREATE TABLE hrms_webhooks (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id uuid NOT NULL REFERENCES orgs (id),
  url text NOT NULL,
  -- The HMAC-SHA256 key; shown once at creation, kept to sign deliveries.
  secret text NOT NULL,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  revoked_by uuid REFERENCES users (id)
);
CREATE INDEX hrms_webhooks_org_idx ON hrms_webhooks (org_id) WHERE revoked_at IS NULL;

-- One signed POST to one webhook (a batch of employees whose compliance changed), retried with back-off.
CREATE TABLE hrms_webhook_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  webhook_id uuid NOT NULL REFERENCES hrms_webhooks (id),
  -- The outbox event it comes from and the part of it (500 employees a part): one delivery per webhook per part.
  source_event bigint NOT NULL,
  part int NOT NULL DEFAULT 0,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts int NOT NULL DEFAULT 0,
  last_status int,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  UNIQUE (webhook_id, source_event, part)
);
CREATE INDEX hrms_webhook_deliveries_webhook_idx ON hrms_webhook_deliveries (webhook_id, created_at DESC);
