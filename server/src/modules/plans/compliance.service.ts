import crypto from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/database';
import { requirementLines, type CycleView } from './person-view';
import { rulesOf } from './plan-rules';
import { planError } from './plans.messages';
import { appraisalYear, appraisalYearOf, dayStart, dueDateOf, planStatus, type RequirementStatus } from './plans.rules';
import type { CycleRow } from './assignments.repo';

type Q = Kysely<DB> | Transaction<DB>;

export type Outcome = 'compliant' | 'compliant_late' | 'pending' | 'non_compliant' | 'exempted';

/** What one ACR-linked plan says about one employee in one appraisal year. */
export interface StatementPlan {
  planId: string;
  code: string | null;
  name: { en: string; hi: string };
  assignment: { status: string; assignedAt: string; leftAt: string | null };
  outcome: Outcome;
  requirements: {
    requirementId: string;
    title: { en: string; hi: string };
    cycles: (CycleView & { onTime: boolean | null; completed: { courseId?: string; programmeId?: string; title: { en: string; hi: string }; completedAt: string }[] })[];
  }[];
  exceptions: { kind: string; requirementId: string | null; extendedToDate: string | null; reason: string; approvedBy: string; approverRole: string; at: string }[];
}

/** A compliance statement (JSON; the PDF prints the same). */
export interface ComplianceStatement {
  employee: { userId: string; employeeId: string; name: string; nameHi: string | null; designation: { en: string; hi: string } | null; org: { id: string; en: string; hi: string } };
  year: { year: number; label: string; from: string; to: string };
  overall: Outcome | 'not_applicable';
  plans: StatementPlan[];
  generatedAt: string;
}

function outcomeOf(statuses: RequirementStatus[]): Outcome {
  const s = planStatus(statuses);
  if (s === 'overdue') return 'non_compliant';
  if (s === 'completed_on_time') return 'compliant';
  if (s === 'completed_late') return 'compliant_late';
  if (s === 'exempted') return 'exempted';
  return 'pending';
}

/** The appraisal year asked for, or the current one; 400 YEAR_INVALID outside 2020–2100. */
export function yearOrCurrent(year: number | undefined, now: Date): number {
  const y = year ?? appraisalYearOf(now);
  if (!Number.isInteger(y) || y < 2020 || y > 2100) throw planError(400, 'YEAR_INVALID');
  return y;
}

/**
 * Builds an employee's statement for an appraisal year: every ACR-linked plan they were assigned, with each
 * requirement's cycles that belong to the year (whose due date falls in it): what was
 * required, what was completed and when, and whether on time.
 */
