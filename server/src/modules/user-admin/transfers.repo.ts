import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';
import { withinPaths } from './user-admin.repo';

type Q = Kysely<DB> | Transaction<DB>;
export type TransferStatus = 'pending' | 'accepted' | 'rejected' | 'cancelled';

/** Transfers with the person, both orgs (with their paths, for authorization) and the new designation. */
function transferQuery(db: Q) {
  return db
    .selectFrom('transfers')
    .innerJoin('users', 'users.id', 'transfers.user_id')
    .innerJoin('orgs as fo', 'fo.id', 'transfers.from_org_id')
    .innerJoin('orgs as tor', 'tor.id', 'transfers.to_org_id')
    .leftJoin('designations', 'designations.id', 'transfers.to_designation_id')
    .select([
      'transfers.id',
      'transfers.user_id',
      'transfers.from_org_id',
      'transfers.to_org_id',
      'transfers.to_designation_id',
      'transfers.effective_date',
      'transfers.status',
      'transfers.reason',
      'transfers.requested_by',
      'transfers.created_at',
      'transfers.decided_at',
      'users.employee_id',
      'users.full_name',
      'users.full_name_hi',
      'fo.path as from_path',
      'fo.name_en as from_en',
      'fo.name_hi as from_hi',
      'tor.path as to_path',
      'tor.name_en as to_en',
      'tor.name_hi as to_hi',
      'tor.tenant_id as to_tenant_id',
      'designations.name_en as d_en',
      'designations.name_hi as d_hi',
    ]);
}
export type TransferRow = Awaited<ReturnType<ReturnType<typeof transferQuery>['executeTakeFirstOrThrow']>>;

/** One transfer by id. */
export async function findTransfer(db: Q, id: string): Promise<TransferRow | undefined> {
  return transferQuery(db).where('transfers.id', '=', id).executeTakeFirst();
}

/** A user's pending transfer, if any (there is at most one). */
export async function pendingTransferOf(db: Q, userId: string): Promise<TransferRow | undefined> {
  return transferQuery(db).where('transfers.user_id', '=', userId).where('transfers.status', '=', 'pending').executeTakeFirst();
}

/** Transfers into (incoming) or out of (outgoing) the subtrees, newest first. */
export async function listTransfers(db: Q, direction: 'incoming' | 'outgoing', scopes: string[], status: TransferStatus) {
  return transferQuery(db)
    .where(withinPaths(direction === 'incoming' ? 'tor.path' : 'fo.path', scopes))
    .where('transfers.status', '=', status)
    .orderBy('transfers.created_at', 'desc')
    .limit(500)
    .execute();
}
