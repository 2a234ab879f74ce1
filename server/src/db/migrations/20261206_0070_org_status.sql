-- Org tree maintenance (issue 12, item 17): an office or department can be closed; it is kept for history
-- (postings, transfers, reports) but hidden from pickers and takes no new people or child orgs.
ALTER TABLE orgs ADD COLUMN status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed'));
ALTER TABLE orgs ADD COLUMN closed_at timestamptz;
ALTER TABLE orgs ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
