/**
 * Certificate issuing benchmark (the learning-week case): a backlog of COMPLETIONS (default 10,000) `course.completed`
 * events for as many generated learners, written in bulk to the outbox of a fresh PostgreSQL database, then drained by
 * ONE worker process (`server/src/worker.ts`, as deployed) through the real relay → pg-boss → issuing job. Reports
 * certificates issued per second, completion → issued times for the backlog and for single completions arriving
 * afterwards (steady state), and checks that every completion got exactly one certificate. Same-run baselines:
 * pgbench -S, one PDF drawn alone, and one credential signed alone (× the backlog size).
 *
 *   cd server && npx tsx ../bench/certificates.bench.ts
 *   cd server && COMPLETIONS=2000 npx tsx ../bench/certificates.bench.ts
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'kysely';
import { loadConfig } from '../server/src/config';
import { startRuntime } from '../server/src/runtime';
import { writeOutboxMany } from '../server/src/platform/outbox';
import { insertUsers } from '../server/src/modules/identity/users.repo';
import { findDesignationByCode, findOrgByCode } from '../server/src/modules/orgs/orgs.repo';
import { renderCertificatePdf } from '../server/src/modules/certificates/certificate-pdf';
import { buildCredential, signCredential } from '../server/src/modules/certificates/credential';
import { statusEntry } from '../server/src/modules/certificates/status-list';
import { makePublishedCourse } from '../server/test/course-factories';
import { createDatabase, dropDatabase, pgbenchTps, urlFor, withScratchDatabase } from './lib/postgres';

const COMPLETIONS = Number(process.env.COMPLETIONS ?? 10_000);
const STEADY = 20;
const DEADLINE_MS = 10 * 60_000;
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../server');

const FIRST = [['Ramesh', 'रमेश'], ['Sunita', 'सुनीता'], ['Kshama', 'क्षमा'], ['Priya', 'प्रिया'], ['Shravan', 'श्रवण'], ['Trilok', 'त्रिलोक'], ['Dharmendra', 'धर्मेंद्र'], ['Kavita', 'कविता']] as const;
const LAST = [['Yadav', 'यादव'], ['Verma', 'वर्मा'], ['Trivedi', 'त्रिवेदी'], ['Shrivastava', 'श्रीवास्तव'], ['Mishra', 'मिश्रा'], ['Sharma', 'शर्मा']] as const;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const cpuMs = (from: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(from);
  return (c.user + c.system) / 1000;
};

/** One certificate drawn alone (fonts warm), and one credential built and signed alone: milliseconds each. */
async function renderAndSignBaseline() {
  const doc = {
    number: 'KSH-2026-7QMD-X4TB-92KA',
    verifyUrl: 'http://localhost:3000/verify/KSH-2026-7QMD-X4TB-92KA',
    kind: 'course' as const,
    language: 'hi' as const,
    holderName: { en: 'Kshama Trivedi Shrivastava Verma', hi: 'क्षमा त्रिवेदी श्रीवास्तव वर्मा' },
    designation: { en: 'Tehsildar', hi: 'तहसीलदार' },
    holderOrg: { en: 'Tehsil Sadar, Lucknow', hi: 'तहसील सदर, लखनऊ' },
    title: { en: 'Disaster Management for District Officers', hi: 'ज़िला अधिकारियों के लिए आपदा प्रबंधन' },
    completedAt: new Date(),
    learningMinutes: 90,
    competencies: [{ name: 'आपदा प्रबंधन / Disaster management', level: 2 }],
    issuer: { en: 'Revenue Department', hi: 'राजस्व विभाग' },
    signatory: { name: { en: 'Sanjay Tripathi', hi: 'संजय त्रिपाठी' }, designation: { en: 'Additional District Magistrate', hi: 'अपर ज़िलाधिकारी' } },
    logo: null,
    signature: null,
    issuedAt: new Date(),
  };
  for (let i = 0; i < 5; i++) await renderCertificatePdf(doc);
  const pdfRuns = 40;
  let c0 = process.cpuUsage();
  let t0 = performance.now();
  for (let i = 0; i < pdfRuns; i++) await renderCertificatePdf(doc);
  const pdf = { wallMs: (performance.now() - t0) / pdfRuns, cpuMs: cpuMs(c0) / pdfRuns };
  const { privateKey } = crypto.generateKeyPairSync('ed25519');
  const key = { id: 'key-bench', privateKey, publicKeyMultibase: '' };
  const signRuns = 1000;
  c0 = process.cpuUsage();
  t0 = performance.now();
  for (let i = 0; i < signRuns; i++) {
    const unsigned = buildCredential({
      verifyUrl: doc.verifyUrl, publicUrl: 'http://localhost:3000', issuer: { did: 'did:web:localhost%3A3000', baseUrl: 'http://localhost:3000' },
      credentialStatus: statusEntry('http://localhost:3000', i).credentialStatus, issuedAt: new Date(), holderName: doc.holderName.en,
      employeeId: `EMP-${i}`, kind: 'course', subjectId: crypto.randomUUID(), title: doc.title.en, language: 'hi', completedAt: new Date(), learningMinutes: 90,
      competencies: [{ code: 'disaster-management', name: 'Disaster management', level: 2 }], issuerOrg: { id: crypto.randomUUID(), name: doc.issuer.en }, minFinalScore: null,
    });
    await signCredential(unsigned, key, 'did:web:localhost%3A3000', new Date());
  }
  return { pdf, sign: { wallMs: (performance.now() - t0) / signRuns, cpuMs: cpuMs(c0) / signRuns } };
}

