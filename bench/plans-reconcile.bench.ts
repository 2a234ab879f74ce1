/**
 * Plan-audience reconciliation benchmark on PostgreSQL (`reconcileLivePlans`, server/src/modules/plans/reconcile.service.ts):
 * USERS employees (default 2,00,000, `data/up-users.ts`) and a live state-wide "all of UP" plan swept to everyone, then
 *  1. reconcile when nothing changed (skipped on `audience_change_seq`): median of RUNS;
 *  2. reconcile with `{ force: true }` when nothing changed (the anti-join and drift checks over everyone);
 *  3. 1 % more users inserted by plain SQL (no events), then the reconcile that assigns them (time, people/s);
 *  4. 0.5 % of users deactivated by plain SQL, then the reconcile that moves them to left_audience.
 * After 3 and 4 the plan's active assignments must equal the active users of its audience (exit 1 if not).
 * Baseline in the same run: pgbench -S on a scratch database (10 s), and on the platform database the plain SQL of the
 * audience (count of active UP users) and its anti-join against the plan's assignments (median of RUNS each).
 * Run: `cd server && npx tsx ../bench/plans-reconcile.bench.ts` (USERS=50000 for a quick run). Drops its databases.
 */
import { sql, type RawBuilder } from 'kysely';
import { loadConfig } from '../server/src/config';
import { startRuntime, type Runtime } from '../server/src/runtime';
import { buildApp } from '../server/src/app';
import type { AppContext } from '../server/src/platform/context';
import { DEMO_PASSWORD } from '../server/src/demo';
import { DRIFT_BATCH, reconcileLivePlans, type ReconcileReport } from '../server/src/modules/plans/reconcile.service';
import { makePublishedCourse } from '../server/test/course-factories';
import { TestClient } from '../server/test/harness';
import { generateUpUsers } from './data/up-users';
import { createDatabase, dropDatabase, pgbenchTpsOrNull, urlFor, withScratchDatabase } from './lib/postgres';

