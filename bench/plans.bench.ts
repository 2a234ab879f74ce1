/**
 * Training-plan benchmark on PostgreSQL:
 *  1. publishing a state-wide plan to USERS employees (default 22,00,000): time from the publish request until every
 *     assignment exists (the set-wise sweep through the real outbox → job path), with the peak memory of this process
 *     (API + worker) and of the PostgreSQL backends serving the benchmark database;
 *  2. re-evaluating one transferred employee against the live plans: p50/p95/p99 over TRANSFERS runs.
 * Baseline in the same run: a plain `INSERT … SELECT generate_series` of USERS narrow rows, and pgbench -S if installed.
 * Run: `cd server && npx tsx ../bench/plans.bench.ts` (USERS=50000 for a quick run). Drops its databases at the end.
 */
import fs from 'node:fs';
import pg from 'pg';
import { sql } from 'kysely';
import { loadConfig } from '../server/src/config';
import { startRuntime, type Runtime } from '../server/src/runtime';
import { buildApp } from '../server/src/app';
import { DEMO_PASSWORD } from '../server/src/demo';
import { changePosting } from '../server/src/modules/user-admin/user-admin.repo';
import { evaluatePerson } from '../server/src/modules/plans/evaluation.service';
import { makePublishedCourse } from '../server/test/course-factories';
import { TestClient } from '../server/test/harness';
import { generateUpUsers } from './data/up-users';
import { createDatabase, dropDatabase, pgbenchTpsOrNull, urlFor } from './lib/postgres';

const USERS = Number(process.env.USERS ?? 2_200_000);
const TRANSFERS = Number(process.env.TRANSFERS ?? 200);
const DEADLINE_MS = 15 * 60_000;
const stamp = Date.now().toString(36);
const platformDb = `ksh_bench_plans_${stamp}`;
const scratchDb = `ksh_bench_plans_scratch_${stamp}`;
const fmt = (n: number) => new Intl.NumberFormat('en-IN').format(n);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Same-run baseline: a plain INSERT … SELECT of USERS narrow rows (the width of an assignment) and pgbench -S. */
async function baseline(): Promise<{ insertMs: number; tps: number | null }> {
  await createDatabase(scratchDb);
  const c = new pg.Client({ connectionString: urlFor(scratchDb) });
  await c.connect();
  await c.query('CREATE TABLE narrow (user_id uuid, plan_id uuid, due_at timestamptz, state text, PRIMARY KEY (user_id, plan_id))');
  const t = Date.now();
  await c.query(`INSERT INTO narrow SELECT gen_random_uuid(), '00000000-0000-4000-8000-000000000001', now() + g * interval '1 second', 'open' FROM generate_series(1, ${USERS}) g`);
  const insertMs = Date.now() - t;
  await c.end();
  return { insertMs, tps: pgbenchTpsOrNull(urlFor(scratchDb)) };
}

