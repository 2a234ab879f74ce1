import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, orgId, TEST_PASSWORD, type MadeUser } from './factories';

let t: TestApp;
let creator: TestClient;
let reviewer: TestClient;
let publisher: TestClient;
let swLearner: TestClient;
let revLearner: TestClient;
let provider: string;
const ids: Record<'disaster' | 'rti' | 'cyber' | 'audit', string> = { disaster: '', rti: '', cyber: '', audit: '' };

interface Spec {
  languages: ('en' | 'hi')[];
  en?: [string, string];
  hi?: [string, string];
  minutes: number;
  competency?: string;
  lesson: 'html' | 'link';
  tags?: string[];
}

/** Builds a course through the API and takes it through review and publication. */
async function published(spec: Spec): Promise<string> {
  const texts = Object.fromEntries(
    (['en', 'hi'] as const).filter((l) => spec[l]).map((l) => [l, { title: spec[l]?.[0], summary: spec[l]?.[1] }]),
  );
  const created = await creator.post('/api/authoring/courses', {
    providerOrgId: provider,
    languages: spec.languages,
    texts,
    durationMinutes: spec.minutes,
    competencies: spec.competency ? [{ code: spec.competency, level: 3 }] : [],
    tags: spec.tags ?? [],
  });
  const id = created.body.id as string;
  const mod = await creator.post(`/api/authoring/courses/${id}/modules`, { titles: { en: 'One', hi: 'एक' } });
  const content = spec.lesson === 'html' ? { html: '<p>x</p>' } : { url: 'https://example.gov.in' };
  await creator.post(`/api/authoring/modules/${mod.body.id}/lessons`, {
    type: spec.lesson,
    titles: { en: 'Lesson', hi: 'पाठ' },
    content: Object.fromEntries(spec.languages.map((l) => [l, content])),
  });
  expect((await creator.post(`/api/authoring/courses/${id}/submit`)).status).toBe(200);
  await reviewer.post(`/api/authoring/courses/${id}/approve`);
  expect((await publisher.post(`/api/authoring/courses/${id}/publish`)).status).toBe(200);
  return id;
}

const search = async (client: TestClient, params: Record<string, string>) => {
  const res = await client.get(`/api/catalog?${new URLSearchParams(params).toString()}`);
  expect(res.status).toBe(200);
  return res.body.items.map((c: { id: string }) => c.id) as string[];
};

/** A signed-in client for a made user. */
const signIn = (u: MadeUser) => t.client().signIn(u.email, TEST_PASSWORD);

