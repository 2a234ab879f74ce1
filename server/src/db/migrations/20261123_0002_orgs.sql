-- The organisation tree (country → centre/states → ministries/departments → organisations/offices) and designations.
CREATE TABLE orgs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  parent_id uuid REFERENCES orgs (id),
  path text NOT NULL,
  depth int NOT NULL,
  type text NOT NULL CHECK (type IN ('country', 'centre', 'state', 'ministry', 'department', 'organisation', 'office')),
  code text NOT NULL UNIQUE,
  name_en text NOT NULL,
  name_hi text NOT NULL,
  tenant_id uuid REFERENCES orgs (id),
  email_domains text[] NOT NULL DEFAULT '{}',
  registration_token text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orgs_path_idx ON orgs (path text_pattern_ops);
CREATE INDEX orgs_parent_idx ON orgs (parent_id);
CREATE INDEX orgs_name_en_trgm_idx ON orgs USING gin (name_en gin_trgm_ops);
CREATE INDEX orgs_name_hi_trgm_idx ON orgs USING gin (name_hi gin_trgm_ops);

CREATE TABLE designations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  abbr text,
  name_en text NOT NULL,
  name_hi text NOT NULL,
  level text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Designations an organisation uses; an organisation inherits those of its ancestors.
CREATE TABLE org_designations (
  org_id uuid NOT NULL REFERENCES orgs (id),
  designation_id uuid NOT NULL REFERENCES designations (id),
  PRIMARY KEY (org_id, designation_id)
);
