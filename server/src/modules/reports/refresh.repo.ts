import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import { campaignFacts, istDay, type Sources } from './contribution.sql';
import { applyDeltas, createDayScratch } from './deltas.sql';

type Q = Kysely<DB> | Transaction<DB>;

/** One drainer at a time writes the rollups (no deadlocks between two drains updating the same ancestor rows). */
export const DRAIN_LOCK = 727_274_001;

/** Marks people for a refresh; an already queued person stays queued once. */
export async function markDirty(db: Q, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await sql`INSERT INTO report_dirty (user_id) SELECT DISTINCT unnest(${[...userIds]}::uuid[]) ON CONFLICT (user_id) DO NOTHING`.execute(db);
}

/** Marks everyone whose ledger row or account is in a subtree (campaign backfill, rebuild of a node). */
export async function markSubtreeDirty(db: Q, path: string): Promise<number> {
  const result = await sql`
    INSERT INTO report_dirty (user_id)
    SELECT u.id FROM users u JOIN orgs o ON o.id = u.org_id WHERE o.path LIKE ${`${path}%`}
    UNION SELECT l.user_id FROM report_learners l WHERE l.org_path LIKE ${`${path}%`}
    ON CONFLICT (user_id) DO NOTHING`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** People waiting for a refresh (all, or those posted in a subtree). */
export async function pendingCount(db: Q, path?: string): Promise<number> {
  const row = path
    ? await sql<{ n: number }>`SELECT count(*)::int AS n FROM report_dirty d JOIN users u ON u.id = d.user_id JOIN orgs o ON o.id = u.org_id
        WHERE o.path LIKE ${`${path}%`}`.execute(db)
    : await sql<{ n: number }>`SELECT count(*)::int AS n FROM report_dirty`.execute(db);
  return row.rows[0]?.n ?? 0;
}

/** Creates the per-session scratch tables of a refresh. */
export async function createScratch(trx: Transaction<DB>): Promise<void> {
  // Per-session scratch tables, emptied at commit: the snapshot the deltas and the new ledger are both made from.
  await sql`CREATE TEMP TABLE IF NOT EXISTS rp_person (
    user_id uuid PRIMARY KEY, org_id uuid NOT NULL, org_path text COLLATE "C" NOT NULL, verified boolean NOT NULL,
    registered_on date NOT NULL, verified_on date, enrolments int NOT NULL DEFAULT 0, completions int NOT NULL DEFAULT 0,
    learning_minutes int NOT NULL DEFAULT 0, certificates int NOT NULL DEFAULT 0, first_completion_on date,
    third_completion_on date, last_active_on date) ON COMMIT DELETE ROWS`.execute(trx);
  await sql`CREATE TEMP TABLE IF NOT EXISTS rp_courses (
    user_id uuid NOT NULL, course_id uuid NOT NULL, enrolled_on date NOT NULL, completed_on date,
    learning_minutes int NOT NULL, PRIMARY KEY (user_id, course_id)) ON COMMIT DELETE ROWS`.execute(trx);
  await sql`CREATE TEMP TABLE IF NOT EXISTS rp_certificates (
    user_id uuid NOT NULL, certificate_id uuid NOT NULL, issued_on date NOT NULL, PRIMARY KEY (user_id, certificate_id)) ON COMMIT DELETE ROWS`.execute(trx);
  // The ledger's rows of the batch, read once (the contribution query reads each source several times).
  await sql`CREATE TEMP TABLE IF NOT EXISTS rp_old_person (LIKE report_learners) ON COMMIT DELETE ROWS`.execute(trx);
  await sql`CREATE TEMP TABLE IF NOT EXISTS rp_old_courses (LIKE report_learner_courses) ON COMMIT DELETE ROWS`.execute(trx);
  await sql`CREATE TEMP TABLE IF NOT EXISTS rp_old_certificates (LIKE report_learner_certificates) ON COMMIT DELETE ROWS`.execute(trx);
  await sql`CREATE TEMP TABLE IF NOT EXISTS rp_old_campaigns (LIKE report_learner_campaigns) ON COMMIT DELETE ROWS`.execute(trx);
  await sql`CREATE TEMP TABLE IF NOT EXISTS rp_campaigns (
    user_id uuid NOT NULL, campaign_id uuid NOT NULL, org_id uuid NOT NULL, completions int NOT NULL,
    learning_minutes int NOT NULL, PRIMARY KEY (user_id, campaign_id)) ON COMMIT DELETE ROWS`.execute(trx);
  await createDayScratch(trx);
}

/** Reads the current facts of the batch from the raw tables (users, enrolments, certificates) into the scratch tables. */
export async function snapshot(trx: Transaction<DB>, ids: string[]): Promise<void> {
  await sql`
    INSERT INTO rp_person (user_id, org_id, org_path, verified, registered_on, verified_on)
    SELECT u.id, u.org_id, o.path, u.status = 'active', ${istDay(sql`u.created_at`)},
           CASE WHEN u.status = 'active' THEN ${istDay(sql`coalesce(u.decided_at, u.created_at)`)} END
    FROM users u JOIN orgs o ON o.id = u.org_id
    WHERE u.id = ANY(${ids}::uuid[]) AND u.status IN ('active', 'pending_approval')`.execute(trx);
  await sql`
    INSERT INTO rp_courses (user_id, course_id, enrolled_on, completed_on, learning_minutes)
    SELECT e.user_id, e.course_id, ${istDay(sql`e.enrolled_at`)},
           CASE WHEN e.status = 'completed' THEN ${istDay(sql`e.completed_at`)} END,
           CASE WHEN e.status = 'completed' THEN e.learning_minutes_credited ELSE 0 END
    FROM enrolments e JOIN rp_person p ON p.user_id = e.user_id
    WHERE e.user_id = ANY(${ids}::uuid[])`.execute(trx);
  await sql`
    INSERT INTO rp_certificates (user_id, certificate_id, issued_on)
    SELECT c.user_id, c.id, ${istDay(sql`c.issued_at`)}
    FROM certificates c JOIN rp_person p ON p.user_id = c.user_id
    WHERE c.user_id = ANY(${ids}::uuid[]) AND c.status = 'issued' AND c.issued_at IS NOT NULL`.execute(trx);
  await sql`
    UPDATE rp_person p SET enrolments = coalesce(s.n, 0), completions = coalesce(s.c, 0), learning_minutes = coalesce(s.m, 0),
      first_completion_on = s.f, third_completion_on = s.t, last_active_on = s.la, certificates = coalesce(x.n, 0)
    FROM rp_person q
    LEFT JOIN (SELECT user_id, count(*)::int AS n, count(completed_on)::int AS c, sum(learning_minutes)::int AS m, min(completed_on) AS f,
                      (array_agg(completed_on ORDER BY completed_on) FILTER (WHERE completed_on IS NOT NULL))[3] AS t,
                      greatest(max(enrolled_on), max(completed_on)) AS la
               FROM rp_courses GROUP BY user_id) s ON s.user_id = q.user_id
    LEFT JOIN (SELECT user_id, count(*)::int AS n FROM rp_certificates GROUP BY user_id) x ON x.user_id = q.user_id
    WHERE p.user_id = q.user_id AND (s.user_id IS NOT NULL OR x.user_id IS NOT NULL)`.execute(trx);
  const fresh: Sources = { person: sql`rp_person`, courses: sql`rp_courses`, certs: sql`rp_certificates` };
  await sql`INSERT INTO rp_campaigns (user_id, campaign_id, org_id, completions, learning_minutes) ${campaignFacts(fresh)}`.execute(trx);
  await sql`INSERT INTO rp_old_person SELECT * FROM report_learners WHERE user_id = ANY(${ids}::uuid[])`.execute(trx);
  await sql`INSERT INTO rp_old_courses SELECT * FROM report_learner_courses WHERE user_id = ANY(${ids}::uuid[])`.execute(trx);
  await sql`INSERT INTO rp_old_certificates SELECT * FROM report_learner_certificates WHERE user_id = ANY(${ids}::uuid[])`.execute(trx);
  await sql`INSERT INTO rp_old_campaigns SELECT * FROM report_learner_campaigns WHERE user_id = ANY(${ids}::uuid[])`.execute(trx);
  // Statistics for the planner on the tables the delta queries join (without them it guesses and sorts instead of hashing).
  await sql`ANALYZE rp_person, rp_courses, rp_old_person, rp_old_courses`.execute(trx);
}

// A batch's deltas fit an int per row: summing ints keeps integer arithmetic (a sum of bigint would be numeric).
/** Rewrites the batch's ledger from the snapshot, touching only rows that changed. */
export async function rewriteLedger(trx: Transaction<DB>, ids: string[], now: Date): Promise<void> {
  await sql`DELETE FROM report_learners l WHERE l.user_id = ANY(${ids}::uuid[]) AND NOT EXISTS (SELECT 1 FROM rp_person p WHERE p.user_id = l.user_id)`.execute(trx);
  await sql`
    INSERT INTO report_learners AS l (user_id, org_id, org_path, verified, registered_on, verified_on, enrolments, completions,
      learning_minutes, certificates, first_completion_on, third_completion_on, last_active_on, refreshed_at)
    SELECT user_id, org_id, org_path, verified, registered_on, verified_on, enrolments, completions, learning_minutes, certificates,
      first_completion_on, third_completion_on, last_active_on, ${now} FROM rp_person
    ON CONFLICT (user_id) DO UPDATE SET org_id = excluded.org_id, org_path = excluded.org_path, verified = excluded.verified,
      registered_on = excluded.registered_on, verified_on = excluded.verified_on, enrolments = excluded.enrolments,
      completions = excluded.completions, learning_minutes = excluded.learning_minutes, certificates = excluded.certificates,
      first_completion_on = excluded.first_completion_on, third_completion_on = excluded.third_completion_on,
      last_active_on = excluded.last_active_on, refreshed_at = excluded.refreshed_at`.execute(trx);

  await sql`DELETE FROM report_learner_courses l WHERE l.user_id = ANY(${ids}::uuid[])
    AND NOT EXISTS (SELECT 1 FROM rp_courses n WHERE n.user_id = l.user_id AND n.course_id = l.course_id)`.execute(trx);
  await sql`
    INSERT INTO report_learner_courses AS l (user_id, course_id, enrolled_on, completed_on, learning_minutes)
    SELECT user_id, course_id, enrolled_on, completed_on, learning_minutes FROM rp_courses
    ON CONFLICT (user_id, course_id) DO UPDATE SET enrolled_on = excluded.enrolled_on, completed_on = excluded.completed_on,
      learning_minutes = excluded.learning_minutes
    WHERE (l.enrolled_on, l.completed_on, l.learning_minutes) IS DISTINCT FROM (excluded.enrolled_on, excluded.completed_on, excluded.learning_minutes)`.execute(trx);

  await sql`DELETE FROM report_learner_certificates l WHERE l.user_id = ANY(${ids}::uuid[])
    AND NOT EXISTS (SELECT 1 FROM rp_certificates n WHERE n.user_id = l.user_id AND n.certificate_id = l.certificate_id)`.execute(trx);
  await sql`
    INSERT INTO report_learner_certificates AS l (user_id, certificate_id, issued_on)
    SELECT user_id, certificate_id, issued_on FROM rp_certificates
    ON CONFLICT (user_id, certificate_id) DO UPDATE SET issued_on = excluded.issued_on WHERE l.issued_on <> excluded.issued_on`.execute(trx);

  await sql`DELETE FROM report_learner_campaigns l WHERE l.user_id = ANY(${ids}::uuid[])
    AND NOT EXISTS (SELECT 1 FROM rp_campaigns n WHERE n.user_id = l.user_id AND n.campaign_id = l.campaign_id)`.execute(trx);
  await sql`
    INSERT INTO report_learner_campaigns AS l (user_id, campaign_id, org_id, completions, learning_minutes)
    SELECT user_id, campaign_id, org_id, completions, learning_minutes FROM rp_campaigns
    ON CONFLICT (user_id, campaign_id) DO UPDATE SET org_id = excluded.org_id, completions = excluded.completions,
      learning_minutes = excluded.learning_minutes
    WHERE (l.org_id, l.completions, l.learning_minutes) IS DISTINCT FROM (excluded.org_id, excluded.completions, excluded.learning_minutes)`.execute(trx);
}

/**
 * Refreshes up to `size` dirty people in one transaction: claim, snapshot, deltas, ledger. Returns how many were
 * claimed (0 when the queue is empty). A person re-marked while claimed is queued again once this commits.
 */
export async function drainBatch(
  db: Kysely<DB>,
  size: number,
  now: Date,
  onStep?: (step: string, ms: number) => void,
  opts: { workMem?: string } = {},
): Promise<number> {
  let at = performance.now();
  const step = (name: string) => {
    if (!onStep) return;
    const t = performance.now();
    onStep(name, t - at);
    at = t;
  };
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${DRAIN_LOCK})`.execute(trx);
    // The batch's aggregates fit in memory instead of spilling to disk (PostgreSQL only; PGlite keeps its default).
    await sql`SELECT set_config('work_mem', ${opts.workMem ?? '64MB'}, true)`.execute(trx);
    // The planner cannot estimate the groups of the delta queries; hashing is right for them at every batch size.
    await sql`SELECT set_config('enable_sort', 'off', true)`.execute(trx);
    step('lock');
    const claimed = await sql<{ user_id: string }>`
      DELETE FROM report_dirty WHERE user_id IN (
        SELECT user_id FROM report_dirty ORDER BY queued_at, user_id LIMIT ${size} FOR UPDATE SKIP LOCKED)
      RETURNING user_id`.execute(trx);
    const ids = claimed.rows.map((r) => r.user_id);
    step('claim');
    if (ids.length === 0) return 0;
    await createScratch(trx);
    await snapshot(trx, ids);
    step('snapshot');
    const fresh: Sources = { person: sql`rp_person`, courses: sql`rp_courses`, certs: sql`rp_certificates` };
    const ledger: Sources = { person: sql`rp_old_person`, courses: sql`rp_old_courses`, certs: sql`rp_old_certificates` };
    await applyDeltas(trx, fresh, ledger, step);
    await rewriteLedger(trx, ids, now);
    step('ledger');
    return ids.length;
  });
}

/** Refreshes given people now, in the caller's process (tests, the demo seed): marks them and drains everything. */
export async function refreshPeople(db: Kysely<DB>, userIds: readonly string[], now: Date, size = 2000): Promise<void> {
  await markDirty(db, userIds);
  while ((await drainBatch(db, size, now)) > 0);
}
