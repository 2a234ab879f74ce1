import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { PageNumber } from '../../platform/schema';

const Uuid = Type.String({ format: 'uuid' });
const strict = { additionalProperties: false } as const;
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const err = { $ref: 'ErrorResponse#' };
export const programmeErrorResponses = { 400: err, 401: err, 403: err, 404: err, 409: err };

/** A programme's code: lower-case letters, digits and hyphens, e.g. `up-7-day-capacity-building`. */
export const Code = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,79}$', description: 'lower-case letters, digits and hyphens' });
export const IdParams = Type.Object({ id: Uuid });
/** A programme by id or by code. */
export const RefParams = Type.Object({ ref: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,79}$', description: 'programme id or code' }) });

const TextsInput = Type.Object(
  {
    title: Type.Optional(Type.String({ maxLength: 200 })),
    summary: Type.Optional(Type.String({ maxLength: 1000 })),
    description: Type.Optional(Type.String({ maxLength: 20000 })),
  },
  strict,
);
const PerLanguageTexts = Type.Object({ en: Type.Optional(TextsInput), hi: Type.Optional(TextsInput) }, strict);
const CourseEntry = Type.Object({ courseId: Uuid, required: Type.Optional(Type.Boolean({ default: true })) }, strict);
const CourseList = Type.Array(CourseEntry, { minItems: 1, maxItems: 50, description: 'The courses in programme order.' });
const ThumbnailUrl = Type.String({ pattern: '^(https://|/api/files/)\\S{1,2000}$', description: 'https URL or /api/files/… of a published course file' });
const editable = {
  texts: Type.Optional(PerLanguageTexts),
  thumbnailUrl: Type.Optional(Nullable(ThumbnailUrl)),
  durationMinutes: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100_000, description: 'Explicit stated duration; null = sum of the required courses.' }))),
  courses: Type.Optional(CourseList),
};
export const CreateProgrammeInput = Type.Object({ code: Code, providerOrgId: Uuid, ...editable }, strict);
export type CreateProgrammeInputT = Static<typeof CreateProgrammeInput>;
export const UpdateProgrammeInput = Type.Object({ code: Type.Optional(Code), ...editable }, strict);
export type UpdateProgrammeInputT = Static<typeof UpdateProgrammeInput>;

export const StatusSchema = literals(['draft', 'published', 'retired'] as const);
export const AuthoringListQuery = Type.Object(
  { status: Type.Optional(StatusSchema), page: Type.Optional(PageNumber()) },
  strict,
);
export const CatalogQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    lang: Type.Optional(literals(['en', 'hi'] as const)),
    page: Type.Optional(PageNumber()),
  },
  strict,
);

const Provider = Type.Object({ id: Type.String(), nameEn: Type.String(), nameHi: Type.String() });
const Texts = Type.Object({ title: Type.String(), summary: Type.String(), description: Type.String() });
const TextsOut = Type.Object({ en: Type.Optional(Texts), hi: Type.Optional(Texts) });
const CourseTitles = Type.Object({ en: Type.Optional(Type.String()), hi: Type.Optional(Type.String()) });
const EnrolmentStatus = literals(['in_progress', 'completed'] as const);
const CourseStatus = literals(['not_enrolled', 'in_progress', 'completed'] as const);

export const ProgrammeEnrolment = Type.Object({
  programmeId: Type.String(),
  source: literals(['self', 'assignment'] as const),
  status: EnrolmentStatus,
  enrolledAt: DateTime,
  dueAt: Nullable(DateTime),
  completedAt: Nullable(DateTime),
  learningMinutesCredited: Type.Integer(),
});
export type ProgrammeEnrolmentT = Static<typeof ProgrammeEnrolment>;

