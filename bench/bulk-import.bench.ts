/**
 * Bulk user import benchmark: 1,00,000 CSV rows through the real upload → outbox → job path on
 * PostgreSQL, with a pgbench / plain-INSERT baseline on the same server so that figures taken on
 * a noisy shared machine can be compared. Run: `cd server && npm run bench` (ROWS=… to change size).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { loadConfig } from '../server/src/config';
import { startRuntime, type Runtime } from '../server/src/runtime';
import { buildApp } from '../server/src/app';
import { DEMO_PASSWORD } from '../server/src/demo';
import { designationsForOrg, findOrgByCode } from '../server/src/modules/orgs/orgs.repo';
import { IMPORT_COLUMNS } from '../server/src/modules/user-admin/import.csv';
import { TestClient } from '../server/test/harness';
import { createDatabase, dropDatabase, pgbenchTps, urlFor } from './lib/postgres';

const ROWS = Number(process.env.ROWS ?? 100_000);
const DEADLINE_MS = 15 * 60_000;
const seedData = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../server/src/demo/data');

const FIRST = [
  ['Ramesh', 'रमेश'], ['Sunita', 'सुनीता'], ['Anil', 'अनिल'], ['Priya', 'प्रिया'], ['Vikas', 'विकास'], ['Pooja', 'पूजा'],
  ['Rajesh', 'राजेश'], ['Neha', 'नेहा'], ['Sanjay', 'संजय'], ['Kavita', 'कविता'], ['Amit', 'अमित'], ['Rekha', 'रेखा'],
  ['Manoj', 'मनोज'], ['Anjali', 'अंजलि'], ['Deepak', 'दीपक'], ['Meera', 'मीरा'], ['Suresh', 'सुरेश'], ['Geeta', 'गीता'],
  ['Arvind', 'अरविंद'], ['Shalini', 'शालिनी'], ['Rahul', 'राहुल'], ['Seema', 'सीमा'], ['Alok', 'आलोक'], ['Nidhi', 'निधि'],
] as const;
const LAST = [
  ['Yadav', 'यादव'], ['Verma', 'वर्मा'], ['Singh', 'सिंह'], ['Mishra', 'मिश्रा'], ['Tripathi', 'त्रिपाठी'], ['Srivastava', 'श्रीवास्तव'],
  ['Gupta', 'गुप्ता'], ['Pandey', 'पांडेय'], ['Shukla', 'शुक्ला'], ['Maurya', 'मौर्य'], ['Kushwaha', 'कुशवाहा'], ['Chaudhary', 'चौधरी'],
  ['Dubey', 'दुबे'], ['Saxena', 'सक्सेना'], ['Khan', 'ख़ान'], ['Ansari', 'अंसारी'], ['Pal', 'पाल'], ['Rawat', 'रावत'],
] as const;
const SERVICES = ['PCS', 'UP Secretariat Service', 'Ministerial', 'Technical', ''];
const PERSONAL = ['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com'];
const GROUPS = ['A', 'B', 'C', 'C', 'C', 'D', 'contractual', 'honorarium'];

/** Seconds for one INSERT … SELECT generate_series of 1,00,000 narrow rows with two indexes. */
async function plainInsertSeconds(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('CREATE TABLE bench_plain (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), email text UNIQUE, name text, n int)');
    const t0 = performance.now();
    await c.query(`INSERT INTO bench_plain (email, name, n) SELECT 'user' || g || '@example.in', 'Name ' || g, g FROM generate_series(1, 100000) g`);
    return (performance.now() - t0) / 1000;
  } finally {
    await c.end();
  }
}

/** A realistic file: UP names in English and Hindi, district-coded employee IDs, official and personal addresses, ~3 % bad rows. */
async function generateCsv(runtime: Runtime, rows: number): Promise<{ csv: string; bad: number }> {
  const db = runtime.ctx.db;
  const districts = parse(fs.readFileSync(path.join(seedData, 'up-districts.csv'), 'utf8'), { columns: true }) as { district_en: string }[];
  const up = await findOrgByCode(db, 'UP');
  if (!up) throw new Error('seed org UP missing');
  const orgs = await db.selectFrom('orgs').select(['code', 'path']).where('path', 'like', `${up.path}%`).execute();
  const placements: { code: string; designations: string[] }[] = [];
  for (const org of orgs) placements.push({ code: org.code, designations: (await designationsForOrg(db, org.path)).map((d) => d.code) });
  const out: string[] = [IMPORT_COLUMNS.join(',')];
  let bad = 0;
  let previousEmail = '';
  for (let i = 0; i < rows; i++) {
    const [fe, fh] = FIRST[i % FIRST.length] ?? FIRST[0];
    const [le, lh] = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? LAST[0];
    const district = districts[i % districts.length]?.district_en ?? 'Lucknow';
    const place = placements[i % placements.length] ?? { code: 'UP', designations: ['JR_ASSISTANT'] };
    const official = i % 5 < 2;
    const row: Record<string, string> = {
      employee_id: `UP/${district.slice(0, 3).toUpperCase()}/${String(i).padStart(7, '0')}`,
      full_name: `${fe} ${le}`,
      full_name_hi: `${fh} ${lh}`,
      email: `${fe}.${le}.${i}@${official ? 'up.gov.in' : PERSONAL[i % PERSONAL.length]}`.toLowerCase(),
      mobile: `${6 + (i % 4)}${String(i).padStart(9, '0')}`,
      org_code: place.code,
      designation_code: place.designations[i % place.designations.length] ?? 'JR_ASSISTANT',
      employee_group: GROUPS[i % GROUPS.length] ?? 'C',
      cadre: `${district} district`,
      service: SERVICES[i % SERVICES.length] ?? '',
    };
    if (i % 33 === 7) {
      bad += 1;
      const kind = Math.floor(i / 33) % 6;
      if (kind === 0) row.mobile = '12345';
      else if (kind === 1) row.designation_code = 'NO_SUCH_POST';
      else if (kind === 2) row.email = previousEmail;
      else if (kind === 3) row.email = `${fe}.${i}@mp.gov.in`.toLowerCase();
      else if (kind === 4) row.employee_group = 'E';
      else {
        out.push(`${row.employee_id},${row.full_name}`);
        continue;
      }
    }
    previousEmail = row.email ?? '';
    out.push(IMPORT_COLUMNS.map((c) => (row[c]?.includes(',') ? `"${row[c]}"` : (row[c] ?? ''))).join(','));
  }
  return { csv: `\uFEFF${out.join('\r\n')}\r\n`, bad };
}