const USERS = Number(process.env.USERS ?? 200_000);
const RUNS = Number(process.env.RUNS ?? 7);
const DEADLINE_MS = 15 * 60_000;
const stamp = Date.now().toString(36);
const platformDb = `ksh_bench_reconcile_${stamp}`;
const scratchDb = `ksh_bench_reconcile_scratch_${stamp}`;
const fmt = (n: number) => new Intl.NumberFormat('en-IN').format(n);
const ms = (n: number) => `${n.toFixed(n < 100 ? 1 : 0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** pgbench -S for 10 s on a scratch database, rounded (null when pgbench is not installed or fails). */
function scratchTps(): Promise<number | null> {
  return withScratchDatabase(scratchDb, (url) => {
    const tps = pgbenchTpsOrNull(url);
    return tps === null ? null : Math.round(tps);
  });
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

const count = async (ctx: AppContext, q: RawBuilder<{ n: number }>) => (await q.execute(ctx.db)).rows[0]?.n ?? 0;

/** Waits until no job is queued or running (compliance fan-out after a sweep or reconcile), so it does not overlap a figure. */
async function drainJobs(ctx: AppContext): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const n = await count(ctx, sql<{ n: number }>`SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND name NOT LIKE '__pgboss%'`);
    if (n === 0) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('jobs still queued after 150 s');
}

const describe = (r: ReconcileReport) => `${r.plans} live plans, ${r.skipped} skipped, ${fmt(r.assigned)} assigned, ${fmt(r.reevaluated)} re-evaluated`;

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`plan reconciliation benchmark: ${fmt(USERS)} users, ${RUNS} runs per median, ${new Date().toISOString()}`);
  const tps = await scratchTps();
  console.log(`baseline: pgbench -S ${tps ?? 'n/a'} tps`);

  await createDatabase(platformDb);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: urlFor(platformDb), SEED_DEMO: 'true', LOG_LEVEL: 'error' });
  const runtime = await startRuntime(config, { work: true });
  running = runtime;
  const { ctx } = runtime;
  // The 15-minute cron would reconcile behind the bench's back; every reconcile here is called by the bench.
  await ctx.jobs.boss.unschedule('plans.reconcile');
  const app = await buildApp(ctx);
  await app.ready();

  const course = await makePublishedCourse(ctx, { titleEn: '7-day capacity building', lessons: [{ type: 'html' }] });
  const state = await new TestClient(app, 'en').signIn('state.admin@up.gov.in', DEMO_PASSWORD);
  const up = await ctx.db.selectFrom('orgs').select(['id', 'path']).where('code', '=', 'UP').executeTakeFirstOrThrow();

  const gen = await timed(() => generateUpUsers(ctx.db, USERS));
  console.log(`generated ${fmt(gen.value.users)} users over ${gen.value.offices} offices in ${(gen.ms / 1000).toFixed(1)} s`);

  const created = await state.post('/api/admin/plans', {
    ownerOrgId: up.id,
    name: { en: 'State-wide 7-day programme', hi: 'राज्यव्यापी सात दिवसीय कार्यक्रम' },
    acrLinked: true,
    audience: { mode: 'all' },
    deadline: { kind: 'fixed', date: '2027-03-31' },
    requirements: [{ kind: 'courses', courseIds: [course.courseId] }],
  });
  if (created.status !== 201) throw new Error(`plan: ${JSON.stringify(created.body)}`);
  const planId = created.body.id as string;
  const sweep = await timed(async () => {
    const published = await state.post(`/api/admin/plans/${planId}/publish`);
    if (published.status !== 200) throw new Error(`publish: ${JSON.stringify(published.body)}`);
    for (;;) {
      const { rows } = await sql<{ s: string }>`SELECT sweep_status AS s FROM plans WHERE id = ${planId}`.execute(ctx.db);
      if (rows[0]?.s === 'done') return;
      await new Promise((r) => setTimeout(r, 250));
    }
  });
  await drainJobs(ctx);

  const audienceSql = sql<{ n: number }>`SELECT count(*)::int AS n FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.status = 'active' AND o.path LIKE ${`${up.path}%`}`;
  const missingSql = sql<{ n: number }>`SELECT count(*)::int AS n FROM users u JOIN orgs o ON o.id = u.org_id
    WHERE u.status = 'active' AND o.path LIKE ${`${up.path}%`} AND NOT EXISTS (SELECT 1 FROM plan_assignments a WHERE a.user_id = u.id AND a.plan_id = ${planId}::uuid)`;
  const activeSql = sql<{ n: number }>`SELECT count(*)::int AS n FROM plan_assignments WHERE plan_id = ${planId}::uuid AND status = 'active'`;
  const leftSql = sql<{ n: number }>`SELECT count(*)::int AS n FROM plan_assignments WHERE plan_id = ${planId}::uuid AND status = 'left_audience'`;
  /** Active assignments against the active users of the audience; records a failure when they differ. */
  const check = async (when: string) => {
    const [assignments, audience] = [await count(ctx, activeSql), await count(ctx, audienceSql)];
    const ok = assignments === audience;
    if (!ok) failed = true;
    console.log(`  check ${when}: ${fmt(assignments)} active assignments, ${fmt(audience)} active users in the audience — ${ok ? 'equal' : 'DIFFERENT'}`);
  };
  console.log(`go-live sweep: ${fmt(await count(ctx, activeSql))} assignments in ${(sweep.ms / 1000).toFixed(1)} s`);

  // Baseline on the same database: the audience's plain scan, and the anti-join reconcile's assignment step runs.
  const scans: number[] = [];
  const antiJoins: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    scans.push((await timed(() => count(ctx, audienceSql))).ms);
    antiJoins.push((await timed(() => count(ctx, missingSql))).ms);
  }
  console.log(`baseline: audience count (users ⋈ orgs, full scan) median ${ms(median(scans))}; anti-join against the plan's assignments median ${ms(median(antiJoins))}`);
  const analyze = await timed(async () => {
    await sql`ANALYZE plan_assignments`.execute(ctx.db);
    await sql`ANALYZE plan_cycles`.execute(ctx.db);
  });
  console.log(`baseline: ANALYZE plan_assignments + plan_cycles (reconcile runs them after assigning anyone) ${ms(analyze.ms)}`);

  // The plan was never reconciled: the first call does the full check and records the sequence value.
  const first = await timed(() => reconcileLivePlans(ctx));
  console.log(`first reconcile after go-live: ${ms(first.ms)} (${describe(first.value)})`);

  const idle: number[] = [];
  let idleReport: ReconcileReport | null = null;
  for (let i = 0; i < RUNS; i++) {
    const r = await timed(() => reconcileLivePlans(ctx));
    idle.push(r.ms);
    idleReport = r.value;
  }
  console.log(`1. reconcile, nothing changed: median ${ms(median(idle))} (min ${ms(Math.min(...idle))}, max ${ms(Math.max(...idle))}; ${idleReport ? describe(idleReport) : ''})`);

  const forced: number[] = [];
  for (let i = 0; i < 3; i++) forced.push((await timed(() => reconcileLivePlans(ctx, { force: true }))).ms);
  console.log(`2. reconcile { force: true }, nothing changed: median ${ms(median(forced))} (runs: ${forced.map(ms).join(', ')})`);

  // 1 % more employees by plain SQL, indexes and triggers live, no events: copies of existing employees' placement.
  const extra = Math.round(USERS / 100);
  const insert = await timed(() =>
    sql`
      WITH src AS (
        SELECT tenant_id, org_id, designation_id, employee_group, row_number() OVER (ORDER BY id) AS g
        FROM users WHERE employee_id LIKE 'UPB-%' ORDER BY id LIMIT ${extra}
      ), fresh AS (
        INSERT INTO users (tenant_id, org_id, designation_id, employee_id, full_name, email, mobile, employee_group, status, activation, language, created_at, updated_at)
        SELECT tenant_id, org_id, designation_id, 'UPR-' || g, 'Reconcile ' || g, 'upr' || g || '@up.gov.in', '7' || lpad(g::text, 9, '0'),
          employee_group, 'active', 'import', 'en', now(), now()
        FROM src
        RETURNING id, org_id, designation_id
      )
      INSERT INTO postings (user_id, org_id, designation_id, from_date, reason)
      SELECT id, org_id, designation_id, current_date, 'import' FROM fresh`.execute(ctx.db),
  );
  console.log(`inserted ${fmt(extra)} users with postings by SQL in ${ms(insert.ms)}; missing from the plan: ${fmt(await count(ctx, missingSql))}`);
  const assign = await timed(() => reconcileLivePlans(ctx));
  const perSecond = Math.round(assign.value.assigned / (assign.ms / 1000));
  console.log(`3. reconcile assigning the new users: ${ms(assign.ms)} (${fmt(perSecond)} people/s; ${describe(assign.value)})`);
  await check('after the insert');
  await drainJobs(ctx);

  // 0.5 % of the employees deactivated by plain SQL; reconcile re-evaluates at most DRIFT_BATCH people a run.
  const gone = Math.round(USERS / 200);
  const leftBefore = await count(ctx, leftSql);
  await sql`UPDATE users SET status = 'deactivated', updated_at = now()
    WHERE id IN (SELECT id FROM users WHERE employee_id LIKE 'UPB-%' AND status = 'active' ORDER BY md5(id::text) LIMIT ${gone})`.execute(ctx.db);
  const leave = await timed(async () => {
    const runs: ReconcileReport[] = [];
    do runs.push(await reconcileLivePlans(ctx));
    while ((runs.at(-1)?.reevaluated ?? 0) >= DRIFT_BATCH);
    return runs;
  });
  const moved = (await count(ctx, leftSql)) - leftBefore;
  const reevaluated = leave.value.reduce((n, r) => n + r.reevaluated, 0);
  console.log(
    `4. reconcile after deactivating ${fmt(gone)} users: ${ms(leave.ms)} in ${leave.value.length} run(s) (${fmt(reevaluated)} re-evaluated, ` +
      `${(leave.ms / Math.max(1, reevaluated)).toFixed(1)} ms a person; ${fmt(moved)} moved to left_audience)`,
  );
  if (moved !== gone) failed = true;
  await check('after the deactivation');

  console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s${failed ? ' — CHECK FAILED' : ''}`);
  await drainJobs(ctx);
  await app.close();
  running = null;
  await runtime.stop();
}

/** The runtime to stop before its database is dropped, when the benchmark fails half-way. */
let running: Runtime | null = null;
let failed = false;

const guard = setTimeout(() => {
  console.error('benchmark exceeded its deadline; dropping databases');
  void dropDatabases().finally(() => process.exit(2));
}, DEADLINE_MS);
process.on('uncaughtException', (err) => {
  console.error(err);
  void dropDatabases().finally(() => process.exit(1));
});

async function dropDatabases(): Promise<void> {
  for (const name of [platformDb, scratchDb]) await dropDatabase(name).catch(() => undefined);
}

main()
  .then(async () => {
    await dropDatabases();
    clearTimeout(guard);
    process.exit(failed ? 1 : 0);
  })
  .catch(async (err) => {
    console.error(err);
    await running?.stop().catch(() => undefined);
    await dropDatabases();
    process.exit(1);
  });
