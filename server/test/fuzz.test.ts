import crypto from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, TEST_PASSWORD, type MadeUser } from './factories';
import { makePublishedCourse } from './course-factories';
import { operationsOf, requestFor, type FuzzRequest, type OpenApiDocument, type Operation, type ValuePool } from './fuzz-inputs';

/**
 * Property-based fuzz over the whole OpenAPI document: for every operation, anonymously and as a signed-in platform
 * admin, random and adversarial inputs (test/fuzz-inputs.ts) must never produce a 5xx, and every 4xx must be our
 * `{error: {code, message}}` with non-empty strings. A fixed seed keeps runs repeatable; FUZZ_RUNS (default 6) sets
 * the cases per operation and caller, FUZZ_SEED the seed.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

let t: TestApp;
let doc: OpenApiDocument;
let pool: ValuePool;
let adminUser: MadeUser;
let admin: TestClient;
/** Answers by operation and status, printed when FUZZ_REPORT is set (to see how deep the cases reach). */
const seen = new Map<string, Map<number, number>>();

/** A sample of real values, so that generated ids often hit rows and reach deeper than "not found". */
async function harvestPool(ctx: TestApp['ctx'], exclude: string[]): Promise<ValuePool> {
  const column = async (query: string) => {
    const rows = await sql<{ v: string }>`${sql.raw(query)}`.execute(ctx.db);
    return rows.rows.map((r) => r.v).filter((v) => v && !exclude.includes(v));
  };
  const tables = ['orgs', 'designations', 'users', 'courses', 'course_versions', 'course_modules', 'lessons', 'questions', 'assessment_attempts', 'programmes', 'certificates', 'plans', 'transfers', 'profile_change_requests', 'imports', 'files', 'report_campaigns', 'report_exports', 'hrms_tokens', 'hrms_webhooks', 'messages'];
  const uuidsByTable: Record<string, string[]> = {};
  for (const table of tables) uuidsByTable[table] = await column(`SELECT id::text AS v FROM ${table} ORDER BY id DESC LIMIT 12`);
  uuidsByTable.lessons = [...(uuidsByTable.lessons ?? []), ...(await column('SELECT lesson_key::text AS v FROM lessons ORDER BY id DESC LIMIT 12'))];
  return {
    uuids: Object.values(uuidsByTable).flat(),
    uuidsByTable,
    byName: {
      code: [...(await column('SELECT code AS v FROM competencies LIMIT 10')), ...(await column('SELECT code AS v FROM competency_areas LIMIT 5'))],
      ref: await column('SELECT code AS v FROM programmes LIMIT 5'),
      number: [...(await column('SELECT number AS v FROM certificates LIMIT 5')), ...(await column('SELECT number AS v FROM compliance_statements LIMIT 5'))],
      employeeId: await column('SELECT employee_id AS v FROM users WHERE employee_id IS NOT NULL LIMIT 5'),
      token: await column('SELECT registration_token AS v FROM orgs WHERE registration_token IS NOT NULL LIMIT 3'),
    },
  };
}

beforeAll(async () => {
  t = await startTestApp({ work: false });
  adminUser = await makeUser(t.ctx, { org: 'DOPT', roles: [{ role: 'platform_admin', org: 'IN' }] });
  await makeUser(t.ctx, { org: 'UP-SW-LKO', designation: 'DSWO' });
  await makePublishedCourse(t.ctx, {
    lessons: [{ type: 'html' }, { type: 'video', content: { durationSeconds: 120 } }, { type: 'quiz', settings: { passMark: 50 } }, { type: 'final_assessment', settings: { passMark: 50 } }],
  });
  admin = await t.client().signIn(adminUser.email, TEST_PASSWORD);
  const res = await t.client().get('/api/openapi.json');
  doc = res.body as OpenApiDocument;
  // The admin's own id stays out of the pool: deactivating or merging the signed-in admin would end every later case.
  pool = await harvestPool(t.ctx, [adminUser.id]);
}, 120_000);
afterAll(async () => {
  if (process.env.FUZZ_REPORT) for (const [op, counts] of seen) console.log(op, JSON.stringify(Object.fromEntries(counts)));
  await t?.close();
});

/** Why an answer is wrong, or null when it is fine. */
function problemWith(res: Awaited<ReturnType<TestClient['request']>>): string | null {
  if (res.status >= 500) return `answered ${res.status}: ${res.raw.body.slice(0, 300)}`;
  if (res.status < 400) return null;
  const error = (res.body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const ok = typeof error?.code === 'string' && error.code !== '' && typeof error.message === 'string' && error.message !== '';
  return ok ? null : `answered ${res.status} without {error:{code,message}}: ${res.raw.body.slice(0, 300)}`;
}

async function send(client: TestClient, req: FuzzRequest) {
  return client.request(req.method, req.url, undefined, { headers: req.headers, ...(req.payload !== undefined ? { payload: req.payload } : {}) });
}

/** Fuzzes one operation as one caller; returns the first failure (after shrinking) or null. */
async function fuzzOperation(op: Operation, who: 'anonymous' | 'platformAdmin'): Promise<string | null> {
  const seed = SEED + (crypto.createHash('sha256').update(`${who} ${op.method} ${op.path}`).digest().readUInt16BE(0));
  const property = fc.asyncProperty(requestFor(op, doc, pool), async (req) => {
    const client = who === 'anonymous' ? t.client() : admin;
    if (who === 'anonymous') await client.get('/api/auth/session');
    // A write is sent twice at once, so races (two rotations, two enrolments) show up as well as bad input.
    const answers = await Promise.all(req.method === 'GET' ? [send(client, req)] : [send(client, req), send(client, req)]);
    // Sign-out, sign-out-everywhere and a password change end the admin's session: sign in again instead of skipping
    // those operations, so the next case is still a signed-in admin.
    if (who === 'platformAdmin' && (answers.some((a) => a.status === 401) || op.path.startsWith('/api/auth/logout'))) {
      admin = await t.client().signIn(adminUser.email, TEST_PASSWORD);
    }
    for (const res of answers) {
      const counts = seen.get(`${who} ${op.method} ${op.path}`) ?? new Map<number, number>();
      counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
      seen.set(`${who} ${op.method} ${op.path}`, counts);
      const problem = problemWith(res);
      if (problem) throw new Error(`${req.method} ${req.url} ${req.payload ? `body ${req.payload.slice(0, 200)}` : ''} ${problem}`);
    }
  });
  const result = await fc.check(property, { numRuns: RUNS, seed, maxSkipsPerRun: 0, interruptAfterTimeLimit: 20_000 });
  if (!result.failed) return null;
  return `${op.method} ${op.path}: ${String((result.errorInstance as Error | undefined)?.message ?? result.counterexample)}`;
}

describe('fuzz over the OpenAPI document', () => {
  for (const who of ['anonymous', 'platformAdmin'] as const) {
    it(`never answers 5xx, and answers every 4xx in our error shape (${who})`, async () => {
      const ops = operationsOf(doc);
      expect(ops.length).toBeGreaterThan(200);
      const failures: string[] = [];
      for (const [i, op] of ops.entries()) {
        // Now and then sample the database again, so that rows the cases created (courses, plans, attempts) are used.
        if (i % 25 === 24) pool = await harvestPool(t.ctx, [adminUser.id]);
        const failure = await fuzzOperation(op, who);
        if (failure) failures.push(failure);
      }
      expect(failures).toEqual([]);
    }, 600_000);
  }
});
