import type { Module } from '../../platform/module';
import { campaignRoutes } from './campaigns.routes';
import { exportRoutes } from './exports.routes';
import { expireExportsJob, exportJob, monthlySummaryJob } from './reports.jobs';
import { reportRoutes } from './reports.routes';
import { drainJob, ingestJob } from './rollup.jobs';
import { reportsHooks } from './reports.hooks';

/**
 * Monitoring and evaluation: live subtree rollups fed from the outbox (ingest → dirty people → drain), dashboards with
 * drill-down to people, plan compliance, leaderboards, learning weeks, course quality, exports and the monthly e-mail.
 */
export const reportsModule: Module = {
  name: 'reports',
  routes: async (app, ctx) => {
    await reportRoutes(app, ctx);
    await exportRoutes(app, ctx);
    await campaignRoutes(app, ctx);
  },
  jobs: [ingestJob, drainJob, exportJob, monthlySummaryJob, expireExportsJob],
  hooks: reportsHooks,
};
