import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness';
import { makeUser, orgId, TEST_PASSWORD } from './factories';
import { makePublishedCourse } from './course-factories';
import { indexForCatalog } from '../src/modules/courses/workflow.service';
import { provideCompetencyLabels } from '../src/modules/courses/catalog-filters';
import type { LessonType } from '../src/modules/courses/courses.tables';

let t: TestApp;

/** A published course with its catalog columns filled in, as publication leaves them. */
async function course(opts: { provider: string; minutes: number; languages?: ('en' | 'hi')[]; competencies?: string[]; types: LessonType[] }) {
  const made = await makePublishedCourse(t.ctx, { provider: opts.provider, durationMinutes: opts.minutes, lessons: opts.types.map((type) => ({ type })) });
  await t.ctx.db
    .updateTable('course_versions')
    .set({ languages: opts.languages ?? ['en', 'hi'], competencies: JSON.stringify((opts.competencies ?? []).map((code) => ({ code, level: 2 }))) })
    .where('id', '=', made.versionId)
    .execute();
  await indexForCatalog(t.ctx.db, made.versionId);
  return made.courseId;
}

const count = (list: { type: string; count: number }[], type: string) => list.find((x) => x.type === type)?.count;

let moderated = '';
let retired = '';
beforeAll(async () => {
  t = await startTestApp({ work: false });
  await course({ provider: 'UP-REV', minutes: 45, competencies: ['disaster-management', 'crisis-leadership'], types: ['html', 'video', 'quiz'] });
  await course({ provider: 'UP-REV', minutes: 60, languages: ['hi'], competencies: ['disaster-management'], types: ['pdf', 'final_assessment'] });
  await course({ provider: 'UP-MH', minutes: 61, languages: ['en'], competencies: ['public-health'], types: ['audio', 'html'] });
  await course({ provider: 'UP-MH', minutes: 240, types: ['link', 'file'] });
  await course({ provider: 'DOPT', minutes: 241, competencies: ['cyber-security'], types: ['html'] });
  moderated = await course({ provider: 'UP-SW', minutes: 300, competencies: ['integrity'], types: ['html'] });
  await t.ctx.db.updateTable('courses').set({ moderated: true }).where('id', '=', moderated).execute();
  await t.ctx.db.insertInto('course_audience_orgs').values({ course_id: moderated, org_id: await orgId(t.ctx, 'UP-SW') }).execute();
  retired = await course({ provider: 'DOPT', minutes: 10, competencies: ['retired-only'], types: ['video'] });
  await t.ctx.db.updateTable('courses').set({ retired_at: t.clock.now() }).where('id', '=', retired).execute();
  // A course never published is not counted either.
  const draft = await t.ctx.db.insertInto('courses').values({ provider_org_id: await orgId(t.ctx, 'UP-HOME') }).returning('id').executeTakeFirstOrThrow();
  await t.ctx.db.insertInto('course_versions').values({ course_id: draft.id, version_no: 1, state: 'draft', languages: ['en'], texts: JSON.stringify({}), competencies: JSON.stringify([{ code: 'draft-only', level: 1 }]) }).execute();
});
afterAll(async () => {
  provideCompetencyLabels(null);
  await t?.close();
});

describe('GET /api/catalog/filters', () => {
  it('lists every filter option with the number of published, live courses an anonymous visitor may see', async () => {
    const res = await t.client().get('/api/catalog/filters');
    expect(res.status).toBe(200);
    const f = res.body;
    expect(f.total).toBe(5);
    expect(f.languages).toEqual([{ code: 'en', count: 4 }, { code: 'hi', count: 4 }]);
    expect(f.lessonTypes.map((x: { type: string }) => x.type)).toEqual(['video', 'audio', 'pdf', 'html', 'link', 'file', 'quiz', 'final_assessment']);
    expect(count(f.lessonTypes, 'html')).toBe(3);
    expect(f.durations).toEqual([
      { key: 'short', minDuration: null, maxDuration: 60, count: 2 },
      { key: 'medium', minDuration: 61, maxDuration: 240, count: 2 },
      { key: 'long', minDuration: 241, maxDuration: null, count: 1 },
    ]);
    // Labels come from the competency framework when its module is installed (else null).
    expect(f.competencies.map((c: { code: string; count: number }) => [c.code, c.count])).toEqual([
      ['crisis-leadership', 1],
      ['cyber-security', 1],
      ['disaster-management', 2],
      ['public-health', 1],
    ]);
    for (const c of f.competencies) expect(c.label === null || (typeof c.label.en === 'string' && typeof c.label.hi === 'string')).toBe(true);
    const rev = f.providers.find((p: { nameEn: string }) => p.nameEn === 'Revenue Department');
    expect(rev).toMatchObject({ nameHi: 'राजस्व विभाग', count: 2 });
    expect(f.providers.map((p: { count: number }) => p.count).reduce((a: number, b: number) => a + b, 0)).toBe(5);
  });

  it('counts a moderated course only for its audience, and content authors of its provider', async () => {
    const inside = await t.client().signIn((await makeUser(t.ctx, { org: 'UP-SW-LKO' })).email, TEST_PASSWORD);
    const outside = await t.client().signIn((await makeUser(t.ctx, { org: 'UP-REV-LKO' })).email, TEST_PASSWORD);
    const author = await t.client().signIn((await makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_creator', org: 'UP-SW' }] })).email, TEST_PASSWORD);
    for (const [client, total] of [[inside, 6], [outside, 5], [author, 6]] as const) {
      const f = (await client.get('/api/catalog/filters')).body;
      expect(f.total).toBe(total);
      expect(f.competencies.some((c: { code: string }) => c.code === 'integrity')).toBe(total === 6);
      expect(f.competencies.some((c: { code: string }) => c.code === 'retired-only')).toBe(false);
    }
  });

  it('agrees with the catalog: each option’s count is what filtering by it finds', async () => {
    const client = t.client();
    const f = (await client.get('/api/catalog/filters')).body;
    const total = async (query: Record<string, string | number | null>) => {
      const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== null).map(([k, v]) => [k, String(v)]));
      return (await client.get(`/api/catalog?${params.toString()}`)).body.total;
    };
    for (const l of f.languages) expect(await total({ language: l.code })).toBe(l.count);
    for (const x of f.lessonTypes) expect(await total({ type: x.type })).toBe(x.count);
    for (const c of f.competencies) expect(await total({ competency: c.code })).toBe(c.count);
    for (const p of f.providers) expect(await total({ provider: p.id })).toBe(p.count);
    for (const d of f.durations) expect(await total({ minDuration: d.minDuration, maxDuration: d.maxDuration })).toBe(d.count);
  });

  it('names competencies with the labels the framework provides, and shows codes without them', async () => {
    provideCompetencyLabels(async (_db, codes) => new Map(codes.filter((c) => c === 'cyber-security').map((c) => [c, { en: 'Cyber security', hi: 'साइबर सुरक्षा' }])));
    const f = (await t.client().get('/api/catalog/filters')).body;
    expect(f.competencies.find((c: { code: string }) => c.code === 'cyber-security').label).toEqual({ en: 'Cyber security', hi: 'साइबर सुरक्षा' });
    expect(f.competencies.find((c: { code: string }) => c.code === 'public-health').label).toBeNull();
    provideCompetencyLabels(null);
    const bare = (await t.client().get('/api/catalog/filters')).body;
    expect(bare.competencies.every((c: { label: unknown }) => c.label === null)).toBe(true);
  });

  it('refuses unknown query parameters', async () => {
    const res = await t.client().get('/api/catalog/filters?q=x');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });
});
