import { sql, type Selectable } from 'kysely';
import type { ReportCampaignsTable } from './reports.tables';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { ensure } from '../../platform/policy';
import { orgWithContext, totalsAsOf, zeroMetrics } from './dashboard.repo';
import { orgRef } from './dashboard.service';
import { daysBetween, isDate, istDate } from './periods';
import { markSubtreeDirty } from './refresh.repo';
import { reportFail } from './reports.messages';
import { canManageCampaign, isCampaignManager } from './reports.policy';
import type { CampaignInputT } from './reports.schema';
import { DRAIN_JOB } from './rollup.jobs';
import { learningHours } from '../../platform/hours';

/** A learning week lasts at most this long. */
export const MAX_CAMPAIGN_DAYS = 31;

type CampaignRow = Selectable<ReportCampaignsTable>;

async function loadCampaign(ctx: AppContext, id: string): Promise<CampaignRow> {
  const row = await ctx.db.selectFrom('report_campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw reportFail(404, 'CAMPAIGN_NOT_FOUND');
  return row;
}

async function present(ctx: AppContext, actor: Actor, row: CampaignRow) {
  const scope = await orgWithContext(ctx.db, row.scope_org_id);
  const today = istDate(ctx.clock.now());
  return {
    id: row.id,
    name: { en: row.name_en, hi: row.name_hi },
    scope: scope ? orgRef(scope.org) : { id: row.scope_org_id, name: { en: '', hi: '' }, type: 'org' },
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    state: today < row.starts_on ? ('upcoming' as const) : today > row.ends_on ? ('ended' as const) : ('running' as const),
    targets: {
      hoursPerEmployee: row.target_hours_per_employee === null ? null : Number(row.target_hours_per_employee),
      participationPercent: row.target_participation_percent,
      completions: row.target_completions,
    },
    canManage: canManageCampaign(actor, row.scope_path),
  };
}

/** Every learning week, the newest first, for anyone signed in. */
export async function listCampaigns(ctx: AppContext, actor: Actor) {
  const rows = await ctx.db.selectFrom('report_campaigns').selectAll().orderBy('starts_on', 'desc').limit(50).execute();
  return { items: await Promise.all(rows.map((r) => present(ctx, actor, r))), canCreate: isCampaignManager(actor) };
}

async function validated(ctx: AppContext, actor: Actor, input: CampaignInputT) {
  const nameEn = input.nameEn.trim();
  const nameHi = input.nameHi.trim();
  if (!nameEn || !nameHi) throw reportFail(400, 'CAMPAIGN_NAME_REQUIRED', {}, nameEn ? 'nameHi' : 'nameEn');
  for (const field of ['startsOn', 'endsOn'] as const) if (!isDate(input[field])) throw reportFail(400, 'DATE_INVALID', {}, field);
  if (input.startsOn > input.endsOn) throw reportFail(400, 'RANGE_INVALID', {}, 'endsOn');
  if (daysBetween(input.startsOn, input.endsOn) + 1 > MAX_CAMPAIGN_DAYS) throw reportFail(400, 'CAMPAIGN_TOO_LONG', { days: MAX_CAMPAIGN_DAYS }, 'endsOn');
  if (input.targetHoursPerEmployee == null && input.targetParticipationPercent == null && input.targetCompletions == null) {
    throw reportFail(400, 'CAMPAIGN_TARGET_MISSING', {}, 'targetHoursPerEmployee');
  }
  const scope = await orgWithContext(ctx.db, input.scopeOrgId);
  if (!scope) throw reportFail(404, 'ORG_NOT_FOUND', {}, 'scopeOrgId');
  ensure(canManageCampaign(actor, scope.org.path));
  return {
    values: {
      name_en: nameEn,
      name_hi: nameHi,
      scope_org_id: scope.org.id,
      scope_path: scope.org.path,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      target_hours_per_employee: input.targetHoursPerEmployee ?? null,
      target_participation_percent: input.targetParticipationPercent ?? null,
      target_completions: input.targetCompletions ?? null,
    },
    scope: scope.org,
  };
}

/**
 * Defines a learning week (platform admins; state admins within their subtree). Its figures fill in through the same
 * refresh as everything else: the people of the scope are queued, so completions already made in its dates count.
 */
export async function createCampaign(ctx: AppContext, actor: Actor, source: AuditSource, input: CampaignInputT) {
  const { values, scope } = await validated(ctx, actor, input);
  const now = ctx.clock.now();
  const row = await ctx.db.transaction().execute(async (trx) => {
    const inserted = await trx.insertInto('report_campaigns').values({ ...values, created_by: actor.userId, created_at: now, updated_at: now }).returningAll().executeTakeFirstOrThrow();
    await audit(trx, source, 'learning_week.created', { type: 'learning_week', id: inserted.id, orgId: scope.id }, { startsOn: values.starts_on, endsOn: values.ends_on });
    await markSubtreeDirty(trx, scope.path);
    return inserted;
  });
  await ctx.jobs.send(DRAIN_JOB, {});
  return present(ctx, actor, row);
}

/** Changes a learning week; a change of scope or dates re-counts the people of the old and the new scope. */
export async function updateCampaign(ctx: AppContext, actor: Actor, source: AuditSource, id: string, input: CampaignInputT) {
  const before = await loadCampaign(ctx, id);
  ensure(canManageCampaign(actor, before.scope_path));
  const { values, scope } = await validated(ctx, actor, input);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx.updateTable('report_campaigns').set({ ...values, updated_at: ctx.clock.now() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await audit(trx, source, 'learning_week.updated', { type: 'learning_week', id, orgId: scope.id }, { startsOn: values.starts_on, endsOn: values.ends_on });
    if (before.scope_path !== values.scope_path || before.starts_on !== values.starts_on || before.ends_on !== values.ends_on) {
      await markSubtreeDirty(trx, before.scope_path);
      if (!values.scope_path.startsWith(before.scope_path)) await markSubtreeDirty(trx, values.scope_path);
    }
    return updated;
  });
  await ctx.jobs.send(DRAIN_JOB, {});
  return present(ctx, actor, row);
}

/** The live page of a learning week: totals against targets and the leading organisations one level below the scope. */
export async function liveCampaign(ctx: AppContext, actor: Actor, id: string) {
  const row = await loadCampaign(ctx, id);
  const campaign = await present(ctx, actor, row);
  const today = istDate(ctx.clock.now());
  const asOf = today < row.ends_on ? today : row.ends_on;
  const children = await ctx.db.selectFrom('orgs').select(['id', 'name_en', 'name_hi', 'type']).where('parent_id', '=', row.scope_org_id).execute();
  const ids = [row.scope_org_id, ...children.map((c) => c.id)];
  const [people, figures] = await Promise.all([
    totalsAsOf(ctx.db, ids, asOf),
    sql<{ org_id: string; completions: number; learning_minutes: number; people_completed: number; people_four_hours: number }>`
      SELECT org_id, completions, learning_minutes, people_completed, people_four_hours FROM report_campaign_rollup
      WHERE campaign_id = ${id} AND org_id = ANY(${ids}::uuid[])`.execute(ctx.db),
  ]);
  const at = (orgId: string) => figures.rows.find((f) => f.org_id === orgId);
  const employeesOf = (orgId: string) => (people.get(orgId) ?? zeroMetrics()).registered;
  const total = at(row.scope_org_id);
  const employees = employeesOf(row.scope_org_id);
  const minutes = Number(total?.learning_minutes ?? 0);
  const hoursPerEmployee = employees > 0 ? minutes / 60 / employees : 0;
  const participationPercent = employees > 0 ? (Number(total?.people_completed ?? 0) / employees) * 100 : 0;
  const completions = Number(total?.completions ?? 0);
  const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
  const toTarget = (value: number, target: number | null) => (target ? round(value / target, 4) : null);
  return {
    campaign,
    employees,
    completions,
    learningHours: learningHours(minutes),
    peopleCompleted: Number(total?.people_completed ?? 0),
    peopleFourHours: Number(total?.people_four_hours ?? 0),
    hoursPerEmployee: round(hoursPerEmployee),
    participationPercent: round(participationPercent, 1),
    progress: {
      hours: toTarget(hoursPerEmployee, campaign.targets.hoursPerEmployee),
      participation: toTarget(participationPercent, campaign.targets.participationPercent),
      completions: toTarget(completions, campaign.targets.completions),
    },
    leading: children
      .map((c) => {
        const f = at(c.id);
        const n = employeesOf(c.id);
        const m = Number(f?.learning_minutes ?? 0);
        return { org: orgRef(c), employees: n, completions: Number(f?.completions ?? 0), learningHours: learningHours(m), hoursPerEmployee: n > 0 ? round(m / 60 / n) : 0, peopleCompleted: Number(f?.people_completed ?? 0) };
      })
      .filter((c) => c.completions > 0)
      .sort((a, b) => b.hoursPerEmployee - a.hoursPerEmployee || b.completions - a.completions || a.org.name.en.localeCompare(b.org.name.en))
      .slice(0, 10)
      .map((c, i) => ({ rank: i + 1, ...c })),
    freshness: { at: ctx.clock.now().toISOString() },
  };
}
