import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { UserStatus } from '../identity';

type Q = Kysely<DB> | Transaction<DB>;

/** A filter keeping rows whose org path lies in one of the subtrees. */
export function withinPaths(column: string, paths: string[]): RawBuilder<boolean> {
  if (paths.length === 0) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(
    paths.map((p) => sql`${sql.ref(column)} like ${`${p}%`}`),
    sql` or `,
  )})`;
}

/** Users joined to their org and designation, with the columns an admin view presents. */
export function adminUserQuery(db: Q) {
  return db
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.org_id')
    .leftJoin('designations', 'designations.id', 'users.designation_id')
    .select([
      'users.id',
      'users.employee_id',
      'users.full_name',
      'users.full_name_hi',
      'users.email',
      'users.mobile',
      'users.status',
      'users.employee_group',
      'users.cadre',
      'users.service',
      'users.email_verified_at',
      'users.mobile_verified_at',
      'users.created_at',
      'orgs.id as org_id',
      'orgs.name_en as org_en',
      'orgs.name_hi as org_hi',
      'orgs.path as org_path',
      'designations.id as d_id',
      'designations.name_en as d_en',
      'designations.name_hi as d_hi',
    ]);
}
export type AdminUserRow = Awaited<ReturnType<ReturnType<typeof adminUserQuery>['executeTakeFirstOrThrow']>>;

/** One user with the columns the admin detail needs (closed accounts included). */
export async function findAdminUser(db: Q, id: string) {
  return adminUserQuery(db)
    .select([
      'users.tenant_id',
      'users.designation_id',
      'users.activation',
      'users.rejection_reason',
      'users.deactivation_reason',
      'users.merged_into',
      'users.language',
      'users.notification_prefs',
    ])
    .where('users.id', '=', id)
    .executeTakeFirst();
}

export interface UserSearch {
  scopes: string[];
  orgPath?: string;
  status?: UserStatus;
  q?: string;
  page: number;
  pageSize: number;
  oldestFirst?: boolean;
}

/** A page of users in the scopes, optionally under one org, with one status, matching a search; with the total. */
export async function searchUsers(db: Q, s: UserSearch): Promise<{ rows: AdminUserRow[]; total: number }> {
  let query = adminUserQuery(db).where(withinPaths('orgs.path', s.scopes));
  if (s.orgPath) query = query.where('orgs.path', 'like', `${s.orgPath}%`);
  if (s.status) query = query.where('users.status', '=', s.status);
  else query = query.where('users.status', 'not in', ['merged', 'pending_verification']);
  const q = s.q?.trim();
  if (q) {
    const digits = q.replace(/[\s+-]/g, '').replace(/^91(?=\d{10}$)/, '');
    const escaped = q.replace(/[%_\\]/g, '\\$&');
    const like = `%${escaped}%`;
    query = query.where((eb) =>
      eb.or([
        eb('users.full_name', 'ilike', like),
        eb('users.full_name_hi', 'ilike', like),
        eb(eb.fn('lower', ['users.employee_id']), '=', q.toLowerCase()),
        eb('users.email', '=', q.toLowerCase()),
        eb('users.email', 'like', `${escaped.toLowerCase()}%`),
        ...(/^\d{4,10}$/.test(digits) ? [eb('users.mobile', 'like', `%${digits}`)] : []),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .orderBy('users.created_at', s.oldestFirst ? 'asc' : 'desc')
      .orderBy('users.id')
      .limit(s.pageSize)
      .offset((s.page - 1) * s.pageSize)
      .execute(),
    query.clearSelect().select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

/** The roles a user holds, with the org each covers. */
export async function rolesOf(db: Q, userId: string) {
  return db
    .selectFrom('role_assignments')
    .innerJoin('orgs', 'orgs.id', 'role_assignments.org_id')
    .select(['role_assignments.role', 'role_assignments.created_at', 'orgs.id', 'orgs.name_en', 'orgs.name_hi'])
    .where('role_assignments.user_id', '=', userId)
    .orderBy('role_assignments.created_at')
    .execute();
}

/** Moves a user to a new posting: closes the open one the day before it starts and opens the new one, in the caller's transaction. */
export async function changePosting(
  trx: Transaction<DB>,
  p: { userId: string; orgId: string; tenantId: string; designationId: string | null; effectiveDate: string; reason: 'transfer' | 'profile_change' | 'admin_edit'; now: Date },
): Promise<void> {
  const dayBefore = new Date(Date.parse(`${p.effectiveDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await trx
    .updateTable('postings')
    .set({ to_date: sql<string>`greatest(from_date, ${dayBefore}::date)` })
    .where('user_id', '=', p.userId)
    .where('to_date', 'is', null)
    .execute();
  await trx
    .insertInto('postings')
    .values({ user_id: p.userId, org_id: p.orgId, designation_id: p.designationId, from_date: p.effectiveDate, reason: p.reason })
    .execute();
  await trx
    .updateTable('users')
    .set({ org_id: p.orgId, tenant_id: p.tenantId, designation_id: p.designationId, updated_at: p.now })
    .where('id', '=', p.userId)
    .execute();
}

/** Other open accounts in a tenant using this employee ID. */
export async function employeeIdHolders(db: Q, tenantId: string, employeeId: string, exceptUserId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'tenant_id', 'employee_id', 'email', 'mobile'])
    .where('tenant_id', '=', tenantId)
    .where(sql<boolean>`lower(employee_id) = ${employeeId.toLowerCase()}`)
    .where('status', 'not in', ['merged', 'rejected'])
    .where('id', '!=', exceptUserId)
    .execute();
}
