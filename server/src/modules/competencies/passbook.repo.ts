import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { CompetencyEvidence, CompetencySource } from './competencies.tables';

type Q = Kysely<DB> | Transaction<DB>;

/** A passbook entry to record. */
export interface NewEntry {
  userId: string;
  competencyId: string;
  level: number;
  source: CompetencySource;
  sourceRef: string;
  evidence: CompetencyEvidence;
  achievedAt: Date;
  recordedBy: string | null;
}

/** Inserts entries unless the same (user, competency, source, source_ref) exists; returns those this call added. */
export async function insertEntries(trx: Q, entries: NewEntry[]): Promise<{ competency_id: string; level: number }[]> {
  if (entries.length === 0) return [];
  return trx
    .insertInto('competency_entries')
    .values(
      entries.map((e) => ({
        user_id: e.userId,
        competency_id: e.competencyId,
        level: e.level,
        source: e.source,
        source_ref: e.sourceRef,
        evidence: JSON.stringify(e.evidence),
        achieved_at: e.achievedAt,
        recorded_by: e.recordedBy,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'competency_id', 'source', 'source_ref']).doNothing())
    .returning(['competency_id', 'level'])
    .execute();
}

/** Raises the learner's earned levels (never lowers them: entries are only ever added). */
export async function raiseEarned(trx: Q, userId: string, levels: { competency_id: string; level: number }[], now: Date): Promise<void> {
  if (levels.length === 0) return;
  await trx
    .insertInto('competency_levels')
    .values(levels.map((l) => ({ user_id: userId, competency_id: l.competency_id, earned_level: l.level, updated_at: now })))
    .onConflict((oc) =>
      oc.columns(['user_id', 'competency_id']).doUpdateSet({
        earned_level: sql`GREATEST(competency_levels.earned_level, EXCLUDED.earned_level)`,
        updated_at: now,
      }),
    )
    .execute();
}

/** Records (or replaces) the learner's self-declared level of a competency: the entry and the declared level. */
export async function upsertDeclaration(trx: Q, v: { userId: string; competencyId: string; level: number; now: Date }): Promise<void> {
  await trx
    .insertInto('competency_entries')
    .values({ user_id: v.userId, competency_id: v.competencyId, level: v.level, source: 'self', source_ref: 'self', evidence: '{}', achieved_at: v.now, recorded_by: v.userId })
    .onConflict((oc) => oc.columns(['user_id', 'competency_id', 'source', 'source_ref']).doUpdateSet({ level: v.level, achieved_at: v.now }))
    .execute();
  await trx
    .insertInto('competency_levels')
    .values({ user_id: v.userId, competency_id: v.competencyId, declared_level: v.level, updated_at: v.now })
    .onConflict((oc) => oc.columns(['user_id', 'competency_id']).doUpdateSet({ declared_level: v.level, updated_at: v.now }))
    .execute();
}

/** Withdraws a self-declaration; false when there was none. */
export async function deleteDeclaration(trx: Q, userId: string, competencyId: string, now: Date): Promise<boolean> {
  const gone = await trx
    .deleteFrom('competency_entries')
    .where('user_id', '=', userId)
    .where('competency_id', '=', competencyId)
    .where('source', '=', 'self')
    .returning('id')
    .executeTakeFirst();
  await trx.updateTable('competency_levels').set({ declared_level: null, updated_at: now }).where('user_id', '=', userId).where('competency_id', '=', competencyId).execute();
  return gone !== undefined;
}

/** A learner's entries with the competency, newest first. */
export async function entriesOf(db: Q, userId: string) {
  return db
    .selectFrom('competency_entries as e')
    .innerJoin('competencies as c', 'c.id', 'e.competency_id')
    .innerJoin('competency_themes as t', 't.id', 'c.theme_id')
    .innerJoin('competency_areas as a', 'a.id', 't.area_id')
    .select(['e.id', 'e.level', 'e.source', 'e.evidence', 'e.achieved_at', 'c.id as competency_id', 'c.code', 'c.name_en', 'c.name_hi', 'c.levels', 'a.type'])
    .where('e.user_id', '=', userId)
    .orderBy('e.achieved_at', 'desc')
    .orderBy('c.code')
    .execute();
}
export type EntryRow = Awaited<ReturnType<typeof entriesOf>>[number];

/** A learner's earned and declared level per competency code. */
export async function levelsOf(db: Q, userId: string): Promise<Map<string, { earned: number; declared: number | null }>> {
  const rows = await db
    .selectFrom('competency_levels as l')
    .innerJoin('competencies as c', 'c.id', 'l.competency_id')
    .select(['c.code', 'l.earned_level', 'l.declared_level'])
    .where('l.user_id', '=', userId)
    .execute();
  return new Map(rows.map((r) => [r.code, { earned: r.earned_level, declared: r.declared_level }]));
}

/** Claims a course completion for the passbook and the peer rollup; false when it was already taken (replay). */
export async function claimCompletion(trx: Q, v: { userId: string; courseId: string; designationId: string | null; completedAt: Date }): Promise<boolean> {
  const row = await trx
    .insertInto('competency_course_completions')
    .values({ user_id: v.userId, course_id: v.courseId, designation_id: v.designationId, completed_at: v.completedAt })
    .onConflict((oc) => oc.columns(['user_id', 'course_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Counts one more completion of a course by someone holding the designation. */
export async function bumpPeerRollup(trx: Q, designationId: string, courseId: string): Promise<void> {
  await trx
    .insertInto('designation_course_completions')
    .values({ designation_id: designationId, course_id: courseId, completions: 1 })
    .onConflict((oc) => oc.columns(['designation_id', 'course_id']).doUpdateSet((eb) => ({ completions: eb('designation_course_completions.completions', '+', 1) })))
    .execute();
}

/** The courses most completed by holders of a designation (at least `min` completions), most first. */
export async function topPeerCourses(db: Q, designationId: string, min: number, limit: number) {
  return db
    .selectFrom('designation_course_completions')
    .select(['course_id', 'completions'])
    .where('designation_id', '=', designationId)
    .where('completions', '>=', min)
    .orderBy('completions', 'desc')
    .orderBy('course_id')
    .limit(limit)
    .execute();
}

/** Moves a merged duplicate's passbook to the account kept (entries the target already has are dropped). */
export async function movePassbook(trx: Transaction<DB>, fromUserId: string, toUserId: string, now: Date): Promise<number> {
  const moved = await sql<{ n: number }>`
    WITH gone AS (DELETE FROM competency_entries WHERE user_id = ${fromUserId}::uuid RETURNING *),
    ins AS (
      INSERT INTO competency_entries (user_id, id, competency_id, level, source, source_ref, evidence, achieved_at, recorded_by, created_at)
      SELECT ${toUserId}::uuid, id, competency_id, level, source, source_ref, evidence, achieved_at, recorded_by, created_at FROM gone
      ON CONFLICT DO NOTHING RETURNING 1
    )
    SELECT count(*)::int AS n FROM ins`.execute(trx);
  await sql`DELETE FROM competency_levels WHERE user_id = ${fromUserId}::uuid`.execute(trx);
  await sql`
    INSERT INTO competency_levels (user_id, competency_id, earned_level, declared_level, updated_at)
    SELECT user_id, competency_id,
           coalesce(max(level) FILTER (WHERE source <> 'self'), 0),
           max(level) FILTER (WHERE source = 'self'), ${now}
    FROM competency_entries WHERE user_id = ${toUserId}::uuid GROUP BY user_id, competency_id
    ON CONFLICT (user_id, competency_id) DO UPDATE SET earned_level = GREATEST(competency_levels.earned_level, EXCLUDED.earned_level),
      declared_level = coalesce(competency_levels.declared_level, EXCLUDED.declared_level), updated_at = EXCLUDED.updated_at`.execute(trx);
  await sql`
    INSERT INTO competency_course_completions (user_id, course_id, designation_id, completed_at)
    SELECT ${toUserId}::uuid, course_id, designation_id, completed_at FROM competency_course_completions WHERE user_id = ${fromUserId}::uuid
    ON CONFLICT DO NOTHING`.execute(trx);
  await sql`DELETE FROM competency_course_completions WHERE user_id = ${fromUserId}::uuid`.execute(trx);
  return moved.rows[0]?.n ?? 0;
}
