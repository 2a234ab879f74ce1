import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/database';
import { ROLLUP_METRICS, ancestorsOf, campaignContribution, courseContribution, rollupContribution, type Sources } from './contribution.sql';
import { DRAIN_LOCK, createScratch, rewriteLedger, snapshot } from './refresh.repo';

/*
 * The first build of the rollups when they are empty (a new installation with people already in it, or the scale
 * benchmark): everyone is queued, and chunks of people are added with the plain contribution — no ledger to diff
 * against, so no change detection. The same definitions as the drain and the reconciliation check (contribution.sql.ts).
 * Refuses to run once any person is in the ledger: from then on the drain keeps the rollups.
 */

const sums = (names: readonly string[]) => sql.join(names.map((c) => sql`sum(${sql.ref(c)})::bigint AS ${sql.ref(c)}`));
const cols = (names: readonly string[]) => sql.join(names.map((c) => sql.ref(c)));

/** Adds one chunk's contribution (people not yet in the ledger) to every ancestor's rows. */
async function addChunk(trx: Kysely<DB>, fresh: Sources): Promise<void> {
  const m = ROLLUP_METRICS;
  await sql`
    INSERT INTO report_rollup AS r (org_id, grain, period, ${cols(m)})
    SELECT a.id, l.grain, l.period, ${sums(m)}
    FROM (${rollupContribution(fresh, 1)}) l JOIN orgs o ON o.id = l.org_id CROSS JOIN LATERAL ${ancestorsOf(sql`o.path`)} AS a (id)
    GROUP BY 1, 2, 3
    ON CONFLICT (org_id, grain, period) DO UPDATE SET ${sql.join(m.map((c) => sql`${sql.ref(c)} = r.${sql.ref(c)} + excluded.${sql.ref(c)}`))}`.execute(trx);
  const cm = ['enrolments', 'completions', 'learning_minutes'];
  await sql`
    INSERT INTO report_course_rollup AS r (org_id, grain, period, course_id, ${cols(cm)})
    SELECT a.id, l.grain, l.period, l.course_id, ${sums(cm)}
    FROM (${courseContribution(fresh, 1)}) l JOIN orgs o ON o.id = l.org_id CROSS JOIN LATERAL ${ancestorsOf(sql`o.path`)} AS a (id)
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (org_id, grain, period, course_id) DO UPDATE SET ${sql.join(cm.map((c) => sql`${sql.ref(c)} = r.${sql.ref(c)} + excluded.${sql.ref(c)}`))}`.execute(trx);
  const km = ['completions', 'learning_minutes', 'people_completed', 'people_four_hours'];
  await sql`
    INSERT INTO report_campaign_rollup AS r (campaign_id, org_id, ${cols(km)})
    SELECT l.campaign_id, a.id, ${sums(km)}
    FROM (${campaignContribution(sql`rp_campaigns`, 1)}) l
    JOIN report_campaigns k ON k.id = l.campaign_id
    JOIN orgs o ON o.id = l.org_id CROSS JOIN LATERAL ${ancestorsOf(sql`o.path`)} AS a (id)
    JOIN orgs ao ON ao.id = a.id AND starts_with(ao.path, k.scope_path)
    GROUP BY 1, 2
    ON CONFLICT (campaign_id, org_id) DO UPDATE SET ${sql.join(km.map((c) => sql`${sql.ref(c)} = r.${sql.ref(c)} + excluded.${sql.ref(c)}`))}`.execute(trx);
}

/**
 * Builds empty rollups for everyone, `chunk` people per transaction (each chunk claims its people from the queue, so
 * events arriving meanwhile are refreshed by the drain afterwards). Returns the number of people added.
 */
export async function buildEmptyRollups(db: Kysely<DB>, opts: { chunk?: number; now?: Date; log?: (line: string) => void } = {}): Promise<number> {
  const chunk = opts.chunk ?? 100_000;
  const log = opts.log ?? (() => undefined);
  const existing = await db.selectFrom('report_learners').select('user_id').limit(1).executeTakeFirst();
  if (existing) throw new Error('the rollups are not empty: the drain keeps them (use a rebuild of a subtree instead)');
  await sql`INSERT INTO report_dirty (user_id) SELECT id FROM users ON CONFLICT (user_id) DO NOTHING`.execute(db);
  let total = 0;
  for (;;) {
    const t = Date.now();
    const n = await db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${DRAIN_LOCK})`.execute(trx);
      await sql`SELECT set_config('work_mem', '256MB', true)`.execute(trx);
      const claimed = await sql<{ user_id: string }>`
        DELETE FROM report_dirty WHERE user_id IN (
          SELECT d.user_id FROM report_dirty d WHERE NOT EXISTS (SELECT 1 FROM report_learners l WHERE l.user_id = d.user_id)
          ORDER BY d.user_id LIMIT ${chunk} FOR UPDATE SKIP LOCKED)
        RETURNING user_id`.execute(trx);
      const ids = claimed.rows.map((r) => r.user_id);
      if (ids.length === 0) return 0;
      await createScratch(trx);
      await snapshot(trx, ids);
      await addChunk(trx, { person: sql`rp_person`, courses: sql`rp_courses`, certs: sql`rp_certificates` });
      await rewriteLedger(trx, ids, opts.now ?? new Date());
      return ids.length;
    });
    if (n === 0) return total;
    total += n;
    log(`rollups: ${total} people added (last chunk ${Date.now() - t} ms)`);
  }
}
