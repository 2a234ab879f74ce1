import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { makeUser, orgId, TEST_PASSWORD, type MadeUser } from './factories';
import { getPublishedCourse, lessonsOfPublishedVersion } from '../src/modules/courses/courses.service';

let t: TestApp;
let creator: TestClient;
let reviewer: TestClient;
let publisher: TestClient;
let allRoles: TestClient;
let learner: TestClient;
let otherCreator: TestClient;
let admin: TestClient;
let swOrg: string;

/** A signed-in client for a made user. */
const signIn = (u: MadeUser) => t.client().signIn(u.email, TEST_PASSWORD);

beforeAll(async () => {
  t = await startTestApp({ work: false });
  swOrg = await orgId(t.ctx, 'UP-SW');
  const users = await Promise.all([
    makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_creator', org: 'UP-SW' }] }),
    makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_reviewer', org: 'UP-SW' }] }),
    makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'content_publisher', org: 'UP-SW' }] }),
    makeUser(t.ctx, {
      org: 'UP-SW',
      roles: [
        { role: 'content_creator', org: 'UP-SW' },
        { role: 'content_reviewer', org: 'UP-SW' },
        { role: 'content_publisher', org: 'UP-SW' },
      ],
    }),
    makeUser(t.ctx, { org: 'UP-SW-LKO' }),
    makeUser(t.ctx, { org: 'UP-REV', roles: [{ role: 'content_creator', org: 'UP-REV' }] }),
    makeUser(t.ctx, { org: 'UP-SW', roles: [{ role: 'mdo_admin', org: 'UP-SW' }] }),
  ]);
  [creator, reviewer, publisher, allRoles, learner, otherCreator, admin] = await Promise.all([signIn(users[0]), signIn(users[1]), signIn(users[2]), signIn(users[3]), signIn(users[4]), signIn(users[5]), signIn(users[6])]);
});
afterAll(async () => {
  await t?.close();
});

/** A complete bilingual draft with one module and one HTML lesson; returns the course id. */
async function completeDraft(by: TestClient = creator, title = 'Disaster Management'): Promise<string> {
  const created = await by.post('/api/authoring/courses', {
    providerOrgId: swOrg,
    languages: ['en', 'hi'],
    texts: { en: { title, summary: 'Floods, heatwave, lightning' }, hi: { title: 'आपदा प्रबंधन', summary: 'बाढ़, लू, आकाशीय बिजली' } },
    durationMinutes: 90,
    competencies: [{ code: 'disaster-management', level: 2 }],
    tags: ['flood'],
  });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const mod = await by.post(`/api/authoring/courses/${id}/modules`, { titles: { en: 'Floods', hi: 'बाढ़' } });
  expect(mod.status).toBe(201);
  const lesson = await by.post(`/api/authoring/modules/${mod.body.id}/lessons`, {
    type: 'html',
    titles: { en: 'Before the flood', hi: 'बाढ़ से पहले' },
    content: { en: { html: '<p>Plan</p>' }, hi: { html: '<p>योजना</p>' } },
  });
  expect(lesson.status).toBe(201);
  return id;
}

/** Takes a complete draft through submit → approve → publish with three different people. */
async function publishCourse(id: string): Promise<void> {
  expect((await creator.post(`/api/authoring/courses/${id}/submit`)).status).toBe(200);
  expect((await reviewer.post(`/api/authoring/courses/${id}/approve`, { comment: 'Good' })).status).toBe(200);
  const res = await publisher.post(`/api/authoring/courses/${id}/publish`);
  expect(res.status).toBe(200);
}

