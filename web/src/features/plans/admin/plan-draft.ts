import { ApiError } from '../../../api/errors';
import type { AdminPlan, PlanInput } from '../../../api/plans';
import { groupInput, newGroup, type GroupDraft } from './AudienceGroupFields';
import type { PersonChoice } from './AudiencePeopleFields';
import { newRequirement, type RequirementDraft } from './RequirementFields';

/* The plan form's state and its conversions: to the request it becomes, and from a saved plan (editing a draft). */

export type DeadlineKind = 'fixed' | 'after_joining' | 'after_assignment' | 'after_posting';

/** The form's state, close to the request it becomes. */
export interface Draft {
  ownerOrgId: string;
  nameEn: string;
  nameHi: string;
  descriptionEn: string;
  descriptionHi: string;
  acrLinked: boolean;
  audience: 'all' | 'criteria';
  groups: GroupDraft[];
  include: PersonChoice[];
  exclude: PersonChoice[];
  deadlineKind: DeadlineKind;
  date: string;
  lateJoinerDays: string;
  everyYear: boolean;
  days: string;
  unit: 'days' | 'months';
  countsFrom: 'ever' | 'cycle';
  requirements: RequirementDraft[];
}

type OrgName = { id: string; nameEn: string; nameHi: string };

const num = (v: string) => (v.trim() === '' ? undefined : Number(v));

/** A new plan's form. */
export function emptyDraft(ownerOrgId: string): Draft {
  return {
    ownerOrgId,
    nameEn: '',
    nameHi: '',
    descriptionEn: '',
    descriptionHi: '',
    acrLinked: false,
    audience: 'all',
    groups: [newGroup()],
    include: [],
    exclude: [],
    deadlineKind: 'after_assignment',
    date: '',
    lateJoinerDays: '',
    everyYear: false,
    days: '30',
    unit: 'days',
    countsFrom: 'ever',
    requirements: [newRequirement()],
  };
}

/** The audience part of a saved plan as the form edits it (org names resolved by the caller). */
export function audienceDraft(plan: AdminPlan, orgName: (id: string) => OrgName): Pick<Draft, 'audience' | 'groups' | 'include' | 'exclude'> {
  const a = plan.audience;
  const groups = a.groups.map((g) => ({
    ...newGroup(),
    orgs: (g.orgIds ?? []).map(orgName),
    designationIds: g.designationIds ?? [],
    employeeGroups: g.employeeGroups ?? [],
    cadres: (g.cadres ?? []).join(', '),
    services: (g.services ?? []).join(', '),
    postedFrom: g.postedFrom ?? '',
    postedTo: g.postedTo ?? '',
  }));
  return { audience: a.mode === 'criteria' ? 'criteria' : 'all', groups: groups.length ? groups : [newGroup()], include: a.included, exclude: a.excluded };
}

/** A saved draft as the form edits it. */
export function draftFromPlan(plan: AdminPlan, orgName: (id: string) => OrgName): Draft {
  const d = plan.deadline;
  return {
    ownerOrgId: plan.ownerOrg.id,
    nameEn: plan.name.en,
    nameHi: plan.name.hi,
    descriptionEn: plan.description.en,
    descriptionHi: plan.description.hi,
    acrLinked: plan.acrLinked,
    ...audienceDraft(plan, orgName),
    deadlineKind: d.kind,
    date: d.date ?? '',
    lateJoinerDays: d.lateJoinerDays ? String(d.lateJoinerDays) : '',
    everyYear: d.everyYear ?? false,
    days: String(d.months ?? d.days ?? 30),
    unit: d.months !== undefined ? 'months' : 'days',
    countsFrom: plan.countsFrom === 'cycle' ? 'cycle' : 'ever',
    requirements: plan.requirements.map((r) => ({
      ...newRequirement(),
      kind: r.kind as RequirementDraft['kind'],
      courses: r.courses.map((c) => ({ id: c.courseId, title: c.title.en || c.title.hi })),
      count: r.count ? String(r.count) : '',
      tags: r.tags.join(', '),
      publishedAfter: r.publishedAfter ?? '',
      programmeId: r.programmeId ?? '',
      validityMonths: r.validityMonths ? String(r.validityMonths) : '',
      renewalWindowDays: r.renewalWindowDays ? String(r.renewalWindowDays) : '',
    })),
  };
}

/** The audience as the API takes it; groups keep their positions so the server's problems land on the right one. */
export function audienceInput(d: Pick<Draft, 'audience' | 'groups' | 'include' | 'exclude'>): PlanInput['audience'] {
  const people = {
    ...(d.include.length ? { includeUserIds: d.include.map((p) => p.id) } : {}),
    ...(d.exclude.length ? { excludeUserIds: d.exclude.map((p) => p.id) } : {}),
  };
  if (d.audience === 'all') return { mode: 'all', ...people };
  const groups = d.groups.map(groupInput);
  // Only people named one by one: untouched groups are left out rather than refused as empty.
  const onlyPeople = d.include.length > 0 && groups.every((g) => Object.keys(g).length === 0);
  return { mode: 'criteria', groups: onlyPeople ? [] : groups, ...people };
}

/** The deadline as the API takes it. */
export function deadlineInput(d: Pick<Draft, 'deadlineKind' | 'date' | 'lateJoinerDays' | 'everyYear' | 'unit' | 'days'>): PlanInput['deadline'] {
  if (d.deadlineKind === 'fixed') {
    return { kind: 'fixed', date: d.date, ...(d.lateJoinerDays.trim() ? { lateJoinerDays: num(d.lateJoinerDays) } : {}), ...(d.everyYear ? { everyYear: true } : {}) };
  }
  return { kind: d.deadlineKind, [d.unit]: num(d.days) };
}

/** The whole form as the create or replace request. */
export function toInput(d: Draft): PlanInput {
  return {
    ownerOrgId: d.ownerOrgId,
    name: { en: d.nameEn, hi: d.nameHi },
    description: { en: d.descriptionEn, hi: d.descriptionHi },
    acrLinked: d.acrLinked,
    audience: audienceInput(d),
    deadline: deadlineInput(d),
    countsFrom: d.countsFrom,
    requirements: d.requirements.map((r) => ({
      kind: r.kind,
      ...(r.kind === 'courses' || r.kind === 'any_of' ? { courseIds: r.courses.map((c) => c.id) } : {}),
      ...(r.kind === 'any_of' || r.kind === 'tagged' ? { count: num(r.count) } : {}),
      ...(r.kind === 'tagged' ? { tags: r.tags.split(',').map((x) => x.trim().toLowerCase()).filter(Boolean) } : {}),
      ...(r.kind === 'tagged' && r.publishedAfter ? { publishedAfter: r.publishedAfter } : {}),
      ...(r.kind === 'programme' && r.programmeId ? { programmeId: r.programmeId } : {}),
      ...(r.validityMonths ? { validityMonths: num(r.validityMonths), renewalWindowDays: num(r.renewalWindowDays) } : {}),
    })),
  };
}

/** Messages of the server's field problems under a path (the path itself or anything inside it, unless exactly). */
export function problemsAt(error: unknown, path: string, exactly = false): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.fields.filter((f) => f.field === path || (!exactly && f.field.startsWith(`${path}.`))).map((f) => f.message);
}