/** A fresh platform database with a published course and COMPLETIONS learners who completed it, events in the outbox. */
async function prepare(url: string) {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, SEED_DEMO: 'true', LOG_LEVEL: 'warn', DATA_DIR: 'memory://' });
  const runtime = await startRuntime(config, { work: false });
  const db = runtime.ctx.db;
  try {
    const course = await makePublishedCourse(runtime.ctx, { provider: 'UP-REV', titleEn: 'Disaster Management for District Officers', titleHi: 'ज़िला अधिकारियों के लिए आपदा प्रबंधन', durationMinutes: 90 });
    await db.updateTable('course_versions').set({ competencies: JSON.stringify([{ code: 'disaster-management', level: 2 }]) }).where('id', '=', course.versionId).execute();
    const steadyCourse = await makePublishedCourse(runtime.ctx, { provider: 'UP-SW', titleEn: 'Noting and Drafting', titleHi: 'टिप्पण और प्रारूपण', durationMinutes: 60 });
    const orgs = await Promise.all(['UP-REV-LKO-SADAR', 'UP-REV-GKP-SADAR', 'UP-SW-LKO', 'UP-SW-VNS'].map((c) => findOrgByCode(db, c)));
    const designation = await findDesignationByCode(db, 'TEHSILDAR');
    const t0 = performance.now();
    const chunk = 2000;
    for (let start = 0; start < COMPLETIONS; start += chunk) {
      const users = Array.from({ length: Math.min(chunk, COMPLETIONS - start) }, (_, j) => {
        const i = start + j;
        const org = orgs[i % orgs.length];
        if (!org) throw new Error('seed org missing');
        const [fe, fh] = FIRST[i % FIRST.length] ?? FIRST[0];
        const [le, lh] = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? LAST[0];
        return {
          id: crypto.randomUUID(),
          tenant_id: org.tenant_id ?? org.id,
          org_id: org.id,
          designation_id: designation?.id ?? null,
          employee_id: `BENCH-${i}`,
          full_name: `${fe} ${le}`,
          full_name_hi: `${fh} ${lh}`,
          email: `bench.${i}@up.gov.in`,
          mobile: `9${String(100_000_000 + i).padStart(9, '0')}`,
          employee_group: 'C' as const,
          status: 'active' as const,
          activation: 'import' as const,
        };
      });
      await db.transaction().execute(async (trx) => {
        await insertUsers(trx, users, { fromDate: '2025-01-01', reason: 'import' });
        const now = new Date();
        await sql`INSERT INTO enrolments (user_id, course_id, source, enrolled_at, status, progress_percent, completed_at, completed_version_id, completed_language, learning_minutes_credited)
          SELECT u, ${course.courseId}::uuid, 'self', ${now}, 'completed', 100, ${now}, ${course.versionId}::uuid, 'hi', 90 FROM unnest(${users.map((u) => u.id)}::uuid[]) u`.execute(trx);
        await writeOutboxMany(
          trx,
          'course.completed',
          users.map((u) => ({ userId: u.id, courseId: course.courseId, versionId: course.versionId, completedAt: now.toISOString(), language: 'hi', learningMinutes: 90 })),
        );
      });
    }
    return { course, steadyCourse, insertSeconds: (performance.now() - t0) / 1000, version: (await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(db)).rows[0]?.v ?? '?' };
  } finally {
    await runtime.stop();
  }
}