describe('creator → reviewer → publisher', () => {
  it('publishes a course, records the trail, audit and outbox, and shows it in the catalog', async () => {
    const id = await completeDraft(creator, 'Flood Preparedness Workflow');
    const submitted = await creator.post(`/api/authoring/courses/${id}/submit`, { comment: 'Ready' });
    expect(submitted.body.version.state).toBe('in_review');
    expect(submitted.body.permissions.edit).toBe(false);
    expect((await creator.patch(`/api/authoring/courses/${id}/draft`, { durationMinutes: 5 })).body.error.code).toBe('VERSION_NOT_EDITABLE');

    const early = await publisher.post(`/api/authoring/courses/${id}/publish`);
    expect([early.status, early.body.error.code]).toEqual([409, 'NOT_APPROVED']);
    const approved = await reviewer.post(`/api/authoring/courses/${id}/approve`);
    expect(approved.body.version).toMatchObject({ state: 'in_review', approved: true });
    const published = await publisher.post(`/api/authoring/courses/${id}/publish`);
    expect(published.body.version.state).toBe('published');
    expect(published.body.publishedVersionId).toBe(published.body.version.id);
    expect(published.body.reviews.map((r: { action: string }) => r.action)).toEqual(['published', 'approved', 'submitted']);

    const outbox = await t.ctx.db.selectFrom('outbox').select('payload').where('topic', '=', 'course.published').execute();
    expect(outbox.map((o) => o.payload)).toContainEqual({ courseId: id, versionId: published.body.version.id });
    const audits = await t.ctx.db.selectFrom('audit_log').select('action').where('target_id', '=', id).execute();
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(['course.created', 'course.submitted', 'course.approved', 'course.published']));

    const page = await learner.get(`/api/courses/${id}`);
    expect(page.status).toBe(200);
    expect(page.body.texts.hi.title).toBe('आपदा प्रबंधन');
    expect(page.body.modules[0].lessons[0]).toMatchObject({ type: 'html', required: true, titles: { en: 'Before the flood' } });
    expect(page.body.modules[0].lessons[0].content).toBeUndefined();
    const found = await learner.get(`/api/catalog?q=${encodeURIComponent('Flood Preparedness')}`);
    expect(found.body.items.map((c: { id: string }) => c.id)).toContain(id);
  });

  it('sends a version back to draft with the reviewer’s comment', async () => {
    const id = await completeDraft();
    await creator.post(`/api/authoring/courses/${id}/submit`);
    const empty = await reviewer.post(`/api/authoring/courses/${id}/send-back`, { comment: '' });
    expect(empty.status).toBe(400);
    const back = await reviewer.post(`/api/authoring/courses/${id}/send-back`, { comment: 'Add a Hindi glossary' });
    expect(back.body.version.state).toBe('draft');
    expect(back.body.reviews[0]).toMatchObject({ action: 'sent_back', comment: 'Add a Hindi glossary' });
    expect((await creator.patch(`/api/authoring/courses/${id}/draft`, { durationMinutes: 100 })).status).toBe(200);
  });

  it('refuses an incomplete draft and names every missing item', async () => {
    const created = await creator.post('/api/authoring/courses', { providerOrgId: swOrg, languages: ['en', 'hi'], texts: { en: { title: 'Half done' } } });
    const res = await creator.post(`/api/authoring/courses/${created.body.id}/submit`);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('DRAFT_INCOMPLETE');
    expect(res.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['texts.en.summary', 'texts.hi.title', 'texts.hi.summary', 'lessons']);

    const mod = await creator.post(`/api/authoring/courses/${created.body.id}/modules`, { titles: { en: 'M' } });
    const lesson = await creator.post(`/api/authoring/modules/${mod.body.id}/lessons`, { type: 'link', titles: { en: 'Read' }, content: { en: { url: 'https://rti.gov.in' } } });
    await creator.patch(`/api/authoring/courses/${created.body.id}/draft`, { texts: { en: { summary: 'S' }, hi: { title: 'आधा', summary: 'सा' } } });
    const again = await creator.post(`/api/authoring/courses/${created.body.id}/submit`);
    expect(again.body.error.fields.map((f: { field: string }) => f.field)).toEqual([`lessons.${lesson.body.key}.titles.hi`, `lessons.${lesson.body.key}.content.hi`]);
  });

  it('sanitises lesson HTML on the server', async () => {
    const id = await completeDraft();
    const course = await creator.get(`/api/authoring/courses/${id}`);
    const lessonId = course.body.version.modules[0].lessons[0].id;
    const res = await creator.patch(`/api/authoring/lessons/${lessonId}`, { content: { en: { html: '<p onclick="x()">Hi<script>alert(1)</script><a href="javascript:x">l</a></p>' } } });
    expect(res.body.content.en.html).toBe('<p>Hi<a rel="noopener noreferrer">l</a></p>');
    expect(res.body.content.hi.html).toBe('<p>योजना</p>');
  });
});

