/**
 * Catalog search benchmark: 5,000 published bilingual courses in a fresh PostgreSQL database, a mix of Hindi,
 * English, partial, misspelt and filtered catalog queries through the real HTTP server (listen + fetch, bounded
 * concurrency), with two baselines from the same run: `pgbench -S` on the same server and an indexed lookup
 * (`GET /api/courses/:id`) through the same HTTP stack. Run: `cd server && npx tsx ../bench/catalog-search.bench.ts`.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { loadConfig } from '../server/src/config';
import { startRuntime, type Runtime } from '../server/src/runtime';
import { buildApp } from '../server/src/app';
import { DEMO_PASSWORD } from '../server/src/demo';
import { TestClient } from '../server/test/harness';
import { searchColumnsOf } from '../server/src/modules/courses/catalog-index';
import { FOLD_REVISION } from '../server/src/modules/courses/search-fold';
import { cookieHeader } from './lib/http-client';
import { createDatabase, dropDatabase, pgbenchSelect, urlFor } from './lib/postgres';

const COURSES = Number(process.env.COURSES ?? 5000);
const REQUESTS = Number(process.env.REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);

const TOPICS: [string, string][] = [
  ['Disaster Management', 'आपदा प्रबंधन'], ['Cyber Security', 'साइबर सुरक्षा'], ['Right to Information', 'सूचना का अधिकार'],
  ['Public Procurement on GeM', 'जेम पर सार्वजनिक खरीद'], ['Artificial Intelligence', 'कृत्रिम बुद्धिमत्ता'], ['Office Procedure', 'कार्यालय प्रक्रिया'],
  ['Financial Rules', 'वित्तीय नियम'], ['Prevention of Sexual Harassment', 'यौन उत्पीड़न की रोकथाम'], ['National Education Policy', 'राष्ट्रीय शिक्षा नीति'],
  ['Yoga at the Workplace', 'कार्यस्थल पर योग'], ['Maternal Health', 'मातृ स्वास्थ्य'], ['Land Records', 'भू अभिलेख'],
  ['Police Procedure', 'पुलिस प्रक्रिया'], ['Panchayat Accounts', 'पंचायत लेखा'], ['Public Grievance Redressal', 'जन शिकायत निवारण'],
  ['Data Protection', 'डेटा संरक्षण'], ['Climate Resilience', 'जलवायु लचीलापन'], ['Leadership', 'नेतृत्व'],
  ['Communication Skills', 'संचार कौशल'], ['Project Management', 'परियोजना प्रबंधन'],
];
const LEVELS: [string, string][] = [['Basics of', 'की मूल बातें'], ['Advanced', 'उन्नत'], ['Practical', 'व्यावहारिक'], ['Refresher on', 'पुनश्चर्या'], ['Case Studies in', 'केस अध्ययन']];
const AUDIENCES: [string, string][] = [['for District Officers', 'ज़िला अधिकारियों के लिए'], ['for Clerks', 'लिपिकों के लिए'], ['for Teachers', 'शिक्षकों के लिए'], ['for ASHA Workers', 'आशा कार्यकर्ताओं के लिए'], ['for Constables', 'आरक्षियों के लिए']];
const SUMMARY_WORDS = ['floods', 'heatwave', 'lightning', 'phishing', 'passwords', 'appeals', 'tenders', 'ethics', 'records', 'budget', 'safety', 'health'];
const TYPES = ['html', 'video', 'pdf', 'link', 'quiz'];

const QUERIES: { label: string; path: string }[] = [
  { label: 'hindi', path: `/api/catalog?q=${encodeURIComponent('आपदा प्रबंधन')}` },
  { label: 'hindi partial', path: `/api/catalog?q=${encodeURIComponent('आपदा')}` },
  { label: 'hindi misspelt', path: `/api/catalog?q=${encodeURIComponent('आपदा प्रबंधान')}` },
  { label: 'hindi 2', path: `/api/catalog?q=${encodeURIComponent('साइबर सुरक्षा')}&lang=hi` },
  { label: 'english', path: '/api/catalog?q=cyber%20security' },
  { label: 'english misspelt', path: '/api/catalog?q=disaster%20managment' },
  { label: 'english partial', path: '/api/catalog?q=procur' },
  { label: 'romanised hindi', path: '/api/catalog?q=suchna%20ka%20adhikaar' },
  { label: 'romanised hindi 2', path: '/api/catalog?q=aapda%20prabandhan' },
  { label: 'initials', path: '/api/catalog?q=rti' },
  { label: 'filtered', path: '/api/catalog?q=leadership&language=hi&maxDuration=120&type=video' },
  { label: 'competency', path: '/api/catalog?competency=cyber-security&sort=rating' },
  { label: 'browse newest', path: '/api/catalog?sort=newest&page=3' },
  { label: 'browse completed', path: '/api/catalog?sort=most_completed' },
];

const pick = <T>(list: T[], i: number): T => list[i % list.length] as T;

/** Inserts published courses straight into the tables, 1,000 per statement, as the publish step would leave them. */
async function seedCourses(runtime: Runtime): Promise<string[]> {
  const db = runtime.ctx.db;
  const orgs = await db.selectFrom('orgs').select(['id', 'path']).where('depth', '>=', 2).orderBy('code').execute();
  const ids: string[] = [];
  for (let start = 0; start < COURSES; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, COURSES - start) }, (_, k) => {
      const i = start + k;
      const [topicEn, topicHi] = pick(TOPICS, i);
      const [levelEn, levelHi] = pick(LEVELS, Math.floor(i / TOPICS.length));
      const [audEn, audHi] = pick(AUDIENCES, Math.floor(i / 7));
      const title = { en: `${levelEn} ${topicEn} ${audEn} ${i}`, hi: `${audHi} ${topicHi} ${levelHi} ${i}` };
      const summary = { en: `${topicEn}: ${pick(SUMMARY_WORDS, i)} and ${pick(SUMMARY_WORDS, i + 5)}`, hi: `${topicHi} पर ${pick(SUMMARY_WORDS, i + 3)}` };
      const code = topicEn.toLowerCase().replace(/[^a-z]+/g, '-');
      // The romanised search keys, as publication writes them.
      const index = searchColumnsOf({ texts: { en: { title: title.en, summary: summary.en, description: '' }, hi: { title: title.hi, summary: summary.hi, description: '' } }, tags: [code] });
      return {
        id: crypto.randomUUID(),
        provider: pick(orgs, i).id,
        texts: JSON.stringify({ en: { ...{ title: title.en, summary: summary.en }, description: '' }, hi: { title: title.hi, summary: summary.hi, description: '' } }),
        search: `${title.en} ${title.hi} ${summary.en} ${summary.hi} ${code}`,
        folded: index.search_folded,
        initials: index.search_initials,
        minutes: 15 + (i % 12) * 15,
        competencies: JSON.stringify([{ code, level: 1 + (i % 5) }]),
        types: `{html,${pick(TYPES, i)}}`,
        moderated: i % 10 === 7,
        completions: (i * 7919) % 5000,
        ratingCount: i % 50,
        ratingSum: (i % 50) * (3 + (i % 3)),
      };
    });
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    await sql`
      WITH c AS (
        INSERT INTO courses (id, provider_org_id, moderated, published_at, completion_count, rating_count, rating_sum)
        SELECT id, provider, moderated, now() - (n * interval '1 minute'), completions, rating_count, rating_sum
        FROM unnest(${col('id')}::uuid[], ${col('provider')}::uuid[], ${col('moderated')}::bool[], ${col('completions')}::int[],
                    ${col('ratingCount')}::int[], ${col('ratingSum')}::int[]) WITH ORDINALITY
             AS t(id, provider, moderated, completions, rating_count, rating_sum, n)
        RETURNING id
      ), v AS (
        INSERT INTO course_versions (course_id, version_no, state, texts, languages, duration_minutes, competencies, tags, search_text,
                                     search_folded, search_initials, search_fold_rev, lesson_types, published_at)
        SELECT id, 1, 'published', texts, '{en,hi}', minutes, competencies, '{}', search, folded, initials, ${FOLD_REVISION}, types::text[], now()
        FROM unnest(${col('id')}::uuid[], ${col('texts')}::jsonb[], ${col('minutes')}::int[], ${col('competencies')}::jsonb[],
                    ${col('search')}::text[], ${col('folded')}::text[], ${col('initials')}::text[], ${col('types')}::text[])
             AS t(id, texts, minutes, competencies, search, folded, initials, types)
        RETURNING id, course_id
      )
      SELECT count(*) FROM v`.execute(db);
    // A statement cannot update rows its own CTE inserted, hence a second one.
    await sql`UPDATE courses c SET published_version_id = v.id FROM course_versions v
      WHERE v.course_id = c.id AND c.id = ANY (${col('id')}::uuid[])`.execute(db);
    await sql`INSERT INTO course_audience_orgs (course_id, org_id)
      SELECT c.id, c.provider_org_id FROM courses c WHERE c.moderated AND c.id = ANY (${col('id').filter((_, k) => rows[k]?.moderated)}::uuid[])`.execute(db);
    ids.push(...col('id'));
  }
  await sql`INSERT INTO catalog_words (word) SELECT DISTINCT unnest(tsvector_to_array(to_tsvector('simple', search_text))) FROM course_versions
    WHERE state = 'published' ON CONFLICT DO NOTHING`.execute(db);
  // The steady state autovacuum reaches: GIN pending lists merged, statistics fresh.
  await sql`VACUUM ANALYZE`.execute(db);
  return ids;
}

