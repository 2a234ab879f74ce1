import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';
import { withinPaths } from './user-admin.repo';

type Q = Kysely<DB> | Transaction<DB>;

/** Profile-change requests with the person, their current org and designation, and the requested ones. */
function requestQuery(db: Q) {
  return db
    .selectFrom('profile_change_requests as pc')
    .innerJoin('users', 'users.id', 'pc.user_id')
    .innerJoin('orgs as cur', 'cur.id', 'users.org_id')
    .leftJoin('designations as cd', 'cd.id', 'users.designation_id')
    .innerJoin('orgs as req', 'req.id', 'pc.org_id')
    .leftJoin('designations as rd', 'rd.id', 'pc.designation_id')
    .select([
      'pc.id',
      'pc.user_id',
      'pc.org_id',
      'pc.designation_id',
      'pc.effective_date',
      'pc.status',
      'pc.reason',
      'pc.created_at',
      'pc.decided_at',
      'users.employee_id',
      'users.full_name',
      'users.full_name_hi',
      'users.status as user_status',
      'cur.id as cur_id',
      'cur.path as cur_path',
      'cur.name_en as cur_en',
      'cur.name_hi as cur_hi',
      'cd.id as cd_id',
      'cd.name_en as cd_en',
      'cd.name_hi as cd_hi',
      'req.path as req_path',
      'req.name_en as req_en',
      'req.name_hi as req_hi',
      'req.tenant_id as req_tenant_id',
      'rd.name_en as rd_en',
      'rd.name_hi as rd_hi',
    ]);
}
export type ProfileChangeRow = Awaited<ReturnType<ReturnType<typeof requestQuery>['executeTakeFirstOrThrow']>>;

/** One request by id. */
export async function findProfileChange(db: Q, id: string): Promise<ProfileChangeRow | undefined> {
  return requestQuery(db).where('pc.id', '=', id).executeTakeFirst();
}

/** A person's most recent request. */
export async function latestProfileChange(db: Q, userId: string): Promise<ProfileChangeRow | undefined> {
  return requestQuery(db).where('pc.user_id', '=', userId).orderBy('pc.created_at', 'desc').limit(1).executeTakeFirst();
}

/** Pending requests whose person's current org or requested org lies in the subtrees, oldest first. */
export async function pendingProfileChanges(db: Q, scopes: string[]) {
  return requestQuery(db)
    .where('pc.status', '=', 'pending')
    .where((eb) => eb.or([withinPaths('cur.path', scopes), withinPaths('req.path', scopes)]))
    .orderBy('pc.created_at')
    .limit(500)
    .execute();
}

/** Moves a pending request to a final status; returns false when it was no longer pending. */
export async function closeProfileChange(
  trx: Transaction<DB>,
  id: string,
  change: { status: 'approved' | 'rejected' | 'cancelled'; decidedBy: string | null; reason: string | null; now: Date },
): Promise<boolean> {
  const row = await trx
    .updateTable('profile_change_requests')
    .set({ status: change.status, decided_by: change.decidedBy, reason: change.reason, decided_at: change.now })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
