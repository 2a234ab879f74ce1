import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { EnrolmentSource } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { ProgrammeEnrolmentsTable, ProgrammesTable, ProgrammeStatus } from './programmes.tables';
import type { ProgrammeCourse } from './programmes.rules';

type Q = Kysely<DB> | Transaction<DB>;

const programmeColumns = [
  'p.id', 'p.code', 'p.provider_org_id', 'p.status', 'p.texts', 'p.thumbnail_url', 'p.duration_minutes', 'p.enrolment_count',
  'p.completion_count', 'p.created_by', 'p.published_by', 'p.created_at', 'p.updated_at', 'p.published_at', 'p.retired_at',
  'o.path as provider_path', 'o.name_en as provider_name_en', 'o.name_hi as provider_name_hi',
] as const;

function programmes(db: Q) {
  return db.selectFrom('programmes as p').innerJoin('orgs as o', 'o.id', 'p.provider_org_id').select(programmeColumns);
}

/** A programme with its provider's path and names. */
export async function findProgramme(db: Q, id: string) {
  return programmes(db).where('p.id', '=', id).executeTakeFirst();
}
export type ProgrammeRow = NonNullable<Awaited<ReturnType<typeof findProgramme>>>;

/** A programme by its code (slug). */
export async function findProgrammeByCode(db: Q, code: string): Promise<ProgrammeRow | undefined> {
  return programmes(db).where('p.code', '=', code).executeTakeFirst();
}

/** Locks a programme row for the rest of the transaction (edits and state changes serialise on it). */
export async function lockProgramme(trx: Transaction<DB>, id: string): Promise<void> {
  await trx.selectFrom('programmes').select('id').where('id', '=', id).forUpdate().execute();
}

/** The courses of each programme, in order. */
export async function coursesOf(db: Q, programmeIds: readonly string[]): Promise<Map<string, ProgrammeCourse[]>> {
  const out = new Map<string, ProgrammeCourse[]>(programmeIds.map((id) => [id, []]));
  if (programmeIds.length === 0) return out;
  const rows = await db
    .selectFrom('programme_courses')
    .select(['programme_id', 'course_id', 'position', 'required'])
    .where('programme_id', 'in', [...new Set(programmeIds)])
    .orderBy('programme_id')
    .orderBy('position')
    .execute();
  for (const r of rows) out.get(r.programme_id)?.push({ courseId: r.course_id, position: r.position, required: r.required });
  return out;
}

/** Inserts a programme; undefined when the code is taken. */
export async function insertProgramme(trx: Q, values: Insertable<ProgrammesTable>): Promise<string | undefined> {
  const row = await trx.insertInto('programmes').values(values).onConflict((oc) => oc.column('code').doNothing()).returning('id').executeTakeFirst();
  return row?.id;
}

/** Changes a programme's own columns and its updated_at. */
export async function updateProgramme(trx: Q, id: string, values: Updateable<ProgrammesTable>): Promise<void> {
  await trx.updateTable('programmes').set({ ...values, updated_at: sql`now()` }).where('id', '=', id).execute();
}

/** True when another programme uses the code. */
export async function codeTaken(db: Q, code: string, exceptId: string): Promise<boolean> {
  const row = await db.selectFrom('programmes').select('id').where('code', '=', code).where('id', '!=', exceptId).executeTakeFirst();
  return row !== undefined;
}

/** Replaces the ordered course list of a programme. */
export async function replaceCourses(trx: Transaction<DB>, programmeId: string, courses: { courseId: string; required: boolean }[]): Promise<void> {
  await trx.deleteFrom('programme_courses').where('programme_id', '=', programmeId).execute();
  if (courses.length === 0) return;
  await trx
    .insertInto('programme_courses')
    .values(courses.map((c, i) => ({ programme_id: programmeId, course_id: c.courseId, position: i + 1, required: c.required })))
    .execute();
}

/** Deletes a draft programme and its course list. */
export async function deleteProgramme(trx: Transaction<DB>, id: string): Promise<void> {
  await trx.deleteFrom('programmes').where('id', '=', id).where('status', '=', 'draft').execute();
}

/** Published programmes whose search text contains every word (all of them when no words), newest first. */
export async function publishedProgrammes(db: Q, words: string[]) {
  let query = programmes(db).where('p.status', '=', 'published');
  for (const word of words) {
    const escaped = word.replace(/[\\%_]/g, (ch) => `\\${ch}`);
    query = query.where('p.search_text', 'like', `%${escaped}%`);
  }
  return query.orderBy('p.published_at', 'desc').orderBy('p.id').execute();
}

