import { sql } from 'kysely';
import type { Language } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { ensure } from '../../platform/policy';
import { orgWithContext, totalsAsOf, zeroMetrics } from './dashboard.repo';
import { activityOf, orgRef, parseRange } from './dashboard.service';
import { shortName } from './masking';
import { daysBetween, periodStart } from './periods';
import { reportFail } from './reports.messages';
import { canViewReports, isMemberOf } from './reports.policy';
import { learningHours } from '../../platform/hours';

const MAX_DAYS = 366;

/** A leaderboard range: this month so far unless given; at most a year. */
function boardRange(ctx: AppContext, q: { from?: string; to?: string }) {
  const r = parseRange(ctx, q);
  const from = r.from ?? periodStart('m', r.to);
  if (daysBetween(from, r.to) + 1 > MAX_DAYS) throw reportFail(400, 'RANGE_TOO_LONG', { days: MAX_DAYS }, 'from');
  return { ...r, from };
}

async function actorOrgPath(ctx: AppContext, actor: Actor): Promise<string | null> {
  const row = await ctx.db.selectFrom('orgs').select('path').where('id', '=', actor.orgId).executeTakeFirst();
  return row?.path ?? null;
}

/**
 * Learners of an org subtree ranked by learning hours credited in the period (then completions). Report viewers see
 * full names; colleagues (members of the subtree) see first name and initial.
 */
export async function learnerLeaderboard(ctx: AppContext, actor: Actor, orgId: string, q: { from?: string; to?: string; limit?: number }, lang: Language) {
  const found = await orgWithContext(ctx.db, orgId);
  if (!found) throw reportFail(404, 'ORG_NOT_FOUND');
  const { org } = found;
  const viewer = canViewReports(actor, org.path);
  ensure(viewer || isMemberOf(await actorOrgPath(ctx, actor), org.path));
  const range = boardRange(ctx, q);
  const { rows } = await sql<{ user_id: string; completions: number; minutes: number; full_name: string; full_name_hi: string | null; org_en: string; org_hi: string }>`
    WITH top AS (
      SELECT c.user_id, count(*)::int AS completions, sum(c.learning_minutes)::int AS minutes
      FROM report_learner_courses c JOIN report_learners l ON l.user_id = c.user_id
      WHERE c.completed_on BETWEEN ${range.from} AND ${range.to} AND l.org_path LIKE ${`${org.path}%`}
      GROUP BY c.user_id ORDER BY minutes DESC, completions DESC, c.user_id LIMIT ${q.limit ?? 20}
    )
    SELECT t.*, u.full_name, u.full_name_hi, o.name_en AS org_en, o.name_hi AS org_hi
    FROM top t JOIN users u ON u.id = t.user_id JOIN orgs o ON o.id = u.org_id
    ORDER BY t.minutes DESC, t.completions DESC, t.user_id`.execute(ctx.db);
  return {
    org: orgRef(org),
    range: { from: range.from, to: range.to },
    names: viewer ? ('full' as const) : ('short' as const),
    items: rows.map((r, i) => {
      const name = lang === 'hi' && r.full_name_hi ? r.full_name_hi : r.full_name;
      return {
        rank: i + 1,
        name: viewer ? name : shortName(name),
        org: { en: r.org_en, hi: r.org_hi },
        completions: r.completions,
        learningHours: learningHours(r.minutes),
        me: r.user_id === actor.userId,
      };
    }),
  };
}

/** Size bands of the hall of fame: organisations compete with others of their size. */
export const SIZE_BANDS = [
  { size: 'small', minPeople: 1, maxPeople: 99 },
  { size: 'medium', minPeople: 100, maxPeople: 999 },
  { size: 'large', minPeople: 1000, maxPeople: 9999 },
  { size: 'very_large', minPeople: 10_000, maxPeople: null },
] as const;

/**
 * The organisations `level` steps below a scope (default: the actor's state), grouped by size (registered people at the
 * end of the period) and ranked by learning hours per employee in the period, then completions per employee.
 */
export async function hallOfFame(ctx: AppContext, actor: Actor, q: { orgId?: string; from?: string; to?: string; level?: number }) {
  const scopeId = q.orgId ?? (await actorOrgPath(ctx, actor))?.split('/').filter(Boolean)[1] ?? actor.orgId;
  const found = await orgWithContext(ctx.db, scopeId);
  if (!found) throw reportFail(404, 'ORG_NOT_FOUND');
  const scope = found.org;
  const range = boardRange(ctx, q);
  const orgs = await ctx.db
    .selectFrom('orgs')
    .select(['id', 'name_en', 'name_hi', 'type'])
    .where('path', 'like', `${scope.path}%`)
    .where('depth', '=', scope.depth + (q.level ?? 1))
    .execute();
  const ids = orgs.map((o) => o.id);
  const [people, activity] = await Promise.all([totalsAsOf(ctx.db, ids, range.to), activityOf(ctx, ids, range)]);
  const rows = orgs.map((o) => {
    const registered = (people.get(o.id) ?? zeroMetrics()).registered;
    const a = activity.get(o.id) ?? zeroMetrics();
    return {
      org: orgRef(o),
      registered,
      completions: a.completions,
      learningHours: learningHours(a.learning_minutes),
      hoursPerEmployee: registered > 0 ? Math.round((a.learning_minutes / 60 / registered) * 100) / 100 : 0,
      completionsPerEmployee: registered > 0 ? Math.round((a.completions / registered) * 100) / 100 : 0,
    };
  });
  return {
    scope: orgRef(scope),
    range: { from: range.from, to: range.to },
    groups: SIZE_BANDS.map((band) => ({
      ...band,
      items: rows
        .filter((r) => r.registered >= band.minPeople && (band.maxPeople === null || r.registered <= band.maxPeople))
        .sort((a, b) => b.hoursPerEmployee - a.hoursPerEmployee || b.completionsPerEmployee - a.completionsPerEmployee || a.org.name.en.localeCompare(b.org.name.en))
        .slice(0, 10)
        .map((r, i) => ({ rank: i + 1, ...r })),
    })).filter((g) => g.items.length > 0),
  };
}
