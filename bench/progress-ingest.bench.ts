/**
 * Progress ingest benchmark: authenticated `POST /api/courses/:id/progress` over real HTTP on loopback from 100
 * keep-alive connections (a worker thread, so the load generator does not share the server's event loop), on a
 * fresh PostgreSQL database, with `pgbench -N -c 100 -j 2 -T 15` on a scratch database of the same server as the
 * baseline. Run: `cd server && npx tsx ../bench/progress-ingest.bench.ts` (LEARNERS, CONNECTIONS, SECONDS to change).
 * API_PROCESSES=N (default 1) serves from N API processes (`api-process.ts`, one per core as deployed), the
 * connections spread over them round-robin as a load balancer would.
 * The load comes from `wrk` (a C HTTP load generator, `apt-get install wrk`; script `progress-wrk.lua`) when it is
 * installed — like pgbench, a client that costs little CPU on a machine the server shares — or else from a Node worker
 * thread (GENERATOR=node forces it).
 */
import crypto from 'node:crypto';
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import { loadConfig } from '../server/src/config';
import { startRuntime, type Runtime } from '../server/src/runtime';
import { backendsOf, cpuMeter } from './cpu-meter';
import { createSession } from '../server/src/modules/identity/sessions.service';
import { findOrgByCode } from '../server/src/modules/orgs/orgs.repo';
import { makePublishedCourse } from '../server/test/course-factories';
import { createDatabase, dropDatabase, pgbenchInstalled, urlFor, withScratchDatabase } from './lib/postgres';

const LEARNERS = Number(process.env.LEARNERS ?? 2000);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 100);
const SECONDS = Number(process.env.SECONDS ?? 20);
// ENDPOINT=session measures GET /api/auth/session instead: the cost of any authenticated request, for comparison;
// ENDPOINT=health measures GET /api/health: the HTTP stack alone (no session, no database), the ceiling of one process.
const ENDPOINT = process.env.ENDPOINT === 'session' || process.env.ENDPOINT === 'health' ? process.env.ENDPOINT : 'progress';
const API_PROCESSES = Math.max(1, Number(process.env.API_PROCESSES ?? 1));
const WARMUP_SECONDS = 3;
const DEADLINE_MS = 5 * 60_000;
const installed = (cmd: string) => {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as { code?: string }).code !== 'ENOENT';
  }
};
const GENERATOR = process.env.GENERATOR === 'node' || !installed('wrk') ? 'node' : 'wrk';

interface Baseline {
  tps: number | null;
  transactions: number;
  cpuSeconds: number;
  note: string;
}

/** pgbench simple-update (-N): TPS and the CPU seconds of pgbench and its backends, or the error text. */
async function pgbenchSimpleUpdate(url: string, database: string, clients: number): Promise<Baseline> {
  if (!pgbenchInstalled()) return { tps: null, transactions: 0, cpuSeconds: 0, note: 'pgbench not installed' };
  execFileSync('pgbench', ['-i', '-s', '10', '-q', url], { stdio: 'ignore' });
  const child = spawn('pgbench', ['-N', '-c', String(clients), '-j', '2', '-T', '15', url], { stdio: ['ignore', 'pipe', 'pipe'] });
  const meter = cpuMeter(() => (child.pid ? [child.pid] : []), backendsOf(database));
  meter.start();
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const cpuSeconds = meter.stop();
  if (code !== 0) {
    const reason = err.split('\n').find((l) => /error|fatal|too many/i.test(l)) ?? err.split('\n')[0];
    return { tps: null, transactions: 0, cpuSeconds, note: `pgbench -c ${clients} failed: ${reason?.trim()}` };
  }
  const tps = out.match(/tps = ([\d.]+)/);
  const processed = out.match(/number of transactions actually processed: (\d+)/);
  const latency = out.match(/latency average = ([\d.]+) ms/);
  return {
    tps: tps ? Number(tps[1]) : null,
    transactions: Number(processed?.[1] ?? 0),
    cpuSeconds,
    note: `pgbench -N -c ${clients} -j 2 -T 15 (scale 10), latency avg ${latency?.[1] ?? '?'} ms`,
  };
}

