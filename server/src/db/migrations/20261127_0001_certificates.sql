-- Certificates (module server/src/modules/certificates): one certificate per completion of a course or programme,
-- issued by a job from the `course.completed` / `programme.completed` events, with a signed Open Badges 3.0 credential.

-- Per learner, user_id first in the key (Citus-ready); every query on it is keyed by user_id, except the admin list
-- (an org-subtree report over the snapshot path) and the lookup by number, which goes through certificate_numbers.
CREATE TABLE certificates (
  user_id uuid NOT NULL REFERENCES users (id),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- Human-friendly, unguessable: KSH-2026-XXXX-XXXX-XXXX (Crockford base32, last character a check symbol).
  number text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('course', 'programme')),
  -- The course id or programme id.
  subject_id uuid NOT NULL,
  -- The course version completed (null for programmes).
  version_id uuid,
  completed_at timestamptz NOT NULL,
  language text NOT NULL CHECK (language IN ('en', 'hi')),
  learning_minutes int NOT NULL DEFAULT 0 CHECK (learning_minutes >= 0),
  -- pending → issued | failed (retried) | not_eligible (criteria not met); issued → revoked | superseded.
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'issued', 'failed', 'not_eligible', 'revoked', 'superseded')),
  failure_code text,
  failure_params jsonb,
  attempts int NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  issued_at timestamptz,
  -- Snapshot at issue: what the certificate says, whatever changes later.
  holder_name_en text,
  holder_name_hi text,
  designation_en text,
  designation_hi text,
  holder_org_id uuid,
  holder_org_path text,
  holder_org_en text,
  holder_org_hi text,
  title_en text,
  title_hi text,
  -- [{code, level}]
  competencies jsonb NOT NULL DEFAULT '[]',
  issuer_org_id uuid,
  issuer_org_path text,
  issuer_name_en text,
  issuer_name_hi text,
  -- {signatoryName: {en, hi}, signatoryDesignation: {en, hi}, logoKey, signatureKey, fromOrgId} or null.
  template jsonb,
  -- The signed OpenBadgeCredential exactly as issued (text, not jsonb, so the bytes downloaded are the bytes signed).
  credential text,
  key_id text,
  -- Revocation by the issuing organisation, or replacement by a reissue.
  revoked_at timestamptz,
  revoked_by uuid,
  revocation_reason text,
  superseded_at timestamptz,
  superseded_by uuid,
  replaces_id uuid,
  PRIMARY KEY (user_id, id)
);
-- Exactly once: one live certificate per completion. A replayed event, a retried job or a second worker inserts
-- nothing (ON CONFLICT DO NOTHING); a superseded one no longer counts, so its reissue can take the slot.
CREATE UNIQUE INDEX certificates_completion_uq ON certificates (user_id, kind, subject_id, completed_at) WHERE status <> 'superseded';
-- The MDO admin's list: certificates of people in a subtree (snapshot path), newest first.
CREATE INDEX certificates_holder_path_idx ON certificates (holder_org_path text_pattern_ops, completed_at DESC);
CREATE INDEX certificates_issuer_path_idx ON certificates (issuer_org_path text_pattern_ops, completed_at DESC);

-- Lookup by number (public verification, admin actions): a small table distributed on its own key.
CREATE TABLE certificate_numbers (
  number text PRIMARY KEY,
  user_id uuid NOT NULL,
  certificate_id uuid NOT NULL
);

-- Certificate criteria per course, edited by the course's content creators.
CREATE TABLE certificate_criteria (
  course_id uuid PRIMARY KEY REFERENCES courses (id),
  -- Null: completion alone earns the certificate.
  min_final_score int CHECK (min_final_score BETWEEN 1 AND 100),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- An organisation's certificate template; the nearest ancestor's applies to a course provider below it.
CREATE TABLE certificate_templates (
  org_id uuid PRIMARY KEY REFERENCES orgs (id),
  signatory_name_en text,
  signatory_name_hi text,
  signatory_designation_en text,
  signatory_designation_hi text,
  -- Storage keys (platform/storage); replaced images are kept, since issued certificates point at them.
  logo_key text,
  logo_type text,
  signature_key text,
  signature_type text,
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The platform's Ed25519 signing keys. One is active; retired ones stay published so old credentials verify.
CREATE TABLE certificate_signing_keys (
  id text PRIMARY KEY,
  status text NOT NULL CHECK (status IN ('active', 'retired')),
  -- Multikey: 'z' + base58btc(0xed01 ‖ 32-byte public key).
  public_key_multibase text NOT NULL,
  -- PKCS#8 DER of the private key, AES-256-GCM encrypted when CERT_KEY_SECRET is set ("v1:iv:tag:data", base64).
  private_key text NOT NULL,
  encrypted boolean NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz
);
CREATE UNIQUE INDEX certificate_signing_keys_active_uq ON certificate_signing_keys (status) WHERE status = 'active';
