import type { Language } from '../../db/column-types';
import type { ReportMask } from './reports.tables';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { ensure } from '../../platform/policy';
import { reportableOrg } from './dashboard.service';
import { maskPii } from './masking';
import { peoplePage, type PersonRecord } from './people.repo';
import { maskFor } from './reports.policy';
import type { PeopleQueryT } from './reports.schema';
import { learningHours } from '../../platform/hours';

/** A person's display name in the viewer's language. */
export function displayName(p: Pick<PersonRecord, 'full_name' | 'full_name_hi'>, lang: Language): string {
  return lang === 'hi' && p.full_name_hi ? p.full_name_hi : p.full_name;
}

/** One people row for the API, masked for the viewer. */
export function presentPerson(p: PersonRecord, mask: ReportMask, lang: Language) {
  const pii = maskPii({ employeeId: p.employee_id, email: p.email, mobile: p.mobile }, mask);
  return {
    userId: p.user_id,
    name: displayName(p, lang),
    employeeId: pii.employeeId,
    email: pii.email,
    mobile: pii.mobile,
    designation: p.designation_en ? { en: p.designation_en, hi: p.designation_hi ?? p.designation_en } : null,
    org: { id: p.org_id, name: { en: p.org_en, hi: p.org_hi }, type: p.org_type },
    verified: p.verified,
    enrolments: Number(p.enrolments),
    completions: Number(p.completions),
    learningHours: learningHours(p.learning_minutes),
    certificates: Number(p.certificates),
    lastActiveOn: p.last_active_on,
  };
}

/** Drill-down to people: one page of a node's people in a completion bucket, PII masked by the viewer's role. */
export async function listPeople(ctx: AppContext, actor: Actor, orgId: string, q: PeopleQueryT, lang: Language) {
  const { org } = await reportableOrg(ctx, actor, orgId);
  const mask = maskFor(actor, org.path);
  ensure(mask !== null);
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 25;
  const { rows, total } = await peoplePage(ctx.db, org.path, q.bucket ?? 'all', q.q, page, pageSize);
  return { items: rows.map((r) => presentPerson(r, mask ?? 'strict', lang)), total, page, pageSize, mask: mask ?? 'strict' };
}
