import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, orgId, TEST_PASSWORD, type MadeUser } from './factories';
import { makePublishedCourse } from './course-factories';
import { refoldCatalog } from '../src/modules/courses/catalog-index';
import { foldWord } from '../src/modules/courses/search-fold';

let t: TestApp;
let creator: TestClient;
let reviewer: TestClient;
let publisher: TestClient;
let learner: TestClient;
let provider: string;
const ids = { rti: '', disaster: '', thinking: '', cyber: '' };

/** Builds a bilingual course through the API and publishes it (so it is indexed as publication indexes it). */
async function published(en: [string, string] | null, hi: [string, string] | null, tags: string[] = []): Promise<string> {
  const texts = { ...(en ? { en: { title: en[0], summary: en[1] } } : {}), ...(hi ? { hi: { title: hi[0], summary: hi[1] } } : {}) };
  const languages = Object.keys(texts) as ('en' | 'hi')[];
  const created = await creator.post('/api/authoring/courses', { providerOrgId: provider, languages, texts, durationMinutes: 30, competencies: [], tags });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const mod = await creator.post(`/api/authoring/courses/${id}/modules`, { titles: { en: 'One', hi: 'एक' } });
  await creator.post(`/api/authoring/modules/${mod.body.id}/lessons`, {
    type: 'html',
    titles: { en: 'Lesson', hi: 'पाठ' },
    content: Object.fromEntries(languages.map((l) => [l, { html: '<p>x</p>' }])),
  });
  expect((await creator.post(`/api/authoring/courses/${id}/submit`)).status).toBe(200);
  await reviewer.post(`/api/authoring/courses/${id}/approve`);
  expect((await publisher.post(`/api/authoring/courses/${id}/publish`)).status).toBe(200);
  return id;
}

const search = async (q: string) => {
  const res = await learner.get(`/api/catalog?${new URLSearchParams({ q, provider }).toString()}`);
  expect(res.status).toBe(200);
  return res.body.items.map((c: { id: string }) => c.id) as string[];
};
const signIn = (u: MadeUser) => t.client().signIn(u.email, TEST_PASSWORD);

beforeAll(async () => {
  t = await startTestApp({ work: false });
  provider = await orgId(t.ctx, 'UP-SW-DTE');
  const users = await Promise.all([
    makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_creator', org: 'UP-SW' }] }),
    makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_reviewer', org: 'UP-SW' }] }),
    makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_publisher', org: 'UP-SW' }] }),
    makeUser(t.ctx, { org: 'UP-SW-LKO' }),
  ]);
  [creator, reviewer, publisher, learner] = await Promise.all([signIn(users[0]), signIn(users[1]), signIn(users[2]), signIn(users[3])]);
  ids.rti = await published(['Right to Information Act 2005', 'Applications, appeals and time limits'], ['सूचना का अधिकार अधिनियम 2005', 'आवेदन, अपील और समय सीमा']);
  ids.disaster = await published(null, ['ज़िला अधिकारियों के लिए आपदा प्रबंधन', 'बाढ़, लू और आकाशीय बिजली']);
  ids.thinking = await published(null, ['सोचने की कला', 'निर्णय लेने से पहले']);
  ids.cyber = await published(['Cyber Security Basics', 'Passwords and phishing'], null);
});
afterAll(async () => {
  await t?.close();
});

describe('romanised Hindi search', () => {
  it('finds सूचना का अधिकार however the romanised words are spelt, best first', async () => {
    for (const q of ['suchna adhikar', 'soochna ka adhikaar', 'Suchana Ka Adhikar Adhiniyam', 'sūcanā adhikāra', 'adhiniyam 2005', 'soochna', 'सुचना अधिकार']) {
      const found = await search(q);
      expect({ q, first: found[0] }).toEqual({ q, first: ids.rti });
    }
  });

  it('finds a course by the initials of its English title', async () => {
    for (const q of ['RTI', 'rti', 'RTI act']) expect({ q, found: (await search(q)).includes(ids.rti) }).toEqual({ q, found: true });
    expect(await search('rta')).toEqual([]);
  });

  it('folds aspirates, nukta letters and vowel length in other courses too', async () => {
    for (const q of ['zila adhikari', 'jila adhikari aapda', 'apda prabandhan', 'bijli']) {
      expect({ q, found: await search(q) }).toEqual({ q, found: [ids.disaster] });
    }
    expect(await search('sochne ki kala')).toEqual([ids.thinking]);
  });

  it('does not match unrelated words, and keeps English and Devanagari search as it was', async () => {
    for (const q of ['krishi', 'kheti badi', 'zzq']) expect({ q, found: await search(q) }).toEqual({ q, found: [] });
    // "sochna" (to think) is not "suchna" (information).
    expect(await search('sochna')).not.toContain(ids.rti);
    expect(await search('suchna')).not.toContain(ids.thinking);
    expect(await search('phishing')).toEqual([ids.cyber]);
    expect((await search('सूचना अधिकार'))[0]).toBe(ids.rti);
    expect(await search('adhikari')).toEqual([ids.disaster]);
  });

  it('refolds courses indexed before romanised search', async () => {
    const old = await makePublishedCourse(t.ctx, { provider: 'UP-SW-DTE', titleEn: 'Land Records', titleHi: 'भू अभिलेख प्रबंधन' });
    await t.ctx.db.updateTable('courses').set({ published_version_id: old.versionId }).where('id', '=', old.courseId).execute();
    expect(await search('bhu abhilekh')).toEqual([]);
    expect(await refoldCatalog(t.ctx.db)).toBeGreaterThanOrEqual(1);
    expect(await search('bhu abhilekh')).toEqual([old.courseId]);
    expect(await refoldCatalog(t.ctx.db)).toBe(0);
  });

  it('folds the ways one word is typed to one key', () => {
    expect(new Set(['suchna', 'soochna', 'sūcanā', 'सूचना'].map(foldWord))).toEqual(new Set(['sucn']));
    expect(new Set(['adhikar', 'adhikaar', 'अधिकार'].map(foldWord))).toEqual(new Set(['adikr']));
    expect(new Set(['gyan', 'gyaan', 'ज्ञान'].map(foldWord))).toEqual(new Set(['gyn']));
    expect(foldWord('sochna')).not.toBe(foldWord('suchna'));
  });
});