/** Programmes whose provider lies in one of the subtrees, optionally in one state; one page, most recently changed first. */
export async function programmesInScopes(db: Q, scopes: string[], status: ProgrammeStatus | undefined, page: number, pageSize: number) {
  const patterns = sql.join(scopes.map((p) => sql`${`${p}%`}::text`));
  return programmes(db)
    .select(sql<number>`count(*) OVER ()`.as('total'))
    .where(sql<boolean>`o.path LIKE ANY (ARRAY[${patterns}])`)
    .$if(status !== undefined, (q) => q.where('p.status', '=', status ?? 'draft'))
    .orderBy('p.updated_at', 'desc')
    .orderBy('p.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
}

/** Adds to one of the programme's counters. */
export async function bumpProgrammeCounter(trx: Q, id: string, column: 'enrolment_count' | 'completion_count'): Promise<void> {
  await trx
    .updateTable('programmes')
    .set((eb) => ({ [column]: eb(column, '+', 1) }))
    .where('id', '=', id)
    .execute();
}

const enrolmentColumns = [
  'user_id', 'programme_id', 'source', 'enrolled_at', 'due_at', 'status', 'completed_at', 'completed_language', 'learning_minutes_credited',
] as const;

/** A learner's enrolment in a programme. */
export async function findProgrammeEnrolment(db: Q, userId: string, programmeId: string) {
  return db.selectFrom('programme_enrolments').select(enrolmentColumns).where('user_id', '=', userId).where('programme_id', '=', programmeId).executeTakeFirst();
}
export type ProgrammeEnrolmentRow = NonNullable<Awaited<ReturnType<typeof findProgrammeEnrolment>>>;

/** Locks a learner's programme enrolment for the rest of the transaction: every completion check takes it first. */
export async function lockProgrammeEnrolment(trx: Transaction<DB>, userId: string, programmeId: string): Promise<ProgrammeEnrolmentRow | undefined> {
  return trx
    .selectFrom('programme_enrolments')
    .select(enrolmentColumns)
    .where('user_id', '=', userId)
    .where('programme_id', '=', programmeId)
    .forUpdate()
    .executeTakeFirst();
}

/** Inserts a programme enrolment unless one exists; true when this call created it. */
export async function insertProgrammeEnrolment(
  trx: Q,
  v: { userId: string; programmeId: string; source: EnrolmentSource; dueAt: Date | null; now: Date },
): Promise<boolean> {
  const row = await trx
    .insertInto('programme_enrolments')
    .values({ user_id: v.userId, programme_id: v.programmeId, source: v.source, due_at: v.dueAt, enrolled_at: v.now })
    .onConflict((oc) => oc.columns(['user_id', 'programme_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Changes a programme enrolment's own columns. */
export async function updateProgrammeEnrolment(trx: Q, userId: string, programmeId: string, values: Updateable<ProgrammeEnrolmentsTable>): Promise<void> {
  await trx.updateTable('programme_enrolments').set(values).where('user_id', '=', userId).where('programme_id', '=', programmeId).execute();
}

/** Marks an in-progress programme enrolment completed; false when it already was (compare-and-set: completion happens once). */
export async function completeProgrammeEnrolment(
  trx: Q,
  userId: string,
  programmeId: string,
  values: { completedAt: Date; language: 'en' | 'hi'; learningMinutes: number },
): Promise<boolean> {
  const row = await trx
    .updateTable('programme_enrolments')
    .set({ status: 'completed', completed_at: values.completedAt, completed_language: values.language, learning_minutes_credited: values.learningMinutes })
    .where('user_id', '=', userId)
    .where('programme_id', '=', programmeId)
    .where('status', '=', 'in_progress')
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The learner's in-progress programme enrolments that contain a course (for the course.completed job). */
export async function openEnrolmentsContaining(db: Q, userId: string, courseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('programme_enrolments as e')
    .innerJoin('programme_courses as pc', 'pc.programme_id', 'e.programme_id')
    .select('e.programme_id')
    .where('e.user_id', '=', userId)
    .where('e.status', '=', 'in_progress')
    .where('pc.course_id', '=', courseId)
    .execute();
  return rows.map((r) => r.programme_id);
}

/** Every programme enrolment of a learner with the programme, most recent first. */
export async function programmeEnrolmentsOf(db: Q, userId: string) {
  return db
    .selectFrom('programme_enrolments as e')
    .innerJoin('programmes as p', 'p.id', 'e.programme_id')
    .select(['e.programme_id', 'e.source', 'e.enrolled_at', 'e.due_at', 'e.status', 'e.completed_at', 'e.learning_minutes_credited'])
    .select(['p.code', 'p.texts', 'p.duration_minutes', 'p.status as programme_status'])
    .where('e.user_id', '=', userId)
    .orderBy('e.enrolled_at', 'desc')
    .execute();
}

/** The learner's enrolment status in each of the given programmes (for catalog cards). */
export async function enrolmentStatuses(db: Q, userId: string, programmeIds: string[]): Promise<Map<string, 'in_progress' | 'completed'>> {
  if (programmeIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('programme_enrolments')
    .select(['programme_id', 'status'])
    .where('user_id', '=', userId)
    .where('programme_id', 'in', programmeIds)
    .execute();
  return new Map(rows.map((r) => [r.programme_id, r.status]));
}
