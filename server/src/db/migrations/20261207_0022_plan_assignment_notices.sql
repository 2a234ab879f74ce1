-- Assignment notices (issue 19): a new assignment waits for its notice (in-app, e-mail, SMS per the person's
-- preferences, naming the plan and the deadline). The job `plans.notify-assigned` sends them in batches and clears the
-- flag in the same transaction, so a retried job never sends twice. Assignments made before this migration were not
-- announced and stay so (false).
ALTER TABLE plan_assignments ADD COLUMN notice_due boolean NOT NULL DEFAULT false;
CREATE INDEX plan_assignments_notice_due_idx ON plan_assignments (plan_id, user_id) WHERE notice_due;
