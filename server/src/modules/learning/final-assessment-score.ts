import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';
import { outlineOf } from './course-outline';
import { progressOf } from './learning.repo';

/** A learner's result in the final assessment(s) of a course version, for certificate criteria. */
export interface FinalAssessmentScore {
  /** The version has at least one final assessment lesson. */
  hasFinalAssessment: boolean;
  /** The lowest best score over its final assessments (null when one was never scored). */
  bestScorePercent: number | null;
}

/**
 * The learner's best final-assessment score in a course version (keyed by user_id; for the certificates module).
 * With several final assessments, the weakest one counts. `known` is a score the caller already has (a submitted
 * attempt whose result may not be recorded here yet); it counts like a recorded one.
 */
export async function finalAssessmentScore(
  db: Kysely<DB> | Transaction<DB>,
  userId: string,
  courseId: string,
  versionId: string,
  known?: { lessonKey: string; scorePercent: number },
): Promise<FinalAssessmentScore> {
  const outline = await outlineOf(db, versionId);
  const finals = outline?.lessons.filter((l) => l.type === 'final_assessment') ?? [];
  if (finals.length === 0) return { hasFinalAssessment: false, bestScorePercent: null };
  const progress = await progressOf(db, userId, courseId);
  const scores = finals.map((l) => {
    const recorded = progress.get(l.key)?.bestScorePercent ?? null;
    if (known?.lessonKey !== l.key) return recorded;
    return Math.max(recorded ?? 0, Math.round(known.scorePercent));
  });
  if (scores.some((s) => s === null)) return { hasFinalAssessment: true, bestScorePercent: null };
  return { hasFinalAssessment: true, bestScorePercent: Math.min(...(scores as number[])) };
}
