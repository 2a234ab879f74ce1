/**
 * Monitoring and evaluation at state scale, on PostgreSQL:
 *  1. the dataset: USERS employees (default 22,00,000) across every UP department × district office (`data/up-users.ts`),
 *     about 1 crore enrolments and 70 lakh completions (`data/up-learning.ts`), and the rollups built through the
 *     reports module's own refresh — each step timed;
 *  2. dashboard latency (p50/p95/p99) for the state, a department and a district office: all time, a calendar month,
 *     and an arbitrary 30-day range;
 *  3. a people-level CSV export of the whole state through the export job, with the server's RSS sampled meanwhile;
 *  4. completions ingested through the real outbox → relay → reports jobs at RATE per second for SECONDS, with the state
 *     and department dashboards queried meanwhile: sustained rate, lag, dashboard latency under load;
 *  5. baselines in the same run: pgbench -S (scratch database) and the state's six figures computed from the raw tables.
 * The server is a child process (`reports-server.ts`: HTTP + worker, reports jobs only).
 * Run: `cd server && npx tsx ../bench/reports.bench.ts`. USERS=200000 for a quick run; KEEP_DB=1 keeps the database
 * (its name is printed); REUSE_DB=<name> skips the dataset and uses a kept one. Drops what it created unless kept.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'kysely';
import { loadConfig } from '../server/src/config';
import { startRuntime } from '../server/src/runtime';
import { openDatabase } from '../server/src/db/connection';
import { reconcileNode } from '../server/src/modules/reports/reconcile.service';
import { generateUpUsers } from './data/up-users';
import { buildReportRollups, generateUpLearning } from './data/up-learning';
import { HttpClient } from './lib/http-client';
import { createDatabase, dropDatabase, pgbenchTpsOrNull, urlFor, withScratchDatabase } from './lib/postgres';

const USERS = Number(process.env.USERS ?? 2_200_000);
const RATE = Number(process.env.RATE ?? 500);
const SECONDS = Number(process.env.SECONDS ?? 60);
const REQUESTS = Number(process.env.REQUESTS ?? 200);
/** Which measurements to run (all by default): dashboards, export, ingest. */
const STAGES = new Set((process.env.STAGES ?? 'dashboards,export,ingest').split(','));
const stamp = Date.now().toString(36);
const dbName = process.env.REUSE_DB ?? `ksh_bench_reports_${stamp}`;
const scratchDb = `ksh_bench_reports_scratch_${stamp}`;
const keep = process.env.KEEP_DB === '1' || !!process.env.REUSE_DB;
const fmt = (n: number) => new Intl.NumberFormat('en-IN').format(Math.round(n));
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const here = path.dirname(fileURLToPath(import.meta.url));

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const summary = (times: number[]) => {
  const s = [...times].sort((a, b) => a - b);
  return `p50 ${pct(s, 50).toFixed(0)} ms, p95 ${pct(s, 95).toFixed(0)} ms, p99 ${pct(s, 99).toFixed(0)} ms (n=${s.length})`;
};

function rssKb(pid: number): number {
  const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(text)?.[1] ?? 0);
}

/** pgbench -S on a scratch database (null when it cannot run). */
async function baseline(): Promise<number | null> {
  return withScratchDatabase(scratchDb, pgbenchTpsOrNull).catch(() => null);
}

/** Builds the dataset in a fresh database (migrations and the demo org tree by the runtime, then the generators). */
async function buildDataset(): Promise<void> {
  await createDatabase(dbName);
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: urlFor(dbName), SEED_DEMO: 'true', LOG_LEVEL: 'error' });
  const runtime = await startRuntime(config, { work: false });
  const db = runtime.ctx.db;
  const log = (l: string) => console.log(`    ${l}`);
  try {
    let t = Date.now();
    const users = await generateUpUsers(db, USERS, { log });
    console.log(`  users: ${fmt(users.users)} over ${users.offices} district offices in ${secs(Date.now() - t)}`);
    t = Date.now();
    const learning = await generateUpLearning(db, { log });
    console.log(`  learning: ${learning.courses} courses, ${fmt(learning.enrolments)} enrolments, ${fmt(learning.completions)} completions in ${secs(Date.now() - t)}`);
    t = Date.now();
    const people = await buildReportRollups(db, { log });
    console.log(`  rollups: ${fmt(people)} people, first build, in ${secs(Date.now() - t)}`);
  } finally {
    await runtime.stop();
  }
}

