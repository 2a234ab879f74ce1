import { sql, type RawBuilder } from 'kysely';
import type { EmployeeGroup } from '../../db/column-types';
import type { AudienceGroup, AudienceSpec, DeadlineSpec } from './plans.tables';

/*
 * A plan's audience, evaluated two ways that must agree: in memory for one person (re-evaluation on an event), and
 * as a SQL condition over users `u`, their org `o` and their current posting `p` (go-live, preview).
 */

/** A plan as audience matching reads it; group org ids are resolved to subtree paths. */
export interface AudienceRules {
  ownerPath: string;
  audience: AudienceSpec;
  /** Paths of the orgs named by the groups. */
  groupPaths: ReadonlyMap<string, string>;
  include: readonly string[];
  exclude: readonly string[];
}

/** One person as audience matching reads them. */
export interface Profile {
  userId: string;
  status: string;
  orgId: string;
  orgPath: string;
  designationId: string | null;
  employeeGroup: EmployeeGroup;
  cadre: string | null;
  service: string | null;
  joinedAt: Date;
  postingId: string | null;
  postingFrom: string | null;
}

const lower = (v: string | null) => (v ?? '').trim().toLowerCase();

function groupMatches(g: AudienceGroup, p: Profile, paths: ReadonlyMap<string, string>): boolean {
  if (g.orgIds?.length && !g.orgIds.some((id) => { const path = paths.get(id); return path !== undefined && p.orgPath.startsWith(path); })) return false;
  if (g.designationIds?.length && !(p.designationId && g.designationIds.includes(p.designationId))) return false;
  if (g.employeeGroups?.length && !g.employeeGroups.includes(p.employeeGroup)) return false;
  if (g.cadres?.length && !g.cadres.map(lower).includes(lower(p.cadre))) return false;
  if (g.services?.length && !g.services.map(lower).includes(lower(p.service))) return false;
  if (g.postedFrom && !(p.postingFrom && p.postingFrom >= g.postedFrom)) return false;
  if (g.postedTo && !(p.postingFrom && p.postingFrom <= g.postedTo)) return false;
  return true;
}

/** True when the person is in the audience now: active, inside the owner's subtree, not excluded, and added or matching a group. */
export function matchesAudience(rules: AudienceRules, p: Profile): boolean {
  if (p.status !== 'active' || !p.orgPath.startsWith(rules.ownerPath)) return false;
  if (rules.exclude.includes(p.userId)) return false;
  if (rules.include.includes(p.userId)) return true;
  if (rules.audience.mode === 'all') return true;
  return rules.audience.groups.some((g) => groupMatches(g, p, rules.groupPaths));
}

function groupSql(g: AudienceGroup, paths: ReadonlyMap<string, string>): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [];
  if (g.orgIds?.length) parts.push(sql<boolean>`o.path LIKE ANY(${g.orgIds.map((id) => `${paths.get(id) ?? '/none/'}%`)}::text[])`);
  if (g.designationIds?.length) parts.push(sql<boolean>`u.designation_id = ANY(${g.designationIds}::uuid[])`);
  if (g.employeeGroups?.length) parts.push(sql<boolean>`u.employee_group = ANY(${g.employeeGroups}::text[])`);
  if (g.cadres?.length) parts.push(sql<boolean>`lower(trim(coalesce(u.cadre, ''))) = ANY(${g.cadres.map(lower)}::text[])`);
  if (g.services?.length) parts.push(sql<boolean>`lower(trim(coalesce(u.service, ''))) = ANY(${g.services.map(lower)}::text[])`);
  if (g.postedFrom) parts.push(sql<boolean>`p.from_date >= ${g.postedFrom}::date`);
  if (g.postedTo) parts.push(sql<boolean>`p.from_date <= ${g.postedTo}::date`);
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` AND `)})` : sql<boolean>`true`;
}

/** The audience as a SQL condition over `u` (users), `o` (their org) and `p` (their current posting, when joined). */
export function audienceSql(rules: AudienceRules): RawBuilder<boolean> {
  const base = sql<boolean>`u.status = 'active' AND o.path LIKE ${`${rules.ownerPath}%`}`;
  const excluded = rules.exclude.length ? sql<boolean>`u.id <> ALL(${[...rules.exclude]}::uuid[])` : sql<boolean>`true`;
  const included = rules.include.length ? sql<boolean>`u.id = ANY(${[...rules.include]}::uuid[])` : sql<boolean>`false`;
  const groups =
    rules.audience.mode === 'all'
      ? sql<boolean>`true`
      : rules.audience.groups.length
        ? sql<boolean>`(${sql.join(rules.audience.groups.map((g) => groupSql(g, rules.groupPaths)), sql` OR `)})`
        : sql<boolean>`false`;
  return sql<boolean>`(${base} AND ${excluded} AND (${included} OR ${groups}))`;
}

/** Whether matching or deadlines need the current posting (a lateral join the all-employees case can skip). */
export function needsPosting(audience: AudienceSpec, deadline: DeadlineSpec): boolean {
  return deadline.kind === 'after_posting' || (audience.mode === 'criteria' && audience.groups.some((g) => g.postedFrom || g.postedTo));
}

/** The current posting of `u`, as a lateral join (or a row of nulls). */
export function postingJoin(needed: boolean): RawBuilder<unknown> {
  return needed
    ? sql`LEFT JOIN LATERAL (SELECT ps.id, ps.from_date FROM postings ps WHERE ps.user_id = u.id AND ps.to_date IS NULL ORDER BY ps.from_date DESC LIMIT 1) p ON true`
    : sql`LEFT JOIN LATERAL (SELECT NULL::uuid AS id, NULL::date AS from_date) p ON true`;
}
