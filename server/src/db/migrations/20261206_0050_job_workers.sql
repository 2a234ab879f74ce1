-- Job workers and the jobs each has fetched, so that the jobs of a worker that died (kill -9, lost host) go back to
-- the queue at once instead of waiting for their expiry (platform/job-workers.ts).
CREATE TABLE job_workers (
  id uuid PRIMARY KEY,
  host text NOT NULL,
  pid integer NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  heartbeat_at timestamptz NOT NULL DEFAULT now()
);

-- One row per fetched, unfinished pg-boss job; written in the transaction that fetches it.
CREATE TABLE job_claims (
  job_id uuid PRIMARY KEY,
  queue text NOT NULL,
  worker_id uuid NOT NULL,
  claimed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_claims_worker ON job_claims (worker_id);