// The load generator: each connection owns every CONNECTIONS-th learner and rotates through them, so one learner is
// never updated from two connections at once (one learner, one tab); each update plays the next 10 s of the video.
const loadGenerator = `
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { ports, courseId, lessonKey, sessions, connections, seconds, warmup, endpoint } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const start = Date.now();
const measureFrom = start + warmup * 1000;
const stopAt = measureFrom + seconds * 1000;
const latencies = [];
let ok = 0, failed = 0, total = 0;
const statuses = {};
function send(s, port) {
  return new Promise((resolve) => {
    const from = s.pos;
    s.pos = (s.pos + 10) % 3600;
    s.seq += 1;
    const body = JSON.stringify({ updates: [{ lessonKey, clientSeq: s.seq, timeSpentSeconds: 10, language: 'en',
      video: { watchedRanges: [[from, from + 10]], positionSeconds: from + 10 } }] });
    const t0 = process.hrtime.bigint();
    const cookie = 'ksh_session=' + s.token + '; ksh_csrf=' + s.csrf;
    const options = endpoint === 'session'
      ? { method: 'GET', path: '/api/auth/session', headers: { cookie } }
      : endpoint === 'health'
      ? { method: 'GET', path: '/api/health' }
      : { method: 'POST', path: '/api/courses/' + courseId + '/progress',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-csrf-token': s.csrf, cookie } };
    const req = http.request({ host: '127.0.0.1', port, agent, ...options }, (res) => {
      res.resume();
      res.on('end', () => {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        total += 1;
        if (res.statusCode === 200) ok += 1; else { failed += 1; statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1; }
        if (Date.now() >= measureFrom) latencies.push(ms);
        resolve();
      });
    });
    req.on('error', () => { failed += 1; total += 1; resolve(); });
    req.end(endpoint === 'progress' ? body : undefined);
  });
}
async function connection(i) {
  const mine = sessions.filter((_, j) => j % connections === i).map((s) => ({ ...s, pos: 0, seq: 0 }));
  let k = 0;
  const port = ports[i % ports.length];
  while (Date.now() < stopAt) { await send(mine[k % mine.length], port); k += 1; }
}
let measuredStart = 0, measuredCount = 0;
setTimeout(() => { measuredStart = Date.now(); measuredCount = total; }, warmup * 1000);
Promise.all(Array.from({ length: connections }, (_, i) => connection(i))).then(() => {
  const elapsed = (Date.now() - measuredStart) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
  parentPort.postMessage({ ok, failed, total, statuses, measured: total - measuredCount, elapsed,
    p50: pct(0.5), p90: pct(0.9), p99: pct(0.99), max: latencies[latencies.length - 1] });
  agent.destroy();
});
`;

/**
 * The same load from wrk: one wrk process per API process, each with its share of the learners and connections;
 * a warm-up run, then the measured run (clientSeqs continue from 1,000,000, so every measured update is new).
 * `during` runs while the measured run does (the CPU meters).
 */
