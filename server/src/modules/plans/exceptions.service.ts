import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { ensure, holdsRoleOver, USER_ADMIN_ROLES } from '../../platform/policy';
import { cyclesOf, findAssignment, lockPerson, refreshSummaries, updateCycle } from './assignments.repo';
import { followDeadlines } from './enrol.service';
import { writeComplianceChanged } from './plans.events';
import { planError } from './plans.messages';
import { adminScopes } from './plans.policy';
import { findPlan } from './plans.repo';
import { dueEnd, effectiveDue } from './plans.rules';
import { exceptionRole, personInPlan } from './progress.service';

export type ExceptionInput =
  | { kind: 'extension'; dueDate: string; reason: string; requirementId?: string }
  | { kind: 'exemption'; reason: string; requirementId?: string };

/**
 * Grants an extension (a later due date) or an exemption to one person in one live plan, for one requirement or all,
 * with the reason and the approver kept in the history. Granted by an admin over the person's organisation or by
 * their recorded reporting officer; applies to the open cycles (completed ones are not changed).
 */
export async function grantException(ctx: AppContext, actor: Actor, source: AuditSource, planId: string, userId: string, input: ExceptionInput) {
  const role = await exceptionRole(ctx, actor, userId);
  if (role === null) {
    // Deny by default; an admin elsewhere learns nothing about the person.
    ensure(adminScopes(actor).length > 0);
    throw planError(404, 'ASSIGNMENT_NOT_FOUND');
  }
  const plan = await findPlan(ctx.db, planId);
  if (!plan || plan.status === 'draft') throw planError(404, 'PLAN_NOT_FOUND');
  if (plan.status !== 'live') throw planError(409, 'PLAN_NOT_LIVE');
  const reason = input.reason.trim();
  if (!reason) throw errors.validation([{ field: 'reason', code: 'required' }]);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await lockPerson(trx, userId);
    const assignment = await findAssignment(trx, userId, planId);
    if (!assignment || assignment.status !== 'active') throw planError(404, 'ASSIGNMENT_NOT_FOUND');
    const cycles = (await cyclesOf(trx, userId, [planId])).filter((c) => c.closed_at === null && c.completed_at === null && !c.exempted);
    if (input.requirementId && !(await trx.selectFrom('plan_requirements').select('id').where('id', '=', input.requirementId).where('plan_id', '=', planId).executeTakeFirst())) {
      throw planError(400, 'REQUIREMENT_NOT_IN_PLAN', {}, [{ field: 'requirementId', code: 'REQUIREMENT_NOT_IN_PLAN' }]);
    }
    const targets = cycles.filter((c) => !input.requirementId || c.requirement_id === input.requirementId);
    if (targets.length === 0) throw planError(409, 'NOTHING_OPEN');
    let extendedTo: Date | null = null;
    if (input.kind === 'extension') {
      extendedTo = dueEnd(input.dueDate);
      const later = targets.filter((c) => (extendedTo as Date) > effectiveDue({ dueAt: c.due_at, extendedTo: c.extended_to }));
      if (extendedTo <= now || later.length === 0) throw planError(400, 'EXTENSION_DATE_INVALID', {}, [{ field: 'dueDate', code: 'EXTENSION_DATE_INVALID' }]);
      // Reminders start again for the new date.
      for (const c of later) await updateCycle(trx, c, { extended_to: extendedTo, reminded_week_at: null, reminded_day_at: null, overdue_reminded_at: null });
      await followDeadlines(trx, userId, now);
    } else {
      for (const c of targets) await updateCycle(trx, c, { exempted: true });
    }
    await trx
      .insertInto('plan_exceptions')
      .values({ user_id: userId, plan_id: planId, requirement_id: input.requirementId ?? null, kind: input.kind, extended_to: extendedTo, reason, approved_by: actor.userId, approver_role: role, created_at: now })
      .execute();
    await refreshSummaries(trx, [userId], now, planId);
    if (plan.acr_linked) await writeComplianceChanged(trx, [userId], planId);
    await audit(trx, source, input.kind === 'extension' ? 'plan.extension_granted' : 'plan.exemption_granted', { type: 'plan_assignment', id: `${planId}:${userId}`, orgId: assignment.org_id }, {
      planId,
      userId,
      requirementId: input.requirementId ?? null,
      approverRole: role,
      ...(input.kind === 'extension' ? { dueDate: input.dueDate } : {}),
    });
  });
  return personInPlan(ctx, actor, planId, userId);
}

/** Records (or with null removes) a person's reporting officer; admins over the person's organisation only. */
export async function setReportingOfficer(ctx: AppContext, actor: Actor, source: AuditSource, userId: string, officerId: string | null) {
  const user = await ctx.db.selectFrom('users as u').innerJoin('orgs as o', 'o.id', 'u.org_id').select(['u.id', 'u.org_id', 'o.path']).where('u.id', '=', userId).executeTakeFirst();
  ensure(adminScopes(actor).length > 0);
  if (!user || !holdsRoleOver(actor, USER_ADMIN_ROLES, user.path)) throw planError(404, 'USER_NOT_FOUND');
  if (officerId !== null) {
    const officer = await ctx.db.selectFrom('users as u').innerJoin('orgs as o', 'o.id', 'u.org_id').select(['u.id', 'u.status', 'o.path']).where('u.id', '=', officerId).executeTakeFirst();
    if (!officer || officer.id === userId || officer.status !== 'active' || !adminScopes(actor).some((s) => officer.path.startsWith(s))) {
      throw planError(400, 'REPORTING_OFFICER_INVALID', {}, [{ field: 'officerId', code: 'REPORTING_OFFICER_INVALID' }]);
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (officerId === null) await trx.deleteFrom('plan_reporting_officers').where('user_id', '=', userId).execute();
    else {
      await trx
        .insertInto('plan_reporting_officers')
        .values({ user_id: userId, officer_id: officerId, recorded_by: actor.userId, recorded_at: ctx.clock.now() })
        .onConflict((oc) => oc.column('user_id').doUpdateSet({ officer_id: officerId, recorded_by: actor.userId, recorded_at: ctx.clock.now() }))
        .execute();
    }
    await audit(trx, source, 'plan.reporting_officer_set', { type: 'user', id: userId, orgId: user.org_id }, { officerId });
  });
  return { userId, officerId };
}
