-- Indexes for the admin screens: outgoing transfers, profile-change queues, audit filters, merges.
CREATE INDEX transfers_from_org_idx ON transfers (from_org_id, status);
CREATE INDEX profile_change_org_idx ON profile_change_requests (org_id, status);
CREATE INDEX profile_change_user_idx ON profile_change_requests (user_id, created_at DESC);
CREATE INDEX audit_log_org_idx ON audit_log (org_id, at DESC);
CREATE INDEX audit_log_target_id_idx ON audit_log (target_id, at DESC);
CREATE INDEX merges_target_idx ON merges (target_user_id);

-- Why an account was deactivated, shown to admins (kept out of the audit log, which holds no free text).
ALTER TABLE users ADD COLUMN deactivation_reason text;
