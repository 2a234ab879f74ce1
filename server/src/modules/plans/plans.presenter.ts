import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { AudienceSpec } from './plans.tables';
import { findProgramme } from '../programmes';
import { tagLabel } from '../courses';
import { courseFacts } from './course-facts';
import type { PlanPermissions } from './plans.policy';
import type { PlanRow, RequirementRow } from './plans.repo';
import type { PlanInputT, PlanT, RequirementT } from './plans.schema';

type Q = Kysely<DB> | Transaction<DB>;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** Programme code and titles for requirement display. */
export async function programmeTitles(db: Q, ids: readonly string[]): Promise<Map<string, { code: string; title: { en: string; hi: string } }>> {
  const out = new Map<string, { code: string; title: { en: string; hi: string } }>();
  for (const id of new Set(ids)) {
    const p = await findProgramme(db, id);
    if (!p) continue;
    const en = p.texts.en?.title ?? p.texts.hi?.title ?? p.code;
    out.set(id, { code: p.code, title: { en, hi: p.texts.hi?.title ?? en } });
  }
  return out;
}

/** Requirement rows as the API shows them, with course and programme titles. */
export async function presentRequirements(db: Q, rows: RequirementRow[]): Promise<RequirementT[]> {
  const [facts, programmes] = await Promise.all([courseFacts(db, rows.flatMap((r) => r.course_ids)), programmeTitles(db, rows.flatMap((r) => (r.programme_id ? [r.programme_id] : [])))]);
  return rows.map((r) => {
    const programme = r.programme_id ? programmes.get(r.programme_id) : undefined;
    return {
      id: r.id,
      position: r.position,
      kind: r.kind,
      title: { en: r.title_en, hi: r.title_hi },
      courseIds: r.course_ids,
      courses: r.course_ids.map((id) => {
        const f = facts.get(id);
        return { courseId: id, title: f?.title ?? { en: '', hi: '' }, retired: f?.retired ?? false };
      }),
      count: r.required_count,
      tags: r.tags,
      tagNames: r.tags.map((tag) => ({ en: tagLabel(tag, 'en'), hi: tagLabel(tag, 'hi') })),
      publishedAfter: r.published_after === null ? null : String(r.published_after).slice(0, 10),
      programmeId: r.programme_id,
      programme: programme && r.programme_id ? { id: r.programme_id, code: programme.code, title: programme.title } : null,
      validityMonths: r.validity_months,
      renewalWindowDays: r.renewal_window_days,
    };
  });
}

/** A plan for its administrators. */
export async function presentPlan(
  db: Q,
  row: PlanRow,
  requirements: RequirementRow[],
  people: { include: string[]; exclude: string[] },
  permissions: PlanPermissions,
): Promise<PlanT> {
  const audience = row.audience;
  const ids = [...people.include, ...people.exclude];
  const named = ids.length ? await db.selectFrom('users').select(['id', 'employee_id', 'full_name', 'full_name_hi']).where('id', 'in', ids).execute() : [];
  const byId = new Map(named.map((u) => [u.id, u]));
  const person = (id: string) => {
    const u = byId.get(id);
    return { id, employeeId: u?.employee_id ?? '', nameEn: u?.full_name ?? '', nameHi: u?.full_name_hi || (u?.full_name ?? '') };
  };
  return {
    id: row.id,
    code: row.code,
    ownerOrg: { id: row.owner_org_id, nameEn: row.owner_en, nameHi: row.owner_hi },
    name: { en: row.name_en, hi: row.name_hi },
    description: { en: row.description_en, hi: row.description_hi },
    status: row.status,
    acrLinked: row.acr_linked,
    audience: { mode: audience.mode, groups: audience.mode === 'criteria' ? audience.groups : [], includeUserIds: people.include, excludeUserIds: people.exclude,
      included: people.include.map(person), excluded: people.exclude.map(person) },
    deadline: row.deadline,
    countsFrom: row.counts_from,
    requirements: await presentRequirements(db, requirements),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    publishedAt: iso(row.published_at),
    retiredAt: iso(row.retired_at),
    sweep: { status: row.sweep_status, sweptAt: iso(row.swept_at) },
    permissions,
  };
}

/** The stored audience: only the criteria given, empty lists dropped. */
export function storedAudience(input: PlanInputT['audience']): AudienceSpec {
  if (input.mode === 'all') return { mode: 'all' };
  return {
    mode: 'criteria',
    groups: (input.groups ?? []).map((g) =>
      Object.fromEntries(Object.entries(g).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))),
    ),
  };
}