beforeAll(async () => {
  t = await startTestApp({ work: false });
  provider = await orgId(t.ctx, 'UP-SW-DTE');
  const users = await Promise.all([
    makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_creator', org: 'UP-SW' }] }),
    makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_reviewer', org: 'UP-SW' }] }),
    makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_publisher', org: 'UP-SW' }] }),
    makeUser(t.ctx, { org: 'UP-SW-LKO' }),
    makeUser(t.ctx, { org: 'UP-REV-LKO' }),
  ]);
  [creator, reviewer, publisher, swLearner, revLearner] = await Promise.all([signIn(users[0]), signIn(users[1]), signIn(users[2]), signIn(users[3]), signIn(users[4])]);
  ids.disaster = await published({
    languages: ['en', 'hi'],
    en: ['Disaster Management for District Officers', 'Floods, heatwave and lightning'],
    hi: ['ज़िला अधिकारियों के लिए आपदा प्रबंधन', 'बाढ़, लू और आकाशीय बिजली'],
    minutes: 120,
    competency: 'disaster-management',
    lesson: 'html',
    tags: ['flood'],
  });
  ids.rti = await published({ languages: ['hi'], hi: ['सूचना का अधिकार अधिनियम', 'आवेदन, अपील और समय सीमा'], minutes: 45, lesson: 'link' });
  ids.cyber = await published({ languages: ['en'], en: ['Cyber Security Basics', 'Passwords, phishing and safe browsing'], minutes: 90, lesson: 'html' });
  ids.audit = await published({ languages: ['en'], en: ['Internal Audit Procedures', 'Moderated for Social Welfare'], minutes: 30, lesson: 'html' });
  const res = await publisher.request('PUT', `/api/authoring/courses/${ids.audit}/audience`, { moderated: true, orgIds: [await orgId(t.ctx, 'UP-SW')] });
  expect(res.status).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

describe('catalog search', () => {
  it('finds a course by Hindi, partial and misspelt queries in both scripts', async () => {
    for (const q of ['आपदा', 'आपदा प्रबंधन', 'आपदा प्रबंधान', 'प्रबं', 'disaster managment', 'Disaster', 'flood', 'lightning']) {
      expect({ q, found: (await search(swLearner, { q })).includes(ids.disaster) }).toEqual({ q, found: true });
    }
    const rti = await search(t.client(), { q: 'सूचना अधिकार' });
    expect(rti[0]).toBe(ids.rti);
    expect(await search(swLearner, { q: 'phishing' })).toEqual([ids.cyber]);
    expect(await search(swLearner, { q: 'ज्वालामुखी' })).toEqual([]);
    // No course has every word: courses with any of them, best first.
    expect((await search(swLearner, { q: 'आपदा ज्वालामुखी' }))[0]).toBe(ids.disaster);
  });

  it('presents items in the requested language and ranks the best match first', async () => {
    const res = await swLearner.get(`/api/catalog?q=${encodeURIComponent('आपदा प्रबंधन')}&lang=hi`);
    expect(res.body.items[0]).toMatchObject({ id: ids.disaster, title: 'ज़िला अधिकारियों के लिए आपदा प्रबंधन', languages: ['en', 'hi'], durationMinutes: 120 });
    expect(res.body.items[0].provider.nameEn).toBeTruthy();
    expect(res.body.total).toBeGreaterThanOrEqual(1);
  });

  it('filters by competency, language, provider, duration and lesson type', async () => {
    const mine = { provider };
    expect(await search(swLearner, { ...mine, competency: 'disaster-management' })).toEqual([ids.disaster]);
    expect((await search(swLearner, { ...mine, language: 'hi' })).sort()).toEqual([ids.disaster, ids.rti].sort());
    expect(await search(swLearner, { ...mine, maxDuration: '60', minDuration: '40' })).toEqual([ids.rti]);
    expect(await search(swLearner, { ...mine, type: 'link' })).toEqual([ids.rti]);
    expect(await search(swLearner, { provider: await orgId(t.ctx, 'UP-SW') })).toEqual(expect.arrayContaining([ids.disaster, ids.rti]));
    expect((await swLearner.get('/api/catalog?sort=best')).status).toBe(400);
  });

  it('sorts by newest, most completed and rating', async () => {
    await t.ctx.db.updateTable('courses').set({ completion_count: 50, rating_count: 2, rating_sum: 6 }).where('id', '=', ids.rti).execute();
    await t.ctx.db.updateTable('courses').set({ completion_count: 10, rating_count: 4, rating_sum: 19 }).where('id', '=', ids.cyber).execute();
    const newest = await search(swLearner, { provider, sort: 'newest' });
    expect(newest).toEqual([ids.audit, ids.cyber, ids.rti, ids.disaster]);
    expect((await search(swLearner, { provider, sort: 'most_completed' })).slice(0, 2)).toEqual([ids.rti, ids.cyber]);
    expect((await search(swLearner, { provider, sort: 'rating' })).slice(0, 2)).toEqual([ids.cyber, ids.rti]);
    const page = await swLearner.get(`/api/courses/${ids.cyber}`);
    expect(page.body.rating).toEqual({ average: 4.8, count: 4 });
    expect(page.body.completionCount).toBe(10);
  });
});

describe('moderation', () => {
  it('shows a moderated course only to the chosen organisations’ subtrees', async () => {
    expect(await search(swLearner, { q: 'Internal Audit' })).toContain(ids.audit);
    expect((await swLearner.get(`/api/courses/${ids.audit}`)).status).toBe(200);
    expect(await search(revLearner, { q: 'Internal Audit' })).not.toContain(ids.audit);
    expect((await revLearner.get(`/api/courses/${ids.audit}`)).status).toBe(404);
    const anonymous = t.client();
    expect(await search(anonymous, { q: 'Internal Audit' })).not.toContain(ids.audit);
    expect((await anonymous.get(`/api/courses/${ids.audit}`)).status).toBe(404);
    expect(await search(anonymous, { q: 'Cyber' })).toContain(ids.cyber);
  });

  it('documents the catalog, course page, file and authoring endpoints in the OpenAPI document', async () => {
    const doc = await t.client().get('/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/catalog', '/api/courses/{id}', '/api/files/{id}', '/api/authoring/courses/{id}/publish']));
  });

  it('tells other modules who may see a course', async () => {
    const { canSeeCourse } = await import('../src/modules/courses/courses.service');
    expect(await canSeeCourse(t.ctx.db, null, ids.audit)).toBe(false);
    expect(await canSeeCourse(t.ctx.db, null, ids.cyber)).toBe(true);
  });
});
