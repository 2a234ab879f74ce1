import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/database';

/** How often a worker proves it is alive, and after how long without that another worker takes back its jobs. */
export const HEARTBEAT_MS = 5_000;
export const STALE_AFTER_MS = 30_000;

/**
 * This host as pids are meaningful on it: the host name and, on Linux, the pid namespace (containers sharing a host
 * name, e.g. with host networking, each have their own pids).
 */
function hostIdentity(): string {
  try {
    return `${os.hostname()} ${fs.readlinkSync('/proc/self/ns/pid')}`;
  } catch {
    return os.hostname();
  }
}

/** True when a process with this id runs on this host (EPERM: it runs under another user). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Puts fetched jobs (still 'active') back in their queues in the caller's transaction. `countAttempt` (a worker that
 * died on them) makes it a retry that counts, so a job that kills its worker every time ends failed; otherwise (a
 * graceful shutdown) it is queued again as if never fetched. Rows another transaction holds are skipped, and a stately
 * job whose queued twin already exists is cancelled (the twin does the work). Returns the ids put back.
 */
async function returnToQueue(trx: Transaction<DB>, jobs: { queue: string; jobId: string }[], countAttempt: boolean, why: string): Promise<string[]> {
  if (jobs.length === 0) return [];
  const { rows } = await sql<{ id: string }>`
    WITH target AS (
      SELECT j.name, j.id, j.policy, j.singleton_key,
        CASE WHEN NOT ${countAttempt} THEN 'created' WHEN j.retry_count < j.retry_limit THEN 'retry' ELSE 'failed' END AS state
      FROM pgboss.job j
      JOIN unnest(${jobs.map((j) => j.queue)}::text[], ${jobs.map((j) => j.jobId)}::uuid[]) AS c(name, id) ON j.name = c.name AND j.id = c.id
      WHERE j.state = 'active'
      FOR UPDATE OF j SKIP LOCKED
    ), decided AS (
      SELECT t.name, t.id, CASE
        WHEN t.state <> 'failed' AND t.policy = 'stately' AND EXISTS (
          SELECT 1 FROM pgboss.job q WHERE q.name = t.name AND q.policy = 'stately' AND q.state::text = t.state
            AND COALESCE(q.singleton_key, '') = COALESCE(t.singleton_key, ''))
        THEN 'cancelled' ELSE t.state END AS state
      FROM target t
    )
    UPDATE pgboss.job j SET
      state = d.state::pgboss.job_state,
      started_on = CASE WHEN ${countAttempt} THEN j.started_on ELSE NULL END,
      start_after = now(),
      completed_on = CASE WHEN d.state IN ('failed', 'cancelled') THEN now() ELSE NULL END,
      output = jsonb_build_object('message', ${why}::text)
    FROM decided d
    WHERE j.name = d.name AND j.id = d.id
    RETURNING j.id`.execute(trx);
  return rows.map((r) => r.id);
}

/**
 * This process as a job worker. On PostgreSQL: a row in `job_workers` with a heartbeat, and one `job_claims` row per
 * job it has fetched and not finished (written in the fetching transaction). A worker that stops releases its claims;
 * the claims of a worker that died (its process gone on this host and pid namespace, or its heartbeat stale) are put
 * back in the queue by the next worker that starts or sweeps, long before pg-boss's expiry. A live worker's claims are
 * never touched. On PGlite one process opens the data directory, so every active job is this process's: none is
 * claimed, a stopping worker releases them all and a starting one takes back all it finds.
 */
