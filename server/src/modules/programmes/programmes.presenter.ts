import type { Language } from '../../db/column-types';
import type { ProgrammeTexts } from './programmes.tables';
import { format } from '../../platform/i18n';
import { programmeMissingMessages } from './programmes.messages';
import type { ProgrammeEnrolmentRow } from './programmes.repo';
import type { CourseLine, Rollup } from './programmes.rules';
import type { ProgrammeCourseLineT, ProgrammeEnrolmentT, ProgrammeProgressT } from './programmes.schema';
import { learningHours } from '../../platform/hours';

export const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null);
export const hours = (minutes: number): number => learningHours(minutes);

/** Texts in the wanted language, falling back to the other one; empty strings when neither exists. */
export function textsIn<T extends { title: string; summary: string; description?: string }>(
  texts: Partial<Record<Language, T>> | null | undefined,
  lang: Language,
): { title: string; summary: string; description: string } {
  const own = texts?.[lang];
  const t = own?.title ? own : (texts?.en ?? texts?.hi);
  return { title: t?.title ?? '', summary: t?.summary ?? '', description: t?.description ?? '' };
}

/** Programme texts as stored, with every field present. */
export function fullTexts(texts: Partial<Record<Language, Partial<ProgrammeTexts>>>): Partial<Record<Language, ProgrammeTexts>> {
  const out: Partial<Record<Language, ProgrammeTexts>> = {};
  for (const lang of ['en', 'hi'] as const) {
    const t = texts[lang];
    if (t) out[lang] = { title: t.title ?? '', summary: t.summary ?? '', description: t.description ?? '' };
  }
  return out;
}

/** A programme enrolment as the learner sees it. */
export function presentEnrolment(row: ProgrammeEnrolmentRow): ProgrammeEnrolmentT {
  return {
    programmeId: row.programme_id,
    source: row.source,
    status: row.status,
    enrolledAt: new Date(row.enrolled_at).toISOString(),
    dueAt: iso(row.due_at),
    completedAt: iso(row.completed_at),
    learningMinutesCredited: row.learning_minutes_credited,
  };
}

/** The courses of a programme in order, with the viewer's status and percent in each. */
export function presentLines(lines: CourseLine[], lang: Language): ProgrammeCourseLineT[] {
  return lines.map((l, i) => {
    const texts = textsIn(l.summary?.texts, lang);
    return {
      courseId: l.courseId,
      number: i + 1,
      required: l.required,
      title: texts.title,
      titles: { en: l.summary?.texts.en?.title, hi: l.summary?.texts.hi?.title },
      summary: texts.summary,
      durationMinutes: l.durationMinutes,
      available: l.available,
      restricted: l.available && l.summary?.visible === false,
      status: l.status,
      percent: l.percent,
      completedAt: iso(l.completedAt),
    };
  });
}

/** The rolled-up progress with exactly which required courses are still missing, worded in the learner's language. */
export function presentProgress(lines: CourseLine[], rollup: Rollup, enrolment: ProgrammeEnrolmentRow | undefined, lang: Language): ProgrammeProgressT {
  const completed = enrolment?.status === 'completed';
  const number = new Map(lines.map((l, i) => [l.courseId, i + 1]));
  return {
    status: completed ? 'completed' : 'in_progress',
    percent: completed ? 100 : rollup.percent,
    requiredCount: rollup.requiredCount,
    requiredCompleted: rollup.requiredCompleted,
    completedAt: completed ? iso(enrolment?.completed_at) : null,
    missing: completed
      ? []
      : rollup.missing.map((l) => {
          const kind = l.status === 'not_enrolled' ? (l.available ? 'not_enrolled' : 'unavailable') : 'in_progress';
          const n = number.get(l.courseId) ?? 0;
          const title = textsIn(l.summary?.texts, lang).title;
          return {
            courseId: l.courseId,
            number: n,
            title,
            status: l.status,
            percent: l.percent,
            available: l.available,
            message: format(programmeMissingMessages[kind][lang], { n, title, percent: l.percent }),
          };
        }),
  };
}
