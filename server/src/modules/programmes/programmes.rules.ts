import type { Language } from '../../db/column-types';
import type { CourseSummary } from '../courses';
import { type CourseState, creditedMinutes } from '../learning';

/** A course of a programme, as stored. */
export interface ProgrammeCourse {
  courseId: string;
  position: number;
  required: boolean;
}

export type LearnerCourseStatus = 'not_enrolled' | 'in_progress' | 'completed';

/** One course of a programme with what the course module says about it and where the learner stands in it. */
export interface CourseLine extends ProgrammeCourse {
  summary: CourseSummary | undefined;
  durationMinutes: number;
  /** Published and not retired: a learner not yet enrolled can still join it. */
  available: boolean;
  status: LearnerCourseStatus;
  percent: number;
  completedAt: Date | null;
  completedLanguage: Language | null;
  /** Time the learner spent in the course (paced; 0 when not enrolled). */
  timeSpentSeconds: number;
}

/** Where a learner stands in a programme. */
export interface Rollup {
  complete: boolean;
  /** Duration-weighted average of the required courses' percent; 100 only when complete. */
  percent: number;
  requiredCount: number;
  requiredCompleted: number;
  /** Required courses not yet completed, in programme order. */
  missing: CourseLine[];
}

/** Joins a programme's courses with the course summaries and the learner's course states (none when anonymous). */
export function courseLines(courses: ProgrammeCourse[], summaries: Map<string, CourseSummary>, states: Map<string, CourseState>): CourseLine[] {
  return [...courses]
    .sort((a, b) => a.position - b.position)
    .map((c) => {
      const summary = summaries.get(c.courseId);
      const state = states.get(c.courseId);
      const status: LearnerCourseStatus = state ? state.status : 'not_enrolled';
      return {
        ...c,
        summary,
        durationMinutes: summary?.durationMinutes ?? 0,
        available: !!summary?.published && !summary.retired,
        status,
        percent: status === 'completed' ? 100 : (state?.progressPercent ?? 0),
        completedAt: state?.completedAt ?? null,
        completedLanguage: state?.completedLanguage ?? null,
        timeSpentSeconds: state?.timeSpentSeconds ?? 0,
      };
    });
}

/**
 * The programme rule: complete when every required course is completed (whenever that happened, before the
 * programme enrolment included). Percent is weighted by each required course's stated duration (a course without
 * one weighs as one minute), so a 90-minute course moves the bar more than a 25-minute one; it stays below 100
 * until the rule is met.
 */
export function rollUp(lines: CourseLine[]): Rollup {
  const required = lines.filter((l) => l.required);
  const missing = required.filter((l) => l.status !== 'completed');
  const weight = (l: CourseLine) => Math.max(1, l.durationMinutes);
  const total = required.reduce((sum, l) => sum + weight(l), 0);
  const done = required.reduce((sum, l) => sum + weight(l) * l.percent, 0);
  const complete = required.length > 0 && missing.length === 0;
  return {
    complete,
    percent: complete ? 100 : total > 0 ? Math.min(99, Math.floor(done / total)) : 0,
    requiredCount: required.length,
    requiredCompleted: required.length - missing.length,
    missing,
  };
}

/** The stated duration: the explicit value when set, else the sum of the required courses' durations. */
export function statedDuration(explicitMinutes: number | null, lines: Pick<CourseLine, 'required' | 'durationMinutes'>[]): number {
  if (explicitMinutes !== null) return explicitMinutes;
  return lines.filter((l) => l.required).reduce((sum, l) => sum + l.durationMinutes, 0);
}

/**
 * Minutes a completed programme credits: the learning module's credit rule (completion.rules.ts) over the programme's
 * stated duration and the time spent in its required courses, so seconds of clicks never earn the nominal hours.
 */
export function programmeCredit(explicitMinutes: number | null, lines: Pick<CourseLine, 'required' | 'durationMinutes' | 'timeSpentSeconds'>[]): number {
  const spent = lines.filter((l) => l.required).reduce((sum, l) => sum + l.timeSpentSeconds, 0);
  return creditedMinutes(statedDuration(explicitMinutes, lines), spent);
}

/** The language most required courses were completed in; on a tie (or none recorded), the learner's preference. */
export function completionLanguage(lines: CourseLine[], preferred: Language): Language {
  const counts = new Map<Language, number>();
  for (const l of lines) if (l.required && l.completedLanguage) counts.set(l.completedLanguage, (counts.get(l.completedLanguage) ?? 0) + 1);
  const best = Math.max(0, ...counts.values());
  const top = [...counts].filter(([, n]) => n === best && best > 0).map(([lang]) => lang);
  return top.length === 1 && top[0] ? top[0] : preferred;
}

/**
 * When the programme was completed: the last required course's completion, or the programme enrolment itself
 * when every required course was already done before it. Deterministic, so a replay computes the same moment.
 */
export function completionTime(lines: CourseLine[], enrolledAt: Date): Date {
  const times = lines.flatMap((l) => (l.required && l.completedAt ? [l.completedAt.getTime()] : []));
  return new Date(Math.max(enrolledAt.getTime(), ...times));
}

/** Search words: lower-cased, at most 8, each at most 60 characters. */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8).map((w) => w.slice(0, 60));
}

/** The text the catalog searches: code, titles and summaries in both languages. */
export function searchTextOf(code: string, texts: Partial<Record<Language, { title: string; summary: string }>>): string {
  return [code, texts.en?.title, texts.en?.summary, texts.hi?.title, texts.hi?.summary].filter(Boolean).join(' ').toLowerCase();
}
