-- Bulk user import: a resumable progress counter, failure details and each bad row's original values.
ALTER TABLE imports ADD COLUMN processed_rows int NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN started_at timestamptz;
ALTER TABLE imports ADD COLUMN failure_params jsonb;
CREATE INDEX imports_org_created_idx ON imports (org_id, created_at DESC);
ALTER TABLE import_errors ADD COLUMN row_values jsonb;
