import crypto from 'node:crypto';
import type { DrawnQuestion, QuestionOptions } from './assessments.tables';
import type { AssessmentSettings } from '../courses';

/** Fisher–Yates with a cryptographic source, so a learner cannot predict the order. */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = crypto.randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The pool entries a draw needs. */
export interface PoolQuestion {
  id: string;
  options: QuestionOptions;
}

/**
 * Draws an attempt's questions: `drawCount` of the pool at random (all when unset or larger), in authored order unless
 * `shuffle`, options shuffled with `shuffle`. The right-hand column of a match is always shuffled: in authored order
 * it would give the answer away.
 */
export function drawQuestions(pool: PoolQuestion[], settings: AssessmentSettings): DrawnQuestion[] {
  const count = settings.drawCount && settings.drawCount > 0 ? Math.min(settings.drawCount, pool.length) : pool.length;
  const chosen = count < pool.length ? new Set(shuffled(pool).slice(0, count).map((q) => q.id)) : null;
  const picked = pool.filter((q) => !chosen || chosen.has(q.id));
  const ordered = settings.shuffle ? shuffled(picked) : picked;
  return ordered.map((q) => {
    const mix = <T>(list: T[]) => (settings.shuffle ? shuffled(list) : list);
    if (Array.isArray(q.options)) {
      return q.options.length ? { id: q.id, order: mix(q.options.map((o) => o.id)) } : { id: q.id };
    }
    return { id: q.id, left: mix(q.options.left.map((o) => o.id)), right: shuffled(q.options.right.map((o) => o.id)) };
  });
}
