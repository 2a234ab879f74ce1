import { sql, type Insertable, type Kysely, type Selectable, type Transaction, type Updateable } from 'kysely';
import type { DB } from '../../db/database';
import type { PlanRequirementsTable, PlansTable, PlanStatus } from './plans.tables';

type Q = Kysely<DB> | Transaction<DB>;

/** A plan with its owner organisation. */
export async function findPlan(db: Q, id: string) {
  return db
    .selectFrom('plans as p')
    .innerJoin('orgs as o', 'o.id', 'p.owner_org_id')
    .selectAll('p')
    .select(['o.path as owner_path', 'o.name_en as owner_en', 'o.name_hi as owner_hi'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}
export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;
export type RequirementRow = Selectable<PlanRequirementsTable>;

/** Locks a plan row for a state change or a sweep chunk. */
export async function lockPlan(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('plans').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertPlan(trx: Transaction<DB>, values: Insertable<PlansTable>): Promise<string> {
  const row = await trx.insertInto('plans').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePlan(db: Q, id: string, values: Updateable<PlansTable>): Promise<void> {
  await db.updateTable('plans').set(values).where('id', '=', id).execute();
}

export async function deletePlan(trx: Transaction<DB>, id: string): Promise<void> {
  await trx.deleteFrom('plan_audience_users').where('plan_id', '=', id).execute();
  await trx.deleteFrom('plan_requirements').where('plan_id', '=', id).execute();
  await trx.deleteFrom('plans').where('id', '=', id).execute();
}

/** Replaces a draft's requirements (positions 1…n in the given order). */
export async function replaceRequirements(trx: Transaction<DB>, planId: string, rows: Omit<Insertable<PlanRequirementsTable>, 'plan_id' | 'position'>[]): Promise<void> {
  await trx.deleteFrom('plan_requirements').where('plan_id', '=', planId).execute();
  if (rows.length === 0) return;
  await trx
    .insertInto('plan_requirements')
    .values(rows.map((r, i) => ({ ...r, plan_id: planId, position: i + 1 })))
    .execute();
}

/** Replaces the people added to and excluded from a draft's audience. */
export async function replaceAudienceUsers(trx: Transaction<DB>, planId: string, include: string[], exclude: string[]): Promise<void> {
  await trx.deleteFrom('plan_audience_users').where('plan_id', '=', planId).execute();
  const rows = [...include.map((user_id) => ({ plan_id: planId, user_id, included: true })), ...exclude.map((user_id) => ({ plan_id: planId, user_id, included: false }))];
  if (rows.length) await trx.insertInto('plan_audience_users').values(rows).execute();
}

/** Requirements of many plans, in order, keyed by plan id. */
export async function requirementsOf(db: Q, planIds: readonly string[]): Promise<Map<string, RequirementRow[]>> {
  const out = new Map<string, RequirementRow[]>();
  if (planIds.length === 0) return out;
  const rows = await db.selectFrom('plan_requirements').selectAll().where('plan_id', 'in', [...new Set(planIds)]).orderBy('plan_id').orderBy('position').execute();
  for (const r of rows) out.set(r.plan_id, [...(out.get(r.plan_id) ?? []), r]);
  return out;
}

/** The people added to and excluded from a plan's audience. */
export async function audienceUsersOf(db: Q, planId: string): Promise<{ include: string[]; exclude: string[] }> {
  const rows = await db.selectFrom('plan_audience_users').select(['user_id', 'included']).where('plan_id', '=', planId).orderBy('user_id').execute();
  return { include: rows.filter((r) => r.included).map((r) => r.user_id), exclude: rows.filter((r) => !r.included).map((r) => r.user_id) };
}

/** For one person: the plans that add (true) or exclude (false) them by name. */
export async function membershipsOf(db: Q, userId: string): Promise<Map<string, boolean>> {
  const rows = await db.selectFrom('plan_audience_users').select(['plan_id', 'included']).where('user_id', '=', userId).execute();
  return new Map(rows.map((r) => [r.plan_id, r.included]));
}

/** Every live plan with its owner's path (a short list: plans are per organisation, not per person). */
export async function livePlans(db: Q) {
  return db
    .selectFrom('plans as p')
    .innerJoin('orgs as o', 'o.id', 'p.owner_org_id')
    .selectAll('p')
    .select(['o.path as owner_path', 'o.name_en as owner_en', 'o.name_hi as owner_hi'])
    .where('p.status', '=', 'live')
    .orderBy('p.published_at')
    .execute();
}

/** Plans owned in the given subtrees, newest change first, one page with the total. */
export async function listPlans(db: Q, scopes: string[], status: PlanStatus | undefined, page: number, pageSize: number) {
  if (scopes.length === 0) return { rows: [], total: 0 };
  let query = db
    .selectFrom('plans as p')
    .innerJoin('orgs as o', 'o.id', 'p.owner_org_id')
    // Owned inside the scopes, or covering them (a state-wide plan is listed to a district admin).
    .where(sql<boolean>`(${sql.join(scopes.map((s) => sql`(o.path LIKE ${`${s}%`} OR (${s} LIKE o.path || '%' AND p.status <> 'draft'))`), sql` OR `)})`);
  if (status) query = query.where('p.status', '=', status);
  const [rows, count] = await Promise.all([
    query
      .selectAll('p')
      .select(['o.path as owner_path', 'o.name_en as owner_en', 'o.name_hi as owner_hi'])
      .select((eb) => eb.selectFrom('plan_requirements as r').select(eb.fn.countAll<string>().as('n')).whereRef('r.plan_id', '=', 'p.id').as('requirement_count'))
      .orderBy('p.updated_at', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

/** Org paths of the given org ids (audience groups name subtrees by id). */
export async function orgPaths(db: Q, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('orgs').select(['id', 'path']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r.path]));
}

/** Live plans whose requirements name a course (fixed lists and "any of") or could include it (tags). */
export async function livePlansTouchingCourse(db: Q, courseId: string, tags: string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('plan_requirements as r')
    .innerJoin('plans as p', 'p.id', 'r.plan_id')
    .select('r.plan_id')
    .distinct()
    .where('p.status', '=', 'live')
    .where((eb) => eb.or([sql<boolean>`${courseId}::uuid = ANY(r.course_ids)`, ...(tags.length ? [sql<boolean>`r.tags && ${sql.val(tags)}::text[]`] : [])]))
    .execute();
  return rows.map((r) => r.plan_id);
}
