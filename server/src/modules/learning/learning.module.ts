import type { Module } from '../../platform/module';
import { learningRoutes } from './learning.routes';
import { lessonContentRoutes } from './lesson-content.routes';

/** Learning: enrolment, progress, completion (the `course.completed` event), My Learning and ratings. */
export const learningModule: Module = {
  name: 'learning',
  routes: async (app, ctx) => {
    await learningRoutes(app, ctx);
    await lessonContentRoutes(app, ctx);
  },
};
