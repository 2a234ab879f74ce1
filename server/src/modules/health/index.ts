/**
 * The public face of modules/health: what other modules (and the composition root, the demo data) may use of it.
 * Inside the module, files import each other directly; from outside, only this file is imported.
 */
export { healthModule } from './health.module';
