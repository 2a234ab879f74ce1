import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { FieldError } from '../../platform/errors';
import { findProgramme } from '../programmes';
import { courseFacts } from './course-facts';
import { planError, problem } from './plans.messages';
import { isDate } from './plans.rules';
import type { PlanInputT, RequirementInputT } from './plans.schema';

type Q = Kysely<DB> | Transaction<DB>;

/** Fields each kind of requirement may carry (besides kind, title and renewal). */
const KIND_FIELDS: Record<RequirementInputT['kind'], (keyof RequirementInputT)[]> = {
  courses: ['courseIds'],
  any_of: ['courseIds', 'count'],
  tagged: ['tags', 'count', 'publishedAfter'],
  programme: ['programmeId'],
};
const OPTIONAL_FIELDS: (keyof RequirementInputT)[] = ['courseIds', 'count', 'tags', 'publishedAfter', 'programmeId'];

async function requirementProblems(db: Q, r: RequirementInputT, at: string, checkAvailability: boolean): Promise<FieldError[]> {
  const out: FieldError[] = [];
  for (const f of OPTIONAL_FIELDS) if (r[f] !== undefined && !KIND_FIELDS[r.kind].includes(f)) out.push(problem(`${at}.${f}`, 'FIELD_NOT_FOR_KIND'));
  if ((r.validityMonths === undefined) !== (r.renewalWindowDays === undefined)) out.push(problem(`${at}.${r.validityMonths === undefined ? 'validityMonths' : 'renewalWindowDays'}`, 'RENEWAL_INCOMPLETE'));
  if (r.kind === 'courses' || r.kind === 'any_of') {
    const ids = r.courseIds ?? [];
    if (ids.length === 0) out.push(problem(`${at}.courseIds`, 'COURSES_REQUIRED'));
    const facts = await courseFacts(db, ids);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) out.push(problem(`${at}.courseIds.${i}`, 'COURSE_REPEATED'));
      const fact = facts.get(id);
      if (!fact) out.push(problem(`${at}.courseIds.${i}`, 'COURSE_UNKNOWN'));
      else if (checkAvailability && (!fact.published || fact.retired)) out.push(problem(`${at}.courseIds.${i}`, 'COURSE_NOT_AVAILABLE'));
    });
    if (r.kind === 'any_of') {
      if (r.count === undefined) out.push(problem(`${at}.count`, 'COUNT_REQUIRED'));
      else if (r.count > new Set(ids).size && ids.length > 0) {
        out.push(problem(`${at}.count`, 'COUNT_ABOVE_COURSES'));
      }
    }
  }
  if (r.kind === 'tagged') {
    if (!r.tags?.length) out.push(problem(`${at}.tags`, 'TAGS_REQUIRED'));
    if (r.count === undefined) out.push(problem(`${at}.count`, 'COUNT_REQUIRED'));
    if (r.publishedAfter !== undefined && !isDate(r.publishedAfter)) out.push(problem(`${at}.publishedAfter`, 'DATE_INVALID'));
  }
  if (r.kind === 'programme') {
    if (!r.programmeId) out.push(problem(`${at}.programmeId`, 'PROGRAMME_REQUIRED'));
    else {
      const programme = await findProgramme(db, r.programmeId);
      if (!programme || programme.status === 'draft' || (checkAvailability && programme.status !== 'published')) out.push(problem(`${at}.programmeId`, 'PROGRAMME_UNKNOWN'));
    }
  }
  return out;
}