async function startServer(): Promise<{ base: string; pid: number; stop(): Promise<void> }> {
  const child = fork(path.join(here, 'reports-server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_DATABASE_URL: urlFor(dbName), LOG_LEVEL: process.env.SERVER_LOG_LEVEL ?? 'warn' },
    stdio: 'inherit',
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    stop: () => new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.send('stop');
    }),
  };
}

/** Latency of `count` requests, `concurrency` at a time, after a short warm-up. */
async function latency(http: HttpClient, url: string, concurrency: number, count = REQUESTS): Promise<number[]> {
  for (let i = 0; i < 3; i++) await http.get(url);
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      const r = await http.get(url);
      if (r.status !== 200) throw new Error(`${url} → ${r.status} ${JSON.stringify(r.body)}`);
      times.push(r.ms);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return times;
}

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`reports benchmark, ${new Date().toISOString()}: database ${dbName}${process.env.REUSE_DB ? ' (reused)' : `, ${fmt(USERS)} users`}`);
  const tps = await baseline();
  console.log(`baseline: pgbench -S ${tps ?? 'n/a'} tps (scratch database, 1 client, 10 s)`);
  if (!process.env.REUSE_DB) await buildDataset();

  const pool = new pg.Pool({ connectionString: urlFor(dbName), max: 4 });
  const org = async (code: string) => (await pool.query<{ id: string }>('SELECT id FROM orgs WHERE code = $1', [code])).rows[0]?.id ?? '';
  const [up, dept, district] = [await org('UP'), await org('UP-MH'), await org('UP-MH-D-LUCKNOW')];
  const sizes = await pool.query(`SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM enrolments) AS enrolments,
    (SELECT count(*) FROM enrolments WHERE status = 'completed') AS completions, pg_size_pretty(pg_database_size(current_database())) AS size`);
  console.log(`dataset: ${fmt(Number(sizes.rows[0].users))} users, ${fmt(Number(sizes.rows[0].enrolments))} enrolments, ${fmt(Number(sizes.rows[0].completions))} completions, ${sizes.rows[0].size} on disk`);
  let t = Date.now();
  const raw = await pool.query(`SELECT count(*) AS registered, count(*) FILTER (WHERE n >= 1) AS one, count(*) FILTER (WHERE n >= 3) AS three
    FROM (SELECT u.id, (SELECT count(*) FROM enrolments e WHERE e.user_id = u.id AND e.status = 'completed') AS n
          FROM users u JOIN orgs o ON o.id = u.org_id WHERE o.path LIKE (SELECT path FROM orgs WHERE code = 'UP') || '%' AND u.status IN ('active', 'pending_approval')) x`);
  console.log(`baseline: the state's people figures computed from the raw tables in ${secs(Date.now() - t)} (registered ${fmt(Number(raw.rows[0].registered))}, ≥1 ${fmt(Number(raw.rows[0].one))}, ≥3 ${fmt(Number(raw.rows[0].three))})`);

  const server = await startServer();
  const http = await new HttpClient(server.base).signIn('state.admin@up.gov.in', 'Kshamata@2026');
  try {
    const state = (await http.get(`/api/reports/orgs/${up}/dashboard`)).body;
    console.log(`state dashboard: registered ${fmt(state.people.registered)}, ≥1 ${fmt(state.people.completedOne)}, ≥3 ${fmt(state.people.completedThree)}, completions ${fmt(state.activity.completions)}, ${fmt(state.activity.learningHours)} hours`);
    const today = new Date();
    const lastMonthStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1)).toISOString().slice(0, 10);
    const lastMonthEnd = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0)).toISOString().slice(0, 10);
    const from30 = new Date(today.getTime() - 29 * 86_400_000).toISOString().slice(0, 10);
    const targets = [['state', up], ['department (UP-MH)', dept], ['district office (UP-MH, Lucknow)', district]] as const;
    for (const [label, id] of STAGES.has('dashboards') ? targets : []) {
      for (const [range, q] of [['all time', ''], [`month ${lastMonthStart.slice(0, 7)}`, `?from=${lastMonthStart}&to=${lastMonthEnd}`], ['last 30 days', `?from=${from30}`]] as const) {
        const url = `/api/reports/orgs/${id}/dashboard${q}`;
        console.log(`dashboard ${label}, ${range}: 1 client ${summary(await latency(http, url, 1))}; 4 clients ${summary(await latency(http, url, 4))}`);
      }
      console.log(`distinct people active in the last 30 days (/active, exact count from the ledger), ${label}: ${summary(await latency(http, `/api/reports/orgs/${id}/active?from=${from30}`, 1, 10))}`);
    }

    // Export of the whole state, through the job; the server's RSS sampled every 200 ms.
    if (STAGES.has('export')) await exportState(http, server.pid, up);
    if (STAGES.has('ingest')) await ingest(pool, http, up, dept);

    t = Date.now();
    const database = await openDatabase({ databaseUrl: urlFor(dbName) });
    const check = await reconcileNode(database.db, district);
    await database.close();
    console.log(`reconciliation of the district office after the ingest: ${check.matches ? 'exact match' : `${check.mismatches.length} mismatches`} over ${fmt(check.checkedRows)} rows in ${secs(Date.now() - t)}`);
  } finally {
    await server.stop();
    await pool.end();
  }
  console.log(`total ${secs(Date.now() - started)}`);
}

