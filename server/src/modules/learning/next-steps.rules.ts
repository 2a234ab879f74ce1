/** What the next-steps order reads of a learner's course. */
interface NextStepCourse {
  status: string;
  source: string;
  progressPercent: number;
  lastActivityAt: string | null;
  enrolledAt: string;
  dueAt: string | null;
}

/** Whether a course counts as started: any progress recorded (the web app's courseState() uses the same rule). */
export const isStarted = (c: Pick<NextStepCourse, 'status' | 'progressPercent'>): boolean => c.status === 'completed' || c.progressPercent > 0;

const rank = (c: NextStepCourse) => (isStarted(c) ? 0 : c.source === 'assignment' ? 1 : 2);

/**
 * The order of the courses still to finish, what to do next first: the ones in progress (most recently touched
 * first), then assigned ones not started (earliest deadline first, no deadline last), then the other enrolments not
 * started (newest first).
 */
export function byNextStep<T extends NextStepCourse>(a: T, b: T): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return (b.lastActivityAt ?? b.enrolledAt).localeCompare(a.lastActivityAt ?? a.enrolledAt);
  if (ra === 1) return (a.dueAt ?? '9').localeCompare(b.dueAt ?? '9');
  return b.enrolledAt.localeCompare(a.enrolledAt);
}
