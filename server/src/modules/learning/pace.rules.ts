/*
 * Pace: a progress claim is only as plausible as the server's clock allows. Every enrolment has a pace mark
 * (`enrolments.paced_at`): reported time and newly watched coverage are accounted for up to it. A batch may credit at
 * most the seconds from the mark to now (server time), and watched coverage may grow by at most that many seconds ×
 * the fastest playback rate. What a batch uses moves the mark on; unused time is kept only up to `carrySeconds` (so
 * network jitter between two reports loses nothing, while idling does not bank time). Excess is clamped, not refused.
 * Invariant: everything credited since enrolment ≤ the wall-clock time since enrolment (+ the first allowance).
 */

/** The pace rule's constants (documented in docs/learning.md, "Pace"). */
export const PACE = {
  /** Seconds the first update may claim beyond the time since enrolment (the player's timer starts a moment early). */
  firstUpdateAllowanceSeconds: 5,
  /** Seconds one batch left unused that the next may still use (jitter between two reports). */
  carrySeconds: 10,
  /** Fastest playback the player offers: coverage grows by at most this many media seconds per wall-clock second. */
  maxPlaybackRate: 2,
} as const;

/** What one batch may still credit, and what it was asked for, across all its lessons. */
export interface PaceBudget {
  timeLeft: number;
  watchLeft: number;
  timeReported: number;
  timeCredited: number;
  watchReported: number;
  watchCredited: number;
}

function markOrStart(mark: Date | null, enrolledAt: Date): number {
  return mark ? mark.getTime() : enrolledAt.getTime() - PACE.firstUpdateAllowanceSeconds * 1000;
}

/** The budget of a batch arriving at `now` for an enrolment whose pace mark is `mark` (null before the first update). */
export function paceBudget(mark: Date | null, enrolledAt: Date, now: Date): PaceBudget {
  const seconds = Math.max(0, (now.getTime() - markOrStart(mark, enrolledAt)) / 1000);
  return { timeLeft: Math.floor(seconds), watchLeft: seconds * PACE.maxPlaybackRate, timeReported: 0, timeCredited: 0, watchReported: 0, watchCredited: 0 };
}

/** An unbounded budget, for callers that replay stored facts rather than client claims. */
export function unboundedBudget(): PaceBudget {
  return { timeLeft: Number.POSITIVE_INFINITY, watchLeft: Number.POSITIVE_INFINITY, timeReported: 0, timeCredited: 0, watchReported: 0, watchCredited: 0 };
}

/** Wall-clock seconds a batch used: its credited time, or its new coverage at the fastest rate if that took longer. */
export function usedSeconds(b: PaceBudget): number {
  return Math.max(b.timeCredited, b.watchCredited / PACE.maxPlaybackRate);
}

/** The pace mark after a batch: moved on by what it used, never more than `carrySeconds` behind now, never ahead. */
export function nextPaceMark(mark: Date | null, enrolledAt: Date, now: Date, used: number): Date {
  const moved = markOrStart(mark, enrolledAt) + used * 1000;
  return new Date(Math.min(now.getTime(), Math.max(moved, now.getTime() - PACE.carrySeconds * 1000)));
}

/** True when a batch was credited less than it reported (shown to the learner). */
export function wasClamped(b: PaceBudget): boolean {
  return b.timeCredited < b.timeReported || b.watchCredited + 0.5 < b.watchReported;
}
