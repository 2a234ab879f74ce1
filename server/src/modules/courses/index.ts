/**
 * The public face of modules/courses: what other modules (and the composition root, the demo data) may use of it.
 * Inside the module, files import each other directly; from outside, only this file is imported.
 */
export { loadCourseFor } from './authoring.service';
export { provideCompetencyLabels } from './catalog-filters';
export { searchCatalog } from './catalog.repo';
export { courseSummaries } from './course-summaries';
export type { CourseSummary } from './course-summaries';
export { VERSION_REVIEW_GAPS, VERSION_STARTED } from './courses.hook-points';
export { coursesModule } from './courses.module';
export { authoringScopes, coursePermissions } from './courses.policy';
export {
  canSeeCourse,
  getPublishedCourse,
  lessonsOfPublishedVersion,
  versionModules,
  viewerOf,
} from './courses.service';
export type { PublishedLesson } from './courses.service';
export type { AssessmentSettings, CourseTexts, LessonContent, LessonType } from './courses.tables';
export { sanitizeLessonHtml } from './lesson-content';
export { tagLabel } from './tag-labels';
export { courseVersionFacts } from './version-facts';
export { indexForCatalog } from './workflow.service';
