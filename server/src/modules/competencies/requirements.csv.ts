import { stringify } from 'csv-stringify/sync';
import { BOM, CsvUnreadable, normaliseHeader, readCsvRecords } from '../../platform/csv-upload';
import { competencyFail, type FieldErrorCode } from './competencies.messages';
import type { FracTree } from './requirements.rules';

/** The columns of a role-requirements (FRAC) file, in template order; every one is required. */
export const FRAC_COLUMNS = ['designation_code', 'role_en', 'role_hi', 'activity_en', 'activity_hi', 'competency_code', 'level'] as const;
export type FracColumn = (typeof FRAC_COLUMNS)[number];
export const MAX_FRAC_ROWS = 5000;
const NAME_MAX = 200;

/** One data row: its spreadsheet row number (the header is row 1) and its values. */
export interface FracRow {
  rowNumber: number;
  values: Partial<Record<FracColumn, string>>;
  columnCount?: { found: number; expected: number };
}

/** A problem with one row; nothing from a file with any problem is applied. */
export interface RowProblem {
  row: number;
  field: FracColumn | null;
  code: FieldErrorCode;
  params?: Record<string, unknown>;
}

/** Parses the file and checks its header; row numbers are spreadsheet rows (blank lines count, and are skipped). */
export function parseFracCsv(text: string): FracRow[] {
  let records: string[][];
  try {
    records = readCsvRecords(text);
  } catch (err) {
    if (err instanceof CsvUnreadable) throw competencyFail(400, 'IMPORT_FILE_UNREADABLE', { line: err.line, reason: err.reason });
    throw err;
  }
  const header = (records[0] ?? []).map(normaliseHeader);
  const known = new Set<string>(FRAC_COLUMNS);
  const unknown = header.filter((h) => !known.has(h));
  if (unknown.length > 0) throw competencyFail(400, 'IMPORT_COLUMNS_UNKNOWN', { columns: unknown.map((h) => h || '(blank)').join(', ') });
  const repeated = [...new Set(header.filter((h, i) => header.indexOf(h) !== i))];
  if (repeated.length > 0) throw competencyFail(400, 'IMPORT_COLUMNS_REPEATED', { columns: repeated.join(', ') });
  const missing = FRAC_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) throw competencyFail(400, 'IMPORT_COLUMNS_MISSING', { columns: missing.join(', ') });
  const rows: FracRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const record = records[i] ?? [];
    if (record.every((v) => v.trim() === '')) continue;
    const values: Partial<Record<FracColumn, string>> = {};
    header.forEach((column, c) => {
      const value = record[c];
      if (value !== undefined) values[column as FracColumn] = value.trim();
    });
    rows.push({ rowNumber: i + 1, values, ...(record.length !== header.length ? { columnCount: { found: record.length, expected: header.length } } : {}) });
  }
  if (rows.length === 0) throw competencyFail(400, 'IMPORT_NO_ROWS');
  if (rows.length > MAX_FRAC_ROWS) throw competencyFail(400, 'IMPORT_TOO_MANY_ROWS', { max: MAX_FRAC_ROWS });
  return rows;
}

/** What the checker needs to know: designations by code (and whether the uploader may edit each), competency codes. */
export interface FracLookups {
  designations: Map<string, { id: string; editable: boolean }>;
  competencies: Set<string>;
}

/**
 * Checks every row and builds each designation's FRAC from the file (roles and activities by their English
 * name, in order of first appearance). Pure and deterministic: the same file always gives the same answer.
 */
