import type { Module } from '../../platform/module';
import { learningRoutes } from './learning.routes';

/** Learning: enrolment, progress, completion (the `course.completed` event), My Learning and ratings. */
export const learningModule: Module = { name: 'learning', routes: learningRoutes };