async function wrkLoad(ports: number[], courseId: string, lessonKey: string, sessions: { token: string; csrf: string }[], during: { start(): void; stop(): void }): Promise<LoadResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksh-wrk-'));
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'progress-wrk.lua');
  const threads = ports.length > 1 ? 1 : 2;
  const files = ports.map((_, p) => {
    const file = path.join(dir, `sessions-${p}.csv`);
    fs.writeFileSync(file, sessions.filter((_, j) => j % ports.length === p).map((x) => `${x.token},${x.csrf}`).join('\n') + '\n');
    return file;
  });
  const run = (seconds: number, seqBase: number) =>
    Promise.all(
      ports.map((port, p) => {
        const args = ['-t', String(threads), '-c', String(Math.ceil(CONNECTIONS / ports.length)), '-d', `${seconds}s`, '--timeout', '10s', '-s', script,
          `http://127.0.0.1:${port}`, '--', files[p] ?? '', courseId, lessonKey, ENDPOINT, String(seqBase), String(threads)];
        return new Promise<{ requests: number; durationUs: number; socketErrors: number; statusErrors: number; p50: number; p90: number; p99: number; max: number }>((resolve, reject) => {
          const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] });
          let out = '';
          child.stdout.on('data', (d) => (out += d));
          child.once('close', (code) => {
            const line = out.split('\n').find((l) => l.startsWith('WRK '));
            if (code !== 0 || !line) reject(new Error(`wrk exited ${code}: ${out}`));
            else resolve(JSON.parse(line.slice(4)));
          });
        });
      }),
    );
  try {
    const warm = await run(WARMUP_SECONDS, 0);
    during.start();
    const measured = await run(SECONDS, 1_000_000);
    during.stop();
    const sum = (rs: typeof measured, f: (r: (typeof measured)[number]) => number) => rs.reduce((n, r) => n + f(r), 0);
    const failedOf = (rs: typeof measured) => sum(rs, (r) => r.socketErrors + r.statusErrors);
    const all = [...warm, ...measured];
    return {
      ok: sum(all, (r) => r.requests) - failedOf(all),
      failed: failedOf(all),
      total: sum(all, (r) => r.requests),
      statuses: {},
      measured: sum(measured, (r) => r.requests),
      elapsed: Math.max(...measured.map((r) => r.durationUs)) / 1e6,
      // Several wrk processes: the worst of their percentiles.
      p50: Math.max(...measured.map((r) => r.p50)),
      p90: Math.max(...measured.map((r) => r.p90)),
      p99: Math.max(...measured.map((r) => r.p99)),
      max: Math.max(...measured.map((r) => r.max)),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface LoadResult {
  ok: number;
  failed: number;
  total: number;
  statuses: Record<string, number>;
  measured: number;
  elapsed: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** Inserts LEARNERS active accounts in one statement and signs each in (sessions made directly: no argon2). */
async function signedInLearners(runtime: Runtime): Promise<{ id: string; token: string; csrf: string }[]> {
  const org = await findOrgByCode(runtime.ctx.db, 'UP-SW-LKO');
  if (!org) throw new Error('seed org UP-SW-LKO missing');
  const rows = await sql<{ id: string }>`
    INSERT INTO users (tenant_id, org_id, employee_id, full_name, email, mobile, employee_group, status, activation, language)
    SELECT ${org.tenant_id ?? org.id}, ${org.id}, 'BENCH-' || g, 'Bench Learner ' || g, 'bench.' || g || '@up.gov.in',
           (7000000000 + g)::text, 'C', 'active', 'admin', 'en'
    FROM generate_series(1, ${LEARNERS}) g RETURNING id`.execute(runtime.ctx.db);
  const out: { id: string; token: string; csrf: string }[] = [];
  for (let i = 0; i < rows.rows.length; i += 50) {
    const batch = rows.rows.slice(i, i + 50);
    const made = await Promise.all(batch.map((r) => createSession(runtime.ctx.db, r.id, { ip: '127.0.0.1', userAgent: 'bench', now: new Date() })));
    made.forEach((s, j) => out.push({ id: batch[j]?.id ?? '', token: s.token, csrf: s.csrfToken }));
  }
  return out;
}

/** The HTTP side: N child API processes (the load generator stays out of their CPU time); returns their ports. */
async function startApi(databaseUrl: string): Promise<{ ports: number[]; pids: number[]; stop: () => Promise<void> }> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'api-process.ts');
  const children: ChildProcess[] = [];
  const ports = await Promise.all(
    Array.from({ length: API_PROCESSES }, () => {
      const child = fork(script, [], { execArgv: ['--import', 'tsx', ...(process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : [])], env: { ...process.env, BENCH_DATABASE_URL: databaseUrl } });
      children.push(child);
      return new Promise<number>((resolve, reject) => {
        child.once('message', (m: { port: number }) => resolve(m.port));
        child.once('exit', (code) => reject(new Error(`API process exited with ${code}`)));
      });
    }),
  );
  const stop = async () => {
    await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : (c.once('exit', resolve), c.send('stop'))))));
  };
  return { ports, pids: children.map((c) => c.pid ?? 0), stop };
}