export class WorkerRegistry {
  readonly id = crypto.randomUUID();
  readonly host = hostIdentity();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly kind: 'pglite' | 'postgres',
    private readonly staleAfterMs = STALE_AFTER_MS,
  ) {}

  private get single(): boolean {
    return this.kind === 'pglite';
  }

  /** Records (or refreshes) this worker's row; the heartbeat. */
  async beat(): Promise<void> {
    if (this.single) return;
    await sql`INSERT INTO job_workers (id, host, pid) VALUES (${this.id}, ${this.host}, ${process.pid})
      ON CONFLICT (id) DO UPDATE SET heartbeat_at = now()`.execute(this.db);
  }

  /** Runs `fetch` and claims what it returns, in one transaction: a fetched job is never left without its owner. */
  async claim<J extends { id: string }>(queue: string, fetch: (db: Kysely<DB> | Transaction<DB>) => Promise<J[]>): Promise<J[]> {
    if (this.single) return fetch(this.db);
    return this.db.transaction().execute(async (trx) => {
      const jobs = await fetch(trx);
      if (jobs.length > 0) {
        await sql`INSERT INTO job_claims (job_id, queue, worker_id) SELECT unnest(${jobs.map((j) => j.id)}::uuid[]), ${queue}, ${this.id}
          ON CONFLICT (job_id) DO UPDATE SET worker_id = EXCLUDED.worker_id, queue = EXCLUDED.queue, claimed_at = now()`.execute(trx);
      }
      return jobs;
    });
  }

  /** Forgets this worker's claims of finished (completed or failed) jobs. */
  async finished(jobIds: string[]): Promise<void> {
    if (jobIds.length === 0 || this.single) return;
    await sql`DELETE FROM job_claims WHERE job_id = ANY(${jobIds}::uuid[]) AND worker_id = ${this.id}`.execute(this.db);
  }

  /** Puts every job this worker still holds back in its queue (not counted as an attempt) and removes the worker. */
  async releaseAll(): Promise<number> {
    if (this.single) return this.returnAllActive(false, 'released by a worker shutting down');
    const released = await this.takeBack([this.id], false, 'released by a worker shutting down');
    await sql`DELETE FROM job_workers WHERE id = ${this.id}`.execute(this.db);
    return released;
  }

  /** Finds dead workers and puts their jobs back in the queue (on PGlite: at start, every active job); returns how many. */
  async recover({ atStart = false } = {}): Promise<number> {
    if (this.single) return atStart ? this.returnAllActive(true, 'worker stopped while the job was active') : 0;
    const { rows } = await sql<{ id: string; host: string; pid: number; stale: boolean }>`
      SELECT id, host, pid, heartbeat_at < now() - make_interval(secs => ${this.staleAfterMs / 1000}) AS stale
      FROM job_workers WHERE id <> ${this.id}`.execute(this.db);
    const dead = rows
      .filter((w) => w.stale || (w.host === this.host && (w.pid === process.pid || !processAlive(w.pid))))
      .map((w) => w.id);
    // Claims whose worker row is gone (removed by a sweep that was itself cut short).
    const { rows: orphans } = await sql<{ worker_id: string }>`
      SELECT DISTINCT c.worker_id FROM job_claims c LEFT JOIN job_workers w ON w.id = c.worker_id WHERE w.id IS NULL`.execute(this.db);
    const owners = [...new Set([...dead, ...orphans.map((o) => o.worker_id)])].filter((id) => id !== this.id);
    if (owners.length === 0) return 0;
    const released = await this.takeBack(owners, true, 'worker stopped while the job was active');
    await sql`DELETE FROM job_workers WHERE id = ANY(${dead}::uuid[])`.execute(this.db);
    return released;
  }

  private async returnAllActive(countAttempt: boolean, why: string): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ name: string; id: string }>`SELECT name, id FROM pgboss.job WHERE state = 'active'`.execute(trx);
      return (await returnToQueue(trx, rows.map((r) => ({ queue: r.name, jobId: r.id })), countAttempt, why)).length;
    });
  }

  private async takeBack(workerIds: string[], countAttempt: boolean, why: string): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ job_id: string; queue: string }>`
        SELECT job_id, queue FROM job_claims WHERE worker_id = ANY(${workerIds}::uuid[]) FOR UPDATE SKIP LOCKED`.execute(trx);
      if (rows.length === 0) return 0;
      const back = await returnToQueue(trx, rows.map((r) => ({ queue: r.queue, jobId: r.job_id })), countAttempt, why);
      await sql`DELETE FROM job_claims WHERE job_id = ANY(${rows.map((r) => r.job_id)}::uuid[]) AND worker_id = ANY(${workerIds}::uuid[])`.execute(trx);
      return back.length;
    });
  }
}