function startWorker(url: string): ChildProcess {
  return spawn(process.execPath, [...(process.env.WORKER_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/wprof'] : []), '--import', 'tsx', 'src/worker.ts'], {
    cwd: serverDir,
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'production', LOG_LEVEL: 'warn', PUBLIC_URL: 'https://kshamata.example.gov.in' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function main(): Promise<void> {
  const tag = crypto.randomBytes(4).toString('hex');
  const dbName = `ksh_bench_cert_${tag}`;
  const scratch = `ksh_bench_scratch_${tag}`;
  let worker: ChildProcess | null = null;
  const cleanup = async () => {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((r) => worker?.once('exit', r));
      worker.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
    }
    await dropDatabase(dbName).catch(() => undefined);
    await dropDatabase(scratch).catch(() => undefined);
  };
  const deadline = setTimeout(() => {
    console.error('deadline passed; cleaning up');
    void cleanup().then(() => process.exit(2));
  }, DEADLINE_MS);
  try {
    const tps = await withScratchDatabase(scratch, pgbenchTps);
    const baseline = await renderAndSignBaseline();
    await createDatabase(dbName);
    const url = urlFor(dbName);
    const { steadyCourse, insertSeconds, version } = await prepare(url);

    const probe = new pg.Client({ connectionString: url });
    await probe.connect();
    const count = async () => Number((await probe.query(`SELECT count(*) FILTER (WHERE status = 'issued') AS n, count(*) FILTER (WHERE status = 'failed') AS f FROM certificates`)).rows[0].n);
    const started = performance.now();
    worker = startWorker(url);
    let issued = 0;
    while (issued < COMPLETIONS) {
      await new Promise((r) => setTimeout(r, 500));
      issued = await count();
    }
    const drainSeconds = (performance.now() - started) / 1000;
    const stats = (
      await probe.query(`SELECT count(*)::int AS n, count(DISTINCT (user_id, subject_id))::int AS distinct_completions,
        extract(epoch FROM max(issued_at) - min(issued_at)) AS span,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM issued_at - completed_at)) AS p50,
        percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM issued_at - completed_at)) AS p95
        FROM certificates`)
    ).rows[0];

    // Steady state: single completions arriving one by one after the backlog.
    const users = (await probe.query(`SELECT id FROM users WHERE employee_id LIKE 'BENCH-%' ORDER BY id LIMIT ${STEADY}`)).rows.map((r) => r.id as string);
    const course2Id = steadyCourse.courseId;
    const latencies: number[] = [];
    for (const userId of users) {
      const at = new Date();
      await probe.query(`INSERT INTO outbox (topic, payload) VALUES ('course.completed', $1)`, [
        JSON.stringify({ userId, courseId: course2Id, versionId: steadyCourse.versionId, completedAt: at.toISOString(), language: 'en', learningMinutes: 90 }),
      ]);
      for (;;) {
        const row = (await probe.query(`SELECT issued_at FROM certificates WHERE user_id = $1 AND subject_id = $2 AND status = 'issued'`, [userId, course2Id])).rows[0];
        if (row) {
          latencies.push((new Date(row.issued_at).getTime() - at.getTime()) / 1000);
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    await probe.end();
    const steady = [...latencies].sort((a, b) => a - b);
    const perSecond = COMPLETIONS / Number(stats.span);
    console.log(`\ncertificate issuing (PostgreSQL ${version}, ${new Date().toISOString().slice(0, 10)}, ${COMPLETIONS.toLocaleString('en-IN')} completions, 1 worker process)`);
    console.log(`  backlog written in            ${insertSeconds.toFixed(1)} s (users, enrolments, outbox rows)`);
    console.log(`  worker start → all issued     ${drainSeconds.toFixed(1)} s`);
    console.log(`  first → last issued           ${Number(stats.span).toFixed(1)} s  =  ${perSecond.toFixed(0)} certificates/s`);
    console.log(`  completion → issued (backlog) p50 ${Number(stats.p50).toFixed(1)} s, p95 ${Number(stats.p95).toFixed(1)} s`);
    console.log(`  completion → issued (steady)  p50 ${quantile(steady, 0.5).toFixed(2)} s, max ${steady[steady.length - 1]?.toFixed(2)} s over ${steady.length} single completions`);
    console.log(`  exactly once                  ${stats.n} certificates for ${stats.distinct_completions} distinct completions of ${COMPLETIONS}; ${latencies.length} for ${STEADY} steady ones`);
    console.log(`  baseline: one PDF alone       ${baseline.pdf.wallMs.toFixed(1)} ms (CPU ${baseline.pdf.cpuMs.toFixed(1)} ms) → × ${COMPLETIONS.toLocaleString('en-IN')} = ${((baseline.pdf.wallMs * COMPLETIONS) / 1000).toFixed(0)} s`);
    console.log(`  baseline: one credential      ${baseline.sign.wallMs.toFixed(2)} ms (CPU ${baseline.sign.cpuMs.toFixed(2)} ms) → × ${COMPLETIONS.toLocaleString('en-IN')} = ${((baseline.sign.wallMs * COMPLETIONS) / 1000).toFixed(1)} s`);
    console.log(`  baseline: pgbench -S (1 client, 10 s) ${tps === null ? 'not installed' : `${tps.toFixed(0)} tps`}`);
    if (Number(stats.n) !== COMPLETIONS || Number(stats.distinct_completions) !== COMPLETIONS) {
      console.error('NOT exactly once');
      process.exitCode = 1;
    }
  } finally {
    clearTimeout(deadline);
    await cleanup();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
