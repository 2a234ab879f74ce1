-- Credential status and a stable issuer (issue 12, items 6 and 7; module server/src/modules/certificates).

-- The issuer identity, fixed at first start (from ISSUER_DID or PUBLIC_URL) and never re-derived: a later change of
-- PUBLIC_URL does not change the issuer of new or old credentials. One row.
CREATE TABLE certificate_issuer (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  -- did:web:<host> — its DID document is served at https://<host>/.well-known/did.json.
  did text NOT NULL,
  -- The origin the DID resolves to; status lists are published under it, so they live exactly as long as the DID.
  base_url text NOT NULL,
  -- Issuers before an explicit migration ([{did, baseUrl, until}]): their DID documents are still served (by host).
  previous jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- W3C Bitstring Status Lists (statusPurpose revocation). A list holds 131,072 entries (16 KB, the spec's minimum);
-- list n covers the global positions n*131072 … n*131072+131071 drawn from the sequence below.
CREATE TABLE certificate_status_lists (
  id int PRIMARY KEY CHECK (id >= 0),
  purpose text NOT NULL DEFAULT 'revocation' CHECK (purpose IN ('revocation')),
  -- The issuer whose credentials the list serves (an issuer migration starts a new list), and where it is published.
  issuer_did text NOT NULL,
  base_url text NOT NULL,
  -- Bumped in the transaction that sets a bit; the signed list is rebuilt when it is behind.
  revision int NOT NULL DEFAULT 0,
  -- The signed BitstringStatusListCredential of signed_revision (text: served byte for byte as signed).
  credential text,
  signed_revision int NOT NULL DEFAULT -1,
  -- The key that signed it: after a rotation the list is re-signed with the active key.
  key_id text,
  signed_at timestamptz
);

-- Positions are never handed out twice (a sequence is not rolled back: an aborted issue leaves an unused 0 bit).
CREATE SEQUENCE certificate_status_position_seq AS bigint MINVALUE 0 START 0;

-- Each issued credential's entry, written in the transaction that issues it.
CREATE TABLE certificate_status_entries (
  list_id int NOT NULL REFERENCES certificate_status_lists (id),
  status_index int NOT NULL CHECK (status_index >= 0 AND status_index < 131072),
  user_id uuid NOT NULL,
  certificate_id uuid NOT NULL,
  -- The bit: set on revoke and on reissue (the replaced credential is revoked).
  revoked boolean NOT NULL DEFAULT false,
  changed_at timestamptz,
  PRIMARY KEY (list_id, status_index),
  UNIQUE (user_id, certificate_id)
);
CREATE INDEX certificate_status_entries_revoked_idx ON certificate_status_entries (list_id, status_index) WHERE revoked;

-- Retired signing keys stay published while any credential they signed is still live (issued).
CREATE INDEX certificates_live_key_idx ON certificates (key_id) WHERE status = 'issued';
