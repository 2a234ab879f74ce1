import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Role } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { PostingsTable, UsersTable } from './identity.tables';

type Q = Kysely<DB> | Transaction<DB>;

export const CLOSED_STATUSES = ['merged', 'rejected'] as const;

/** Inserts a user and their first posting in the caller's transaction. */
export async function insertUser(
  db: Q,
  user: Insertable<UsersTable>,
  posting: { fromDate: string; reason: PostingsTable['reason'] },
): Promise<string> {
  const row = await db.insertInto('users').values(user).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('postings')
    .values({
      user_id: row.id,
      org_id: user.org_id,
      designation_id: user.designation_id ?? null,
      from_date: posting.fromDate,
      reason: posting.reason,
    })
    .execute();
  return row.id;
}

/** Inserts many users with their first postings in two statements (bulk import); ids are chosen by the caller. */
export async function insertUsers(
  db: Q,
  users: (Insertable<UsersTable> & { id: string; designation_id: string | null })[],
  posting: { fromDate: string; reason: PostingsTable['reason'] },
): Promise<void> {
  if (users.length === 0) return;
  const col = <T>(pick: (u: (typeof users)[number]) => T) => users.map(pick);
  const at = (d: Date | string | undefined) => (d === undefined ? null : new Date(d).toISOString());
  await sql`
    INSERT INTO users (id, tenant_id, org_id, designation_id, employee_id, full_name, full_name_hi, email, mobile,
      employee_group, cadre, service, status, activation, language, created_at, updated_at)
    SELECT id, tenant_id, org_id, designation_id, employee_id, full_name, full_name_hi, email, mobile,
      employee_group, cadre, service, status, activation, language, created_at, created_at
    FROM unnest(
      ${col((u) => u.id)}::uuid[], ${col((u) => u.tenant_id)}::uuid[], ${col((u) => u.org_id)}::uuid[],
      ${col((u) => u.designation_id)}::uuid[], ${col((u) => u.employee_id)}::text[], ${col((u) => u.full_name)}::text[],
      ${col((u) => u.full_name_hi ?? null)}::text[], ${col((u) => u.email)}::text[], ${col((u) => u.mobile)}::text[],
      ${col((u) => u.employee_group)}::text[], ${col((u) => u.cadre ?? null)}::text[], ${col((u) => u.service ?? null)}::text[],
      ${col((u) => u.status)}::text[], ${col((u) => u.activation ?? null)}::text[], ${col((u) => u.language ?? 'en')}::text[],
      ${col((u) => at(u.created_at) ?? new Date().toISOString())}::timestamptz[]
    ) AS t(id, tenant_id, org_id, designation_id, employee_id, full_name, full_name_hi, email, mobile,
      employee_group, cadre, service, status, activation, language, created_at)`.execute(db);
  await sql`
    INSERT INTO postings (user_id, org_id, designation_id, from_date, reason)
    SELECT user_id, org_id, designation_id, ${posting.fromDate}::date, ${posting.reason}
    FROM unnest(${col((u) => u.id)}::uuid[], ${col((u) => u.org_id)}::uuid[], ${col((u) => u.designation_id)}::uuid[])
      AS t(user_id, org_id, designation_id)`.execute(db);
}

export async function findUserById(db: Q, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Open (not merged or rejected) accounts that use any of these identifiers. */
export async function findOpenAccountsByIdentifiers(
  db: Q,
  ids: { tenantId: string; employeeId: string; email: string; mobile: string },
) {
  return db
    .selectFrom('users')
    .select(['id', 'status', 'email', 'mobile', 'employee_id', 'tenant_id'])
    .where('status', 'not in', CLOSED_STATUSES)
    .where((eb) =>
      eb.or([
        eb.and([eb('tenant_id', '=', ids.tenantId), eb(eb.fn('lower', ['employee_id']), '=', ids.employeeId.toLowerCase())]),
        eb('email', '=', ids.email),
        eb('mobile', '=', ids.mobile),
      ]),
    )
    .execute();
}

/** Accounts matching a sign-in identifier: an e-mail, a mobile number or an employee ID. */
export async function findUsersByIdentifier(db: Q, identifier: { email?: string; mobile?: string; employeeId?: string }) {
  let query = db.selectFrom('users').selectAll().where('status', 'not in', CLOSED_STATUSES);
  if (identifier.email) query = query.where('email', '=', identifier.email);
  else if (identifier.mobile) query = query.where('mobile', '=', identifier.mobile);
  else if (identifier.employeeId) query = query.where((eb) => eb(eb.fn('lower', ['employee_id']), '=', identifier.employeeId?.toLowerCase() ?? ''));
  else return [];
  return query.execute();
}

export async function grantRole(db: Q, userId: string, role: Role, orgId: string, grantedBy: string | null): Promise<void> {
  await db
    .insertInto('role_assignments')
    .values({ user_id: userId, role, org_id: orgId, granted_by: grantedBy })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