describe('self-review and immutability', () => {
  it('forbids reviewing or publishing a version you created or submitted', async () => {
    const id = await completeDraft(allRoles);
    await allRoles.post(`/api/authoring/courses/${id}/submit`);
    const selfApprove = await allRoles.post(`/api/authoring/courses/${id}/approve`);
    expect([selfApprove.status, selfApprove.body.error.code]).toEqual([403, 'SELF_REVIEW_FORBIDDEN']);
    expect((await reviewer.post(`/api/authoring/courses/${id}/approve`)).status).toBe(200);
    const selfPublish = await allRoles.post(`/api/authoring/courses/${id}/publish`);
    expect([selfPublish.status, selfPublish.body.error.code]).toEqual([403, 'SELF_REVIEW_FORBIDDEN']);
    expect((await publisher.post(`/api/authoring/courses/${id}/publish`)).status).toBe(200);
  });

  it('keeps a published version immutable and starts a new version that keeps lesson keys', async () => {
    const id = await completeDraft();
    await publishCourse(id);
    const v1 = await getPublishedCourse(t.ctx.db, id);
    const v1Lesson = v1?.modules[0]?.lessons[0];
    if (!v1 || !v1Lesson) throw new Error('no published lesson');

    const edit = await creator.patch(`/api/authoring/courses/${id}/draft`, { durationMinutes: 5 });
    expect([edit.status, edit.body.error.code]).toEqual([409, 'NO_DRAFT']);
    const lessonEdit = await creator.patch(`/api/authoring/lessons/${v1Lesson.id}`, { titles: { en: 'Changed' } });
    expect([lessonEdit.status, lessonEdit.body.error.code]).toEqual([409, 'VERSION_NOT_EDITABLE']);
    expect((await creator.post(`/api/authoring/modules/${v1.modules[0]?.id}/lessons`, { type: 'html', titles: { en: 'x' } })).status).toBe(409);

    const v2 = await creator.post(`/api/authoring/courses/${id}/versions`);
    expect(v2.status).toBe(201);
    expect(v2.body.version).toMatchObject({ versionNo: 2, state: 'draft' });
    expect((await creator.post(`/api/authoring/courses/${id}/versions`)).body.error.code).toBe('OPEN_VERSION_EXISTS');
    const copied = v2.body.version.modules[0].lessons[0];
    expect(copied.key).toBe(v1Lesson.key);
    expect(copied.id).not.toBe(v1Lesson.id);
    await creator.patch(`/api/authoring/lessons/${copied.id}`, { titles: { en: 'Before the flood (revised)' } });
    await creator.post(`/api/authoring/modules/${v2.body.version.modules[0].id}/lessons`, {
      type: 'link', titles: { en: 'IMD alerts', hi: 'आईएमडी चेतावनी' }, content: { en: { url: 'https://mausam.imd.gov.in' }, hi: { url: 'https://mausam.imd.gov.in' } },
    });
    // Learners still see version 1 until version 2 is published.
    expect((await getPublishedCourse(t.ctx.db, id))?.versionNo).toBe(1);
    await publishCourse(id);

    const lessons = await lessonsOfPublishedVersion(t.ctx.db, id);
    expect(lessons.map((l) => l.key)).toContain(v1Lesson.key);
    expect(lessons).toHaveLength(2);
    expect((await getPublishedCourse(t.ctx.db, id))?.versionNo).toBe(2);
    const old = await t.ctx.db.selectFrom('course_versions').select('state').where('id', '=', v1.versionId).executeTakeFirstOrThrow();
    expect(old.state).toBe('superseded');
  });

  it('retires a course: out of the catalog, page gone, outbox event written', async () => {
    const id = await completeDraft(creator, 'Retirement Candidate Course');
    await publishCourse(id);
    expect((await creator.post(`/api/authoring/courses/${id}/retire`)).status).toBe(403);
    const retired = await publisher.post(`/api/authoring/courses/${id}/retire`, { comment: 'Outdated' });
    expect(retired.body.retiredAt).not.toBeNull();
    expect((await learner.get(`/api/courses/${id}`)).status).toBe(404);
    const outbox = await t.ctx.db.selectFrom('outbox').select('payload').where('topic', '=', 'course.retired').execute();
    expect(outbox.map((o) => o.payload)).toContainEqual({ courseId: id });
  });
});