export function checkFracRows(rows: FracRow[], lookups: FracLookups): { problems: RowProblem[]; plans: Map<string, FracTree> } {
  const problems: RowProblem[] = [];
  const plans = new Map<string, FracTree>();
  const firstSeen = new Map<string, { row: number; hi: string }>();
  const add = (row: number, field: FracColumn | null, code: FieldErrorCode, params?: Record<string, unknown>) =>
    problems.push({ row, field, code, ...(params ? { params } : {}) });

  for (const r of rows) {
    const before = problems.length;
    if (r.columnCount) add(r.rowNumber, null, 'ROW_COLUMN_COUNT', r.columnCount);
    const v = (c: FracColumn) => {
      const value = r.values[c] ?? '';
      if (value === '') add(r.rowNumber, c, 'REQUIRED');
      else if ([...value].length > NAME_MAX) add(r.rowNumber, c, 'TOO_LONG', { max: NAME_MAX });
      return value;
    };
    const [designationCode, roleEn, roleHi, activityEn, activityHi, competencyCode, levelText] = FRAC_COLUMNS.map(v) as string[];
    const designation = designationCode ? (lookups.designations.get(designationCode) ?? lookups.designations.get(designationCode.toUpperCase())) : undefined;
    if (designationCode && !designation) add(r.rowNumber, 'designation_code', 'DESIGNATION_UNKNOWN', { code: designationCode });
    else if (designation && !designation.editable) add(r.rowNumber, 'designation_code', 'DESIGNATION_NOT_ALLOWED', { code: designationCode });
    const competency = (competencyCode ?? '').toLowerCase();
    if (competency && !lookups.competencies.has(competency)) add(r.rowNumber, 'competency_code', 'COMPETENCY_UNKNOWN', { code: competencyCode });
    const level = Number(levelText);
    if (levelText && !(/^\d+$/.test(levelText ?? '') && level >= 1 && level <= 5)) add(r.rowNumber, 'level', 'LEVEL_INVALID');
    if (!designation || !roleEn || !activityEn) continue;

    // The same role (or activity) must keep the same Hindi name wherever it appears.
    const roleKey = `${designation.id}|${roleEn.toLowerCase()}`;
    const activityKey = `${roleKey}|${activityEn.toLowerCase()}`;
    for (const [key, hi, field] of [[roleKey, roleHi, 'role_hi'], [activityKey, activityHi, 'activity_hi']] as const) {
      const seen = firstSeen.get(key);
      if (!seen) firstSeen.set(key, { row: r.rowNumber, hi: hi ?? '' });
      else if (hi && seen.hi && seen.hi !== hi) add(r.rowNumber, field, 'NAME_MISMATCH', { row: seen.row });
    }
    const competencyKey = `${activityKey}|${competency}`;
    const seenCompetency = firstSeen.get(competencyKey);
    if (seenCompetency) add(r.rowNumber, 'competency_code', 'COMPETENCY_REPEATED', { row: seenCompetency.row });
    else firstSeen.set(competencyKey, { row: r.rowNumber, hi: '' });
    if (problems.length > before) continue;

    const plan = plans.get(designation.id) ?? { roles: [] };
    plans.set(designation.id, plan);
    let role = plan.roles.find((x) => x.nameEn.toLowerCase() === roleEn.toLowerCase());
    if (!role) plan.roles.push((role = { nameEn: roleEn, nameHi: roleHi ?? '', activities: [] }));
    let activity = role.activities.find((x) => x.nameEn.toLowerCase() === activityEn.toLowerCase());
    if (!activity) role.activities.push((activity = { nameEn: activityEn, nameHi: activityHi ?? '', competencies: [] }));
    activity.competencies.push({ code: competency, level });
  }
  return { problems: problems.sort((a, b) => a.row - b.row), plans };
}

// A cell a spreadsheet would run as a formula is prefixed with ' (OWASP CSV injection).
const FORMULA = /^(?:[=@\t\r]|[+-](?![\d\s]))/;
const safeCell = (v: string) => (FORMULA.test(v) ? `'${v}` : v);

/** A CSV of FRAC rows (template or export), with a BOM so spreadsheets read Hindi as UTF-8. */
export function fracCsv(rows: Record<FracColumn, string | number>[]): string {
  return BOM + stringify([[...FRAC_COLUMNS], ...rows.map((r) => FRAC_COLUMNS.map((c) => safeCell(String(r[c]))))], { record_delimiter: '\r\n' });
}

/** The downloadable template: header and two example rows. */
export function templateCsv(): string {
  const example = { designation_code: 'TEHSILDAR', role_en: 'Citizen services', role_hi: 'नागरिक सेवाएँ' };
  return fracCsv([
    { ...example, activity_en: 'Reply to RTI applications', activity_hi: 'आरटीआई आवेदनों का उत्तर देना', competency_code: 'rti', level: 2 },
    { ...example, activity_en: 'Issue certificates online', activity_hi: 'प्रमाण-पत्र ऑनलाइन जारी करना', competency_code: 'e-governance', level: 2 },
  ]);
}
