import type { Module } from '../platform/module';
import { healthRoutes } from './health/health.routes';
import { orgRoutes } from './orgs/orgs.routes';

/** Every feature module, in one place: the map of the server. */
export const modules: Module[] = [
  { name: 'health', routes: healthRoutes },
  { name: 'orgs', routes: orgRoutes },
];
