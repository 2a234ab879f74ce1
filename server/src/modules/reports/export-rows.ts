import { sql, type Kysely } from 'kysely';
import type { Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { ReportExportKind, ReportMask } from './reports.tables';
import { courseSummaries } from '../courses';
import { personStatus } from '../plans';
import { maskPii } from './masking';
import { peopleBatches, type PersonRecord } from './people.repo';
import { displayName } from './people.service';
import { istDate } from './periods';
import { exportHeadings, exportValues } from './reports.messages';
import { learningHours } from '../../platform/hours';

/*
 * The rows of the people-level exports, produced batch by batch from the ledger's people of a subtree (keyset pages),
 * with each batch's enrolments, plan assignments or attempts read by user_id: memory stays flat whatever the size.
 */

export type Cell = string | number;
type H = keyof typeof exportHeadings;

const HEADINGS: Record<ReportExportKind, H[]> = {
  users: ['employeeId', 'name', 'email', 'mobile', 'designation', 'organisation', 'status', 'registeredOn', 'enrolments', 'completions', 'learningHours', 'certificates', 'firstCompletion', 'lastActive'],
  enrolments: ['employeeId', 'name', 'organisation', 'course', 'source', 'enrolledOn', 'status', 'progress', 'completedOn', 'learningHours'],
  plans: ['employeeId', 'name', 'organisation', 'plan', 'planStatus', 'dueOn', 'completedOn'],
  assessments: ['employeeId', 'name', 'organisation', 'course', 'assessment', 'attemptStatus', 'startedOn', 'submittedOn', 'score', 'passed'],
};

/** Column headings of a kind in a language. */
export function headingsOf(kind: ReportExportKind, lang: Language): string[] {
  return HEADINGS[kind].map((h) => exportHeadings[h][lang]);
}

const value = (key: string, lang: Language) => (key in exportValues ? exportValues[key as keyof typeof exportValues][lang] : key);
const day = (v: Date | string | null) => (v ? (typeof v === 'string' ? v : istDate(v)) : '');
const hours = learningHours;

interface Ctx {
  db: Kysely<DB>;
  mask: ReportMask;
  lang: Language;
  now: Date;
  titles: Map<string, string>;
}

function who(p: PersonRecord, c: Ctx): Cell[] {
  return [maskPii({ employeeId: p.employee_id, email: p.email, mobile: p.mobile }, c.mask).employeeId, displayName(p, c.lang)];
}
const orgName = (p: PersonRecord, lang: Language) => (lang === 'hi' ? p.org_hi : p.org_en);

async function titlesFor(c: Ctx, courseIds: string[]): Promise<void> {
  const missing = [...new Set(courseIds)].filter((id) => !c.titles.has(id));
  if (missing.length === 0) return;
  const found = await courseSummaries(c.db, missing, null);
  for (const id of missing) {
    const texts = found.get(id)?.texts ?? {};
    c.titles.set(id, texts[c.lang]?.title ?? texts.en?.title ?? texts.hi?.title ?? id);
  }
}

function userRows(batch: PersonRecord[], c: Ctx): Cell[][] {
  return batch.map((p) => {
    const pii = maskPii({ employeeId: p.employee_id, email: p.email, mobile: p.mobile }, c.mask);
    return [
      pii.employeeId, displayName(p, c.lang), pii.email ?? '', pii.mobile ?? '',
      (c.lang === 'hi' ? p.designation_hi : p.designation_en) ?? '', orgName(p, c.lang), value(p.status, c.lang), p.registered_on,
      Number(p.enrolments), Number(p.completions), hours(p.learning_minutes), Number(p.certificates), p.first_completion_on ?? '', p.last_active_on ?? '',
    ];
  });
}

async function enrolmentRows(batch: PersonRecord[], c: Ctx): Promise<Cell[][]> {
  const byId = new Map(batch.map((p) => [p.user_id, p]));
  const rows = await c.db
    .selectFrom('enrolments')
    .select(['user_id', 'course_id', 'source', 'enrolled_at', 'status', 'progress_percent', 'completed_at', 'learning_minutes_credited'])
    .where(sql<boolean>`user_id = ANY(${[...byId.keys()]}::uuid[])`)
    .orderBy('user_id')
    .orderBy('enrolled_at')
    .execute();
  await titlesFor(c, rows.map((r) => r.course_id));
  return rows.flatMap((r) => {
    const p = byId.get(r.user_id);
    if (!p) return [];
    return [[...who(p, c), orgName(p, c.lang), c.titles.get(r.course_id) ?? '', value(r.source, c.lang), day(r.enrolled_at), value(r.status, c.lang),
      r.progress_percent, day(r.completed_at), r.status === 'completed' ? hours(r.learning_minutes_credited) : 0]];
  });
}

async function planRows(batch: PersonRecord[], c: Ctx): Promise<Cell[][]> {
  const byId = new Map(batch.map((p) => [p.user_id, p]));
  const rows = await c.db
    .selectFrom('plan_assignments as a')
    .innerJoin('plans as pl', 'pl.id', 'a.plan_id')
    .select(['a.user_id', 'a.status', 'a.state', 'a.due_at', 'a.completed_at', 'a.late', 'a.renewal', 'a.extended', 'pl.name_en', 'pl.name_hi'])
    .where(sql<boolean>`a.user_id = ANY(${[...byId.keys()]}::uuid[])`)
    .orderBy('a.user_id')
    .orderBy('pl.name_en')
    .execute();
  return rows.flatMap((r) => {
    const p = byId.get(r.user_id);
    if (!p) return [];
    return [[...who(p, c), orgName(p, c.lang), c.lang === 'hi' ? r.name_hi : r.name_en, value(personStatus(r, c.now), c.lang), day(r.due_at), day(r.completed_at)]];
  });
}

async function assessmentRows(batch: PersonRecord[], c: Ctx): Promise<Cell[][]> {
  const byId = new Map(batch.map((p) => [p.user_id, p]));
  const rows = await c.db
    .selectFrom('assessment_attempts')
    .select(['user_id', 'course_id', 'lesson_type', 'status', 'started_at', 'submitted_at', 'score_percent', 'passed'])
    .where(sql<boolean>`user_id = ANY(${[...byId.keys()]}::uuid[])`)
    .orderBy('user_id')
    .orderBy('started_at')
    .execute();
  await titlesFor(c, rows.map((r) => r.course_id));
  const kind = { quiz: { en: 'Quiz', hi: 'क्विज़' }, final_assessment: { en: 'Final assessment', hi: 'अंतिम मूल्यांकन' } };
  return rows.flatMap((r) => {
    const p = byId.get(r.user_id);
    if (!p) return [];
    return [[...who(p, c), orgName(p, c.lang), c.titles.get(r.course_id) ?? '', kind[r.lesson_type][c.lang], value(r.status, c.lang), day(r.started_at),
      day(r.submitted_at), r.score_percent === null ? '' : Number(r.score_percent), r.passed === null ? '' : value(r.passed ? 'yes' : 'no', c.lang)]];
  });
}

/** The rows of an export of a subtree, batch by batch. */
export async function* exportRows(db: Kysely<DB>, kind: ReportExportKind, path: string, mask: ReportMask, lang: Language, now: Date): AsyncGenerator<Cell[][]> {
  const c: Ctx = { db, mask, lang, now, titles: new Map() };
  for await (const batch of peopleBatches(db, path)) {
    if (kind === 'users') yield userRows(batch, c);
    else if (kind === 'enrolments') yield await enrolmentRows(batch, c);
    else if (kind === 'plans') yield await planRows(batch, c);
    else yield await assessmentRows(batch, c);
  }
}
