/**
 * The public face of modules/competencies: what other modules (and the composition root, the demo data) may use of it.
 * Inside the module, files import each other directly; from outside, only this file is imported.
 */
export { insertPath } from './career.repo';
export { competenciesModule } from './competencies.module';
export type { CompetencyType } from './competencies.tables';
export { competenciesByCode } from './framework.repo';
export { checkFracRows, parseFracCsv } from './requirements.csv';
export { replaceFrac } from './requirements.repo';
