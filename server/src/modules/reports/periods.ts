import type { ReportGrain } from './reports.tables';

/* Calendar arithmetic on 'YYYY-MM-DD' strings (days in India), for reading the rollups with as few rows as possible. */

const MS_DAY = 86_400_000;
const IST_OFFSET_MS = 330 * 60_000;

/** The calendar day in India of a moment. */
export function istDate(at: Date): string {
  return new Date(at.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
}

const toMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** d plus n days. */
export function addDays(d: string, n: number): string {
  return fromMs(toMs(d) + n * MS_DAY);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / MS_DAY);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isDate(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(toMs(v)) && fromMs(toMs(v)) === v;
}

/** The first day of the period of a grain containing d. */
export function periodStart(grain: Exclude<ReportGrain, 't'>, d: string): string {
  const [y, m] = d.split('-');
  if (grain === 'd') return d;
  if (grain === 'm') return `${y}-${m}-01`;
  if (grain === 'y') return `${y}-01-01`;
  const weekday = (new Date(toMs(d)).getUTCDay() + 6) % 7; // Monday = 0, as date_trunc('week')
  return addDays(d, -weekday);
}

/** The last day of the period of a grain starting at start. */
export function periodEnd(grain: Exclude<ReportGrain, 't'>, start: string): string {
  if (grain === 'd') return start;
  if (grain === 'w') return addDays(start, 6);
  const [y, m] = start.split('-').map(Number) as [number, number];
  if (grain === 'm') return addDays(fromMs(Date.UTC(m === 12 ? y + 1 : y, m === 12 ? 0 : m, 1)), -1);
  return `${y}-12-31`;
}

/** The start of the next period of a grain. */
export function nextPeriod(grain: Exclude<ReportGrain, 't'>, start: string): string {
  return addDays(periodEnd(grain, start), 1);
}

/** A run of consecutive periods of one grain, [from, to] being period starts. */
export interface PeriodRun {
  grain: Exclude<ReportGrain, 't' | 'w'>;
  from: string;
  to: string;
}

/**
 * Covers [from, to] exactly with whole years, whole months and single days, largest first, as runs of period
 * starts: any range costs at most two runs of days, two of months and one of years.
 */
export function decompose(from: string, to: string): PeriodRun[] {
  const runs: PeriodRun[] = [];
  const push = (grain: PeriodRun['grain'], start: string) => {
    const last = runs[runs.length - 1];
    if (last && last.grain === grain && nextPeriod(grain, last.to) === start) last.to = start;
    else runs.push({ grain, from: start, to: start });
  };
  let cursor = from;
  while (cursor <= to) {
    if (cursor.endsWith('-01-01') && periodEnd('y', cursor) <= to) {
      push('y', cursor);
      cursor = nextPeriod('y', cursor);
    } else if (cursor.endsWith('-01') && periodEnd('m', cursor) <= to) {
      push('m', cursor);
      cursor = nextPeriod('m', cursor);
    } else {
      push('d', cursor);
      cursor = addDays(cursor, 1);
    }
  }
  return runs;
}

/** The grain of which [from, to] is exactly one period, if any (then distinct-people figures are exact from one row). */
export function singlePeriod(from: string, to: string): Exclude<ReportGrain, 't'> | null {
  for (const grain of ['d', 'w', 'm', 'y'] as const) {
    if (periodStart(grain, from) === from && periodEnd(grain, from) === to) return grain;
  }
  return null;
}

/** The period starts of a grain from the one containing `from` to the one containing `to`. */
export function periodsBetween(grain: Exclude<ReportGrain, 't'>, from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = periodStart(grain, from); p <= to; p = nextPeriod(grain, p)) out.push(p);
  return out;
}

/** A chart grain that gives a readable number of points for the range. */
export function seriesGrain(from: string, to: string): Exclude<ReportGrain, 't' | 'y'> {
  const days = daysBetween(from, to) + 1;
  if (days <= 62) return 'd';
  if (days <= 26 * 7) return 'w';
  return 'm';
}