describe('authorization matrix for authoring', () => {
  it('lets each role do only its own step, within its own org subtree', async () => {
    const id = await completeDraft();
    const actors = { learner, otherCreator, admin, creator, reviewer, publisher };
    const expectOnly = async (allowed: (keyof typeof actors)[], call: (c: TestClient) => Promise<{ status: number }>, ok = 200) => {
      for (const [name, client] of Object.entries(actors)) {
        const { status } = await call(client);
        expect({ name, status }).toEqual({ name, status: allowed.includes(name as keyof typeof actors) ? ok : 403 });
      }
    };
    expect((await t.client().get(`/api/authoring/courses/${id}`)).status).toBe(401);
    await expectOnly(['creator', 'reviewer', 'publisher'], (c) => c.get(`/api/authoring/courses/${id}`));
    await expectOnly(['creator'], (c) => c.patch(`/api/authoring/courses/${id}/draft`, { durationMinutes: 60 }));
    await expectOnly(['creator'], (c) => c.post('/api/authoring/courses', { providerOrgId: swOrg, languages: ['en'] }), 201);
    const out = await otherCreator.post('/api/authoring/courses', { providerOrgId: swOrg, languages: ['en'] });
    expect(out.body.error.code).toBe('PROVIDER_OUT_OF_SCOPE');

    await creator.post(`/api/authoring/courses/${id}/submit`);
    await expectOnly([], (c) => c.patch(`/api/authoring/courses/${id}/draft`, { durationMinutes: 1 }).then((r) => ({ status: r.status === 409 ? 403 : r.status })));
    for (const c of [learner, otherCreator, admin, creator, publisher]) expect((await c.post(`/api/authoring/courses/${id}/approve`)).status).toBe(403);
    expect((await reviewer.post(`/api/authoring/courses/${id}/approve`)).status).toBe(200);
    for (const c of [learner, otherCreator, admin, creator, reviewer]) expect((await c.post(`/api/authoring/courses/${id}/publish`)).status).toBe(403);
    expect((await publisher.post(`/api/authoring/courses/${id}/publish`)).status).toBe(200);
    for (const c of [learner, otherCreator, admin, reviewer]) expect((await c.post(`/api/authoring/courses/${id}/versions`)).status).toBe(403);
    expect((await learner.get('/api/authoring/courses')).status).toBe(403);
    const mine = await reviewer.get('/api/authoring/courses');
    expect(mine.body.items.map((c: { id: string }) => c.id)).toContain(id);
    expect((await otherCreator.get('/api/authoring/courses')).body.items.map((c: { id: string }) => c.id)).not.toContain(id);
  });
});

describe('courses with assessments', () => {
  it('refuses to submit a quiz without questions, and a new version keeps the question bank', async () => {
    const id = await completeDraft(creator, 'Quiz Workflow');
    const course = await creator.get(`/api/authoring/courses/${id}`);
    const moduleId = course.body.version.modules[0].id as string;
    const quiz = await creator.post(`/api/authoring/modules/${moduleId}/lessons`, {
      type: 'quiz',
      titles: { en: 'Check yourself', hi: 'स्वयं जाँचें' },
      settings: { passMark: 50 },
    });
    expect(quiz.status).toBe(201);
    const empty = await creator.post(`/api/authoring/courses/${id}/submit`);
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe('DRAFT_INCOMPLETE');

    const question = await creator.post(`/api/authoring/courses/${id}/questions`, {
      lessonKey: quiz.body.key,
      type: 'true_false',
      prompt: { en: 'Floods can be forecast.', hi: 'बाढ़ का पूर्वानुमान लगाया जा सकता है।' },
      explanation: { en: 'IMD and CWC issue forecasts.', hi: 'आईएमडी और सीडब्ल्यूसी पूर्वानुमान जारी करते हैं।' },
      answer: true,
    });
    expect(question.status).toBe(201);
    await publishCourse(id);
    expect((await creator.post(`/api/authoring/courses/${id}/versions`)).status).toBe(201);
    const draftQuestions = await creator.get(`/api/authoring/courses/${id}/questions`);
    expect(draftQuestions.body.versionState).toBe('draft');
    expect(draftQuestions.body.questions).toHaveLength(1);
  });
});
