/**
 * The public face of modules/learning: what other modules (and the composition root, the demo data) may use of it.
 * Inside the module, files import each other directly; from outside, only this file is imported.
 */
export { creditedMinutes } from './completion.rules';
export { COURSE_COMPLETED } from './completion.service';
export type { CourseCompletedEvent } from './completion.service';
export { outlineOf } from './course-outline';
export { courseCompletionsOf, courseStatesOf } from './course-states';
export type { CourseState } from './course-states';
export { enrolLearner, restartEnrolment } from './enrolment.service';
export { finalAssessmentScore } from './final-assessment-score';
export { learningModule } from './learning.module';
export type { LessonUpdate } from './progress.rules';
export { recordAssessmentResult, recordProgress } from './progress.service';
export { rateCourse } from './ratings.service';
