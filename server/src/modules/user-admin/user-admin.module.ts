import type { Module } from '../../platform/module';
import { userAdminRoutes } from './user-admin.routes';
import { transferRoutes } from './transfers.routes';

/** User administration: approvals, accounts, roles, transfers, merges and the audit log. */
export const userAdminModule: Module = {
  name: 'user-admin',
  routes: async (app, ctx) => {
    await userAdminRoutes(app, ctx);
    await transferRoutes(app, ctx);
  },
};