/** Runs `requests` GETs with bounded concurrency; returns each request's latency in ms. */
async function load(base: string, paths: string[], requests: number, headers: Record<string, string>[]): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= requests) return;
      const t0 = performance.now();
      const res = await fetch(base + pick(paths, i), { headers: pick(headers, i) });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${pick(paths, i)} → ${res.status}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return latencies;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const line = (label: string, xs: number[]) =>
  `  ${label.padEnd(22)} n=${String(xs.length).padStart(5)}  p50 ${pct(xs, 50).toFixed(1).padStart(6)} ms  p95 ${pct(xs, 95).toFixed(1).padStart(6)} ms  p99 ${pct(xs, 99).toFixed(1).padStart(6)} ms`;

async function main(): Promise<void> {
  const name = `ksh_bench_catalog_${crypto.randomBytes(4).toString('hex')}`;
  let runtime: Runtime | null = null;
  await createDatabase(name);
  try {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: urlFor(name), SEED_DEMO: 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
    runtime = await startRuntime(config, { work: false });
    const t0 = performance.now();
    const ids = await seedCourses(runtime);
    console.log(`seeded ${ids.length} bilingual courses in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const app = await buildApp(runtime.ctx);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const learner = await new TestClient(app, 'en').signIn('ramesh.yadav@up.gov.in', DEMO_PASSWORD);
    const cookie = cookieHeader(learner.cookies);
    // Half anonymous, half a signed-in learner (whose visibility adds the moderation check).
    const headers: Record<string, string>[] = [{ 'accept-language': 'hi' }, { 'accept-language': 'en', cookie }];

    await load(base, QUERIES.map((q) => q.path), 200, headers);
    const all = await load(base, QUERIES.map((q) => q.path), REQUESTS, headers);
    const perQuery: { q: (typeof QUERIES)[number]; xs: number[] }[] = [];
    for (const q of QUERIES) perQuery.push({ q, xs: await load(base, [q.path], 80, headers) });
    const lookups = await load(base, ids.filter((_, i) => i % 10 !== 7).slice(0, 500).map((id) => `/api/courses/${id}`), 1000, headers);
    const bench = pgbenchSelect(urlFor(name), CONCURRENCY);
    await app.close();

    const version = (await runtime.ctx.database.execute('SHOW server_version')).rows[0]?.server_version;
    console.log(`catalog search over ${ids.length} courses (PostgreSQL ${version}, ${new Date().toISOString().slice(0, 10)}, concurrency ${CONCURRENCY})`);
    console.log(line('catalog mix', all));
    console.log(`  throughput             ${((all.length / all.reduce((a, b) => a + b, 0)) * 1000 * CONCURRENCY).toFixed(0)} req/s (approx.)`);
    for (const { q, xs } of perQuery) console.log(line(q.label, xs));
    console.log('baselines in the same run');
    console.log(line('GET /api/courses/:id', lookups));
    console.log(`  pgbench -S             ${bench ? `${bench.tps.toFixed(0)} tps, latency average ${bench.latencyMs.toFixed(2)} ms (-c ${CONCURRENCY}, 10 s)` : 'not installed'}`);
    console.log(`machine: ${os.cpus().length} vCPU, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end`);
    console.log(`goal p95 < 50 ms: ${pct(all, 95) < 50 ? 'met' : 'NOT met'}`);
  } finally {
    await runtime?.stop().catch(() => undefined);
    if (process.env.KEEP_DB) console.log(`kept database ${name} (KEEP_DB is set)`);
    else await dropDatabase(name);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
