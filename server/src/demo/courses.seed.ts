import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Transaction } from 'kysely';
import type { DB } from '../db/database';
import { indexForCatalog, type LessonContent, sanitizeLessonHtml } from '../modules/courses';
import type { AppContext } from '../platform/context';
import { storageFor } from '../platform/storage';
import { findOrgByCode } from '../modules/orgs';
import { insertQuestions, type QuestionContentT } from '../modules/assessments';
import { DEMO_COURSES, type DemoCourse, type DemoLesson, type DemoQuestion } from './courses';

const assetsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');

/** A stable UUID from a slug, so demo lesson keys stay the same on every machine and every re-seed. */
export function keyFromSlug(slug: string): string {
  const h = crypto.createHash('sha1').update(`kshamata-demo:${slug}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function toQuestion(q: DemoQuestion): QuestionContentT {
  const base = { prompt: q.prompt, explanation: q.explanation };
  switch (q.type) {
    case 'single':
      return { type: 'single_choice', ...base, options: q.options.map((text, i) => ({ text, correct: i === q.correct })) };
    case 'multiple':
      return { type: 'multiple_choice', ...base, options: q.options.map((text, i) => ({ text, correct: q.correct.includes(i) })) };
    case 'true_false':
      return { type: 'true_false', ...base, answer: q.correct };
    case 'fill_text':
      return { type: 'fill_text', ...base, accepted: q.accepted };
    case 'fill_numeric':
      return { type: 'fill_numeric', ...base, value: q.value, tolerance: q.tolerance };
    case 'match':
      return { type: 'match', ...base, pairs: q.pairs };
  }
}

/** Stores one asset of the seed in the file store and records it; returns its id and, for a PDF, its page count. */
async function storeAsset(ctx: AppContext, trx: Transaction<DB>, courseId: string, ownerOrgId: string, file: string) {
  const full = path.join(assetsDir, file);
  const bytes = fs.readFileSync(full);
  const key = `courses/${courseId}/${crypto.randomUUID()}`;
  await storageFor(ctx.config).put(fs.createReadStream(full), key);
  const row = await trx
    .insertInto('files')
    .values({
      owner_org_id: ownerOrgId,
      course_id: courseId,
      storage_key: key,
      media_type: file.endsWith('.pdf') ? 'application/pdf' : 'video/mp4',
      size_bytes: bytes.length,
      original_name: file,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const pages = file.endsWith('.pdf') ? (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length : undefined;
  return { fileId: row.id, pages };
}

async function lessonContent(ctx: AppContext, trx: Transaction<DB>, courseId: string, ownerOrgId: string, lesson: DemoLesson) {
  const content: Partial<Record<'en' | 'hi', LessonContent>> = {};
  for (const lang of ['en', 'hi'] as const) {
    if (lesson.html) content[lang] = { html: sanitizeLessonHtml(lesson.html[lang]) };
    if (lesson.pdf) content[lang] = await storeAsset(ctx, trx, courseId, ownerOrgId, lesson.pdf[lang]);
    if (lesson.link) content[lang] = { url: lesson.link.url, html: sanitizeLessonHtml(`<p>${lesson.link.note[lang]}</p>`) };
  }
  if (lesson.video) {
    const { fileId } = await storeAsset(ctx, trx, courseId, ownerOrgId, lesson.video.file);
    content.en = content.hi = { fileId, durationSeconds: lesson.video.durationSeconds };
  }
  return content;
}

async function seedCourse(ctx: AppContext, course: DemoCourse): Promise<void> {
  const provider = await findOrgByCode(ctx.db, course.provider);
  if (!provider) throw new Error(`demo course ${course.code}: no org ${course.provider}`);
  const publishedAt = new Date(course.publishedAt);
  await ctx.db.transaction().execute(async (trx) => {
    const { id: courseId } = await trx
      .insertInto('courses')
      .values({ provider_org_id: provider.id, code: course.code, published_at: publishedAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    const text = (lang: 'en' | 'hi') => ({ title: course.title[lang], summary: course.summary[lang], description: course.description[lang] });
    const { id: versionId } = await trx
      .insertInto('course_versions')
      .values({
        course_id: courseId,
        version_no: 1,
        state: 'published',
        texts: JSON.stringify({ en: text('en'), hi: text('hi') }),
        languages: ['en', 'hi'],
        duration_minutes: course.durationMinutes,
        difficulty: course.difficulty,
        competencies: JSON.stringify(course.competencies),
        tags: course.tags,
        published_at: publishedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [m, module] of course.modules.entries()) {
      const { id: moduleId } = await trx
        .insertInto('course_modules')
        .values({ version_id: versionId, module_key: keyFromSlug(module.key), position: m + 1, titles: JSON.stringify(module.title) })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const [l, lesson] of module.lessons.entries()) {
        const lessonKey = keyFromSlug(lesson.key);
        await trx
          .insertInto('lessons')
          .values({
            version_id: versionId,
            module_id: moduleId,
            lesson_key: lessonKey,
            position: l + 1,
            type: lesson.type,
            titles: JSON.stringify(lesson.title),
            content: JSON.stringify(await lessonContent(ctx, trx, courseId, provider.id, lesson)),
            settings: JSON.stringify(lesson.settings ?? {}),
          })
          .execute();
        if (lesson.questions?.length) {
          await insertQuestions(trx, { courseId, versionId, lessonKey, languages: ['en', 'hi'] }, lesson.questions.map(toQuestion));
        }
      }
    }
    await trx.updateTable('courses').set({ published_version_id: versionId }).where('id', '=', courseId).execute();
    await indexForCatalog(trx, versionId);
  });
}

/** Publishes the demo courses that are not there yet (by code), with their files and question banks. */
export async function seedDemoCourses(ctx: AppContext): Promise<void> {
  const present = new Set(
    (await ctx.db.selectFrom('courses').select('code').where('code', 'in', DEMO_COURSES.map((c) => c.code)).execute()).map((c) => c.code),
  );
  for (const course of DEMO_COURSES) {
    if (!present.has(course.code)) await seedCourse(ctx, course);
  }
}