/** Proportional set size (shared pages divided among their users) of the PostgreSQL backends of one database. */
async function postgresPss(runtime: Runtime): Promise<number> {
  const { rows } = await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`.execute(runtime.ctx.db);
  let kb = 0;
  for (const { pid } of rows) {
    try {
      const text = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      kb += Number(/^Pss:\s+(\d+)/m.exec(text)?.[1] ?? 0);
    } catch {
      // not readable (another host or user): reported as 0
    }
  }
  return kb * 1024;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`plans benchmark: ${fmt(USERS)} users, ${TRANSFERS} transfers, ${new Date().toISOString()}`);
  const base = await baseline();
  console.log(`baseline: plain INSERT … SELECT of ${fmt(USERS)} narrow rows ${(base.insertMs / 1000).toFixed(1)} s; pgbench -S ${base.tps ?? 'n/a'} tps`);

  await createDatabase(platformDb);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: urlFor(platformDb), SEED_DEMO: 'true', LOG_LEVEL: 'error' });
  const runtime = await startRuntime(config, { work: true });
  running = runtime;
  const { ctx } = runtime;
  const app = await buildApp(ctx);
  await app.ready();

  const course = await makePublishedCourse(ctx, { titleEn: '7-day capacity building', lessons: [{ type: 'html' }] });
  const dm = await makePublishedCourse(ctx, { titleEn: 'Disaster management', lessons: [{ type: 'html' }] });
  const state = await new TestClient(app, 'en').signIn('state.admin@up.gov.in', DEMO_PASSWORD);
  const up = await ctx.db.selectFrom('orgs').select(['id', 'path']).where('code', '=', 'UP').executeTakeFirstOrThrow();
  const publish = async (body: Record<string, unknown>) => {
    const created = await state.post('/api/admin/plans', body);
    if (created.status !== 201) throw new Error(`plan: ${JSON.stringify(created.body)}`);
    return created.body.id as string;
  };
  // Two more live plans, so a transfer changes something: the Revenue department's, and the district officers' order.
  // They go live before the employees exist (their sweeps are instant); a transferred employee joins both by event.
  const designations = await ctx.db.selectFrom('designations').select(['id', 'code']).where('code', 'in', ['DM', 'SP', 'ADM', 'CDO', 'SDM', 'ASP', 'TEHSILDAR']).execute();
  const revenue = await ctx.db.selectFrom('orgs').select('id').where('code', '=', 'UP-REV').executeTakeFirstOrThrow();
  for (const body of [
    { ownerOrgId: revenue.id, name: { en: 'Revenue: land records', hi: 'राजस्व: भू-अभिलेख' }, audience: { mode: 'all' }, deadline: { kind: 'after_assignment', days: 60 }, requirements: [{ kind: 'courses', courseIds: [course.courseId] }] },
    {
      ownerOrgId: up.id,
      name: { en: 'District officers: disaster management', hi: 'जिला अधिकारी: आपदा प्रबंधन' },
      audience: { mode: 'criteria', groups: [{ designationIds: designations.map((d) => d.id) }] },
      deadline: { kind: 'after_posting', days: 30 },
      requirements: [{ kind: 'courses', courseIds: [dm.courseId] }],
    },
  ]) {
    const id = await publish(body);
    await state.post(`/api/admin/plans/${id}/publish`);
    for (;;) {
      const { rows } = await sql<{ s: string }>`SELECT sweep_status AS s FROM plans WHERE id = ${id}`.execute(ctx.db);
      if (rows[0]?.s === 'done') break;
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  const gen = Date.now();
  const data = await generateUpUsers(ctx.db, USERS, { log: (l) => console.log(`  ${l}`) });
  console.log(`generated ${fmt(data.users)} users over ${data.offices} district offices in ${((Date.now() - gen) / 1000).toFixed(1)} s`);

  const stateWide = await publish({
    ownerOrgId: up.id,
    name: { en: 'State-wide 7-day programme', hi: 'राज्यव्यापी सात दिवसीय कार्यक्रम' },
    acrLinked: true,
    audience: { mode: 'all' },
    deadline: { kind: 'fixed', date: '2027-03-31' },
    requirements: [{ kind: 'courses', courseIds: [course.courseId] }],
  });
  const expected = Number(
    (await sql<{ n: string }>`SELECT count(*) AS n FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.status = 'active' AND o.path LIKE ${`${up.path}%`}`.execute(ctx.db)).rows[0]?.n ?? 0,
  );

  // Go-live: publish through the API; the outbox relay starts the sweep job. Sample memory while it runs.
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  let peakPg = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    void postgresPss(runtime).then((b) => (peakPg = Math.max(peakPg, b))).catch(() => undefined);
  }, 250);
  const t0 = Date.now();
  const published = await state.post(`/api/admin/plans/${stateWide}/publish`);
  if (published.status !== 200) throw new Error(`publish: ${JSON.stringify(published.body)}`);
  for (;;) {
    const { rows } = await sql<{ n: string; s: string }>`SELECT (SELECT count(*) FROM plan_assignments WHERE plan_id = ${stateWide}) AS n, (SELECT sweep_status FROM plans WHERE id = ${stateWide}) AS s`.execute(ctx.db);
    if (rows[0]?.s === 'done' && Number(rows[0]?.n) >= expected) break;
    if (Date.now() - started > DEADLINE_MS) throw new Error('deadline passed during the sweep');
    await new Promise((r) => setTimeout(r, 500));
  }
  const sweepMs = Date.now() - t0;
  clearInterval(sampler);
  const cycles = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM plan_cycles WHERE plan_id = ${stateWide}`.execute(ctx.db)).rows[0]?.n ?? 0);
  console.log(`go-live: ${fmt(expected)} assignments (+ ${fmt(cycles)} cycles) in ${(sweepMs / 1000).toFixed(1)} s (${fmt(Math.round(expected / (sweepMs / 1000)))} /s)`);
  console.log(`peak memory: this process (API + worker) RSS ${mb(peakRss)} (${mb(rssBefore)} before publishing); PostgreSQL backends of the bench database PSS ${mb(peakPg)} (shared_buffers is cluster-wide, counted in proportion)`);

  // Re-evaluation of one transferred employee: a Social Welfare employee becomes a Tehsildar in a Revenue office.
  const tehsildar = designations.find((d) => d.code === 'TEHSILDAR')?.id ?? null;
  const target = await ctx.db.selectFrom('orgs').select(['id', 'tenant_id']).where('code', 'like', 'UP-REV-D-%').executeTakeFirstOrThrow();
  const movers = await sql<{ id: string }>`SELECT u.id FROM users u JOIN orgs o ON o.id = u.org_id WHERE o.code LIKE 'UP-SW-D-%' AND u.employee_id LIKE 'UPB-%' ORDER BY md5(u.id::text) LIMIT ${TRANSFERS}`.execute(ctx.db);
  const times: number[] = [];
  for (const { id } of movers.rows) {
    const now = ctx.clock.now();
    await ctx.db.transaction().execute((trx) =>
      changePosting(trx, { userId: id, orgId: target.id, tenantId: target.tenant_id ?? target.id, designationId: tehsildar, effectiveDate: now.toISOString().slice(0, 10), reason: 'transfer', now }),
    );
    const t = performance.now();
    const result = await evaluatePerson(ctx, id, 'transfer');
    times.push(performance.now() - t);
    if (result.changedPlans.length < 2) throw new Error(`transfer of ${id} changed ${result.changedPlans.length} plans`);
  }
  times.sort((a, b) => a - b);
  console.log(`re-evaluating one transferred employee (${times.length} runs, 3 live plans): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms`);
  console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);

  // Let queued jobs (compliance fan-out, sweeps' follow-ups) finish before the pool closes.
  for (let i = 0; i < 120; i++) {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND name NOT LIKE '__pgboss%'`.execute(ctx.db);
    if ((rows[0]?.n ?? 0) === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await app.close();
  running = null;
  await runtime.stop();
}

/** The runtime to stop before its database is dropped, when the benchmark fails half-way. */
let running: Runtime | null = null;

const guard = setTimeout(() => {
  console.error('benchmark exceeded its deadline; dropping databases');
  void dropDatabases().finally(() => process.exit(2));
}, DEADLINE_MS + 60_000);
// A job still running when the pool closes must not leave the databases behind.
process.on('uncaughtException', (err) => {
  console.error(err);
  void dropDatabases().finally(() => process.exit(1));
});

async function dropDatabases(): Promise<void> {
  for (const name of [platformDb, scratchDb]) await dropDatabase(name).catch(() => undefined);
}

async function cleanup(): Promise<void> {
  await running?.stop().catch(() => undefined);
  await dropDatabases();
}

main()
  .then(async () => {
    await cleanup();
    clearTimeout(guard);
    process.exit(0);
  })
  .catch(async (err) => {
    console.error(err);
    await cleanup();
    process.exit(1);
  });
