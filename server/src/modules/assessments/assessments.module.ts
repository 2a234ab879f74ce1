import type { Module } from '../../platform/module';
import { closeOverdueAttemptJob, recordResultJob } from './assessments.jobs';
import { assessmentRoutes } from './assessments.routes';
import { assessmentsHooks } from './assessments.hooks';

/** Assessments: the question bank of each course version and learners' attempts, scored on the server. */
export const assessmentsModule: Module = {
  name: 'assessments',
  routes: assessmentRoutes,
  jobs: [closeOverdueAttemptJob, recordResultJob],
  hooks: assessmentsHooks,
};
