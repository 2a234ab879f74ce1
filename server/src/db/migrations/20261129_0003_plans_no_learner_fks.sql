-- Databases migrated with the first version of 20261129_0001 (work in progress) have foreign keys on the per-learner
-- plan tables; the current version has none (see the comment there: they doubled the cost of a plan going live).
-- Dropping them here makes every database converge; a no-op where they never existed.
ALTER TABLE plan_assignments DROP CONSTRAINT IF EXISTS plan_assignments_user_id_fkey;
ALTER TABLE plan_assignments DROP CONSTRAINT IF EXISTS plan_assignments_plan_id_fkey;
ALTER TABLE plan_cycles DROP CONSTRAINT IF EXISTS plan_cycles_requirement_id_fkey;
ALTER TABLE plan_cycles DROP CONSTRAINT IF EXISTS plan_cycles_user_id_plan_id_fkey;
