import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { DeadlineSpec, PlanStatus } from './plans.tables';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { ensure } from '../../platform/policy';
import { writeOutbox } from '../../platform/outbox';
import { findOrg } from '../orgs';
import { audienceSql, needsPosting, postingJoin } from './audience';
import { validateAudience, validatePlan } from './plan-spec.validate';
import { PLAN_RETIRED } from './plans.events';
import { planError } from './plans.messages';
import { adminScopes, canViewPlan, ownsPlanAt, planPermissions } from './plans.policy';
import { presentPlan, storedAudience } from './plans.presenter';
import * as repo from './plans.repo';
import type { PlanInputT, PlanT } from './plans.schema';
import { orgPaths } from './plans.repo';

/** The owner org of a draft, which the actor must administer. */
async function ownerOrg(ctx: AppContext, actor: Actor, orgId: string) {
  const org = await findOrg(ctx.db, orgId);
  if (!org) throw planError(422, 'PLAN_INVALID', {}, [{ field: 'ownerOrgId', code: 'OWNER_ORG_UNKNOWN', message: { en: 'This organisation does not exist.', hi: 'यह संगठन मौजूद नहीं है।' } }]);
  if (!ownsPlanAt(actor, org.path)) throw planError(403, 'PLAN_OWNER_OUT_OF_SCOPE');
  return org;
}

/** A plan the actor may see (404 otherwise, so plans outside one's reach do not leak). */
export async function loadVisiblePlan(ctx: AppContext, actor: Actor, id: string): Promise<repo.PlanRow> {
  ensure(adminScopes(actor).length > 0);
  const plan = await repo.findPlan(ctx.db, id);
  if (!plan || !canViewPlan(actor, plan.owner_path) || (plan.status === 'draft' && !ownsPlanAt(actor, plan.owner_path))) throw planError(404, 'PLAN_NOT_FOUND');
  return plan;
}

/** A plan as its administrators see it. */
export async function planView(ctx: AppContext, actor: Actor, id: string): Promise<PlanT> {
  const row = await loadVisiblePlan(ctx, actor, id);
  const [requirements, people] = await Promise.all([repo.requirementsOf(ctx.db, [id]), repo.audienceUsersOf(ctx.db, id)]);
  return presentPlan(ctx.db, row, requirements.get(id) ?? [], people, planPermissions(actor, { status: row.status, ownerPath: row.owner_path }));
}

/** A deadline input as the plan stores it. */
export function storedDeadline(d: PlanInputT['deadline']): DeadlineSpec {
  if (d.kind === 'fixed') return { kind: 'fixed', date: d.date ?? '', ...(d.lateJoinerDays ? { lateJoinerDays: d.lateJoinerDays } : {}), ...(d.everyYear ? { everyYear: true } : {}) };
  const period = d.months !== undefined ? { months: d.months } : { days: d.days ?? 1 };
  if (d.kind === 'after_posting') return { kind: 'after_posting', ...period, ...(d.notBefore ? { notBefore: d.notBefore } : {}) };
  return { kind: d.kind, ...period };
}

async function writeDraft(trx: Transaction<DB>, planId: string, input: PlanInputT): Promise<void> {
  await repo.replaceRequirements(
    trx,
    planId,
    input.requirements.map((r) => ({
      kind: r.kind,
      title_en: r.title?.en?.trim() ?? '',
      title_hi: r.title?.hi?.trim() ?? '',
      course_ids: r.courseIds ?? [],
      programme_id: r.programmeId ?? null,
      required_count: r.kind === 'courses' || r.kind === 'programme' ? null : (r.count ?? null),
      tags: r.tags ?? [],
      published_after: r.publishedAfter ?? null,
      validity_months: r.validityMonths ?? null,
      renewal_window_days: r.renewalWindowDays ?? null,
    })),
  );
  await repo.replaceAudienceUsers(trx, planId, input.audience.includeUserIds ?? [], input.audience.excludeUserIds ?? []);
}

