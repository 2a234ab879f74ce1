import { parse, CsvError } from 'csv-parse/sync';
import { AppError } from './errors';
import { defineMessages } from './i18n';

/* Reading an uploaded CSV file (the bulk user import, the FRAC requirements import): one decoder, one set of errors. */

export const BOM = '\uFEFF';

export const csvUploadErrors = defineMessages({
  IMPORT_FILE_TYPE: {
    en: 'Only CSV files can be imported. In Excel, use "Save as" → "CSV UTF-8".',
    hi: 'केवल CSV फ़ाइलें आयात की जा सकती हैं। Excel में "Save as" → "CSV UTF-8" चुनें।',
  },
  IMPORT_FILE_ENCODING: {
    en: 'The file is not UTF-8 text. Save it as "CSV UTF-8" so Hindi names are kept.',
    hi: 'फ़ाइल UTF-8 टेक्स्ट नहीं है। इसे "CSV UTF-8" के रूप में सहेजें ताकि हिंदी नाम सुरक्षित रहें।',
  },
  IMPORT_FILE_EMPTY: { en: 'The file is empty.', hi: 'फ़ाइल खाली है।' },
});

const fail = (status: number, code: keyof typeof csvUploadErrors) => new AppError(status, code, csvUploadErrors[code]);

/** A header cell as a column name: trimmed, lower case, spaces and hyphens as underscores. */
export const normaliseHeader = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Decodes an upload as UTF-8 (a BOM is dropped); refuses empty files, binary files and other encodings. */
export function decodeCsvUpload(bytes: Buffer): string {
  if (bytes.length === 0) throw fail(400, 'IMPORT_FILE_EMPTY');
  // Spreadsheets (xlsx is a zip: "PK"), PDFs and images are not text; NUL never appears in a CSV.
  if (bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004' || bytes.includes(0)) throw fail(415, 'IMPORT_FILE_TYPE');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fail(400, 'IMPORT_FILE_ENCODING');
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  if (text.trim() === '') throw fail(400, 'IMPORT_FILE_EMPTY');
  return text;
}

/** A file csv-parse cannot read (an unclosed quote…): the line where it gave up, and why. */
export class CsvUnreadable extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Every record of a decoded file, blank lines kept (so record i + 1 is spreadsheet row i + 1); throws CsvUnreadable. */
export function readCsvRecords(text: string): string[][] {
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines ?? 0;
      throw new CsvUnreadable(line, err.message.replace(/^Invalid [^:]*: /, ''));
    }
    throw err;
  }
}
