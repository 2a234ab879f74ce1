import { sql, type Insertable, type Kysely, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../db/database';
import type { CompletedItem, CycleClosedReason, PlanAssignmentsTable, PlanCyclesTable } from './plans.tables';
import type { Profile } from './audience';

/* Per-learner plan tables: every statement is keyed by user_id (Citus-ready). */

type Q = Kysely<DB> | Transaction<DB>;
export type AssignmentRow = Selectable<PlanAssignmentsTable>;
export type CycleRow = Selectable<PlanCyclesTable>;

/** Serialises plan work on one person (two events about them, or an event racing a sweep chunk). */
export async function lockPerson(trx: Transaction<DB>, userId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`plans:${userId}`}, 0))`.execute(trx);
}

/**
 * One person as audience matching and deadlines read them: account, org, and current posting. Plans read the
 * identity tables directly here and in the set-wise sweep, where one INSERT … SELECT over users is the point.
 */
export async function loadProfile(db: Q, userId: string): Promise<Profile | null> {
  const { rows } = await sql<{
    id: string; status: string; org_id: string; path: string; designation_id: string | null; employee_group: Profile['employeeGroup'];
    cadre: string | null; service: string | null; created_at: Date; posting_id: string | null; posting_from: string | Date | null;
  }>`SELECT u.id, u.status, u.org_id, o.path, u.designation_id, u.employee_group, u.cadre, u.service, u.created_at,
        p.id AS posting_id, p.from_date AS posting_from
      FROM users u JOIN orgs o ON o.id = u.org_id
      LEFT JOIN LATERAL (SELECT ps.id, ps.from_date FROM postings ps WHERE ps.user_id = u.id AND ps.to_date IS NULL ORDER BY ps.from_date DESC LIMIT 1) p ON true
      WHERE u.id = ${userId}`.execute(db);
  const r = rows[0];
  if (!r) return null;
  return {
    userId: r.id,
    status: r.status,
    orgId: r.org_id,
    orgPath: r.path,
    designationId: r.designation_id,
    employeeGroup: r.employee_group,
    cadre: r.cadre,
    service: r.service,
    joinedAt: new Date(r.created_at),
    postingId: r.posting_id,
    postingFrom: r.posting_from === null ? null : dateText(r.posting_from),
  };
}

/** A `date` column as YYYY-MM-DD, whichever way the driver hands it back. */
export function dateText(v: string | Date): string {
  return typeof v === 'string' ? v.slice(0, 10) : new Date(v.getTime() - v.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** A person's assignments (every status), keyed by plan id. */
export async function assignmentsOf(db: Q, userId: string): Promise<Map<string, AssignmentRow>> {
  const rows = await db.selectFrom('plan_assignments').selectAll().where('user_id', '=', userId).execute();
  return new Map(rows.map((r) => [r.plan_id, r]));
}

export async function findAssignment(db: Q, userId: string, planId: string): Promise<AssignmentRow | undefined> {
  return db.selectFrom('plan_assignments').selectAll().where('user_id', '=', userId).where('plan_id', '=', planId).executeTakeFirst();
}

/** Inserts an assignment unless one exists; true when this call created it. */
export async function insertAssignment(trx: Transaction<DB>, row: Insertable<PlanAssignmentsTable>): Promise<boolean> {
  const done = await trx.insertInto('plan_assignments').values(row).onConflict((oc) => oc.columns(['user_id', 'plan_id']).doNothing()).returning('user_id').executeTakeFirst();
  return done !== undefined;
}

export async function updateAssignment(trx: Transaction<DB>, userId: string, planId: string, values: Updateable<PlanAssignmentsTable>): Promise<void> {
  await trx.updateTable('plan_assignments').set(values).where('user_id', '=', userId).where('plan_id', '=', planId).execute();
}

/** A person's cycles (all, or of some plans), oldest first. */
export async function cyclesOf(db: Q, userId: string, planIds?: readonly string[]): Promise<CycleRow[]> {
  let q = db.selectFrom('plan_cycles').selectAll().where('user_id', '=', userId);
  if (planIds) {
    if (planIds.length === 0) return [];
    q = q.where('plan_id', 'in', [...planIds]);
  }
  return q.orderBy('plan_id').orderBy('requirement_id').orderBy('cycle_no').execute();
}

export async function insertCycles(trx: Transaction<DB>, rows: Insertable<PlanCyclesTable>[]): Promise<void> {
  if (rows.length === 0) return;
  await trx.insertInto('plan_cycles').values(rows).onConflict((oc) => oc.columns(['user_id', 'plan_id', 'requirement_id', 'cycle_no']).doNothing()).execute();
}

/** Closes a person's current cycles of a plan: only the incomplete ones (leaving keeps what was done), or all. */
export async function closeCycles(trx: Transaction<DB>, userId: string, planId: string, reason: CycleClosedReason, now: Date, which: 'incomplete' | 'all'): Promise<void> {
  let q = trx.updateTable('plan_cycles').set({ closed_at: now, closed_reason: reason }).where('user_id', '=', userId).where('plan_id', '=', planId).where('closed_at', 'is', null);
  if (which === 'incomplete') q = q.where('completed_at', 'is', null);
  await q.execute();
}

export type CycleKey = Pick<CycleRow, 'user_id' | 'plan_id' | 'requirement_id' | 'cycle_no'>;

export async function updateCycle(trx: Transaction<DB>, key: CycleKey, values: Updateable<PlanCyclesTable>): Promise<void> {
  await trx
    .updateTable('plan_cycles')
    .set(values)
    .where('user_id', '=', key.user_id)
    .where('plan_id', '=', key.plan_id)
    .where('requirement_id', '=', key.requirement_id)
    .where('cycle_no', '=', key.cycle_no)
    .execute();
}

/** Marks many cycles completed with one statement (set-wise settlement); only cycles still open change. */
export async function completeCycles(
  trx: Transaction<DB>,
  rows: (CycleKey & { completedAt: Date; items: CompletedItem[]; expiresAt: Date | null })[],
): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(pick: (r: (typeof rows)[number]) => T) => rows.map(pick);
  await sql`
    UPDATE plan_cycles c SET completed_at = t.completed_at, completed_items = t.items, expires_at = t.expires_at
    FROM unnest(${col((r) => r.user_id)}::uuid[], ${col((r) => r.plan_id)}::uuid[], ${col((r) => r.requirement_id)}::uuid[],
      ${col((r) => r.cycle_no)}::int[], ${col((r) => r.completedAt.toISOString())}::timestamptz[],
      ${col((r) => JSON.stringify(r.items))}::jsonb[], ${col((r) => r.expiresAt?.toISOString() ?? null)}::timestamptz[])
      AS t(user_id, plan_id, requirement_id, cycle_no, completed_at, items, expires_at)
    WHERE c.user_id = t.user_id AND c.plan_id = t.plan_id AND c.requirement_id = t.requirement_id AND c.cycle_no = t.cycle_no
      AND c.completed_at IS NULL AND c.closed_at IS NULL`.execute(trx);
}

/**
 * Refreshes the assignments' summary (state, earliest open due, completion, late, extended, renewal) from their
 * current (not closed) cycles, for the given people (optionally one plan).
 */
export async function refreshSummaries(trx: Transaction<DB>, userIds: readonly string[], now: Date, planId?: string): Promise<void> {
  if (userIds.length === 0) return;
  // One person: equality on the key, an index lookup even without statistics (right after a bulk load); many: unnest.
  const people = userIds.length === 1 ? sql`(SELECT ${userIds[0]}::uuid AS id)` : sql`unnest(${[...userIds]}::uuid[])`;
  const one = userIds.length === 1 ? sql`AND a.user_id = ${userIds[0]}::uuid` : sql``;
  await sql`
    UPDATE plan_assignments a SET state = s.state, due_at = s.due_at, completed_at = s.completed_at, late = s.late,
      extended = s.extended, renewal = s.renewal, updated_at = ${now}
    FROM (
      SELECT c.user_id, c.plan_id,
        CASE WHEN bool_and(c.exempted) THEN 'exempted'
             WHEN bool_and(c.exempted OR c.completed_at IS NOT NULL) THEN 'completed'
             ELSE 'open' END AS state,
        min(coalesce(c.extended_to, c.due_at)) FILTER (WHERE c.completed_at IS NULL AND NOT c.exempted) AS due_at,
        CASE WHEN bool_and(c.exempted OR c.completed_at IS NOT NULL) THEN max(c.completed_at) END AS completed_at,
        coalesce(bool_or(NOT c.exempted AND c.completed_at >= coalesce(c.extended_to, c.due_at)), false) AS late,
        coalesce(bool_or(c.extended_to IS NOT NULL AND c.completed_at IS NULL AND NOT c.exempted), false) AS extended,
        coalesce(bool_or(c.kind = 'renewal' AND c.completed_at IS NULL AND NOT c.exempted), false) AS renewal
      FROM ${people} AS t(id)
      JOIN plan_cycles c ON c.user_id = t.id
      WHERE c.closed_at IS NULL ${planId ? sql`AND c.plan_id = ${planId}` : sql``}
      GROUP BY c.user_id, c.plan_id
    ) s
    WHERE a.user_id = s.user_id AND a.plan_id = s.plan_id ${one}`.execute(trx);
}

/** A person's extensions and exemptions in a plan, newest first. */
export async function exceptionsOf(db: Q, userId: string, planId: string) {
  return db
    .selectFrom('plan_exceptions as e')
    .innerJoin('users as a', 'a.id', 'e.approved_by')
    .select(['e.id', 'e.requirement_id', 'e.kind', 'e.extended_to', 'e.reason', 'e.approver_role', 'e.created_at', 'a.full_name as approver_name', 'a.id as approver_id'])
    .where('e.user_id', '=', userId)
    .where('e.plan_id', '=', planId)
    .orderBy('e.created_at', 'desc')
    .execute();
}
