import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { ensure, holdsRoleOver, USER_ADMIN_ROLES } from '../../platform/policy';
import { findOrg } from '../orgs';
import { cyclesOf, exceptionsOf, findAssignment } from './assignments.repo';
import { loadVisiblePlan } from './authoring.service';
import { requirementLines } from './person-view';
import { rulesOf } from './plan-rules';
import { planError } from './plans.messages';
import { planPermissions, progressScopes } from './plans.policy';
import { dueDateOf } from './plans.rules';
import { peoplePage, progressCounts, type PeopleStatus, type PersonRow } from './progress.repo';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** The subtrees of a plan's people the actor may see, optionally narrowed to one org (403 outside them). */
export async function visiblePaths(ctx: AppContext, actor: Actor, ownerPath: string, orgId?: string): Promise<string[]> {
  const scopes = progressScopes(actor, ownerPath);
  if (!orgId) return scopes;
  const org = await findOrg(ctx.db, orgId);
  if (!org) throw planError(404, 'PLAN_NOT_FOUND');
  ensure(scopes.some((s) => org.path.startsWith(s)));
  return [org.path];
}

/** A plan's progress: how many are assigned, completed on time or late, overdue, pending, exempted. */
export async function planProgress(ctx: AppContext, actor: Actor, planId: string, orgId?: string) {
  const plan = await loadVisiblePlan(ctx, actor, planId);
  ensure(planPermissions(actor, { status: plan.status, ownerPath: plan.owner_path }).manage);
  const paths = await visiblePaths(ctx, actor, plan.owner_path, orgId);
  const now = ctx.clock.now();
  return { planId, asOf: now.toISOString(), sweep: { status: plan.sweep_status, sweptAt: iso(plan.swept_at) }, counts: await progressCounts(ctx.db, planId, paths, now) };
}

/** A person's place in a plan, as one word for lists. */
export function personStatus(r: Pick<PersonRow, 'status' | 'state' | 'due_at' | 'late' | 'renewal' | 'extended'>, now: Date): string {
  if (r.status !== 'active') return r.status === 'ended' ? 'ended' : 'left_audience';
  if (r.state === 'exempted') return 'exempted';
  if (r.state === 'completed') return r.late ? 'completed_late' : 'completed_on_time';
  if (r.due_at && new Date(r.due_at) <= now) return 'overdue';
  if (r.renewal) return 'expired';
  if (r.extended) return 'extended';
  return 'pending';
}

/** A person row for admin lists (contact details are the admin's to see: the people are in their subtrees). */
export function presentPerson(r: PersonRow, now: Date) {
  return {
    userId: r.user_id,
    employeeId: r.employee_id,
    name: r.full_name,
    nameHi: r.full_name_hi,
    email: r.email,
    mobile: r.mobile,
    org: { id: r.org_id, nameEn: r.org_en, nameHi: r.org_hi },
    designation: r.designation_en ? { en: r.designation_en, hi: r.designation_hi ?? r.designation_en } : null,
    status: personStatus(r, now),
    dueAt: iso(r.due_at),
    dueDate: r.due_at ? dueDateOf(new Date(r.due_at)) : null,
    completedAt: iso(r.completed_at),
    assignedAt: new Date(r.assigned_at).toISOString(),
  };
}

/** One page of a plan's people in a bucket (drill-down from the progress counts). */
export async function planPeople(ctx: AppContext, actor: Actor, planId: string, q: { status: PeopleStatus; orgId?: string; q?: string; page: number }) {
  const plan = await loadVisiblePlan(ctx, actor, planId);
  ensure(planPermissions(actor, { status: plan.status, ownerPath: plan.owner_path }).manage);
  const paths = await visiblePaths(ctx, actor, plan.owner_path, q.orgId);
  const now = ctx.clock.now();
  const pageSize = 50;
  const { rows, total } = await peoplePage(ctx.db, planId, paths, q.status, now, q.page, pageSize, q.q);
  return { items: rows.map((r) => presentPerson(r, now)), total, page: q.page, pageSize };
}

