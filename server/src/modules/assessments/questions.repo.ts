import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../db/database';
import type { QuestionsTable } from './assessments.tables';

type Q = Kysely<DB> | Transaction<DB>;

/** A course with its provider's org path (for the authoring checks) and its open (draft or in-review) version. */
export async function findCourseForAuthoring(db: Q, courseId: string) {
  return db
    .selectFrom('courses as c')
    .innerJoin('orgs as o', 'o.id', 'c.provider_org_id')
    .leftJoin('course_versions as ov', (j) => j.onRef('ov.course_id', '=', 'c.id').on('ov.state', 'in', ['draft', 'in_review']))
    .select(['c.id', 'c.published_version_id', 'o.path as provider_path', 'ov.id as open_version_id'])
    .where('c.id', '=', courseId)
    .executeTakeFirst();
}

/** A version's state and languages. */
export async function findVersion(db: Q, versionId: string) {
  return db.selectFrom('course_versions').select(['id', 'course_id', 'state', 'languages']).where('id', '=', versionId).executeTakeFirst();
}

/** A lesson of a version by its stable key. */
export async function findLesson(db: Q, versionId: string, lessonKey: string) {
  return db.selectFrom('lessons').select(['lesson_key', 'type', 'settings']).where('version_id', '=', versionId).where('lesson_key', '=', lessonKey).executeTakeFirst();
}

const questionColumns = ['q.id', 'q.course_id', 'q.version_id', 'q.lesson_key', 'q.position', 'q.type', 'q.prompt', 'q.options', 'q.answer', 'q.explanation', 'q.points'] as const;

/** The questions of a version (optionally of one lesson) in lesson then position order. */
export async function listQuestions(db: Q, versionId: string, lessonKey?: string) {
  let query = db.selectFrom('questions as q').select([...questionColumns]).where('q.version_id', '=', versionId);
  if (lessonKey) query = query.where('q.lesson_key', '=', lessonKey);
  return query.orderBy('q.lesson_key').orderBy('q.position').execute();
}
export type QuestionRow = Awaited<ReturnType<typeof listQuestions>>[number];

/** The questions with the given ids (an attempt's draw). */
export async function questionsByIds(db: Q, ids: string[]): Promise<QuestionRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('questions as q').select([...questionColumns]).where('q.id', 'in', ids).execute();
}

/** One question with its version's state and languages and its course's provider path. */
export async function findQuestion(db: Q, id: string) {
  return db
    .selectFrom('questions as q')
    .innerJoin('course_versions as v', 'v.id', 'q.version_id')
    .innerJoin('courses as c', 'c.id', 'q.course_id')
    .innerJoin('orgs as o', 'o.id', 'c.provider_org_id')
    .select([...questionColumns, 'v.state as version_state', 'v.languages', 'o.path as provider_path'])
    .where('q.id', '=', id)
    .executeTakeFirst();
}

/** Locks the version row so concurrent edits of one draft's questions (and its submission) serialise. */
export async function lockVersion(trx: Transaction<DB>, versionId: string) {
  return trx.selectFrom('course_versions').select(['state']).where('id', '=', versionId).forUpdate().executeTakeFirst();
}

/** Ids of a lesson's questions in position order. */
export async function lessonQuestionIds(db: Q, versionId: string, lessonKey: string): Promise<string[]> {
  const rows = await db.selectFrom('questions').select('id').where('version_id', '=', versionId).where('lesson_key', '=', lessonKey).orderBy('position').execute();
  return rows.map((r) => r.id);
}

/** Inserts a question and returns its id. */
export async function insertQuestion(trx: Q, values: Insertable<QuestionsTable>): Promise<string> {
  return (await trx.insertInto('questions').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates a question's columns. */
export async function updateQuestion(trx: Q, id: string, values: Updateable<QuestionsTable>): Promise<void> {
  await trx.updateTable('questions').set(values).where('id', '=', id).execute();
}

/** Deletes a question. */
export async function deleteQuestion(trx: Q, id: string): Promise<void> {
  await trx.deleteFrom('questions').where('id', '=', id).execute();
}

/** Rewrites positions 1..n in the given order. */
export async function setPositions(trx: Q, ids: string[]): Promise<void> {
  for (const [i, id] of ids.entries()) await trx.updateTable('questions').set({ position: i + 1 }).where('id', '=', id).execute();
}

/** Copies every question of one version into another (new ids, same lesson keys, options and keys). */
export async function copyVersionQuestions(trx: Transaction<DB>, fromVersionId: string, toVersionId: string): Promise<void> {
  await sql`
    INSERT INTO questions (course_id, version_id, lesson_key, position, type, prompt, options, answer, explanation, points, created_by)
    SELECT q.course_id, ${toVersionId}, q.lesson_key, q.position, q.type, q.prompt, q.options, q.answer, q.explanation, q.points, q.created_by
    FROM questions q
    WHERE q.version_id = ${fromVersionId}
      AND EXISTS (SELECT 1 FROM lessons l WHERE l.version_id = ${toVersionId} AND l.lesson_key = q.lesson_key)`.execute(trx);
}

/** Number of questions per lesson of a version. */
export async function questionCounts(db: Q, versionId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('questions')
    .select(['lesson_key', (eb) => eb.fn.countAll<string>().as('n')])
    .where('version_id', '=', versionId)
    .groupBy('lesson_key')
    .execute();
  return new Map(rows.map((r) => [r.lesson_key, Number(r.n)]));
}

/** The quiz and final-assessment lessons of a version with their settings. */
export async function assessmentLessonsOf(db: Q, versionId: string) {
  return db.selectFrom('lessons').select(['lesson_key', 'settings']).where('version_id', '=', versionId).where('type', 'in', ['quiz', 'final_assessment']).execute();
}
