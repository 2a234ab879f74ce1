import type { Module } from '../../platform/module';
import { provideCompetencyLabels } from '../courses';
import { mergePassbookJob, recordAssessmentJob, recordCompletionJob } from './competencies.jobs';
import { frameworkRoutes } from './framework.routes';
import { competencyLabels } from './framework.service';
import { learnerRoutes } from './learner.routes';
import { requirementsRoutes } from './requirements.routes';

/**
 * Competency hub and career hub: the framework (KCM), role requirements (FRAC), the passbook fed by
 * `course.completed` and `assessment.submitted`, gaps, career paths, recommendations and coverage.
 */
export const competenciesModule: Module = {
  name: 'competencies',
  routes: async (app, ctx) => {
    // The catalog's competency filter shows the framework's names for the codes courses carry.
    provideCompetencyLabels(competencyLabels);
    await frameworkRoutes(app, ctx);
    await requirementsRoutes(app, ctx);
    await learnerRoutes(app, ctx);
  },
  jobs: [recordCompletionJob, recordAssessmentJob, mergePassbookJob],
};
