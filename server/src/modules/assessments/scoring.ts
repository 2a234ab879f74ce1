import type { LearnerAnswer, QuestionAnswerKey, QuestionResult, QuestionType } from './assessments.tables';

/** A question as scoring needs it. */
export interface ScorableQuestion {
  id: string;
  type: QuestionType;
  answer: QuestionAnswerKey;
  points: number;
}

/** Case-, space- and Unicode-form-insensitive form of a typed answer ("New  Delhi" = "new delhi" = "NewDelhi"). */
export function normaliseText(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase().replace(/\s+/gu, '');
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x));

/**
 * Scores one answer against the key. Rules: single choice, true/false and fill-in are right or wrong;
 * multiple choice is all-or-nothing (exactly the correct options); match earns points per correct pair.
 */
export function scoreQuestion(q: ScorableQuestion, given: LearnerAnswer | undefined): QuestionResult {
  const whole = (ok: boolean): QuestionResult => ({ earned: ok ? q.points : 0, correct: ok });
  if (!given) return whole(false);
  const key = q.answer;
  switch (q.type) {
    case 'single_choice':
      return whole('optionId' in given && 'correct' in key && key.correct.length === 1 && key.correct[0] === given.optionId);
    case 'multiple_choice':
      return whole('optionIds' in given && 'correct' in key && sameSet(given.optionIds, key.correct));
    case 'true_false':
      return whole('value' in given && typeof given.value === 'boolean' && 'value' in key && given.value === key.value);
    case 'fill_text': {
      if (!('text' in given) || !('accepted' in key)) return whole(false);
      const typed = normaliseText(given.text);
      return whole(typed !== '' && Object.values(key.accepted).some((list) => (list ?? []).some((a) => normaliseText(a) === typed)));
    }
    case 'fill_numeric':
      return whole(
        'number' in given && 'tolerance' in key && Math.abs(given.number - key.value) <= key.tolerance + 1e-9,
      );
    case 'match': {
      if (!('pairs' in given) || !('pairs' in key)) return whole(false);
      const lefts = Object.keys(key.pairs);
      const right = lefts.filter((l) => given.pairs[l] === key.pairs[l]).length;
      return { earned: lefts.length ? (q.points * right) / lefts.length : 0, correct: right === lefts.length };
    }
  }
}

/** The totals of an attempt: points earned, points possible, the percentage (2 decimals) and the pass decision. */
export function scoreAttempt(questions: ScorableQuestion[], answers: Record<string, LearnerAnswer>, passMark: number) {
  const results: Record<string, QuestionResult> = {};
  let earned = 0;
  let max = 0;
  for (const q of questions) {
    const r = scoreQuestion(q, answers[q.id]);
    results[q.id] = { earned: Math.round(r.earned * 1000) / 1000, correct: r.correct };
    earned += r.earned;
    max += q.points;
  }
  const percent = max > 0 ? Math.round((earned / max) * 10_000) / 100 : 0;
  return { results, earnedPoints: Math.round(earned * 1000) / 1000, maxPoints: max, scorePercent: percent, passed: percent >= passMark };
}
