/**
 * Competency hub benchmark on a fresh PostgreSQL database: USERS employees of the Revenue department (posts with
 * seeded requirements) with earned levels, COURSES published courses tagged with competencies, a peer rollup; then
 * the MDO admin's coverage (department and one district) and a Tehsildar's gaps and recommendations, timed through
 * the HTTP stack (in-process inject, sequential). Run: `cd server && npx tsx ../bench/competencies.bench.ts`.
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { loadConfig } from '../server/src/config';
import { startRuntime } from '../server/src/runtime';
import { buildApp } from '../server/src/app';
import { DEMO_PASSWORD } from '../server/src/demo';
import { insertUsers } from '../server/src/modules/identity/users.repo';
import { TestClient } from '../server/test/harness';
import { createDatabase, dropDatabase, urlFor } from './lib/postgres';

const USERS = Number(process.env.USERS ?? 20_000);
const COURSES = Number(process.env.COURSES ?? 1_000);
const RUNS = Number(process.env.RUNS ?? 50);

async function time(label: string, runs: number, fn: () => Promise<{ status: number }>): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const res = await fn();
    ms.push(performance.now() - start);
    if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status}`);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]?.toFixed(1);
  console.log(`${label.padEnd(44)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  (${runs} runs)`);
}

const name = `ksh_bench_${crypto.randomBytes(4).toString('hex')}`;
await createDatabase(name);
const runtime = await startRuntime(loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', DATABASE_URL: urlFor(name), SEED_DEMO: 'true', LOG_LEVEL: 'silent' }), { work: false });
const { db } = runtime.ctx;
try {
  const orgs = await db.selectFrom('orgs').select(['id', 'code', 'tenant_id']).where('code', 'like', 'UP-REV%').execute();
  const posts = await db.selectFrom('designations').select(['id', 'code']).where('code', 'in', ['TEHSILDAR', 'NAIB_TEHSILDAR', 'SDM', 'ADM', 'DM', 'LEKHPAL']).execute();
  const competencies = await db.selectFrom('competencies').select(['id', 'code']).execute();
  const started = performance.now();
  for (let offset = 0; offset < USERS; offset += 5000) {
    const batch = Array.from({ length: Math.min(5000, USERS - offset) }, (_, i) => {
      const n = offset + i;
      const org = orgs[n % orgs.length];
      return {
        id: crypto.randomUUID(),
        tenant_id: org?.tenant_id ?? '',
        org_id: org?.id ?? '',
        designation_id: posts[n % posts.length]?.id ?? null,
        employee_id: `BENCH-${n}`,
        full_name: `Bench Employee ${n}`,
        email: `bench.${n}@example.org`,
        mobile: `7${String(n).padStart(9, '0')}`,
        employee_group: 'B' as const,
        status: 'active' as const,
        activation: 'import' as const,
      };
    });
    await db.transaction().execute((trx) => insertUsers(trx, batch, { fromDate: '2025-01-01', reason: 'import' }));
    // About four earned competencies each, at levels 1–4.
    await sql`INSERT INTO competency_levels (user_id, competency_id, earned_level)
      SELECT u, c, 1 + (abs(hashtext(u::text || c::text)) % 4) FROM unnest(${batch.map((b) => b.id)}::uuid[]) u
      CROSS JOIN LATERAL (SELECT id AS c FROM competencies ORDER BY md5(u::text || id::text) LIMIT 4) x
      ON CONFLICT DO NOTHING`.execute(db);
  }
  const provider = orgs.find((o) => o.code === 'UP-REV')?.id ?? '';
  for (let n = 0; n < COURSES; n++) {
    const tags = [0, 1, 2].slice(0, 1 + (n % 3)).map((k) => ({ code: competencies[(n * 7 + k * 13) % competencies.length]?.code ?? 'rti', level: 1 + ((n + k) % 3) }));
    const course = await db.insertInto('courses').values({ provider_org_id: provider, completion_count: n % 50 }).returning('id').executeTakeFirstOrThrow();
    const version = await db
      .insertInto('course_versions')
      .values({
        course_id: course.id,
        version_no: 1,
        state: 'published',
        texts: JSON.stringify({ en: { title: `Bench course ${n}`, summary: 's', description: '' }, hi: { title: `बेंच पाठ्यक्रम ${n}`, summary: 's', description: '' } }),
        languages: n % 4 === 0 ? ['en'] : ['en', 'hi'],
        competencies: JSON.stringify(tags),
        published_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.updateTable('courses').set({ published_version_id: version.id, published_at: new Date() }).where('id', '=', course.id).execute();
    const tehsildar = posts.find((p) => p.code === 'TEHSILDAR')?.id;
    if (tehsildar && n % 10 === 0) await db.insertInto('designation_course_completions').values({ designation_id: tehsildar, course_id: course.id, completions: 2 + (n % 17) }).execute();
  }
  await sql`ANALYZE`.execute(db);
  console.log(`data: ${USERS} employees, ${COURSES} courses in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const app = await buildApp(runtime.ctx);
  await app.ready();
  const revenue = await new TestClient(app, 'en').signIn('nodal.revenue@up.gov.in', DEMO_PASSWORD);
  const ramesh = await new TestClient(app, 'en').signIn('ramesh.yadav@up.gov.in', DEMO_PASSWORD);
  await ramesh.request('PUT', '/api/me/career/target', { designationId: posts.find((p) => p.code === 'SDM')?.id });
  const district = orgs.find((o) => o.code === 'UP-REV-LKO')?.id ?? '';
  await time(`coverage, Revenue department (${USERS} staff)`, Math.max(5, Math.round(RUNS / 5)), () => revenue.get(`/api/admin/competency-coverage?orgId=${provider}`));
  await time('coverage, one district (Lucknow)', RUNS, () => revenue.get(`/api/admin/competency-coverage?orgId=${district}`));
  await time('gaps, current post', RUNS, () => ramesh.get('/api/me/competencies/gaps?for=current'));
  await time(`recommendations (${COURSES} courses)`, RUNS, () => ramesh.get('/api/me/recommendations'));
  await app.close();
} finally {
  await runtime.stop();
  await dropDatabase(name);
}
