import { sql, type Kysely, type Transaction } from 'kysely';
import type { EnrolmentSource } from '../../db/column-types';
import type { DB } from '../../db/database';

type Q = Kysely<DB> | Transaction<DB>;

/** A learner's enrolment in one programme as other modules (training plans) read it. */
export interface ProgrammeState {
  userId: string;
  programmeId: string;
  source: EnrolmentSource;
  status: 'in_progress' | 'completed';
  enrolledAt: Date;
  dueAt: Date | null;
  completedAt: Date | null;
}

/** Programme enrolments of one or many learners in the given programmes (keyed by the learners' ids). */
export async function programmeStatesOf(db: Q, userIds: readonly string[], programmeIds: readonly string[]): Promise<ProgrammeState[]> {
  if (userIds.length === 0 || programmeIds.length === 0) return [];
  // A join with the unnested ids (not `= ANY(array)`): an index lookup per learner for any batch size.
  const { rows } = await sql<{ user_id: string; programme_id: string; source: EnrolmentSource; status: 'in_progress' | 'completed'; enrolled_at: Date; due_at: Date | null; completed_at: Date | null }>`
    SELECT p.user_id, p.programme_id, p.source, p.status, p.enrolled_at, p.due_at, p.completed_at
    FROM unnest(${[...userIds]}::uuid[]) AS t(id)
    JOIN programme_enrolments p ON p.user_id = t.id AND p.programme_id = ANY(${[...new Set(programmeIds)]}::uuid[])`.execute(db);
  const at = (d: Date | null) => (d === null ? null : new Date(d));
  return rows.map((r) => ({
    userId: r.user_id,
    programmeId: r.programme_id,
    source: r.source,
    status: r.status,
    enrolledAt: new Date(r.enrolled_at),
    dueAt: at(r.due_at),
    completedAt: at(r.completed_at),
  }));
}