function planColumns(input: PlanInputT) {
  return {
    code: input.code ?? null,
    owner_org_id: input.ownerOrgId,
    name_en: input.name.en.trim(),
    name_hi: input.name.hi.trim(),
    description_en: input.description?.en?.trim() ?? '',
    description_hi: input.description?.hi?.trim() ?? '',
    acr_linked: input.acrLinked ?? false,
    audience: JSON.stringify(storedAudience(input.audience)),
    deadline: JSON.stringify(storedDeadline(input.deadline)),
    counts_from: input.countsFrom ?? 'ever',
  };
}

const codeTaken = (err: unknown) => (err as { code?: string }).code === '23505' && String((err as Error).message).includes('plans_code_uq');

/** Creates a draft plan after checking it completely (422 PLAN_INVALID lists every problem). */
export async function createPlan(ctx: AppContext, actor: Actor, source: AuditSource, input: PlanInputT): Promise<PlanT> {
  const org = await ownerOrg(ctx, actor, input.ownerOrgId);
  await validatePlan(ctx.db, input, org.path, false);
  const now = ctx.clock.now();
  try {
    const id = await ctx.db.transaction().execute(async (trx) => {
      const planId = await repo.insertPlan(trx, { ...planColumns(input), created_by: actor.userId, created_at: now, updated_at: now });
      await writeDraft(trx, planId, input);
      await audit(trx, source, 'plan.created', { type: 'plan', id: planId, orgId: org.id });
      return planId;
    });
    return planView(ctx, actor, id);
  } catch (err) {
    if (codeTaken(err)) throw planError(409, 'PLAN_CODE_TAKEN');
    throw err;
  }
}

/** Replaces a draft's contents (all fields, as on creation). */
export async function updatePlan(ctx: AppContext, actor: Actor, source: AuditSource, id: string, input: PlanInputT): Promise<PlanT> {
  const plan = await loadVisiblePlan(ctx, actor, id);
  ensure(ownsPlanAt(actor, plan.owner_path));
  if (plan.status !== 'draft') throw planError(409, 'PLAN_NOT_DRAFT');
  const org = await ownerOrg(ctx, actor, input.ownerOrgId);
  await validatePlan(ctx.db, input, org.path, false);
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const locked = await repo.lockPlan(trx, id);
      if (locked?.status !== 'draft') throw planError(409, 'PLAN_NOT_DRAFT');
      await repo.updatePlan(trx, id, { ...planColumns(input), updated_at: ctx.clock.now() });
      await writeDraft(trx, id, input);
      await audit(trx, source, 'plan.updated', { type: 'plan', id, orgId: org.id });
    });
  } catch (err) {
    if (codeTaken(err)) throw planError(409, 'PLAN_CODE_TAKEN');
    throw err;
  }
  return planView(ctx, actor, id);
}

/** Deletes a draft. */
export async function deletePlan(ctx: AppContext, actor: Actor, source: AuditSource, id: string): Promise<void> {
  const plan = await loadVisiblePlan(ctx, actor, id);
  ensure(ownsPlanAt(actor, plan.owner_path));
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockPlan(trx, id);
    if (locked?.status !== 'draft') throw planError(409, 'PLAN_NOT_DRAFT');
    await repo.deletePlan(trx, id);
    await audit(trx, source, 'plan.deleted', { type: 'plan', id, orgId: plan.owner_org_id });
  });
}

