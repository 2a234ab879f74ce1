import type { Module } from '../../platform/module';
import { authoringRoutes } from './authoring.routes';
import { refoldCatalogJob } from './catalog-index';
import { catalogRoutes } from './catalog.routes';

/** Courses: authoring and the review workflow, the catalog, course pages and course files. */
export const coursesModule: Module = {
  name: 'courses',
  routes: async (app, ctx) => {
    await authoringRoutes(app, ctx);
    await catalogRoutes(app, ctx);
  },
  jobs: [refoldCatalogJob],
};