async function audienceProblems(db: Q, a: PlanInputT['audience'], ownerPath: string): Promise<FieldError[]> {
  const out: FieldError[] = [];
  const groups = a.groups ?? [];
  if (a.mode === 'all' && groups.length) out.push(problem('audience.groups', 'FIELD_NOT_FOR_KIND'));
  if (a.mode === 'criteria' && groups.length === 0 && !(a.includeUserIds ?? []).length) out.push(problem('audience', 'AUDIENCE_EMPTY'));
  const orgIds = groups.flatMap((g) => g.orgIds ?? []);
  const designationIds = groups.flatMap((g) => g.designationIds ?? []);
  const [orgs, designations] = await Promise.all([
    orgIds.length ? db.selectFrom('orgs').select(['id', 'path']).where('id', 'in', orgIds).execute() : [],
    designationIds.length ? db.selectFrom('designations').select('id').where('id', 'in', designationIds).execute() : [],
  ]);
  groups.forEach((g, i) => {
    const at = `audience.groups.${i}`;
    const empty = !g.orgIds?.length && !g.designationIds?.length && !g.employeeGroups?.length && !g.cadres?.length && !g.services?.length && !g.postedFrom && !g.postedTo;
    if (empty) out.push(problem(at, 'GROUP_EMPTY'));
    (g.orgIds ?? []).forEach((id, j) => {
      const org = orgs.find((o) => o.id === id);
      if (!org) out.push(problem(`${at}.orgIds.${j}`, 'ORG_UNKNOWN'));
      else if (!org.path.startsWith(ownerPath)) out.push(problem(`${at}.orgIds.${j}`, 'ORG_OUTSIDE_OWNER'));
    });
    (g.designationIds ?? []).forEach((id, j) => {
      if (!designations.some((d) => d.id === id)) out.push(problem(`${at}.designationIds.${j}`, 'DESIGNATION_UNKNOWN'));
    });
    for (const f of ['postedFrom', 'postedTo'] as const) if (g[f] !== undefined && !isDate(g[f] as string)) out.push(problem(`${at}.${f}`, 'DATE_INVALID'));
    if (g.postedFrom && g.postedTo && g.postedFrom > g.postedTo) out.push(problem(`${at}.postedTo`, 'POSTED_RANGE_INVALID'));
  });
  const include = a.includeUserIds ?? [];
  const exclude = a.excludeUserIds ?? [];
  const people = [...include, ...exclude];
  const users = people.length
    ? await db.selectFrom('users as u').innerJoin('orgs as o', 'o.id', 'u.org_id').select(['u.id', 'o.path']).where('u.id', 'in', people).execute()
    : [];
  const check = (list: string[], field: string) =>
    list.forEach((id, j) => {
      const u = users.find((x) => x.id === id);
      if (!u) out.push(problem(`audience.${field}.${j}`, 'USER_UNKNOWN'));
      else if (!u.path.startsWith(ownerPath)) out.push(problem(`audience.${field}.${j}`, 'USER_OUTSIDE_OWNER'));
      if (field === 'excludeUserIds' && include.includes(id)) out.push(problem(`audience.${field}.${j}`, 'USER_LISTED_TWICE'));
    });
  check(include, 'includeUserIds');
  check(exclude, 'excludeUserIds');
  return out;
}

function deadlineProblems(input: Pick<PlanInputT, 'deadline' | 'countsFrom'>): FieldError[] {
  const d = input.deadline;
  const out: FieldError[] = [];
  const allowed: Record<string, string[]> = {
    fixed: ['date', 'lateJoinerDays', 'everyYear'],
    after_joining: ['days', 'months'],
    after_assignment: ['days', 'months'],
    after_posting: ['days', 'months', 'notBefore'],
  };
  for (const f of ['date', 'days', 'months', 'lateJoinerDays', 'notBefore', 'everyYear'] as const) {
    if (d[f] !== undefined && !allowed[d.kind]?.includes(f)) out.push(problem(`deadline.${f}`, 'FIELD_NOT_FOR_KIND'));
  }
  if (d.kind === 'fixed' && (!d.date || !isDate(d.date))) out.push(problem('deadline.date', 'DATE_INVALID'));
  // A relative deadline is counted in days or in calendar months: exactly one of them.
  if (d.kind !== 'fixed' && d.days === undefined && d.months === undefined) out.push(problem('deadline.days', 'COUNT_REQUIRED'));
  if (d.kind !== 'fixed' && d.days !== undefined && d.months !== undefined) out.push(problem('deadline.months', 'FIELD_NOT_FOR_KIND'));
  if (d.notBefore !== undefined && !isDate(d.notBefore)) out.push(problem('deadline.notBefore', 'DATE_INVALID'));
  if (input.countsFrom && !['ever', 'cycle'].includes(input.countsFrom) && !isDate(input.countsFrom)) out.push(problem('countsFrom', 'DATE_INVALID'));
  return out;
}

/**
 * Checks a plan draft beyond its schema and refuses it with 422 PLAN_INVALID listing every problem by field, in the
 * user's language. `checkAvailability` (publishing) also demands that listed courses and the programme are open.
 */
export async function validatePlan(db: Q, input: PlanInputT, ownerPath: string, checkAvailability: boolean): Promise<void> {
  const fields: FieldError[] = [];
  if (!input.name.en.trim() || !input.name.hi.trim()) fields.push(problem(!input.name.en.trim() ? 'name.en' : 'name.hi', 'NAME_REQUIRED'));
  for (const [i, r] of input.requirements.entries()) fields.push(...(await requirementProblems(db, r, `requirements.${i}`, checkAvailability)));
  fields.push(...(await audienceProblems(db, input.audience, ownerPath)));
  fields.push(...deadlineProblems(input));
  if (fields.length) throw planError(422, 'PLAN_INVALID', {}, fields);
}

/** Checks an audience alone (the audience preview) as validatePlan does: 422 PLAN_INVALID listing its problems. */
export async function validateAudience(db: Q, audience: PlanInputT['audience'], ownerPath: string): Promise<void> {
  const fields = await audienceProblems(db, audience, ownerPath);
  if (fields.length) throw planError(422, 'PLAN_INVALID', {}, fields);
}

/** Checks a deadline alone (a live plan's new deadline) as validatePlan does: 422 PLAN_INVALID listing its problems. */
export function validateDeadline(deadline: PlanInputT['deadline']): void {
  const fields = deadlineProblems({ deadline });
  if (fields.length) throw planError(422, 'PLAN_INVALID', {}, fields);
}
