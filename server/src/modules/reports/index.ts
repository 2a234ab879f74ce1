/**
 * The public face of modules/reports: what other modules (and the composition root, the demo data) may use of it.
 * Inside the module, files import each other directly; from outside, only this file is imported.
 */
export { refreshPeople } from './refresh.repo';
export { reportsModule } from './reports.module';
export { DRAIN_JOB } from './rollup.jobs';
