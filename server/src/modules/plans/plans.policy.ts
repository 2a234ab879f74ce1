import type { Actor } from '../../platform/actor';
import { holdsRoleOver, scopePaths, USER_ADMIN_ROLES } from '../../platform/policy';

/** What an actor may do with a plan. */
export interface PlanPermissions {
  edit: boolean;
  delete: boolean;
  publish: boolean;
  retire: boolean;
  /** Extend a live plan's deadline, widen its audience. */
  change: boolean;
  /** See progress and people, grant extensions and exemptions (for people in their subtrees), export. */
  manage: boolean;
}

/** Subtrees in which the actor administers people (MDO, state and platform admins). */
export function adminScopes(actor: Actor): string[] {
  return scopePaths(actor, USER_ADMIN_ROLES);
}

/** Admins over the owner organisation create and change its plans. */
export function ownsPlanAt(actor: Actor, ownerPath: string): boolean {
  return holdsRoleOver(actor, USER_ADMIN_ROLES, ownerPath);
}

/**
 * Admins see a plan's progress when they own it, or when it covers people they administer (a district admin sees a
 * state-wide plan, limited to their district).
 */
export function canViewPlan(actor: Actor, ownerPath: string): boolean {
  return ownsPlanAt(actor, ownerPath) || adminScopes(actor).some((s) => s.startsWith(ownerPath));
}

/** The subtrees whose people an actor sees in a plan: the whole audience for an owner, else their own scopes inside it. */
export function progressScopes(actor: Actor, ownerPath: string): string[] {
  if (ownsPlanAt(actor, ownerPath)) return [ownerPath];
  return adminScopes(actor).filter((s) => s.startsWith(ownerPath));
}

/** Deny-by-default permissions on one plan. */
export function planPermissions(actor: Actor, plan: { status: string; ownerPath: string }): PlanPermissions {
  const owner = ownsPlanAt(actor, plan.ownerPath);
  const draft = plan.status === 'draft';
  return {
    edit: owner && draft,
    delete: owner && draft,
    publish: owner && draft,
    retire: owner && plan.status === 'live',
    change: owner && plan.status === 'live',
    manage: !draft && canViewPlan(actor, plan.ownerPath),
  };
}