function multipart(orgId: string, csv: string): { payload: Buffer; headers: Record<string, string> } {
  const b = `----bench${crypto.randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="orgId"\r\n\r\n${orgId}\r\n`),
    Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="up-staff.csv"\r\nContent-Type: text/csv\r\n\r\n`),
    Buffer.from(csv, 'utf8'),
    Buffer.from(`\r\n--${b}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${b}` } };
}

async function main(): Promise<void> {
  const tag = crypto.randomBytes(4).toString('hex');
  const benchDb = `ksh_bench_${tag}`;
  const scratchDb = `ksh_bench_pgbench_${tag}`;
  let runtime: Runtime | null = null;
  let stopping = false;
  // pg-boss may still be fetching a delivery job when the pool closes at shutdown; that is not a bench failure.
  const ignoreWhileStopping = (err: unknown) => {
    if (!stopping) throw err;
    console.error(`(ignored during shutdown: ${(err as Error).message})`);
  };
  process.on('unhandledRejection', ignoreWhileStopping);
  process.on('uncaughtException', ignoreWhileStopping);
  const cleanup = async () => {
    stopping = true;
    await runtime?.stop().catch(() => undefined);
    runtime = null;
    for (const name of [benchDb, scratchDb]) await dropDatabase(name).catch(() => undefined);
  };
  const deadline = setTimeout(() => {
    console.error(`bench: no result after ${DEADLINE_MS / 60_000} minutes, stopping`);
    void cleanup().finally(() => process.exit(2));
  }, DEADLINE_MS);
  try {
    await createDatabase(benchDb);
    await createDatabase(scratchDb);
    const tps = pgbenchTps(urlFor(scratchDb));
    const plain = await plainInsertSeconds(urlFor(scratchDb));

    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: urlFor(benchDb), SEED_DEMO: 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
    runtime = await startRuntime(config, { work: true });
    const app = await buildApp(runtime.ctx);
    await app.ready();
    const { csv, bad } = await generateCsv(runtime, ROWS);
    const bytes = Buffer.byteLength(csv);
    const admin = await new TestClient(app, 'en').signIn('state.admin@up.gov.in', DEMO_PASSWORD);
    const up = await findOrgByCode(runtime.ctx.db, 'UP');
    if (!up) throw new Error('seed org UP missing');

    const t0 = performance.now();
    const res = await admin.request('POST', '/api/admin/imports', undefined, multipart(up.id, csv));
    if (res.status !== 202) throw new Error(`upload refused: ${res.status} ${JSON.stringify(res.body)}`);
    const uploadSeconds = (performance.now() - t0) / 1000;
    const id = String(res.body.id);
    let status: { status: string; importedRows: number; failedRows: number; totalRows: number } = res.body;
    while (status.status !== 'completed' && status.status !== 'failed') {
      await new Promise((r) => setTimeout(r, 250));
      status = (await admin.get(`/api/admin/imports/${id}`)).body;
    }
    const seconds = (performance.now() - t0) / 1000;
    await app.close();

    const fmt = (n: number) => n.toLocaleString('en-IN', { maximumFractionDigits: 1 });
    console.log(`bulk import (PostgreSQL ${(await runtime.ctx.database.execute('SHOW server_version')).rows[0]?.server_version}, ${new Date().toISOString().slice(0, 10)})`);
    console.log(`  rows            ${fmt(ROWS)} (${fmt(bad)} made bad on purpose), file ${(bytes / 1024 / 1024).toFixed(1)} MB`);
    console.log(`  status          ${status.status}: imported ${fmt(status.importedRows)}, failed ${fmt(status.failedRows)}`);
    console.log(`  upload (202)    ${uploadSeconds.toFixed(2)} s`);
    console.log(`  upload → done   ${seconds.toFixed(2)} s  = ${fmt(ROWS / seconds)} rows/s`);
    console.log(`baseline on the same server`);
    console.log(`  pgbench -S      ${tps === null ? 'not installed' : `${fmt(tps)} tps (pgbench -i -s 1; pgbench -T 10 -S, 1 client)`}`);
    console.log(`  plain INSERT    ${plain.toFixed(2)} s for 1,00,000 rows (INSERT … SELECT generate_series, 2 indexes)`);
    if (status.status !== 'completed' || status.importedRows + status.failedRows !== ROWS) process.exitCode = 1;
  } finally {
    clearTimeout(deadline);
    await cleanup();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
