import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { OrgType } from './orgs.tables';

type Q = Kysely<DB> | Transaction<DB>;
const orgColumns = ['id', 'parent_id', 'path', 'depth', 'type', 'code', 'name_en', 'name_hi', 'tenant_id', 'email_domains', 'status'] as const;

export async function findOrg(db: Q, id: string) {
  return db.selectFrom('orgs').select(orgColumns).where('id', '=', id).executeTakeFirst();
}

export async function findOrgByCode(db: Q, code: string) {
  return db.selectFrom('orgs').select(orgColumns).where('code', '=', code).executeTakeFirst();
}

export async function findOrgByRegistrationToken(db: Q, token: string) {
  return db.selectFrom('orgs').select(orgColumns).where('registration_token', '=', token).where('status', '=', 'active').executeTakeFirst();
}

/** Open child orgs (closed ones are hidden from pickers and registration). */
export async function listChildren(db: Q, parentId: string | null) {
  let query = db.selectFrom('orgs').select(orgColumns).where('status', '=', 'active').orderBy('name_en');
  query = parentId ? query.where('parent_id', '=', parentId) : query.where('parent_id', 'is', null);
  return query.execute();
}

/** Open orgs whose English or Hindi name contains q or a word close to it (trigram word similarity), within an optional subtree. */
export async function searchOrgs(db: Q, q: string, withinPath: string | null, limit: number) {
  let query = db
    .selectFrom('orgs')
    .select(orgColumns)
    .select(sql<number>`greatest(word_similarity(${q}, name_en), word_similarity(${q}, name_hi))`.as('score'))
    .where((eb) =>
      eb.or([
        eb('name_en', 'ilike', `%${q}%`),
        eb('name_hi', 'ilike', `%${q}%`),
        eb('code', 'ilike', `${q}%`),
        sql<boolean>`word_similarity(${q}, name_en) >= 0.5`,
        sql<boolean>`word_similarity(${q}, name_hi) >= 0.5`,
      ]),
    )
    .where('status', '=', 'active')
    .orderBy('score', 'desc')
    .orderBy('name_en')
    .limit(limit);
  if (withinPath) query = query.where('path', 'like', `${withinPath}%`);
  return query.execute();
}

/** The org and its ancestors, root first. */
export async function ancestry(db: Q, path: string) {
  const ids = path.split('/').filter(Boolean);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('orgs').select(orgColumns).where('id', 'in', ids).execute();
  return ids.map((id) => rows.find((r) => r.id === id)).filter((r) => r !== undefined);
}

/** Designations usable in an org: those linked to it or to any ancestor. */
export async function designationsForOrg(db: Q, path: string) {
  const ids = path.split('/').filter(Boolean);
  return db
    .selectFrom('designations')
    .innerJoin('org_designations', 'org_designations.designation_id', 'designations.id')
    .select(['designations.id', 'designations.code', 'designations.abbr', 'designations.name_en', 'designations.name_hi', 'designations.level'])
    .where('org_designations.org_id', 'in', ids)
    .distinct()
    .orderBy('designations.name_en')
    .execute();
}

export async function findDesignation(db: Q, id: string) {
  return db.selectFrom('designations').select(['id', 'code', 'abbr', 'name_en', 'name_hi', 'level']).where('id', '=', id).executeTakeFirst();
}

export async function findDesignationByCode(db: Q, code: string) {
  return db.selectFrom('designations').select(['id', 'code', 'abbr', 'name_en', 'name_hi', 'level']).where('code', '=', code).executeTakeFirst();
}

export async function listDesignations(db: Q) {
  return db.selectFrom('designations').select(['id', 'code', 'abbr', 'name_en', 'name_hi', 'level']).orderBy('name_en').execute();
}

/** Inserts an org under a parent, computing its materialised path and tenant. */
export async function insertOrg(
  db: Q,
  org: { parentId: string | null; type: OrgType; code: string; nameEn: string; nameHi: string; emailDomains?: string[]; registrationToken?: string | null },
) {
  const parent = org.parentId ? await findOrg(db, org.parentId) : undefined;
  const id = crypto.randomUUID();
  const path = `${parent?.path ?? '/'}${id}/`;
  const isTenant = org.type === 'state' || org.type === 'centre';
  const tenantId = isTenant ? id : (parent?.tenant_id ?? null);
  await db
    .insertInto('orgs')
    .values({
      id,
      parent_id: org.parentId,
      path,
      depth: (parent?.depth ?? -1) + 1,
      type: org.type,
      code: org.code,
      name_en: org.nameEn,
      name_hi: org.nameHi,
      tenant_id: tenantId,
      email_domains: org.emailDomains ?? [],
      registration_token: org.registrationToken ?? null,
    })
    .execute();
  return { id, path, tenantId };
}

export async function setRegistrationToken(db: Q, orgId: string, token: string) {
  await db.updateTable('orgs').set({ registration_token: token }).where('id', '=', orgId).execute();
}

export async function getRegistrationToken(db: Q, orgId: string) {
  const row = await db.selectFrom('orgs').select('registration_token').where('id', '=', orgId).executeTakeFirst();
  return row?.registration_token ?? null;
}
