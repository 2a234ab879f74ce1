import type { Requirement } from './requirements.rules';

/** What the learner holds of a competency: the earned level (0 = none) and the self-declared one. */
export interface Held {
  earned: number;
  declared: number | null;
}

/** One line of a gap analysis. */
export interface GapLine {
  code: string;
  required: number;
  earned: number;
  declared: number | null;
  /** required − earned, never below 0; self-declared levels never reduce it. */
  gap: number;
  roles: Requirement['roles'];
}

/** The gap per required competency: open gaps first (largest first), then met ones; ties by code. */
export function computeGaps(requirements: Requirement[], held: Map<string, Held>): GapLine[] {
  return requirements
    .map((r) => {
      const h = held.get(r.code);
      const earned = h?.earned ?? 0;
      return { code: r.code, required: r.level, earned, declared: h?.declared ?? null, gap: Math.max(0, r.level - earned), roles: r.roles };
    })
    .sort((a, b) => b.gap - a.gap || b.required - a.required || a.code.localeCompare(b.code));
}