/** The stored draft as an input, to check it again at publication. */
export async function storedInput(ctx: AppContext, plan: repo.PlanRow): Promise<PlanInputT> {
  const [requirements, people] = await Promise.all([repo.requirementsOf(ctx.db, [plan.id]), repo.audienceUsersOf(ctx.db, plan.id)]);
  const a = plan.audience;
  return {
    ownerOrgId: plan.owner_org_id,
    name: { en: plan.name_en, hi: plan.name_hi },
    audience: { mode: a.mode, ...(a.mode === 'criteria' ? { groups: a.groups } : {}), includeUserIds: people.include, excludeUserIds: people.exclude },
    deadline: plan.deadline,
    countsFrom: plan.counts_from,
    requirements: (requirements.get(plan.id) ?? []).map((r) => ({
      kind: r.kind,
      ...(r.course_ids.length ? { courseIds: r.course_ids } : {}),
      ...(r.required_count !== null ? { count: r.required_count } : {}),
      ...(r.tags.length ? { tags: r.tags } : {}),
      ...(r.published_after ? { publishedAfter: String(r.published_after).slice(0, 10) } : {}),
      ...(r.programme_id ? { programmeId: r.programme_id } : {}),
      ...(r.validity_months ? { validityMonths: r.validity_months } : {}),
      ...(r.renewal_window_days ? { renewalWindowDays: r.renewal_window_days } : {}),
    })),
  };
}

/** Retires a live plan: no one new is assigned; open assignments end (by a job); records stay. */
export async function retirePlan(ctx: AppContext, actor: Actor, source: AuditSource, id: string): Promise<PlanT> {
  const plan = await loadVisiblePlan(ctx, actor, id);
  ensure(ownsPlanAt(actor, plan.owner_path));
  if (plan.status !== 'live') throw planError(409, 'PLAN_NOT_LIVE');
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockPlan(trx, id);
    if (locked?.status !== 'live') throw planError(409, 'PLAN_NOT_LIVE');
    await repo.updatePlan(trx, id, { status: 'retired', retired_by: actor.userId, retired_at: now, updated_at: now, sweep_status: 'done' });
    await writeOutbox(trx, PLAN_RETIRED, { planId: id });
    await audit(trx, source, 'plan.retired', { type: 'plan', id, orgId: plan.owner_org_id });
  });
  return planView(ctx, actor, id);
}

/** Plans the actor owns or whose audience covers people they administer. */
export async function listPlans(ctx: AppContext, actor: Actor, q: { status?: PlanStatus; page: number }) {
  const scopes = adminScopes(actor);
  ensure(scopes.length > 0);
  const pageSize = 20;
  const { rows, total } = await repo.listPlans(ctx.db, scopes, q.status, q.page, pageSize);
  return {
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: { en: r.name_en, hi: r.name_hi },
      ownerOrg: { id: r.owner_org_id, nameEn: r.owner_en, nameHi: r.owner_hi },
      status: r.status,
      acrLinked: r.acr_linked,
      requirementCount: Number(r.requirement_count ?? 0),
      deadline: r.deadline,
      publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
      updatedAt: new Date(r.updated_at).toISOString(),
    })),
    total,
    page: q.page,
    pageSize,
  };
}

/** How many active people an audience matches now, before saving or publishing. */
export async function previewAudience(ctx: AppContext, actor: Actor, input: { ownerOrgId: string; audience: PlanInputT['audience'] }): Promise<{ count: number }> {
  const org = await ownerOrg(ctx, actor, input.ownerOrgId);
  await validateAudience(ctx.db, input.audience, org.path);
  const audience = storedAudience(input.audience);
  const groupOrgIds = audience.mode === 'criteria' ? audience.groups.flatMap((g) => g.orgIds ?? []) : [];
  const rules = {
    ownerPath: org.path,
    audience,
    groupPaths: await orgPaths(ctx.db, groupOrgIds),
    include: input.audience.includeUserIds ?? [],
    exclude: input.audience.excludeUserIds ?? [],
  };
  const { rows } = await sql<{ n: string }>`
    SELECT count(*) AS n FROM users u JOIN orgs o ON o.id = u.org_id ${postingJoin(needsPosting(audience, { kind: 'after_assignment', days: 1 }))}
    WHERE ${audienceSql(rules)}`.execute(ctx.db);
  return { count: Number(rows[0]?.n ?? 0) };
}
