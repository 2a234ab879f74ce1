import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { DeadlineSpec } from './plans.tables';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { ensure } from '../../platform/policy';
import { writeOutbox } from '../../platform/outbox';
import { audienceSql, needsPosting, postingJoin, type AudienceRules } from './audience';
import { loadVisiblePlan, planView, storedInput } from './authoring.service';
import { rulesOf } from './plan-rules';
import { validatePlan } from './plan-spec.validate';
import { PLAN_PUBLISHED } from './plans.events';
import { planError } from './plans.messages';
import { ownsPlanAt } from './plans.policy';
import * as repo from './plans.repo';
import { dueDateOf, dueFor } from './plans.rules';
import type { PlanT, PublishInputT, PublishPreviewT } from './plans.schema';

/*
 * Going live with a confirmation: the admin first sees how many people the plan will assign and by when
 * (`publishPreview`), and the publication carries what they confirmed (the plan's version and that count), so a stale
 * confirmation cannot assign a different plan, or a very different audience, without being asked again.
 */

type Q = Kysely<DB> | Transaction<DB>;

/** Active people an audience matches now (the go-live sweep's condition). */
export async function countAudience(db: Q, rules: AudienceRules, deadline: DeadlineSpec): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    SELECT count(*) AS n FROM users u JOIN orgs o ON o.id = u.org_id ${postingJoin(needsPosting(rules.audience, deadline))}
    WHERE ${audienceSql(rules)}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** The due date (YYYY-MM-DD) that applies to everyone assigned now, or null when it differs by person. */
export function commonDueDate(deadline: DeadlineSpec, now: Date): string | null {
  if (deadline.kind === 'after_joining' || deadline.kind === 'after_posting') return null;
  return dueDateOf(dueFor(deadline, { now, joinedAt: now, postingFrom: null }));
}

/** How far the audience may move between confirmation and publication: 1 %, at least 10 people. */
export function countTolerance(confirmed: number): number {
  return Math.max(10, Math.ceil(confirmed * 0.01));
}

async function currentCount(ctx: AppContext, plan: repo.PlanRow): Promise<number> {
  const [rules] = await rulesOf(ctx.db, [plan], 'table');
  return rules ? countAudience(ctx.db, rules, plan.deadline) : 0;
}

/** What publishing a draft would do now: how many people it assigns, by when, and the version confirmed. */
export async function publishPreview(ctx: AppContext, actor: Actor, id: string): Promise<PublishPreviewT> {
  const plan = await loadVisiblePlan(ctx, actor, id);
  ensure(ownsPlanAt(actor, plan.owner_path));
  if (plan.status !== 'draft') throw planError(409, 'PLAN_NOT_DRAFT');
  return {
    count: await currentCount(ctx, plan),
    dueDate: commonDueDate(plan.deadline, ctx.clock.now()),
    deadline: plan.deadline,
    version: new Date(plan.updated_at).toISOString(),
  };
}

/**
 * Makes a draft live: it is checked again (courses and programme still open), and `plan.published` is written in the
 * same transaction; the sweep job then assigns the audience set-wise and their notices follow. With a confirmation
 * (`version`, `confirmedCount`): a plan changed since is refused (409 PLAN_CHANGED), so is an audience that moved by
 * more than the tolerance (409 AUDIENCE_CHANGED, with the new count); the same confirmation sent twice (a double tap)
 * answers the live plan again without doing anything more.
 */
export async function publishPlan(ctx: AppContext, actor: Actor, source: AuditSource, id: string, input: PublishInputT = {}): Promise<PlanT> {
  const plan = await loadVisiblePlan(ctx, actor, id);
  ensure(ownsPlanAt(actor, plan.owner_path));
  const version = new Date(plan.updated_at).toISOString();
  if (plan.status === 'live' && input.version === version) return planView(ctx, actor, id);
  if (plan.status !== 'draft') throw planError(409, 'PLAN_NOT_DRAFT');
  if (input.version !== undefined && input.version !== version) throw planError(409, 'PLAN_CHANGED');
  await validatePlan(ctx.db, await storedInput(ctx, plan), plan.owner_path, true);
  if (input.confirmedCount !== undefined) {
    const count = await currentCount(ctx, plan);
    if (Math.abs(count - input.confirmedCount) > countTolerance(input.confirmedCount)) throw planError(409, 'AUDIENCE_CHANGED', { count, confirmed: input.confirmedCount });
  }
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockPlan(trx, id);
    // A concurrent copy of this very request got there first: answer as it did.
    if (locked?.status === 'live' && input.version === version) return;
    if (locked?.status !== 'draft') throw planError(409, 'PLAN_NOT_DRAFT');
    if (input.version !== undefined && new Date(locked.updated_at).toISOString() !== input.version) throw planError(409, 'PLAN_CHANGED');
    // The version stays the draft's (updated_at unchanged), so a repeated confirmation is recognised.
    await repo.updatePlan(trx, id, { status: 'live', published_by: actor.userId, published_at: now, sweep_status: 'running', sweep_cursor: null });
    await writeOutbox(trx, PLAN_PUBLISHED, { planId: id });
    await audit(trx, source, 'plan.published', { type: 'plan', id, orgId: plan.owner_org_id });
  });
  return planView(ctx, actor, id);
}
