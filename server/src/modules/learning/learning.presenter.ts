import type { Static } from '@sinclair/typebox';
import type { Language } from '../../db/column-types';
import type { CourseTexts } from '../courses';
import { describeMissing, type CompletionState } from './completion.rules';
import type { CourseOutline } from './course-outline';
import type { EnrolmentRow } from './learning.repo';
import type { Completion, EnrolmentT, LessonProgress, PaceCredit } from './learning.schema';
import type { LessonState } from './progress.rules';
import { format } from '../../platform/i18n';
import { paceMessages } from './learning.messages';
import { PACE, wasClamped, type PaceBudget } from './pace.rules';

type LessonProgressT = Static<typeof LessonProgress>;
type CompletionT = Static<typeof Completion>;

/** What a progress batch reported and what the pace rule credited, with a sentence for the learner when clamped. */
export function presentCredit(pace: PaceBudget, language: Language): Static<typeof PaceCredit> {
  const clamped = wasClamped(pace);
  const round = (n: number) => Math.round(n * 10) / 10;
  // The sentence counts in time: reported time, or the wall-clock a watched claim would need, whichever is larger.
  const reported = Math.round(Math.max(pace.timeReported, pace.watchReported / PACE.maxPlaybackRate));
  const credited = Math.round(Math.max(pace.timeCredited, pace.watchCredited / PACE.maxPlaybackRate));
  return {
    reportedSeconds: pace.timeReported,
    creditedSeconds: pace.timeCredited,
    reportedWatchSeconds: round(pace.watchReported),
    creditedWatchSeconds: round(pace.watchCredited),
    clamped,
    message: clamped ? format(paceMessages.clamped[language], { reported, credited: Math.min(credited, reported), rate: PACE.maxPlaybackRate }) : null,
  };
}

/** The course title in the learner's language, falling back to the other one. */
export function courseTitle(texts: Partial<Record<Language, CourseTexts>> | null | undefined, language: Language): string {
  return texts?.[language]?.title ?? texts?.en?.title ?? texts?.hi?.title ?? '';
}

/** An enrolment as the learner sees it. */
export function presentEnrolment(row: EnrolmentRow): EnrolmentT {
  return {
    courseId: row.course_id,
    source: row.source,
    status: row.status,
    enrolledAt: row.enrolled_at.toISOString(),
    dueAt: row.due_at?.toISOString() ?? null,
    progressPercent: row.progress_percent,
    completedAt: row.completed_at?.toISOString() ?? null,
  };
}

/** Per-lesson progress in syllabus order; `only` limits it to some lesson keys. */
export function presentLessons(outline: CourseOutline, progress: Map<string, LessonState>, language: Language, only?: string[]): LessonProgressT[] {
  const wanted = only ? new Set(only) : null;
  return outline.lessons
    .filter((l) => !wanted || wanted.has(l.key))
    .map((l) => {
      const s = progress.get(l.key);
      return {
        lessonKey: l.key,
        number: l.number,
        moduleKey: l.moduleKey,
        title: l.titles[language] ?? l.titles.en ?? l.titles.hi ?? '',
        type: l.type,
        required: l.required,
        status: s ? s.status : 'not_started',
        percent: s?.percent ?? 0,
        positionSeconds: s?.positionSeconds ?? 0,
        watchedRanges: s?.watchedRanges ?? [],
        pagesViewed: s?.pagesViewed ?? [],
        timeSpentSeconds: s?.timeSpentSeconds ?? 0,
        bestScorePercent: s?.bestScorePercent ?? null,
        completedAt: s?.completedAt?.toISOString() ?? null,
      };
    });
}

/** Completion status with the exact list of required items still missing, in the learner's language. */
export function presentCompletion(
  outline: CourseOutline,
  state: CompletionState,
  status: 'in_progress' | 'completed',
  completedAt: Date | null,
  language: Language,
): CompletionT {
  const byKey = new Map(outline.lessons.map((l) => [l.key, l]));
  return {
    status,
    percent: status === 'completed' ? 100 : state.percent,
    completedAt: completedAt?.toISOString() ?? null,
    // A completed course stays completed even if a newer version added lessons: nothing is "missing" then.
    missing:
      status === 'completed'
        ? []
        : state.missing.map((m) => ({ lessonKey: m.lessonKey, number: m.number, type: m.type, params: m.params, message: describeMissing(m, byKey.get(m.lessonKey), language) })),
  };
}

/**
 * Where to pick up: the last lesson if it is not finished (at its saved position), else the first unfinished
 * lesson after it, else the first unfinished one anywhere; null when every lesson is done. `nextLessonKey` is the
 * lesson after that one in syllabus order (for a "Next" button).
 */
export function resumeTarget(outline: CourseOutline, progress: Map<string, LessonState>, lastLessonKey: string | null) {
  const unfinished = (key: string) => progress.get(key)?.status !== 'completed';
  const lastIndex = outline.lessons.findIndex((l) => l.key === lastLessonKey);
  const last = lastIndex >= 0 ? outline.lessons[lastIndex] : undefined;
  const target =
    (last && unfinished(last.key) ? last : undefined) ??
    outline.lessons.slice(lastIndex + 1).find((l) => unfinished(l.key)) ??
    outline.lessons.find((l) => unfinished(l.key));
  const targetIndex = target ? outline.lessons.indexOf(target) : -1;
  return {
    resume: target ? { lessonKey: target.key, positionSeconds: progress.get(target.key)?.positionSeconds ?? 0 } : null,
    nextLessonKey: target ? (outline.lessons[targetIndex + 1]?.key ?? null) : null,
  };
}
