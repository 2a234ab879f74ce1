import type { ChoiceItem, QuestionAnswerKey } from './assessments.tables';
import type { AttemptRow } from './attempts.repo';
import type { AnswerT, AttemptT } from './attempts.schema';
import type { QuestionRow } from './questions.repo';
import type { AuthoringQuestionT } from './questions.schema';

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());
const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

/** A question as its authors see it, the key merged back into the options. */
export function presentAuthoringQuestion(q: QuestionRow): AuthoringQuestionT {
  const base = { id: q.id, lessonKey: q.lesson_key, position: q.position, type: q.type, points: q.points, prompt: q.prompt, explanation: q.explanation };
  const key: QuestionAnswerKey = q.answer;
  if (Array.isArray(q.options) && q.options.length && 'correct' in key) {
    return { ...base, options: q.options.map((o) => ({ ...o, correct: key.correct.includes(o.id) })) };
  }
  if (!Array.isArray(q.options) && 'pairs' in key) {
    const right = new Map(q.options.right.map((r) => [r.id, r]));
    const pairs = q.options.left.flatMap((l) => {
      const r = right.get(key.pairs[l.id] ?? '');
      return r ? [{ left: l, right: r }] : [];
    });
    return { ...base, pairs };
  }
  if ('accepted' in key) return { ...base, accepted: key.accepted };
  if ('tolerance' in key) return { ...base, value: key.value, tolerance: key.tolerance };
  if ('value' in key) return { ...base, answer: key.value };
  return base;
}

function inOrder(items: ChoiceItem[], order: string[] | undefined): ChoiceItem[] {
  if (!order) return items;
  const byId = new Map(items.map((i) => [i.id, i]));
  return order.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
}

/** The key in the shape of a learner's answer (practice quizzes show it after submission). */
function correctAnswerOf(key: QuestionAnswerKey) {
  if ('correct' in key) return { optionIds: key.correct };
  if ('pairs' in key) return { pairs: key.pairs };
  if ('accepted' in key) return { accepted: key.accepted };
  if ('tolerance' in key) return { number: key.value, tolerance: key.tolerance };
  return { value: key.value };
}

/** Seconds left before the deadline (never negative), or null for an untimed attempt. */
export function remainingSeconds(deadline: Date | null, now: Date): number | null {
  return deadline === null ? null : Math.max(0, Math.ceil((deadline.getTime() - now.getTime()) / 1000));
}

/**
 * An attempt as the learner sees it. The key and the explanations are added only once the attempt is closed;
 * before that the questions carry prompts and option texts alone.
 */
export function presentAttempt(a: AttemptRow, questions: Map<string, QuestionRow>, meta: { attemptNo: number; attemptLimit: number | null; now: Date }): AttemptT {
  const open = a.status === 'in_progress';
  const shown = a.questions.flatMap((d) => {
    const q = questions.get(d.id);
    if (!q) return [];
    const view: AttemptT['questions'][number] = { id: q.id, type: q.type, points: q.points, prompt: q.prompt };
    if (Array.isArray(q.options)) {
      if (q.options.length) view.options = inOrder(q.options, d.order);
    } else {
      view.left = inOrder(q.options.left, d.left);
      view.right = inOrder(q.options.right, d.right);
    }
    return [view];
  });
  const result =
    open || a.results === null
      ? null
      : {
          scorePercent: num(a.score_percent) ?? 0,
          passed: a.passed ?? false,
          earnedPoints: num(a.earned_points) ?? 0,
          maxPoints: a.max_points ?? 0,
          questions: a.questions.flatMap((d) => {
            const q = questions.get(d.id);
            const r = a.results?.[d.id];
            if (!q || !r) return [];
            return [
              {
                id: q.id,
                correct: r.correct,
                earned: r.earned,
                points: q.points,
                explanation: q.explanation,
                ...(a.lesson_type === 'quiz' ? { correctAnswer: correctAnswerOf(q.answer) } : {}),
              },
            ];
          }),
        };
  return {
    id: a.id,
    courseId: a.course_id,
    lessonKey: a.lesson_key,
    lessonType: a.lesson_type,
    status: a.status,
    attemptNo: meta.attemptNo,
    attemptLimit: meta.attemptLimit,
    passMark: Number(a.pass_mark),
    startedAt: a.started_at.toISOString(),
    deadlineAt: iso(a.deadline_at),
    remainingSeconds: open ? remainingSeconds(a.deadline_at, meta.now) : null,
    serverTime: meta.now.toISOString(),
    savedAt: iso(a.answers_saved_at),
    submittedAt: iso(a.submitted_at),
    questions: shown,
    answers: a.answers as Record<string, AnswerT>,
    result,
  };
}

/** One line of the learner's attempt history. */
export function presentAttemptLine(a: AttemptRow) {
  return { id: a.id, status: a.status, startedAt: a.started_at.toISOString(), submittedAt: iso(a.submitted_at), scorePercent: num(a.score_percent), passed: a.passed };
}

