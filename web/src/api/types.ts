import type { paths } from './schema';

/** Every API path, generated from the server's OpenAPI document (npm run api:types). */
export type Paths = paths;

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Operation<P extends keyof Paths, M extends string> = Paths[P] extends { [K in M]: infer O } ? O : never;

/** The JSON body of a path's successful (200 or 201) answer. */
export type Reply<P extends keyof Paths, M extends 'get' | 'post' | 'patch' | 'put' = 'get'> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer A }
      ? JsonOf<A>
      : R extends { 201: infer B }
        ? JsonOf<B>
        : never
    : never;

/** The JSON request body of a path's operation. */
export type Body<P extends keyof Paths, M extends 'post' | 'patch' | 'put'> =
  Operation<P, M> extends { requestBody: { content: { 'application/json': infer T } } }
    ? T
    : Operation<P, M> extends { requestBody?: { content: { 'application/json': infer T } } }
      ? T
      : never;

export type Session = Reply<'/api/auth/session'>;
export type Me = NonNullable<Session['user']>;
export type OrgSummary = Reply<'/api/orgs'>[number];
export type OrgDetail = Reply<'/api/orgs/{id}'>;
export type Designation = Reply<'/api/orgs/{id}/designations'>[number];
export type Registration = Reply<'/api/registrations', 'post'>;
export type RegistrationInput = Body<'/api/registrations', 'post'>;
export type EmployeeGroup = RegistrationInput['employeeGroup'];
export type Posting = Reply<'/api/me/postings'>[number];
export type InAppNotification = Reply<'/api/me/notifications'>[number];
export type OutboxMessage = Reply<'/api/dev/outbox'>[number];
export type PendingRegistration = Reply<'/api/admin/registrations'>['items'][number];
export type UserQuery = NonNullable<Paths['/api/admin/users']['get']['parameters']['query']>;
export type UserStatus = NonNullable<UserQuery['status']>;
export type AdminUser = Reply<'/api/admin/users/{id}'>;
export type UserPage = Reply<'/api/admin/users'>;
export type UserInput = Body<'/api/admin/users', 'post'>;
export type Transfer = Reply<'/api/admin/transfers'>[number];
export type ProfileChange = Reply<'/api/admin/profile-changes'>[number];
export type ImportJob = Reply<'/api/admin/imports/{id}'>;
export type DeliveryStatus = Reply<'/api/admin/messages'>[number];
export type RegistrationLink = Reply<'/api/admin/orgs/{id}/registration-link'>;
export type CatalogQuery = NonNullable<Paths['/api/catalog']['get']['parameters']['query']>;
export type CatalogSort = NonNullable<CatalogQuery['sort']>;
export type CatalogPage = Reply<'/api/catalog'>;
export type CatalogItem = CatalogPage['items'][number];
export type CatalogFilters = Reply<'/api/catalog/filters'>;
export type CoursePage = Reply<'/api/courses/{id}'>;
export type CourseModule = CoursePage['modules'][number];
export type CourseLesson = CourseModule['lessons'][number];
export type LessonType = CourseLesson['type'];
export type CourseLearning = Reply<'/api/me/learning/{courseId}'>;
export type LessonProgress = CourseLearning['lessons'][number];
export type Completion = CourseLearning['completion'];
export type MyLearning = Reply<'/api/me/learning'>;
export type MyCourse = MyLearning['inProgress'][number];
export type LessonUpdate = Body<'/api/courses/{courseId}/progress', 'post'>['updates'][number];
export type RatingsPage = Reply<'/api/courses/{courseId}/ratings'>;
export type RatingInput = Body<'/api/courses/{courseId}/rating', 'put'>;
export type AssessmentSummary = Reply<'/api/courses/{courseId}/assessments/{lessonKey}'>;
export type Attempt = Reply<'/api/attempts/{id}'>;
export type AttemptQuestion = Attempt['questions'][number];
export type AttemptAnswers = Body<'/api/attempts/{id}/answers', 'put'>['answers'];
export type Answer = NonNullable<AttemptAnswers[string]>;
export type AttemptResult = NonNullable<Attempt['result']>;
export type AuthoringCourse = Reply<'/api/authoring/courses/{id}'>;
export type LessonContent = NonNullable<Reply<'/api/courses/{courseId}/lessons/{lessonKey}', 'get'>['content']['en']>;
export type AuthoringListQuery = NonNullable<Paths['/api/authoring/courses']['get']['parameters']['query']>;
export type AuthoringState = NonNullable<AuthoringListQuery['state']>;
export type AuthoringSummary = Reply<'/api/authoring/courses'>['items'][number];
export type AuthoringModule = AuthoringCourse['version']['modules'][number];
export type AuthoringLesson = AuthoringModule['lessons'][number];
export type CreateCourseInput = Body<'/api/authoring/courses', 'post'>;
export type UpdateDraftInput = Body<'/api/authoring/courses/{id}/draft', 'patch'>;
export type LessonInput = Body<'/api/authoring/modules/{id}/lessons', 'post'>;
export type LessonPatch = Body<'/api/authoring/lessons/{id}', 'patch'>;
export type FileInfo = Reply<'/api/authoring/courses/{id}/files', 'post'>;
export type QuestionList = Reply<'/api/authoring/courses/{courseId}/questions'>;
export type AuthoringQuestion = QuestionList['questions'][number];
export type QuestionInput = Body<'/api/authoring/courses/{courseId}/questions', 'post'>;
export type QuestionPatch = Body<'/api/authoring/questions/{id}', 'patch'>;
export type AudienceInput = Body<'/api/authoring/courses/{id}/audience', 'put'>;
export type AdminOrg = Reply<'/api/admin/orgs'>[number];
