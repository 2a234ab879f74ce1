import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { CourseFact } from './plans.rules';

type Q = Kysely<DB> | Transaction<DB>;

/** A course as plans show and evaluate it. */
export interface PlanCourse extends CourseFact {
  published: boolean;
  title: { en: string; hi: string };
}

/*
 * Narrow, read-only reads of the catalogue (courses and their published versions): the tags and first-publication
 * date that "N courses with a tag published after a date" needs are not offered by the courses module's exports yet.
 * Catalogue tables are small reference tables; nothing here is per learner.
 */
function catalogue(db: Q) {
  return db
    .selectFrom('courses as c')
    .leftJoin('course_versions as v', 'v.id', 'c.published_version_id')
    .select(['c.id', 'c.published_version_id', 'c.retired_at', 'c.published_at', 'v.tags', 'v.texts']);
}

type Row = Awaited<ReturnType<ReturnType<typeof catalogue>['execute']>>[number];

function toFact(r: Row): PlanCourse {
  const texts = r.texts ?? {};
  const en = texts.en?.title ?? texts.hi?.title ?? '';
  return {
    courseId: r.id,
    published: r.published_version_id !== null,
    retired: r.retired_at !== null,
    publishedAt: r.published_version_id ? r.published_at : null,
    tags: r.tags ?? [],
    title: { en, hi: texts.hi?.title ?? en },
  };
}

/** Facts of the given courses, keyed by id (unknown ids are absent). */
export async function courseFacts(db: Q, courseIds: readonly string[]): Promise<Map<string, PlanCourse>> {
  if (courseIds.length === 0) return new Map();
  const rows = await catalogue(db).where('c.id', 'in', [...new Set(courseIds)]).execute();
  return new Map(rows.map((r) => [r.id, toFact(r)]));
}

/** Published courses (retired ones included: completions of them still count) carrying any of the tags. */
export async function taggedCourses(db: Q, tags: readonly string[]): Promise<Map<string, PlanCourse>> {
  if (tags.length === 0) return new Map();
  const rows = await catalogue(db)
    .where('c.published_version_id', 'is not', null)
    .where(sql<boolean>`v.tags && ${sql.val([...tags])}::text[]`)
    .execute();
  return new Map(rows.map((r) => [r.id, toFact(r)]));
}
