import type { Module } from '../../platform/module';
import { programmeAuthoringRoutes } from './authoring.routes';
import { programmeCourseCompletedJob } from './programmes.jobs';
import { programmeRoutes } from './programmes.routes';

/** Curated programmes: ordered bundles of courses with enrolment, rolled-up progress and `programme.completed`. */
export const programmesModule: Module = {
  name: 'programmes',
  routes: async (app, ctx) => {
    await programmeRoutes(app, ctx);
    await programmeAuthoringRoutes(app, ctx);
  },
  jobs: [programmeCourseCompletedJob],
};
