-- Pace of progress claims (module server/src/modules/learning, docs/learning.md "Pace"): the moment up to which an
-- enrolment's reported time and watched coverage have been accounted for on the server's clock. Each accepted
-- progress update may credit at most the time since this mark (plus what the previous one left unused, ≤ 10 s) and
-- moves it on by what it used. NULL: no paced update yet (the first is measured from the enrolment, plus 5 s).
ALTER TABLE enrolments ADD COLUMN paced_at timestamptz;
