import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { ensure } from '../../platform/policy';
import { findOrg } from '../orgs';
import { identityErrors } from '../identity';
import { userAdminErrors, type UserAdminErrorCode } from './user-admin.messages';
import { canAdministerOrg, isUserAdmin } from './user-admin.policy';
import { findAdminUser } from './user-admin.repo';

/** A user-administration error with its bilingual message, naming the field at fault if there is one. */
export function adminFail(status: number, code: UserAdminErrorCode, field?: string, params: Record<string, unknown> = {}): AppError {
  const text = userAdminErrors[code];
  return new AppError(status, code, text, params, field ? [{ field, code, message: text }] : []);
}

/** 403 unless the actor administers people somewhere: every admin route checks this first. */
export function requireUserAdmin(actor: Actor): void {
  ensure(isUserAdmin(actor));
}

/** Loads a user the actor administers: 404 when unknown, 403 when outside the actor's subtrees. */
export async function loadManagedUser(ctx: AppContext, actor: Actor, userId: string) {
  requireUserAdmin(actor);
  const user = await findAdminUser(ctx.db, userId);
  if (!user) throw adminFail(404, 'USER_NOT_FOUND');
  ensure(canAdministerOrg(actor, user.org_path));
  return user;
}

/** Like loadManagedUser, and 409 when the account is closed (merged or rejected). */
export async function loadOpenManagedUser(ctx: AppContext, actor: Actor, userId: string) {
  const user = await loadManagedUser(ctx, actor, userId);
  if (user.status === 'merged' || user.status === 'rejected') throw adminFail(409, 'ACCOUNT_CLOSED');
  return user;
}

/** Loads an org named in a request body: 400 ORG_UNKNOWN on the field when it does not exist. */
export async function loadOrgField(ctx: AppContext, orgId: string, field: string) {
  const org = await findOrg(ctx.db, orgId);
  // A closed org takes no new people: for placing someone it is as good as unknown.
  if (!org || org.status !== 'active') throw new AppError(400, 'ORG_UNKNOWN', identityErrors.ORG_UNKNOWN, {}, [{ field, code: 'ORG_UNKNOWN', message: identityErrors.ORG_UNKNOWN }]);
  return org;
}

/** Loads an org the actor administers (for filters): 404 when unknown, 403 when outside their subtrees. */
export async function loadManagedOrg(ctx: AppContext, actor: Actor, orgId: string) {
  const org = await findOrg(ctx.db, orgId);
  if (!org) throw errors.notFound();
  ensure(canAdministerOrg(actor, org.path));
  return org;
}

/** Today in UTC as YYYY-MM-DD. */
export function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** 400 unless a YYYY-MM-DD date is within a year of today. */
export function checkEffectiveDate(date: string, now: Date, field = 'effectiveDate'): void {
  const at = Date.parse(`${date}T00:00:00Z`);
  const year = 366 * 86_400_000;
  if (Number.isNaN(at) || Math.abs(at - now.getTime()) > year) throw adminFail(400, 'EFFECTIVE_DATE_INVALID', field);
}
