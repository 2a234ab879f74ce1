import type { Transaction } from 'kysely';
import type { DB } from '../../db/database';
import { writeOutbox, writeOutboxMany } from '../../platform/outbox';

/** A user became active: self-registration verified (domain or link), approved, created or imported by an admin, reactivated. */
export const USER_ACTIVATED = 'user.activated';
/** An active user was deactivated by an admin. */
export const USER_DEACTIVATED = 'user.deactivated';

/** A verified self-registration now waits for an admin's approval (counted as registered by the reports). */
export const USER_AWAITING_APPROVAL = 'user.awaiting_approval';
/** A registration waiting for approval was rejected. */
export const USER_REJECTED = 'user.rejected';

/** Payload of `user.activated`, `user.deactivated`, `user.awaiting_approval` and `user.rejected`. */
export interface UserStatusEvent {
  userId: string;
}

/** Records `user.activated` in the caller's transaction (training plans assign the person). */
export async function writeUserActivated(trx: Transaction<DB>, userId: string): Promise<void> {
  await writeOutbox(trx, USER_ACTIVATED, { userId });
}

/** Records `user.activated` for many people with one statement (bulk import, one per chunk). */
export async function writeUsersActivated(trx: Transaction<DB>, userIds: string[]): Promise<void> {
  await writeOutboxMany(trx, USER_ACTIVATED, userIds.map((userId) => ({ userId })));
}

/** Records `user.deactivated` in the caller's transaction. */
export async function writeUserDeactivated(trx: Transaction<DB>, userId: string): Promise<void> {
  await writeOutbox(trx, USER_DEACTIVATED, { userId });
}

/** Records `user.awaiting_approval` or `user.rejected` in the caller's transaction. */
export async function writeRegistrationStatus(trx: Transaction<DB>, topic: typeof USER_AWAITING_APPROVAL | typeof USER_REJECTED, userId: string): Promise<void> {
  await writeOutbox(trx, topic, { userId });
}
