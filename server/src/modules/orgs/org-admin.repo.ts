import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/database';

type Q = Kysely<DB> | Transaction<DB>;

/** Serialises changes to the shape of the tree (moves, closures, new children), so two moves cannot form a cycle. */
export const ORG_TREE_LOCK = 727_274_070;

/** Takes the tree lock for the rest of the transaction. */
export async function lockTree(trx: Transaction<DB>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${ORG_TREE_LOCK})`.execute(trx);
}

/** Every org in the subtrees (closed ones too), with its active people and open children, in tree order. */
export async function listTree(db: Q, scopes: string[]) {
  if (scopes.length === 0) return [];
  const within = sql.join(scopes.map((p) => sql`o.path LIKE ${`${p}%`}`), sql` OR `);
  const { rows } = await sql<{
    id: string; parent_id: string | null; path: string; depth: number; type: string; code: string; name_en: string; name_hi: string; status: 'active' | 'closed';
    people: number; open_children: number;
  }>`
    SELECT o.id, o.parent_id, o.path, o.depth, o.type, o.code, o.name_en, o.name_hi, o.status,
      (SELECT count(*)::int FROM users u WHERE u.org_id = o.id AND u.status = 'active') AS people,
      (SELECT count(*)::int FROM orgs c WHERE c.parent_id = o.id AND c.status = 'active') AS open_children
    FROM orgs o WHERE (${within}) ORDER BY o.path LIMIT 5000`.execute(db);
  return rows;
}

/** Open child orgs of an org. */
export async function openChildCount(db: Q, orgId: string): Promise<number> {
  const row = await db.selectFrom('orgs').select((eb) => eb.fn.countAll<number>().as('n')).where('parent_id', '=', orgId).where('status', '=', 'active').executeTakeFirstOrThrow();
  return Number(row.n);
}

/** People of an org by account status. */
export async function peopleCount(db: Q, orgId: string, status: 'active' | 'pending_approval'): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('org_id', '=', orgId).where('status', '=', status).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Sets an org's names. */
export async function renameOrg(db: Q, id: string, names: { nameEn: string; nameHi: string }, now: Date): Promise<void> {
  await db.updateTable('orgs').set({ name_en: names.nameEn, name_hi: names.nameHi, updated_at: now }).where('id', '=', id).execute();
}

/**
 * Moves an org under a new parent: rewrites the materialised path and depth of the org and every descendant (the
 * copies other modules keep follow through the `orgs.moving` hook point, in the same transaction).
 */
export async function moveSubtree(trx: Transaction<DB>, org: { id: string; path: string; depth: number }, parent: { id: string; path: string; depth: number }, now: Date): Promise<string> {
  const newPath = `${parent.path}${org.id}/`;
  const like = `${org.path}%`;
  const cut = org.path.length + 1;
  const delta = parent.depth + 1 - org.depth;
  await trx.updateTable('orgs').set({ parent_id: parent.id, updated_at: now }).where('id', '=', org.id).execute();
  await sql`UPDATE orgs SET path = ${newPath} || substr(path, ${cut}), depth = depth + ${delta} WHERE path LIKE ${like}`.execute(trx);
  return newPath;
}

/** Marks an org closed (kept for history). */
export async function markClosed(trx: Transaction<DB>, id: string, now: Date): Promise<void> {
  await trx.updateTable('orgs').set({ status: 'closed', closed_at: now, updated_at: now, registration_token: null }).where('id', '=', id).execute();
}
