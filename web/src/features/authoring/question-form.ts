import type { AuthoringQuestion, QuestionPatch } from '../../api/types';

export const QUESTION_TYPES = ['single_choice', 'multiple_choice', 'true_false', 'fill_text', 'fill_numeric', 'match'] as const;
export type QType = (typeof QUESTION_TYPES)[number];
export type Lang = 'en' | 'hi';
/** A text per course language, as the form edits it (empty = not written). */
export type Texts = Record<Lang, string>;

/** The question form's values: every type's fields, so switching type keeps what was typed. */
export interface QuestionValues {
  type: QType;
  prompt: Texts;
  explanation: Texts;
  points: string;
  options: { text: Texts; correct: boolean }[];
  /** The index of the right option of a single-choice question. */
  single: string;
  answer: 'true' | 'false';
  /** Accepted answers, one per line, per language. */
  accepted: Texts;
  value: string;
  tolerance: string;
  pairs: { left: Texts; right: Texts }[];
}

const blank = (): Texts => ({ en: '', hi: '' });
const asType = (s: string): QType => QUESTION_TYPES.find((x) => x === s) ?? 'single_choice';
const texts = (t: { en?: string; hi?: string } | undefined): Texts => ({ en: t?.en ?? '', hi: t?.hi ?? '' });

/** A new question's values: two empty options and two empty pairs to start from. */
export function emptyQuestion(type: QType = 'single_choice'): QuestionValues {
  return {
    type,
    prompt: blank(),
    explanation: blank(),
    points: '1',
    options: [{ text: blank(), correct: false }, { text: blank(), correct: false }],
    single: '0',
    answer: 'true',
    accepted: blank(),
    value: '',
    tolerance: '0',
    pairs: [{ left: blank(), right: blank() }, { left: blank(), right: blank() }],
  };
}

/** An existing question as form values, for editing. */
export function questionValues(q: AuthoringQuestion): QuestionValues {
  const base = emptyQuestion(asType(q.type));
  const options = q.options?.map((o) => ({ text: texts(o.text), correct: o.correct }));
  return {
    ...base,
    prompt: texts(q.prompt),
    explanation: texts(q.explanation),
    points: String(q.points),
    ...(options?.length ? { options, single: String(Math.max(0, options.findIndex((o) => o.correct))) } : {}),
    ...(q.answer !== undefined ? { answer: q.answer ? 'true' : 'false' } : {}),
    ...(q.accepted ? { accepted: { en: (q.accepted.en ?? []).join('\n'), hi: (q.accepted.hi ?? []).join('\n') } } : {}),
    ...(q.value !== undefined ? { value: String(q.value), tolerance: String(q.tolerance ?? 0) } : {}),
    ...(q.pairs?.length ? { pairs: q.pairs.map((p) => ({ left: texts(p.left.text), right: texts(p.right.text) })) } : {}),
  };
}

/** Only the course's languages, trimmed, empty ones left out (the server names what is missing). */
function pick(t: Texts, langs: Lang[]): { en?: string; hi?: string } {
  return Object.fromEntries(langs.map((l) => [l, t[l].trim()]).filter(([, v]) => v));
}
const lines = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);

/** The question as the API takes it (the whole question of its type, as both POST and PATCH expect). */
export function questionBody(v: QuestionValues, langs: Lang[]): Extract<QuestionPatch, { type: string }> {
  const common = { prompt: pick(v.prompt, langs), explanation: pick(v.explanation, langs), points: Math.max(1, Math.min(100, Number(v.points) || 1)) };
  const options = v.options.map((o, i) => ({ text: pick(o.text, langs), correct: v.type === 'single_choice' ? String(i) === v.single : o.correct }));
  switch (v.type) {
    case 'single_choice':
      return { ...common, type: 'single_choice', options };
    case 'multiple_choice':
      return { ...common, type: 'multiple_choice', options };
    case 'true_false':
      return { ...common, type: 'true_false', answer: v.answer === 'true' };
    case 'fill_text':
      return { ...common, type: 'fill_text', accepted: Object.fromEntries(langs.map((l): [Lang, string[]] => [l, lines(v.accepted[l])]).filter(([, a]) => a.length > 0)) };
    case 'fill_numeric':
      return { ...common, type: 'fill_numeric', value: Number(v.value), tolerance: Math.max(0, Number(v.tolerance) || 0) };
    case 'match':
      return { ...common, type: 'match', pairs: v.pairs.map((p) => ({ left: pick(p.left, langs), right: pick(p.right, langs) })) };
  }
}
