import type { Role } from '../db/column-types';
import type { Actor } from './actor';
import { errors } from './errors';

/** Roles that administer people in their subtree. */
export const USER_ADMIN_ROLES: readonly Role[] = ['mdo_admin', 'state_admin', 'platform_admin'];

/** True when the actor holds one of the roles over an org whose subtree contains orgPath. */
export function holdsRoleOver(actor: Actor, roles: readonly Role[], orgPath: string): boolean {
  return actor.roles.some((grant) => roles.includes(grant.role) && orgPath.startsWith(grant.orgPath));
}

/** True when the actor holds any of the roles anywhere. */
export function holdsAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.roles.some((grant) => roles.includes(grant.role));
}

/** The subtree roots (paths) in which the actor holds one of the roles; empty means none. */
export function scopePaths(actor: Actor, roles: readonly Role[]): string[] {
  return actor.roles.filter((g) => roles.includes(g.role)).map((g) => g.orgPath);
}

/** Throws 403 unless the check passed: authorization denies by default. */
export function ensure(allowed: boolean): void {
  if (!allowed) throw errors.forbidden();
}
