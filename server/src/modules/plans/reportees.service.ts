import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { ensure, holdsRoleOver, USER_ADMIN_ROLES } from '../../platform/policy';
import { planError } from './plans.messages';
import { adminScopes } from './plans.policy';
import { dueDateOf } from './plans.rules';
import { personStatus } from './progress.service';

/** The people whose reporting officer is the actor, with their live plans' statuses (officers grant extensions from here). */
export async function myReportees(ctx: AppContext, actor: Actor) {
  const now = ctx.clock.now();
  const people = await ctx.db
    .selectFrom('plan_reporting_officers as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.employee_id', 'u.full_name'])
    .where('r.officer_id', '=', actor.userId)
    .orderBy('u.full_name')
    .limit(500)
    .execute();
  if (people.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('plan_assignments as a')
    .innerJoin('plans as p', 'p.id', 'a.plan_id')
    .select(['a.user_id', 'a.status', 'a.state', 'a.due_at', 'a.late', 'a.renewal', 'a.extended', 'p.id as plan_id', 'p.name_en', 'p.name_hi'])
    .where('a.user_id', 'in', people.map((p) => p.id))
    .where('a.status', '=', 'active')
    .where('p.status', '=', 'live')
    .execute();
  return people.map((p) => ({
    userId: p.id,
    employeeId: p.employee_id,
    name: p.full_name,
    plans: rows
      .filter((r) => r.user_id === p.id)
      .map((r) => ({ planId: r.plan_id, name: { en: r.name_en, hi: r.name_hi }, status: personStatus(r, now), dueDate: r.due_at ? dueDateOf(new Date(r.due_at)) : null })),
  }));
}

/** A person's recorded reporting officer, for admins over the person's organisation (404 otherwise). */
export async function reportingOfficerOf(ctx: AppContext, actor: Actor, userId: string) {
  ensure(adminScopes(actor).length > 0);
  const user = await ctx.db.selectFrom('users as u').innerJoin('orgs as o', 'o.id', 'u.org_id').select(['u.id', 'o.path']).where('u.id', '=', userId).executeTakeFirst();
  if (!user || !holdsRoleOver(actor, USER_ADMIN_ROLES, user.path)) throw planError(404, 'USER_NOT_FOUND');
  const officer = await ctx.db
    .selectFrom('plan_reporting_officers as r')
    .innerJoin('users as u', 'u.id', 'r.officer_id')
    .select(['u.id', 'u.employee_id', 'u.full_name', 'u.full_name_hi'])
    .where('r.user_id', '=', userId)
    .executeTakeFirst();
  return {
    userId,
    officer: officer ? { id: officer.id, employeeId: officer.employee_id, nameEn: officer.full_name, nameHi: officer.full_name_hi || officer.full_name } : null,
  };
}
