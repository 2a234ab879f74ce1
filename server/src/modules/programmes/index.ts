/**
 * The public face of modules/programmes: what other modules (and the composition root, the demo data) may use of it.
 * Inside the module, files import each other directly; from outside, only this file is imported.
 */
export { enrolInProgramme, PROGRAMME_COMPLETED } from './enrolment.service';
export { programmeStatesOf } from './programme-states';
export { programmesModule } from './programmes.module';
export { coursesOf, findProgramme, findProgrammeByCode, insertProgramme, replaceCourses } from './programmes.repo';
export { searchTextOf } from './programmes.rules';
export type { ProgrammeTexts } from './programmes.tables';
