import type { JobDefinition } from '../../platform/jobs';
import { COURSE_COMPLETED, type CourseCompletedEvent } from '../learning';
import { settleProgrammeNow } from './enrolment.service';
import { openEnrolmentsContaining } from './programmes.repo';

export const PROGRAMME_COURSE_COMPLETED = 'programmes.course-completed';

/**
 * On `course.completed`, re-evaluates the learner's in-progress programme enrolments that contain the course;
 * each that is now complete is completed exactly once (lock + compare-and-set in `settleProgramme`), so replays,
 * retries and concurrent workers write a single `programme.completed`.
 */
export const programmeCourseCompletedJob: JobDefinition<CourseCompletedEvent> = {
  name: PROGRAMME_COURSE_COMPLETED,
  topics: [COURSE_COMPLETED],
  async handle(event, ctx) {
    for (const programmeId of await openEnrolmentsContaining(ctx.db, event.userId, event.courseId)) {
      await settleProgrammeNow(ctx, event.userId, programmeId);
    }
  },
};
