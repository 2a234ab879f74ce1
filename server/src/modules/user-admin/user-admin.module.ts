import type { Module } from '../../platform/module';
import { userAdminRoutes } from './user-admin.routes';
import { transferRoutes } from './transfers.routes';
import { profileChangeRoutes } from './profile-change.routes';
import { orgClosureRoutes } from './org-closure.routes';
import { importRoutes } from './import.routes';
import { importUsersJob } from './import.jobs';
import { settleDecisionJob } from './registration-decisions.jobs';

/** User administration: approvals, accounts, roles, transfers, merges, profile-change requests, closing an org (its people transferred) the bulk import of people and the audit log. */
export const userAdminModule: Module = {
  name: 'user-admin',
  routes: async (app, ctx) => {
    await userAdminRoutes(app, ctx);
    await transferRoutes(app, ctx);
    await profileChangeRoutes(app, ctx);
    await orgClosureRoutes(app, ctx);
    await importRoutes(app, ctx);
  },
  jobs: [importUsersJob, settleDecisionJob],
};
