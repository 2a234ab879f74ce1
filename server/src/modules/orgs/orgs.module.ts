import type { Module } from '../../platform/module';
import { orgRoutes } from './orgs.routes';

/** The org tree and designations: search, registration links, and admins' maintenance of the tree. */
export const orgsModule: Module = { name: 'orgs', routes: orgRoutes };
