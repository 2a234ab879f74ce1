/**
 * The public face of modules/hrms: what other modules (and the composition root, the demo data) may use of it.
 * Inside the module, files import each other directly; from outside, only this file is imported.
 */
export { hrmsModule } from './hrms.module';
