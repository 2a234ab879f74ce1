import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { AppError } from '../../platform/errors';
import { BOM, normaliseHeader, readCsvRecords } from '../../platform/csv-upload';
import { uploadErrors } from './import.messages';

/** The columns of an import file, in template order. */
export const IMPORT_COLUMNS = [
  'employee_id',
  'full_name',
  'full_name_hi',
  'email',
  'mobile',
  'org_code',
  'designation_code',
  'employee_group',
  'cadre',
  'service',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly ImportColumn[] = ['employee_id', 'full_name', 'email', 'mobile', 'designation_code', 'employee_group'];

/** One data row: its row number in the file (the header is row 1) and its values by column. */
export interface ImportRow {
  rowNumber: number;
  values: Partial<Record<ImportColumn, string>>;
  /** Set when the row does not have one value per header column. */
  columnCount?: { found: number; expected: number };
}

const EXAMPLE: Record<ImportColumn, string> = {
  employee_id: 'UPSW-2026-0001',
  full_name: 'Meera Shukla',
  full_name_hi: 'मीरा शुक्ला',
  email: 'meera.shukla@up.gov.in',
  mobile: '9415012345',
  org_code: 'UP-SW-LKO',
  designation_code: 'DSWO',
  employee_group: 'B',
  cadre: 'Social Welfare',
  service: 'PCS',
};

/** The downloadable template: header and one example row, with a BOM so Excel reads Hindi as UTF-8. */
export function templateCsv(): string {
  return BOM + stringify([[...IMPORT_COLUMNS], IMPORT_COLUMNS.map((c) => EXAMPLE[c])], { record_delimiter: '\r\n' });
}

const fail = (status: number, code: keyof typeof uploadErrors, params: Record<string, unknown> = {}) =>
  new AppError(status, code, uploadErrors[code], params);

/** Reads and checks the header row at upload time (the rows are read by the job); returns the columns in file order. */
export function checkHeader(text: string): ImportColumn[] {
  const firstBreak = text.search(/\r?\n/);
  const headerLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
  if (firstBreak < 0 || text.slice(firstBreak).trim() === '') throw fail(400, 'IMPORT_NO_ROWS');
  let header: string[];
  try {
    header = ((parse(headerLine, { relax_column_count: true }) as string[][])[0] ?? []).map(normaliseHeader);
  } catch {
    throw fail(400, 'IMPORT_FILE_TYPE');
  }
  const known = new Set<string>(IMPORT_COLUMNS);
  const unknown = header.filter((h) => !known.has(h));
  if (unknown.length > 0) throw fail(400, 'IMPORT_COLUMNS_UNKNOWN', { columns: unknown.map((h) => h || '(blank)').join(', ') });
  const repeated = [...new Set(header.filter((h, i) => header.indexOf(h) !== i))];
  if (repeated.length > 0) throw fail(400, 'IMPORT_COLUMNS_REPEATED', { columns: repeated.join(', ') });
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) throw fail(400, 'IMPORT_COLUMNS_MISSING', { columns: missing.join(', ') });
  return header as ImportColumn[];
}

/** A CSV the job could not read at all (an unclosed quote, for example). */
/**
 * Parses the stored file into data rows. Row numbers are spreadsheet rows: the header is row 1
 * and blank lines count, so an admin finds a reported row where Excel shows it.
 */
export function parseImportCsv(text: string): ImportRow[] {
  const records = readCsvRecords(text);
  const header = (records[0] ?? []).map(normaliseHeader) as ImportColumn[];
  const rows: ImportRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const record = records[i] ?? [];
    if (record.every((v) => v.trim() === '')) continue;
    const values: Partial<Record<ImportColumn, string>> = {};
    header.forEach((column, c) => {
      const value = record[c];
      if (value !== undefined) values[column] = value.trim();
    });
    rows.push({
      rowNumber: i + 1,
      values,
      ...(record.length !== header.length ? { columnCount: { found: record.length, expected: header.length } } : {}),
    });
  }
  return rows;
}

// A cell that a spreadsheet would run as a formula is prefixed with ' (OWASP CSV injection); +91… and -1 stay numbers.
const FORMULA = /^(?:[=@\t\r]|[+-](?![\d\s]))/;
const safeCell = (v: string) => (FORMULA.test(v) ? `'${v}` : v);

/** The error report: one line per problem with the row's original values, in the reader's language. */
export function errorReportCsv(
  errors: { row_number: number; field: string | null; code: string; message: string; row_values: Record<string, string> | null }[],
): string {
  const lines = errors.map((e) => [e.row_number, e.field ?? '', e.code, e.message, ...IMPORT_COLUMNS.map((c) => safeCell(e.row_values?.[c] ?? ''))]);
  return BOM + stringify([['row', 'field', 'code', 'message', ...IMPORT_COLUMNS], ...lines], { record_delimiter: '\r\n' });
}
