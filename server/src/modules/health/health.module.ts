import type { Module } from '../../platform/module';
import { healthRoutes } from './health.routes';

/** Liveness and readiness of the process and its database. */
export const healthModule: Module = { name: 'health', routes: healthRoutes };
