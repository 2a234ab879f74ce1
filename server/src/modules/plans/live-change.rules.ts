import type { DeadlineSpec } from './plans.tables';

/* What a live plan's deadline may become (pure): later, of the same kind; what that does to open requirements. */

/** How open requirements of people already assigned move: to a later fixed date, or later by days or months. */
export type DeadlineShift = { to: 'date'; date: string } | { to: 'days'; by: number } | { to: 'months'; by: number };

/** A change of a live plan's deadline: allowed (with the shift, null when nothing moves) or refused with a code. */
export type DeadlineChange = { ok: true; shift: DeadlineShift | null } | { ok: false; code: 'DEADLINE_NOT_EXTENDED' | 'DEADLINE_YEARLY_FIXED' };

const refused = (code: 'DEADLINE_NOT_EXTENDED' | 'DEADLINE_YEARLY_FIXED'): DeadlineChange => ({ ok: false, code });

/**
 * Decides whether a live plan's deadline may change from `old` to `next`: only later, keeping its kind and unit
 * (a date stays a date and may not move earlier, nor may its days for late joiners shrink; a relative period only
 * grows; a posting deadline keeps its "not before" date). A yearly order's date stays as it is.
 */
export function deadlineChange(old: DeadlineSpec, next: DeadlineSpec): DeadlineChange {
  if (JSON.stringify(old) === JSON.stringify(next)) return { ok: true, shift: null };
  if (old.kind === 'fixed' || next.kind === 'fixed') {
    if (old.kind !== 'fixed' || next.kind !== 'fixed') return refused('DEADLINE_NOT_EXTENDED');
    if (old.everyYear || next.everyYear) return refused('DEADLINE_YEARLY_FIXED');
    if (next.date < old.date || (next.lateJoinerDays ?? 0) < (old.lateJoinerDays ?? 0)) return refused('DEADLINE_NOT_EXTENDED');
    return { ok: true, shift: next.date > old.date ? { to: 'date', date: next.date } : null };
  }
  if (old.kind !== next.kind) return refused('DEADLINE_NOT_EXTENDED');
  if (old.kind === 'after_posting' && next.kind === 'after_posting' && (old.notBefore ?? null) !== (next.notBefore ?? null)) return refused('DEADLINE_NOT_EXTENDED');
  const unit = old.months !== undefined ? 'months' : 'days';
  const before = old[unit];
  const after = next[unit];
  if (before === undefined || after === undefined || next[unit === 'months' ? 'days' : 'months'] !== undefined || after < before) return refused('DEADLINE_NOT_EXTENDED');
  return { ok: true, shift: after > before ? { to: unit, by: after - before } : null };
}