export async function buildStatement(db: Q, userId: string, year: number, now: Date): Promise<ComplianceStatement> {
  const span = appraisalYear(year);
  const user = await db
    .selectFrom('users as u')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .leftJoin('designations as d', 'd.id', 'u.designation_id')
    .select(['u.id', 'u.employee_id', 'u.full_name', 'u.full_name_hi', 'o.id as org_id', 'o.name_en as org_en', 'o.name_hi as org_hi', 'd.name_en as d_en', 'd.name_hi as d_hi'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!user) throw planError(404, 'USER_NOT_FOUND');
  const rows = await db
    .selectFrom('plan_assignments as a')
    .innerJoin('plans as p', 'p.id', 'a.plan_id')
    .innerJoin('orgs as o', 'o.id', 'p.owner_org_id')
    .selectAll('p')
    .select(['o.path as owner_path', 'a.status as a_status', 'a.assigned_at', 'a.left_at'])
    .where('a.user_id', '=', userId)
    .where('p.acr_linked', '=', true)
    .where('a.assigned_at', '<', span.to)
    .orderBy('a.assigned_at')
    .execute();
  const plans = await rulesOf(db, rows, { userId, memberships: new Map() });
  // A cycle belongs to the appraisal year of its due date (31 March 2026 is 2025-26): a missed cycle of one year is
  // not carried into the next year's statement, and a yearly order's cycles fall one to a year.
  const inYear = (c: CycleRow) => appraisalYearOf(dayStart(dueDateOf(new Date(c.due_at)))) === year;
  const cycles = rows.length
    ? await db.selectFrom('plan_cycles').selectAll().where('user_id', '=', userId).where('plan_id', 'in', rows.map((r) => r.id)).orderBy('cycle_no').execute()
    : [];
  const lines = await requirementLines(db, userId, plans, cycles, now);
  const exceptions = rows.length
    ? await db
        .selectFrom('plan_exceptions as e')
        .innerJoin('users as a', 'a.id', 'e.approved_by')
        .select(['e.plan_id', 'e.kind', 'e.requirement_id', 'e.extended_to', 'e.reason', 'e.approver_role', 'e.created_at', 'a.full_name'])
        .where('e.user_id', '=', userId)
        .where('e.plan_id', 'in', rows.map((r) => r.id))
        .where(sql<boolean>`e.created_at < ${span.to}`)
        .orderBy('e.created_at')
        .execute()
    : [];
  const out: StatementPlan[] = [];
  for (const row of rows) {
    const keep = new Set(cycles.filter((c) => c.plan_id === row.id && inYear(c)).map((c) => `${c.requirement_id}|${c.cycle_no}`));
    if (keep.size === 0) continue;
    const requirements = (lines.get(row.id) ?? []).map((line) => {
      const all = [...line.history, line.current].filter((c) => keep.has(`${line.id}|${c.cycleNo}`)).sort((a, b) => a.cycleNo - b.cycleNo);
      return {
        requirementId: line.id,
        title: line.title,
        cycles: all.map((c) => {
          const raw = cycles.find((x) => x.plan_id === row.id && x.requirement_id === line.id && x.cycle_no === c.cycleNo);
          const titles = new Map(line.courses.map((k) => [k.courseId, k.title]));
          return {
            ...c,
            onTime: c.completedAt ? c.status === 'completed_on_time' : null,
            completed: (raw?.completed_items ?? []).map((i) => ({
              ...i,
              title: i.courseId ? (titles.get(i.courseId) ?? { en: '', hi: '' }) : (line.programme?.title ?? { en: '', hi: '' }),
            })),
          };
        }),
      };
    }).filter((r) => r.cycles.length > 0);
    const statuses = requirements.map((r) => r.cycles[r.cycles.length - 1]?.status).filter((s): s is RequirementStatus => s !== undefined);
    out.push({
      planId: row.id,
      code: row.code,
      name: { en: row.name_en, hi: row.name_hi },
      assignment: { status: row.a_status, assignedAt: new Date(row.assigned_at).toISOString(), leftAt: row.left_at ? new Date(row.left_at).toISOString() : null },
      outcome: outcomeOf(statuses),
      requirements,
      exceptions: exceptions
        .filter((e) => e.plan_id === row.id)
        .map((e) => ({
          kind: e.kind,
          requirementId: e.requirement_id,
          extendedToDate: e.extended_to ? dueDateOf(new Date(e.extended_to)) : null,
          reason: e.reason,
          approvedBy: e.full_name,
          approverRole: e.approver_role,
          at: new Date(e.created_at).toISOString(),
        })),
    });
  }
  const outcomes = out.map((p) => p.outcome);
  const overall =
    outcomes.length === 0 ? 'not_applicable'
    : outcomes.includes('non_compliant') ? 'non_compliant'
    : outcomes.includes('pending') ? 'pending'
    : outcomes.includes('compliant_late') ? 'compliant_late'
    : outcomes.every((o) => o === 'exempted') ? 'exempted'
    : 'compliant';
  return {
    employee: {
      userId: user.id,
      employeeId: user.employee_id,
      name: user.full_name,
      nameHi: user.full_name_hi,
      designation: user.d_en ? { en: user.d_en, hi: user.d_hi ?? user.d_en } : null,
      org: { id: user.org_id, en: user.org_en, hi: user.org_hi },
    },
    year: { year, label: span.label, from: dueDateOf(new Date(span.from.getTime() + 1)), to: dueDateOf(span.to) },
    overall,
    plans: out,
    generatedAt: now.toISOString(),
  };
}

/** Keeps an issued statement (its snapshot is what the QR code verifies) and returns its number. */
export async function recordStatement(db: Q, statement: ComplianceStatement, issuedBy: string | null, now: Date): Promise<string> {
  const number = `KSH-CS-${statement.year.year}-${crypto.randomBytes(6).toString('hex').toUpperCase()}`;
  await db
    .insertInto('compliance_statements')
    .values({ user_id: statement.employee.userId, number, year: statement.year.year, snapshot: JSON.stringify(statement), issued_at: now, issued_by: issuedBy })
    .execute();
  return number;
}

/** What anyone holding a statement's number may check: who, which year, the outcome per plan, when issued. */
export async function verifyStatement(db: Q, number: string) {
  const row = await db.selectFrom('compliance_statements').select(['number', 'snapshot', 'issued_at']).where('number', '=', number).executeTakeFirst();
  if (!row) throw planError(404, 'STATEMENT_NOT_FOUND');
  const s = row.snapshot as unknown as ComplianceStatement;
  return {
    number: row.number,
    valid: true,
    issuedAt: new Date(row.issued_at).toISOString(),
    // The employee ID is shown masked: enough to match the paper, not to look the person up.
    employee: { name: s.employee.name, nameHi: s.employee.nameHi, employeeId: s.employee.employeeId.replace(/.(?=.{4})/g, '•'), org: s.employee.org },
    year: s.year,
    overall: s.overall,
    plans: s.plans.map((p) => ({ name: p.name, outcome: p.outcome })),
  };
}
