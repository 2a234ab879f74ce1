import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../db/database';
import type { CourseReviewsTable, CourseVersionsTable, LessonsTable } from './courses.tables';

type Q = Kysely<DB> | Transaction<DB>;

const versionColumns = [
  'id', 'course_id', 'version_no', 'state', 'texts', 'languages', 'thumbnail_file_id', 'duration_minutes', 'difficulty',
  'competencies', 'tags', 'created_by', 'submitted_by', 'reviewed_by', 'published_by', 'approved_at', 'created_at',
  'updated_at', 'published_at', 'lesson_types',
] as const;
const lessonColumns = ['id', 'version_id', 'module_id', 'lesson_key', 'position', 'type', 'required', 'titles', 'content', 'settings'] as const;

/** A course with the materialised path of its provider organisation. */
export async function findCourse(db: Q, id: string) {
  return db
    .selectFrom('courses as c')
    .innerJoin('orgs as o', 'o.id', 'c.provider_org_id')
    .select([
      'c.id', 'c.provider_org_id', 'c.created_by', 'c.published_version_id', 'c.moderated', 'c.retired_at', 'c.published_at',
      'c.enrolment_count', 'c.completion_count', 'c.rating_count', 'c.rating_sum', 'c.created_at',
      'o.path as provider_path', 'o.name_en as provider_name_en', 'o.name_hi as provider_name_hi',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
}
export type CourseRow = NonNullable<Awaited<ReturnType<typeof findCourse>>>;

export async function lockCourse(trx: Transaction<DB>, id: string): Promise<void> {
  await trx.selectFrom('courses').select('id').where('id', '=', id).forUpdate().execute();
}

export async function insertCourse(trx: Q, providerOrgId: string, createdBy: string): Promise<string> {
  const row = await trx.insertInto('courses').values({ provider_org_id: providerOrgId, created_by: createdBy }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateCourse(trx: Q, id: string, values: Updateable<DB['courses']>): Promise<void> {
  await trx.updateTable('courses').set(values).where('id', '=', id).execute();
}

export async function insertVersion(trx: Q, values: Insertable<CourseVersionsTable>): Promise<string> {
  const row = await trx.insertInto('course_versions').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findVersion(db: Q, id: string) {
  return db.selectFrom('course_versions').select(versionColumns).where('id', '=', id).executeTakeFirst();
}
export type VersionRow = NonNullable<Awaited<ReturnType<typeof findVersion>>>;

/** The draft or in-review version of a course, if any (there is at most one). */
export async function openVersion(db: Q, courseId: string) {
  return db
    .selectFrom('course_versions')
    .select(versionColumns)
    .where('course_id', '=', courseId)
    .where('state', 'in', ['draft', 'in_review'])
    .executeTakeFirst();
}

export async function maxVersionNo(db: Q, courseId: string): Promise<number> {
  const row = await db
    .selectFrom('course_versions')
    .select((eb) => eb.fn.max<number>('version_no').as('n'))
    .where('course_id', '=', courseId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function updateVersion(trx: Q, id: string, values: Updateable<CourseVersionsTable>): Promise<void> {
  await trx.updateTable('course_versions').set({ ...values, updated_at: new Date() }).where('id', '=', id).execute();
}

export async function modulesOf(db: Q, versionId: string) {
  return db.selectFrom('course_modules').select(['id', 'module_key', 'position', 'titles']).where('version_id', '=', versionId).orderBy('position').execute();
}

export async function lessonsOf(db: Q, versionId: string) {
  return db.selectFrom('lessons').select(lessonColumns).where('version_id', '=', versionId).orderBy('position').execute();
}
export type LessonRow = Awaited<ReturnType<typeof lessonsOf>>[number];

/** A module with the state and course of its version. */
export async function findModule(db: Q, id: string) {
  return db
    .selectFrom('course_modules as m')
    .innerJoin('course_versions as v', 'v.id', 'm.version_id')
    .select(['m.id', 'm.version_id', 'm.module_key', 'm.position', 'm.titles', 'v.state', 'v.course_id'])
    .where('m.id', '=', id)
    .executeTakeFirst();
}

/** A lesson with the state and course of its version. */
export async function findLesson(db: Q, id: string) {
  return db
    .selectFrom('lessons as l')
    .innerJoin('course_versions as v', 'v.id', 'l.version_id')
    .select([...lessonColumns.map((c) => `l.${c}` as const), 'v.state', 'v.course_id'])
    .where('l.id', '=', id)
    .executeTakeFirst();
}

export async function insertModule(trx: Q, versionId: string, titles: Record<string, string>): Promise<string> {
  const row = await trx
    .insertInto('course_modules')
    .values({
      version_id: versionId,
      titles: JSON.stringify(titles),
      position: sql<number>`(SELECT coalesce(max(position), 0) + 1 FROM course_modules WHERE version_id = ${versionId})`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateModule(trx: Q, id: string, values: Updateable<DB['course_modules']>): Promise<void> {
  await trx.updateTable('course_modules').set(values).where('id', '=', id).execute();
}

export async function deleteModule(trx: Q, id: string): Promise<void> {
  await trx.deleteFrom('lessons').where('module_id', '=', id).execute();
  await trx.deleteFrom('course_modules').where('id', '=', id).execute();
}

export async function insertLesson(trx: Q, values: Omit<Insertable<LessonsTable>, 'position'>): Promise<string> {
  const row = await trx
    .insertInto('lessons')
    .values({ ...values, position: sql<number>`(SELECT coalesce(max(position), 0) + 1 FROM lessons WHERE module_id = ${values.module_id})` })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateLesson(trx: Q, id: string, values: Updateable<LessonsTable>): Promise<void> {
  await trx.updateTable('lessons').set(values).where('id', '=', id).execute();
}

export async function deleteLesson(trx: Q, id: string): Promise<void> {
  await trx.deleteFrom('lessons').where('id', '=', id).execute();
}

/** Ids of the siblings in order: modules of a version, or lessons of a module. */
export async function siblingIds(db: Q, table: 'course_modules' | 'lessons', parent: string): Promise<string[]> {
  const rows =
    table === 'course_modules'
      ? await db.selectFrom('course_modules').select('id').where('version_id', '=', parent).orderBy('position').execute()
      : await db.selectFrom('lessons').select('id').where('module_id', '=', parent).orderBy('position').execute();
  return rows.map((r) => r.id);
}

/** Rewrites positions 1..n in the given order. */
export async function setPositions(trx: Q, table: 'course_modules' | 'lessons', ids: string[]): Promise<void> {
  for (const [i, id] of ids.entries()) await trx.updateTable(table).set({ position: i + 1 }).where('id', '=', id).execute();
}

/** Copies modules and lessons (keeping module_key and lesson_key) from one version into another. */
export async function copyVersionContent(trx: Transaction<DB>, fromVersionId: string, toVersionId: string): Promise<void> {
  await sql`
    WITH new_modules AS (
      INSERT INTO course_modules (version_id, module_key, position, titles)
      SELECT ${toVersionId}, module_key, position, titles FROM course_modules WHERE version_id = ${fromVersionId}
      RETURNING id, module_key
    )
    INSERT INTO lessons (version_id, module_id, lesson_key, position, type, required, titles, content, settings)
    SELECT ${toVersionId}, nm.id, l.lesson_key, l.position, l.type, l.required, l.titles, l.content, l.settings
    FROM lessons l
    JOIN course_modules om ON om.id = l.module_id
    JOIN new_modules nm ON nm.module_key = om.module_key
    WHERE l.version_id = ${fromVersionId}`.execute(trx);
}

export async function audienceOf(db: Q, courseId: string): Promise<string[]> {
  return (await db.selectFrom('course_audience_orgs').select('org_id').where('course_id', '=', courseId).execute()).map((r) => r.org_id);
}

export async function setAudience(trx: Q, courseId: string, orgIds: string[]): Promise<void> {
  await trx.deleteFrom('course_audience_orgs').where('course_id', '=', courseId).execute();
  if (orgIds.length) await trx.insertInto('course_audience_orgs').values(orgIds.map((org_id) => ({ course_id: courseId, org_id }))).execute();
}

export async function countOrgs(db: Q, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db.selectFrom('orgs').select((eb) => eb.fn.countAll<number>().as('n')).where('id', 'in', ids).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertReview(trx: Q, values: Insertable<CourseReviewsTable>): Promise<void> {
  await trx.insertInto('course_reviews').values(values).execute();
}

/** The review trail of every version of a course, newest first. */
export async function reviewsOf(db: Q, courseId: string) {
  return db
    .selectFrom('course_reviews as r')
    .innerJoin('course_versions as v', 'v.id', 'r.version_id')
    .innerJoin('users as u', 'u.id', 'r.actor_id')
    .select(['r.id', 'r.action', 'r.comment', 'r.created_at', 'v.version_no', 'u.id as actor_id', 'u.full_name as actor_name'])
    .where('v.course_id', '=', courseId)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id')
    .execute();
}
