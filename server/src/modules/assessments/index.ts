/**
 * The public face of modules/assessments: what other modules (and the composition root, the demo data) may use of it.
 * Inside the module, files import each other directly; from outside, only this file is imported.
 */
export { assessmentsModule } from './assessments.module';
export { insertQuestions } from './assessments.service';
export type { LearnerAnswer } from './assessments.tables';
export { saveAnswers, startAttempt, submitAttempt } from './attempts.service';
export { questionsByIds } from './questions.repo';
export type { QuestionRow } from './questions.repo';
export type { QuestionContentT } from './questions.schema';
