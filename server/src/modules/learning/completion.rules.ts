import type { Language } from '../../db/column-types';
import { format } from '../../platform/i18n';
import { missingMessages } from './learning.messages';
import { coveredSeconds, measureFor, WATCH_THRESHOLD, type LessonDef, type LessonState } from './progress.rules';

/** A required item the learner has not yet completed, with what exactly is left. */
export interface MissingItem {
  lessonKey: string;
  number: number;
  type: LessonDef['type'];
  params: Record<string, string | number>;
}

/** Where a learner stands against the completion rule of a version. */
export interface CompletionState {
  complete: boolean;
  percent: number;
  missing: MissingItem[];
}

/**
 * Share of a course's (or programme's) nominal duration the learner's time spent must reach for the nominal hours to
 * be credited on completion; below it, the time actually spent (whole minutes) is credited instead.
 */
export const NOMINAL_CREDIT_SHARE = 0.5;

/**
 * The credit rule: minutes credited on completion. The nominal duration when the (paced) time spent reaches
 * NOMINAL_CREDIT_SHARE of it, else the whole minutes actually spent, never more than the nominal; a course without a
 * stated duration credits the time spent.
 */
export function creditedMinutes(nominalMinutes: number, timeSpentSeconds: number): number {
  const spent = Math.max(0, Math.floor(timeSpentSeconds / 60));
  if (nominalMinutes <= 0) return spent;
  if (timeSpentSeconds >= NOMINAL_CREDIT_SHARE * nominalMinutes * 60) return nominalMinutes;
  return Math.min(nominalMinutes, spent);
}

/** The rule: every required lesson, and every final assessment, of the current published version. */
export function countsForCompletion(lesson: LessonDef): boolean {
  return lesson.required || lesson.type === 'final_assessment';
}

function whatIsLeft(lesson: LessonDef, state: LessonState | undefined, language: Language): Record<string, string | number> {
  if (lesson.type === 'video' || lesson.type === 'audio') {
    const duration = measureFor(lesson.durations, state?.language ?? language);
    const watched = duration && state ? (coveredSeconds(state.watchedRanges) / duration) * 100 : 0;
    return { percent: Math.max(1, Math.ceil(WATCH_THRESHOLD * 100 - watched)) };
  }
  if (lesson.type === 'pdf') {
    const pages = measureFor(lesson.pages, state?.language ?? language) ?? 0;
    const seen = new Set(state?.pagesViewed ?? []);
    const left = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => !seen.has(p));
    const shown = left.slice(0, 10).join(', ') + (left.length > 10 ? ', …' : '');
    return { count: left.length, pages: shown };
  }
  return {};
}

/** Evaluates completion from the lessons of the current version and the learner's progress by lesson_key. */
export function evaluateCompletion(lessons: LessonDef[], progress: Map<string, LessonState>, language: Language): CompletionState {
  const counted = lessons.filter(countsForCompletion);
  const missing: MissingItem[] = [];
  let percentSum = 0;
  for (const lesson of counted) {
    const state = progress.get(lesson.key);
    percentSum += state?.status === 'completed' ? 100 : (state?.percent ?? 0);
    if (state?.status !== 'completed') {
      missing.push({ lessonKey: lesson.key, number: lesson.number, type: lesson.type, params: whatIsLeft(lesson, state, language) });
    }
  }
  const complete = missing.length === 0;
  const percent = complete ? 100 : Math.min(99, Math.floor(percentSum / counted.length));
  return { complete, percent, missing };
}

/** Titles that only repeat "final assessment" (the default title in either language). */
const GENERIC_FINAL_TITLES = new Set(['final assessment', 'अंतिम मूल्यांकन']);

/** The learner-facing sentence for a missing item, e.g. "Lesson 3 (Floods): watch 40 % more of the video". */
export function describeMissing(item: MissingItem, lesson: LessonDef | undefined, language: Language): string {
  const title = lesson?.titles[language] ?? lesson?.titles.en ?? lesson?.titles.hi ?? '';
  // One page is "view page 7", not "view 1 more page: 7"; a final assessment titled just that is not named twice.
  const generic = item.type === 'final_assessment' && (!title || GENERIC_FINAL_TITLES.has(title.trim().toLowerCase()));
  const key = item.type === 'pdf' && item.params.count === 1 ? 'pdf_one' : generic ? 'final_assessment_untitled' : item.type;
  return format(missingMessages[key][language], { n: item.number, title, ...item.params });
}
