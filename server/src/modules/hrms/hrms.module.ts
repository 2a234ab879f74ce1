import type { Module } from '../../platform/module';
import { deliverJob, fanOutJob } from './hrms.jobs';
import { hrmsRoutes } from './hrms.routes';

/** HRMS/APAR machine access: API tokens scoped to an org subtree, compliance reads, signed webhooks on changes. */
export const hrmsModule: Module = {
  name: 'hrms',
  routes: hrmsRoutes,
  jobs: [fanOutJob, deliverJob],
};
