import crypto from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { FracTree } from './requirements.rules';

type Q = Kysely<DB> | Transaction<DB>;

/**
 * Paths of the organisations that use each designation (org_designations), by designation id. Read here from the
 * orgs module's reference tables until it exports such a lookup.
 */
export async function designationOrgPaths(db: Q, designationIds?: string[]): Promise<Map<string, string[]>> {
  let query = db.selectFrom('org_designations as od').innerJoin('orgs as o', 'o.id', 'od.org_id').select(['od.designation_id', 'o.path']);
  if (designationIds) {
    if (designationIds.length === 0) return new Map();
    query = query.where('od.designation_id', 'in', designationIds);
  }
  const map = new Map<string, string[]>();
  for (const row of await query.execute()) map.set(row.designation_id, [...(map.get(row.designation_id) ?? []), row.path]);
  return map;
}

/** The FRAC of some designations as trees (competency codes), with their version; absent designations have none. */
export async function loadFracs(db: Q, designationIds: string[]): Promise<Map<string, { version: number; updatedAt: Date; tree: FracTree }>> {
  const result = new Map<string, { version: number; updatedAt: Date; tree: FracTree }>();
  if (designationIds.length === 0) return result;
  const [heads, rows] = await Promise.all([
    db.selectFrom('frac_designations').select(['designation_id', 'version', 'updated_at']).where('designation_id', 'in', designationIds).execute(),
    db
      .selectFrom('frac_roles as r')
      .innerJoin('frac_activities as a', 'a.role_id', 'r.id')
      .leftJoin('frac_activity_competencies as ac', 'ac.activity_id', 'a.id')
      .leftJoin('competencies as c', 'c.id', 'ac.competency_id')
      .select(['r.designation_id', 'r.id as role_id', 'r.name_en as role_en', 'r.name_hi as role_hi', 'a.id as activity_id', 'a.name_en as activity_en', 'a.name_hi as activity_hi', 'c.code', 'ac.level'])
      .where('r.designation_id', 'in', designationIds)
      .orderBy('r.designation_id')
      .orderBy('r.position')
      .orderBy('a.position')
      .orderBy('ac.position')
      .execute(),
  ]);
  for (const h of heads) result.set(h.designation_id, { version: h.version, updatedAt: h.updated_at, tree: { roles: [] } });
  const roleIds = new Map<string, FracTree['roles'][number]>();
  const activityIds = new Map<string, FracTree['roles'][number]['activities'][number]>();
  for (const row of rows) {
    const frac = result.get(row.designation_id);
    if (!frac) continue;
    let role = roleIds.get(row.role_id);
    if (!role) {
      role = { nameEn: row.role_en, nameHi: row.role_hi, activities: [] };
      roleIds.set(row.role_id, role);
      frac.tree.roles.push(role);
    }
    let activity = activityIds.get(row.activity_id);
    if (!activity) {
      activity = { nameEn: row.activity_en, nameHi: row.activity_hi, competencies: [] };
      activityIds.set(row.activity_id, activity);
      role.activities.push(activity);
    }
    if (row.code && row.level !== null) activity.competencies.push({ code: row.code, level: row.level });
  }
  return result;
}

/** Moves a designation's FRAC version on (creating its head row); null when `expected` no longer matches. */
async function bumpVersion(trx: Transaction<DB>, designationId: string, actorId: string | null, now: Date, expected?: number): Promise<number | null> {
  if (expected === undefined) {
    const row = await trx
      .insertInto('frac_designations')
      .values({ designation_id: designationId, version: 1, updated_at: now, updated_by: actorId })
      .onConflict((oc) => oc.column('designation_id').doUpdateSet((eb) => ({ version: eb('frac_designations.version', '+', 1), updated_at: now, updated_by: actorId })))
      .returning('version')
      .executeTakeFirstOrThrow();
    return row.version;
  }
  if (expected === 0) {
    const row = await trx
      .insertInto('frac_designations')
      .values({ designation_id: designationId, version: 1, updated_at: now, updated_by: actorId })
      .onConflict((oc) => oc.column('designation_id').doNothing())
      .returning('version')
      .executeTakeFirst();
    return row?.version ?? null;
  }
  const row = await trx
    .updateTable('frac_designations')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: now, updated_by: actorId }))
    .where('designation_id', '=', designationId)
    .where('version', '=', expected)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

/**
 * Replaces a designation's whole FRAC. With `expectedVersion` the replace happens only if nobody changed it
 * since (0 = it had none); returns the new version, or null on such a conflict.
 */
export async function replaceFrac(
  trx: Transaction<DB>,
  v: { designationId: string; tree: FracTree; competencyIds: Map<string, string>; actorId: string | null; now: Date; expectedVersion?: number },
): Promise<number | null> {
  const version = await bumpVersion(trx, v.designationId, v.actorId, v.now, v.expectedVersion);
  if (version === null) return null;
  await trx.deleteFrom('frac_roles').where('designation_id', '=', v.designationId).execute();
  const roles: { id: string; designation_id: string; position: number; name_en: string; name_hi: string }[] = [];
  const activities: { id: string; role_id: string; position: number; name_en: string; name_hi: string }[] = [];
  const links: { activity_id: string; competency_id: string; level: number; position: number }[] = [];
  v.tree.roles.forEach((role, r) => {
    const roleId = crypto.randomUUID();
    roles.push({ id: roleId, designation_id: v.designationId, position: r + 1, name_en: role.nameEn, name_hi: role.nameHi });
    role.activities.forEach((activity, a) => {
      const activityId = crypto.randomUUID();
      activities.push({ id: activityId, role_id: roleId, position: a + 1, name_en: activity.nameEn, name_hi: activity.nameHi });
      activity.competencies.forEach((c, i) => {
        const competencyId = v.competencyIds.get(c.code);
        if (competencyId) links.push({ activity_id: activityId, competency_id: competencyId, level: c.level, position: i + 1 });
      });
    });
  });
  if (roles.length) await trx.insertInto('frac_roles').values(roles).execute();
  if (activities.length) await trx.insertInto('frac_activities').values(activities).execute();
  if (links.length) await trx.insertInto('frac_activity_competencies').values(links).execute();
  return version;
}

/** Designations with a FRAC summary (version, counts), for the admin list. */
export async function fracSummaries(db: Q) {
  return db
    .selectFrom('designations as d')
    .leftJoin('frac_designations as f', 'f.designation_id', 'd.id')
    .select([
      'd.id',
      'd.code',
      'd.name_en',
      'd.name_hi',
      'f.version',
      'f.updated_at',
      sql<number>`(SELECT count(*)::int FROM frac_roles r WHERE r.designation_id = d.id)`.as('roles'),
      sql<number>`(SELECT count(*)::int FROM designation_requirements q WHERE q.designation_id = d.id)`.as('competencies'),
    ])
    .orderBy('d.name_en')
    .execute();
}
