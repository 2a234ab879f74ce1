import type { AppContext } from '../src/platform/context';
import type { AssessmentSettings, LessonContent, LessonType } from '../src/modules/courses/courses.tables';
import { findOrgByCode } from '../src/modules/orgs/orgs.repo';

export interface MadeLesson {
  key: string;
  type: LessonType;
}
export interface MadeCourse {
  courseId: string;
  versionId: string;
  lessons: MadeLesson[];
  /** The version's stated duration. */
  durationMinutes: number;
}

/**
 * Inserts a published course straight into the tables (for tests of modules that only read courses):
 * one module, the given lessons in order, titles in English and Hindi.
 */
export async function makePublishedCourse(
  ctx: AppContext,
  opts: {
    provider?: string;
    titleEn?: string;
    titleHi?: string;
    durationMinutes?: number;
    lessons?: { type: LessonType; required?: boolean; content?: LessonContent; settings?: AssessmentSettings }[];
    tags?: string[];
  } = {},
): Promise<MadeCourse> {
  const provider = await findOrgByCode(ctx.db, opts.provider ?? 'UP-REV');
  if (!provider) throw new Error('no provider org');
  const titleEn = opts.titleEn ?? `Test course ${Math.random().toString(36).slice(2, 7)}`;
  const titleHi = opts.titleHi ?? 'परीक्षण पाठ्यक्रम';
  const lessons = opts.lessons ?? [{ type: 'html' }, { type: 'video', content: { durationSeconds: 120 } }];
  return ctx.db.transaction().execute(async (trx) => {
    const course = await trx.insertInto('courses').values({ provider_org_id: provider.id }).returning('id').executeTakeFirstOrThrow();
    const version = await trx
      .insertInto('course_versions')
      .values({
        course_id: course.id,
        version_no: 1,
        state: 'published',
        texts: JSON.stringify({
          en: { title: titleEn, summary: `${titleEn} summary`, description: '' },
          hi: { title: titleHi, summary: `${titleHi} सारांश`, description: '' },
        }),
        languages: ['en', 'hi'],
        duration_minutes: opts.durationMinutes ?? 60,
        competencies: JSON.stringify([]),
        tags: opts.tags ?? [],
        search_text: `${titleEn} ${titleHi}`,
        published_at: ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const module = await trx
      .insertInto('course_modules')
      .values({ version_id: version.id, position: 1, titles: JSON.stringify({ en: 'Module 1', hi: 'मॉड्यूल 1' }) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const made: MadeLesson[] = [];
    for (const [i, l] of lessons.entries()) {
      const row = await trx
        .insertInto('lessons')
        .values({
          version_id: version.id,
          module_id: module.id,
          position: i + 1,
          type: l.type,
          required: l.required ?? true,
          titles: JSON.stringify({ en: `Lesson ${i + 1}`, hi: `पाठ ${i + 1}` }),
          content: JSON.stringify({ en: l.content ?? {}, hi: l.content ?? {} }),
          settings: JSON.stringify(l.settings ?? {}),
        })
        .returning('lesson_key')
        .executeTakeFirstOrThrow();
      made.push({ key: row.lesson_key, type: l.type });
    }
    await trx
      .updateTable('courses')
      .set({ published_version_id: version.id, published_at: ctx.clock.now() })
      .where('id', '=', course.id)
      .execute();
    return { courseId: course.id, versionId: version.id, lessons: made, durationMinutes: opts.durationMinutes ?? 60 };
  });
}