/** A people-level CSV export of the whole state through the export job, with the server's RSS sampled meanwhile. */
async function exportState(http: HttpClient, pid: number, up: string): Promise<void> {
    const rssBefore = rssKb(pid);
    const samples: { at: number; kb: number }[] = [];
    const sampler = setInterval(() => samples.push({ at: Date.now(), kb: rssKb(pid) }), 200);
    const t = Date.now();
    const job = await http.post('/api/reports/exports', { orgId: up, kind: 'users', format: 'csv' });
    let done: any = null;
    while (!done) {
      await new Promise((r) => setTimeout(r, 500));
      const res = await http.get(`/api/reports/exports/${job.body.id}`);
      if (res.body.status === 'failed') throw new Error('export failed');
      if (res.body.status === 'ready') done = res.body;
    }
    const exportMs = Date.now() - t;
    clearInterval(sampler);
    // Flat memory: the peak of the second half is no higher than the first half's (it does not grow with the rows).
    const peak = (from: number, to: number) => Math.max(rssBefore, ...samples.filter((x) => x.at >= from && x.at < to).map((x) => x.kb));
    const [q1, half, q3] = [t + exportMs / 4, t + exportMs / 2, t + (3 * exportMs) / 4];
    console.log(`export of the state (users, CSV, job): ${fmt(done.rowCount)} rows, ${(done.sizeBytes / 1024 / 1024).toFixed(0)} MB in ${secs(exportMs)}; server RSS before ${fmt(rssBefore / 1024)} MB, peak per quarter of the export ${[peak(t, q1), peak(q1, half), peak(half, q3), peak(q3, Infinity)].map((kb) => fmt(kb / 1024)).join(' / ')} MB`);
}