export const ProgrammeCard = Type.Object({
  id: Type.String(),
  code: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  provider: Provider,
  thumbnailUrl: Nullable(Type.String()),
  durationMinutes: Type.Integer(),
  courseCount: Type.Integer(),
  requiredCount: Type.Integer(),
  enrolmentCount: Type.Integer(),
  completionCount: Type.Integer(),
  publishedAt: Nullable(DateTime),
  myStatus: Nullable(EnrolmentStatus),
});
export type ProgrammeCardT = Static<typeof ProgrammeCard>;
export const ProgrammeCatalog = Type.Object({ items: Type.Array(ProgrammeCard), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

const MissingCourse = Type.Object({
  courseId: Type.String(),
  number: Type.Integer(),
  title: Type.String(),
  status: CourseStatus,
  percent: Type.Integer(),
  available: Type.Boolean(),
  message: Type.String(),
});
export const ProgrammeProgress = Type.Object({
  status: EnrolmentStatus,
  percent: Type.Integer(),
  requiredCount: Type.Integer(),
  requiredCompleted: Type.Integer(),
  completedAt: Nullable(DateTime),
  missing: Type.Array(MissingCourse),
});
export type ProgrammeProgressT = Static<typeof ProgrammeProgress>;

export const ProgrammeCourseLine = Type.Object({
  courseId: Type.String(),
  number: Type.Integer(),
  required: Type.Boolean(),
  title: Type.String(),
  titles: CourseTitles,
  summary: Type.String(),
  durationMinutes: Type.Integer(),
  available: Type.Boolean(),
  restricted: Type.Boolean({ description: 'Published but moderated, and the viewer is outside its audience.' }),
  status: CourseStatus,
  percent: Type.Integer(),
  completedAt: Nullable(DateTime),
});
export type ProgrammeCourseLineT = Static<typeof ProgrammeCourseLine>;

export const ProgrammePage = Type.Object({
  id: Type.String(),
  code: Type.String(),
  status: StatusSchema,
  texts: TextsOut,
  title: Type.String(),
  summary: Type.String(),
  description: Type.String(),
  provider: Provider,
  thumbnailUrl: Nullable(Type.String()),
  durationMinutes: Type.Integer(),
  publishedAt: Nullable(DateTime),
  retiredAt: Nullable(DateTime),
  enrolmentCount: Type.Integer(),
  completionCount: Type.Integer(),
  courses: Type.Array(ProgrammeCourseLine),
  enrolment: Nullable(ProgrammeEnrolment),
  progress: Nullable(ProgrammeProgress),
  canEnrol: Type.Boolean(),
});

export const MyProgramme = Type.Object({
  programmeId: Type.String(),
  code: Type.String(),
  title: Type.String(),
  source: Type.String(),
  status: EnrolmentStatus,
  progressPercent: Type.Integer(),
  requiredCount: Type.Integer(),
  requiredCompleted: Type.Integer(),
  enrolledAt: DateTime,
  dueAt: Nullable(DateTime),
  overdue: Type.Boolean(),
  completedAt: Nullable(DateTime),
  learningHours: Type.Number(),
  retired: Type.Boolean(),
  next: Nullable(Type.Object({ courseId: Type.String(), title: Type.String() })),
});
export type MyProgrammeT = Static<typeof MyProgramme>;
export const MyProgrammes = Type.Object({
  inProgress: Type.Array(MyProgramme),
  completed: Type.Array(MyProgramme),
  totals: Type.Object({ completed: Type.Integer(), learningHours: Type.Number() }),
});

export const Permissions = Type.Object({ view: Type.Boolean(), edit: Type.Boolean(), delete: Type.Boolean(), publish: Type.Boolean(), retire: Type.Boolean() });
export const AuthoringProgramme = Type.Object(
  {
    id: Type.String(),
    code: Type.String(),
    provider: Provider,
    status: StatusSchema,
    texts: TextsOut,
    thumbnailUrl: Nullable(Type.String()),
    durationMinutes: Nullable(Type.Integer({ description: 'The explicit stated duration, or null for the sum of the required courses.' })),
    statedDurationMinutes: Type.Integer(),
    courses: Type.Array(
      Type.Object({
        courseId: Type.String(),
        number: Type.Integer(),
        required: Type.Boolean(),
        titles: CourseTitles,
        durationMinutes: Type.Integer(),
        published: Type.Boolean(),
        retired: Type.Boolean(),
        moderated: Type.Boolean(),
      }),
    ),
    enrolmentCount: Type.Integer(),
    completionCount: Type.Integer(),
    createdAt: DateTime,
    updatedAt: DateTime,
    publishedAt: Nullable(DateTime),
    retiredAt: Nullable(DateTime),
    permissions: Permissions,
  },
  { $id: 'AuthoringProgramme' },
);
export type AuthoringProgrammeT = Static<typeof AuthoringProgramme>;
export const AuthoringProgrammeSummary = Type.Object({
  id: Type.String(),
  code: Type.String(),
  title: Type.String(),
  provider: Provider,
  status: StatusSchema,
  courseCount: Type.Integer(),
  updatedAt: DateTime,
});
export const AuthoringProgrammeList = Type.Object({ items: Type.Array(AuthoringProgrammeSummary), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });
