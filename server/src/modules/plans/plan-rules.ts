import type { Kysely, Transaction } from 'kysely';
import { coursesOf } from '../programmes';
import type { DB } from '../../db/database';
import type { AudienceSpec, DeadlineSpec, PlanStatus } from './plans.tables';
import type { AudienceRules } from './audience';
import { assignmentsOf } from './assignments.repo';
import type { RequirementRule } from './plans.rules';
import { audienceUsersOf, livePlans, orgPaths, requirementsOf, type PlanRow, type RequirementRow } from './plans.repo';

type Q = Kysely<DB> | Transaction<DB>;

/** A plan as evaluation reads it: audience, deadline, counting rule and requirements. */
export interface PlanRules extends AudienceRules {
  id: string;
  status: PlanStatus;
  acrLinked: boolean;
  name: { en: string; hi: string };
  deadline: DeadlineSpec;
  countsFrom: string;
  requirements: RequirementRule[];
}

/** A requirement row as the rules read it. */
export function toRule(r: RequirementRow): RequirementRule {
  return {
    id: r.id,
    kind: r.kind,
    courseIds: r.course_ids,
    programmeId: r.programme_id,
    count: r.required_count,
    tags: r.tags,
    publishedAfter: r.published_after === null ? null : String(r.published_after).slice(0, 10),
    validityMonths: r.validity_months,
    renewalWindowDays: r.renewal_window_days,
  };
}

type PlanBase = Pick<PlanRow, 'id' | 'status' | 'acr_linked' | 'name_en' | 'name_hi' | 'deadline' | 'counts_from' | 'audience' | 'owner_path'>;

function groupOrgIds(audience: AudienceSpec): string[] {
  return audience.mode === 'criteria' ? audience.groups.flatMap((g) => g.orgIds ?? []) : [];
}

/**
 * Rules of the given plans. `people` says where the added/excluded people come from: the plan's table (a sweep),
 * or one person's memberships (re-evaluating that person).
 */
export async function rulesOf(db: Q, plans: PlanBase[], people: { userId: string; memberships: ReadonlyMap<string, boolean> } | 'table'): Promise<PlanRules[]> {
  const [requirements, paths] = await Promise.all([requirementsOf(db, plans.map((p) => p.id)), orgPaths(db, plans.flatMap((p) => groupOrgIds(p.audience)))]);
  // A programme requirement is also met by its required courses (as the programme itself completes on enrolment).
  const programmeIds = [...requirements.values()].flat().flatMap((r) => (r.programme_id ? [r.programme_id] : []));
  const programmeCourses = await coursesOf(db, programmeIds);
  const rule = (r: RequirementRow) => {
    const base = toRule(r);
    return r.programme_id ? { ...base, courseIds: (programmeCourses.get(r.programme_id) ?? []).filter((c) => c.required).map((c) => c.courseId) } : base;
  };
  const out: PlanRules[] = [];
  for (const p of plans) {
    let include: string[] = [];
    let exclude: string[] = [];
    if (people === 'table') ({ include, exclude } = await audienceUsersOf(db, p.id));
    else {
      const m = people.memberships.get(p.id);
      if (m === true) include = [people.userId];
      if (m === false) exclude = [people.userId];
    }
    out.push({
      id: p.id,
      status: p.status,
      acrLinked: p.acr_linked,
      name: { en: p.name_en, hi: p.name_hi },
      ownerPath: p.owner_path,
      audience: p.audience,
      groupPaths: paths,
      include,
      exclude,
      deadline: p.deadline,
      countsFrom: p.counts_from,
      requirements: (requirements.get(p.id) ?? []).map(rule),
    });
  }
  return out;
}

/** Rules of every live plan for one person (their own additions and exclusions only). */
export async function livePlanRulesFor(db: Q, userId: string, memberships: ReadonlyMap<string, boolean>): Promise<PlanRules[]> {
  return rulesOf(db, await livePlans(db), { userId, memberships });
}

/** Rules of the live plans a person is actively assigned. */
export async function activePlanRulesFor(db: Q, userId: string): Promise<PlanRules[]> {
  const active = new Set([...(await assignmentsOf(db, userId)).values()].filter((a) => a.status === 'active').map((a) => a.plan_id));
  if (active.size === 0) return [];
  return (await livePlanRulesFor(db, userId, new Map())).filter((p) => active.has(p.id));
}
