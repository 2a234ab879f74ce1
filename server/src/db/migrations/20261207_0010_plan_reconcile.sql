-- Plan audiences converge (issue 12, item 1): a periodic reconciliation assigns everyone in a live plan's audience,
-- whatever path created or changed them (the seed's bulk insert, a direct load), and moves people who no longer match.
-- It is cheap when nothing changed: every statement that can change who is in an audience advances one sequence,
-- and a plan remembers the value it was last reconciled at.
CREATE SEQUENCE audience_change_seq;

CREATE FUNCTION note_audience_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('audience_change_seq');
  RETURN NULL;
END
$$;

-- Statement-level: a bulk insert of lakhs of people advances the sequence once. Only columns that audiences, placement
-- or deadlines read fire on update (a corrected name does not).
CREATE TRIGGER users_audience_change AFTER INSERT OR DELETE OR UPDATE OF status, org_id, designation_id, employee_group, cadre, service, created_at
  ON users FOR EACH STATEMENT EXECUTE FUNCTION note_audience_change();
CREATE TRIGGER postings_audience_change AFTER INSERT OR DELETE OR UPDATE
  ON postings FOR EACH STATEMENT EXECUTE FUNCTION note_audience_change();
CREATE TRIGGER orgs_audience_change AFTER INSERT OR DELETE OR UPDATE OF parent_id, path
  ON orgs FOR EACH STATEMENT EXECUTE FUNCTION note_audience_change();
CREATE TRIGGER plan_assignments_audience_change AFTER DELETE
  ON plan_assignments FOR EACH STATEMENT EXECUTE FUNCTION note_audience_change();
CREATE TRIGGER plan_audience_users_change AFTER INSERT OR DELETE OR UPDATE
  ON plan_audience_users FOR EACH STATEMENT EXECUTE FUNCTION note_audience_change();

ALTER TABLE plans ADD COLUMN reconciled_seq bigint;
ALTER TABLE plans ADD COLUMN reconciled_at timestamptz;

-- Yearly orders (issue 12, item 3): a fixed deadline with `everyYear` opens a 'yearly' cycle each appraisal year on
-- 1 April; the previous year's unfinished cycles close as 'year_ended' (they stay that year's record).
ALTER TABLE plan_cycles DROP CONSTRAINT plan_cycles_kind_check;
ALTER TABLE plan_cycles ADD CONSTRAINT plan_cycles_kind_check CHECK (kind IN ('initial', 'posting', 'renewal', 'reassigned', 'yearly'));
ALTER TABLE plan_cycles DROP CONSTRAINT plan_cycles_closed_reason_check;
ALTER TABLE plan_cycles ADD CONSTRAINT plan_cycles_closed_reason_check
  CHECK (closed_reason IN ('expired', 'new_posting', 'left_audience', 'plan_retired', 'year_ended'));