/** Completions written at RATE per second for SECONDS through the outbox, while two clients read dashboards. */
async function ingest(pool: pg.Pool, http: HttpClient, up: string, dept: string): Promise<void> {
  await pool.query('DROP TABLE IF EXISTS bench_open');
  await pool.query(`CREATE UNLOGGED TABLE bench_open AS SELECT row_number() OVER () AS seq, user_id, course_id FROM (
    SELECT user_id, course_id FROM enrolments WHERE status = 'in_progress' ORDER BY md5(user_id::text || course_id::text) LIMIT ${RATE * SECONDS + 1000}) x`);
  await pool.query('CREATE UNIQUE INDEX ON bench_open (seq)');
  const rolled = async () => Number((await pool.query(`SELECT completions FROM report_rollup WHERE org_id = $1 AND grain = 't'`, [up])).rows[0]?.completions ?? 0);
  const start = await rolled();
  const perTick = Math.round(RATE / 10);
  let written = 0;
  let cursor = 0;
  let writing = true;
  const t0 = Date.now();
  const lags: number[] = [];
  const during: number[] = [];
  // Two admins keeping a dashboard open and refreshing it four times a second each.
  const probe = async (id: string) => {
    while (writing) {
      const started = Date.now();
      during.push((await http.get(`/api/reports/orgs/${id}/dashboard`)).ms);
      await new Promise((r) => setTimeout(r, Math.max(0, 250 - (Date.now() - started))));
    }
  };
  const probes = process.env.PROBES === '0' ? [] : [probe(up), probe(dept)];
  const watcher = (async () => {
    while (writing) {
      await new Promise((r) => setTimeout(r, 1000));
      lags.push(written - ((await rolled()) - start));
    }
  })();
  for (let tick = 0; tick < SECONDS * 10; tick++) {
    const due = t0 + tick * 100;
    if (Date.now() < due) await new Promise((r) => setTimeout(r, due - Date.now()));
    const res = await pool.query(`
      WITH pick AS (SELECT user_id, course_id FROM bench_open WHERE seq > $1 AND seq <= $1 + $2),
      done AS (
        UPDATE enrolments e SET status = 'completed', progress_percent = 100, completed_at = now(), completed_version_id = v.id,
          completed_language = 'en', last_activity_at = now(), learning_minutes_credited = v.duration_minutes
        FROM pick, courses c, course_versions v
        WHERE e.user_id = pick.user_id AND e.course_id = pick.course_id AND e.status = 'in_progress'
          AND c.id = e.course_id AND v.id = c.published_version_id
        RETURNING e.user_id, e.course_id, v.id AS version_id, v.duration_minutes)
      INSERT INTO outbox (topic, payload)
      SELECT 'course.completed', jsonb_build_object('userId', user_id, 'courseId', course_id, 'versionId', version_id,
        'completedAt', now(), 'language', 'en', 'learningMinutes', duration_minutes) FROM done`, [cursor, perTick]);
    cursor += perTick;
    written += res.rowCount ?? 0;
  }
  const writeMs = Date.now() - t0;
  const reflectedAtStop = (await rolled()) - start;
  writing = false;
  await Promise.all([...probes, watcher]);
  let caughtUp = Date.now();
  while ((await rolled()) - start < written) {
    await new Promise((r) => setTimeout(r, 250));
    if (Date.now() - caughtUp > 120_000) break;
  }
  caughtUp = Date.now() - caughtUp;
  const final = (await rolled()) - start;
  console.log(`ingest: wrote ${fmt(written)} completions in ${secs(writeMs)} (${fmt(written / (writeMs / 1000))}/s); rollup had ${fmt(reflectedAtStop)} when writing stopped (${fmt(reflectedAtStop / (writeMs / 1000))}/s sustained), all ${fmt(final)} ${caughtUp} ms later`);
  console.log(`ingest lag sampled every second: max ${fmt(Math.max(0, ...lags))} completions (${((Math.max(0, ...lags) / RATE)).toFixed(1)} s of writing)`);
  console.log(`dashboards (state and department) while ingesting: ${summary(during)}`);
  await pool.query('DROP TABLE bench_open');
}

const guard = setTimeout(() => {
  console.error('benchmark exceeded 60 minutes');
  void cleanup().finally(() => process.exit(2));
}, 60 * 60_000);

async function cleanup(): Promise<void> {
  if (keep) console.log(`kept database ${dbName} (REUSE_DB=${dbName} to run again on it)`);
  else await dropDatabase(dbName).catch(() => undefined);
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
