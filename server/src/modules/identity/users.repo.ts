import type { Insertable, Kysely, Transaction } from 'kysely';
import type { DB, UsersTable, PostingsTable, Role } from '../../db/schema';

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
