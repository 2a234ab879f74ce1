-- Safe approvals (issue 19, item 1): each approval or rejection of a registration is recorded here at once and may be
-- undone within a short window; its consequences (the applicant's message, the user.activated / user.rejected event)
-- follow only when a delayed job settles it after the window. At most one standing (not undone) decision per person.
CREATE TABLE registration_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  decision text NOT NULL CHECK (decision IN ('approved', 'rejected')),
  reason text,
  decided_by uuid NOT NULL REFERENCES users (id),
  decided_at timestamptz NOT NULL,
  undo_until timestamptz NOT NULL,
  undone_at timestamptz,
  undone_by uuid REFERENCES users (id),
  settled_at timestamptz,
  CHECK (undone_at IS NULL OR settled_at IS NULL)
);
CREATE UNIQUE INDEX registration_decisions_standing ON registration_decisions (user_id) WHERE undone_at IS NULL;
CREATE INDEX registration_decisions_unsettled ON registration_decisions (undo_until) WHERE settled_at IS NULL AND undone_at IS NULL;
