import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Cell } from './export-rows';

/** The result of writing an export: the byte stream, and the row count once it is finished. */
export interface ExportOutput {
  stream: Readable;
  done: Promise<number>;
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * Streams rows as CSV (with a BOM so spreadsheet programs read the Hindi right) or XLSX (exceljs' streaming writer, rows
 * committed as they go). Waits for the consumer between batches, so a slow download or disk never fills memory.
 */
export function writeExport(format: 'csv' | 'xlsx', headings: string[], sheetName: string, rows: AsyncGenerator<Cell[][]>): ExportOutput {
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  let resolve: (n: number) => void = () => undefined;
  let reject: (err: Error) => void = () => undefined;
  const done = new Promise<number>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  done.catch(() => undefined);
  const drained = async () => {
    if (out.writableNeedDrain) await once(out, 'drain');
  };
  const fail = (err: Error) => {
    out.destroy(err);
    reject(err);
  };
  let count = 0;
  if (format === 'csv') {
    const csv = stringify({ bom: true });
    csv.on('error', fail);
    csv.pipe(out);
    void (async () => {
      try {
        csv.write(headings);
        for await (const batch of rows) {
          for (const row of batch) if (!csv.write(row)) await once(csv, 'drain');
          count += batch.length;
          await drained();
        }
        csv.end();
      } catch (err) {
        fail(err as Error);
      }
    })();
    out.on('finish', () => resolve(count));
    return { stream: out, done };
  }
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet(sheetName.slice(0, 31));
  void (async () => {
    try {
      sheet.addRow(headings).commit();
      for await (const batch of rows) {
        for (const row of batch) sheet.addRow(row).commit();
        count += batch.length;
        await drained();
      }
      sheet.commit();
      await book.commit();
      resolve(count);
    } catch (err) {
      fail(err as Error);
    }
  })();
  return { stream: out, done };
}