/** Who may grant extensions and exemptions to a person: an admin over their org, or their recorded reporting officer. */
export async function exceptionRole(ctx: AppContext, actor: Actor, userId: string): Promise<'admin' | 'reporting_officer' | null> {
  const user = await ctx.db.selectFrom('users as u').innerJoin('orgs as o', 'o.id', 'u.org_id').select(['o.path']).where('u.id', '=', userId).executeTakeFirst();
  if (user && holdsRoleOver(actor, USER_ADMIN_ROLES, user.path)) return 'admin';
  const officer = await ctx.db.selectFrom('plan_reporting_officers').select('officer_id').where('user_id', '=', userId).executeTakeFirst();
  return officer?.officer_id === actor.userId ? 'reporting_officer' : null;
}

/**
 * One person in one plan: their assignment, every requirement with its current cycle and history, their extensions
 * and exemptions. For admins who see the plan and the person, and for the person's reporting officer.
 */
export async function personInPlan(ctx: AppContext, actor: Actor, planId: string, userId: string) {
  const role = await exceptionRole(ctx, actor, userId);
  const row = await ctx.db.selectFrom('plans as p').innerJoin('orgs as o', 'o.id', 'p.owner_org_id').selectAll('p').select(['o.path as owner_path', 'o.name_en as owner_en', 'o.name_hi as owner_hi']).where('p.id', '=', planId).executeTakeFirst();
  if (!row || row.status === 'draft') throw planError(404, 'PLAN_NOT_FOUND');
  const assignment = await findAssignment(ctx.db, userId, planId);
  if (!assignment) throw planError(404, 'ASSIGNMENT_NOT_FOUND');
  const seesAsAdmin = progressScopes(actor, row.owner_path).some((s) => assignment.org_path.startsWith(s));
  if (!seesAsAdmin && role === null) throw planError(404, 'ASSIGNMENT_NOT_FOUND');
  const now = ctx.clock.now();
  const [plan] = await rulesOf(ctx.db, [row], { userId, memberships: new Map() });
  if (!plan) throw planError(404, 'PLAN_NOT_FOUND');
  const [cycles, exceptions, user] = await Promise.all([
    cyclesOf(ctx.db, userId, [planId]),
    exceptionsOf(ctx.db, userId, planId),
    ctx.db
      .selectFrom('users as u')
      .innerJoin('orgs as o', 'o.id', 'u.org_id')
      .leftJoin('designations as d', 'd.id', 'u.designation_id')
      .select(['u.id', 'u.employee_id', 'u.full_name', 'u.full_name_hi', 'o.id as org_id', 'o.name_en as org_en', 'o.name_hi as org_hi', 'd.name_en as d_en', 'd.name_hi as d_hi'])
      .where('u.id', '=', userId)
      .executeTakeFirstOrThrow(),
  ]);
  const lines = (await requirementLines(ctx.db, userId, [plan], cycles, now)).get(planId) ?? [];
  return {
    planId,
    planName: { en: row.name_en, hi: row.name_hi },
    user: {
      id: user.id,
      employeeId: user.employee_id,
      name: user.full_name,
      nameHi: user.full_name_hi,
      org: { id: user.org_id, nameEn: user.org_en, nameHi: user.org_hi },
      designation: user.d_en ? { en: user.d_en, hi: user.d_hi ?? user.d_en } : null,
    },
    assignment: {
      status: assignment.status,
      cause: assignment.cause,
      assignedAt: new Date(assignment.assigned_at).toISOString(),
      leftAt: iso(assignment.left_at),
      leftReason: assignment.left_reason,
      state: personStatus({ ...assignment }, now),
    },
    requirements: lines,
    exceptions: exceptions.map((e) => ({
      id: e.id,
      kind: e.kind,
      requirementId: e.requirement_id,
      extendedTo: iso(e.extended_to),
      extendedToDate: e.extended_to ? dueDateOf(new Date(e.extended_to)) : null,
      reason: e.reason,
      approver: { id: e.approver_id, name: e.approver_name },
      approverRole: e.approver_role,
      createdAt: new Date(e.created_at).toISOString(),
    })),
    permissions: { grant: row.status === 'live' && assignment.status === 'active' && (role !== null) },
  };
}
