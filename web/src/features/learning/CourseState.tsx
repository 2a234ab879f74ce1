import { useTranslation } from 'react-i18next';

/** The three states a learner's course is in, named the same on every page (Home, My Learning, the course page). */
export type CourseState = 'not_started' | 'in_progress' | 'completed';

/**
 * A course's state from its enrolment: completed when completed, in progress once any progress is recorded, else not
 * started (an assigned course nobody has opened is "not started", whatever its enrolment row says). The server orders
 * My Learning by the same rule (modules/learning/next-steps.rules.ts).
 */
export function courseState(c: { status: string; progressPercent: number }): CourseState {
  if (c.status === 'completed') return 'completed';
  return c.progressPercent > 0 ? 'in_progress' : 'not_started';
}

/** The state as a labelled tag ("In progress · 40%"): words, not colour alone. */
export function CourseStateTag({ status, progressPercent }: { status: string; progressPercent: number }) {
  const { t } = useTranslation();
  const state = courseState({ status, progressPercent });
  return (
    <span className={`tag status-${state}`} data-testid="course-state" data-state={state}>
      {t(`course.state.${state}`, { percent: progressPercent })}
    </span>
  );
}

/** The words of the button that takes the learner into the course: Start, Continue, or go through it again. */
export function useCourseAction() {
  const { t } = useTranslation();
  return (state: CourseState) => t(`course.action.${state}`);
}
