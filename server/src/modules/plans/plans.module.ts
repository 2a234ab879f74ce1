import type { Module } from '../../platform/module';
import { planAdminRoutes } from './admin.routes';
import { planPeopleRoutes } from './me.routes';
import { orgMovedJob } from './org-moved.job';
import { planJobs } from './plans.jobs';
import { plansHooks } from './plans.hooks';

/**
 * Training plans and compliance: mandates that assign themselves to their audience (set-wise when a plan goes live,
 * per person on events), track deadlines, remind, escalate, and answer for ACR/APAR.
 */
export const plansModule: Module = {
  name: 'plans',
  routes: async (app, ctx) => {
    await planAdminRoutes(app, ctx);
    await planPeopleRoutes(app, ctx);
  },
  jobs: [...planJobs, orgMovedJob],
  hooks: plansHooks,
};