async function main(): Promise<void> {
  const tag = crypto.randomBytes(4).toString('hex');
  const benchDb = `ksh_bench_progress_${tag}`;
  const scratchDb = `ksh_bench_pgbench_${tag}`;
  let runtime: Runtime | null = null;
  let stopApi: (() => Promise<void>) | null = null;
  const cleanup = async () => {
    await stopApi?.().catch(() => undefined);
    await runtime?.stop().catch(() => undefined);
    runtime = null;
    for (const name of [benchDb, scratchDb]) await dropDatabase(name).catch(() => undefined);
  };
  const deadline = setTimeout(() => {
    console.error(`bench: no result after ${DEADLINE_MS / 60_000} minutes, stopping`);
    void cleanup().finally(() => process.exit(2));
  }, DEADLINE_MS);
  try {
    // pgbench before and after ours (a shared machine drifts), while nothing else of ours holds connections
    // (max_connections is often 100).
    const pgbench = () =>
      withScratchDatabase(scratchDb, async (url): Promise<Baseline> => {
        let run = await pgbenchSimpleUpdate(url, scratchDb, 100);
        if (run.tps === null && !run.note.includes('not installed')) {
          console.log(`  (${run.note}; retrying with 80 clients)`);
          run = await pgbenchSimpleUpdate(url, scratchDb, 80);
        }
        return run;
      });
    const before = await pgbench();

    await createDatabase(benchDb);
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: urlFor(benchDb), SEED_DEMO: 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
    runtime = await startRuntime(config, { work: false });
    const course = await makePublishedCourse(runtime.ctx, {
      lessons: [{ type: 'video', content: { durationSeconds: 3600 } }, { type: 'pdf', content: { pages: 12 } }],
    });
    const learners = await signedInLearners(runtime);
    await sql`INSERT INTO enrolments (user_id, course_id, source) SELECT u, ${course.courseId}, 'self' FROM unnest(${learners.map((l) => l.id)}::uuid[]) u`.execute(runtime.ctx.db);
    const api = await startApi(urlFor(benchDb));
    stopApi = api.stop;

    const apiMeter = cpuMeter(() => api.pids);
    const dbMeter = cpuMeter(backendsOf(benchDb));
    let apiSeconds = 0;
    let dbSeconds = 0;
    const meters = {
      start: () => (apiMeter.start(), dbMeter.start()),
      stop: () => ((apiSeconds = apiMeter.stop()), (dbSeconds = dbMeter.stop())),
    };
    const result = GENERATOR === 'wrk'
      ? await wrkLoad(api.ports, course.courseId, course.lessons[0]?.key ?? '', learners, meters)
      : await new Promise<LoadResult>((resolve, reject) => {
      const worker = new Worker(loadGenerator, {
        eval: true,
        workerData: { ports: api.ports, courseId: course.courseId, lessonKey: course.lessons[0]?.key, sessions: learners, connections: CONNECTIONS, seconds: SECONDS, warmup: WARMUP_SECONDS, endpoint: ENDPOINT },
      });
      // CPU of the API processes and the database's backends over the measured window (after the warm-up).
      const warm = setTimeout(() => (apiMeter.start(), dbMeter.start()), WARMUP_SECONDS * 1000);
      worker.once('message', (m: LoadResult) => {
        clearTimeout(warm);
        apiSeconds = apiMeter.stop();
        dbSeconds = dbMeter.stop();
        resolve(m);
      });
      worker.once('error', reject);
    });
    await api.stop();

    const stored = await sql<{ seconds: number; rows: number }>`SELECT coalesce(sum(time_spent_seconds), 0)::bigint AS seconds, count(*)::int AS rows FROM lesson_progress`.execute(runtime.ctx.db);
    const version = (await runtime.ctx.database.execute('SHOW server_version')).rows[0]?.server_version;
    await runtime.stop();
    runtime = null;
    const after = await pgbench();
    const fmt = (n: number, digits = 0) => n.toLocaleString('en-IN', { maximumFractionDigits: digits });
    console.log(`${ENDPOINT === 'session' ? 'GET /api/auth/session' : ENDPOINT === 'health' ? 'GET /api/health' : 'progress ingest'} (PostgreSQL ${version}, ${new Date().toISOString().slice(0, 10)}, ${LEARNERS} learners, ${CONNECTIONS} connections, ${API_PROCESSES} API process${API_PROCESSES > 1 ? 'es' : ''}, ${SECONDS} s after ${WARMUP_SECONDS} s warm-up, load from ${GENERATOR === 'wrk' ? 'wrk' : 'a Node worker'})`);
    console.log(`  requests        ${fmt(result.total)} (200: ${fmt(result.ok)}, failed: ${fmt(result.failed)} ${JSON.stringify(result.statuses)})`);
    console.log(`  throughput      ${fmt(result.measured / result.elapsed)} requests/s`);
    console.log(`  latency         p50 ${result.p50.toFixed(1)} ms, p90 ${result.p90.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, max ${result.max.toFixed(1)} ms`);
    const durable = ENDPOINT !== 'progress' ? result.ok : Number(stored.rows[0]?.seconds ?? 0) / 10;
    // wrk drops the requests in flight when a run ends (at most one per connection, two runs): the server may have
    // stored those without their answer being counted. Every answered update must be stored.
    const unanswered = durable - result.ok;
    const durableOk = GENERATOR === 'wrk' ? unanswered >= 0 && unanswered <= 2 * CONNECTIONS : unanswered === 0;
    if (ENDPOINT === 'progress') console.log(`  durable         ${fmt(durable)} updates in lesson_progress (time spent / 10 s) for ${fmt(result.ok)} answered 200${unanswered > 0 ? ` (+${unanswered} in flight when wrk stopped)` : ''}`);
    const perOp = (cpu: number, ops: number) => (ops > 0 ? `${((cpu * 1000) / ops).toFixed(2)} ms CPU each, ${fmt(ops / cpu)} per CPU-second` : '–');
    const cpuSeconds = apiSeconds + dbSeconds;
    console.log(`  CPU             ${perOp(cpuSeconds, result.measured)} (API processes ${apiSeconds.toFixed(1)} s + PostgreSQL backends ${dbSeconds.toFixed(1)} s)`);
    console.log(`baseline on the same server, before and after`);
    for (const [when, baseline] of [['before', before], ['after', after]] as const) {
      console.log(`  pgbench -N      ${when}: ${baseline.tps === null ? baseline.note : `${fmt(baseline.tps)} tps (${baseline.note})`}`);
      if (baseline.tps !== null) console.log(`  CPU             ${perOp(baseline.cpuSeconds, baseline.transactions)} (pgbench + its backends, ${baseline.cpuSeconds.toFixed(1)} s)`);
    }
    if (before.tps !== null && after.tps !== null) {
      const mean = (before.tps + after.tps) / 2;
      console.log(`  ratio           ${((100 * result.measured) / result.elapsed / mean).toFixed(0)} % of pgbench -N's mean TPS`);
    }
    if (result.failed > 0 || !durableOk) process.exitCode = 1;
  } finally {
    clearTimeout(deadline);
    await cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
