import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { PageNumber, Position } from '../../platform/schema';

const Uuid = Type.String({ format: 'uuid' });
const strict = { additionalProperties: false } as const;
/** The longest stated duration a course (or a catalog filter) may have, in minutes. */
export const MAX_DURATION_MINUTES = 100_000;
const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/** One value per course language, each optional. */
const PerLanguage = <T extends TSchema>(t: T) => Type.Object({ en: Type.Optional(t), hi: Type.Optional(t) }, strict);

export const err = { $ref: 'ErrorResponse#' };
export const courseErrorResponses = { 400: err, 401: err, 403: err, 404: err, 409: err };

export const LanguageCode = literals(['en', 'hi'] as const);
export const LessonTypeSchema = literals(['video', 'audio', 'pdf', 'html', 'link', 'file', 'quiz', 'final_assessment'] as const);
export const DifficultySchema = literals(['beginner', 'intermediate', 'advanced'] as const);
export const Competency = Type.Object({ code: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,79}$' }), level: Type.Integer({ minimum: 1, maximum: 5 }) }, strict);
const Tag = Type.String({ minLength: 1, maxLength: 60 });

export const CourseTextsInput = Type.Object(
  {
    title: Type.Optional(Type.String({ maxLength: 200 })),
    summary: Type.Optional(Type.String({ maxLength: 1000 })),
    description: Type.Optional(Type.String({ maxLength: 20000 })),
  },
  strict,
);
const CourseTexts = Type.Object({ title: Type.String(), summary: Type.String(), description: Type.String() });

const draftFields = {
  languages: Type.Optional(Type.Array(LanguageCode, { minItems: 1, uniqueItems: true })),
  texts: Type.Optional(PerLanguage(CourseTextsInput)),
  durationMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_DURATION_MINUTES })),
  difficulty: Type.Optional(DifficultySchema),
  competencies: Type.Optional(Type.Array(Competency, { maxItems: 30 })),
  tags: Type.Optional(Type.Array(Tag, { maxItems: 30 })),
};
export const CreateCourseInput = Type.Object({ providerOrgId: Uuid, ...draftFields, languages: Type.Array(LanguageCode, { minItems: 1, uniqueItems: true }) }, strict);
export type CreateCourseInputT = Static<typeof CreateCourseInput>;
export const UpdateDraftInput = Type.Object({ ...draftFields, thumbnailFileId: Type.Optional(Nullable(Uuid)) }, strict);
export type UpdateDraftInputT = Static<typeof UpdateDraftInput>;

const Titles = PerLanguage(Type.String({ maxLength: 200 }));
export const ModuleInput = Type.Object({ titles: Titles }, strict);
export const ModuleUpdate = Type.Object({ titles: Type.Optional(Titles), position: Type.Optional(Position) }, strict);
export type ModuleUpdateT = Static<typeof ModuleUpdate>;

export const LessonContentInput = Type.Object(
  {
    fileId: Type.Optional(Uuid),
    html: Type.Optional(Type.String({ maxLength: 200_000 })),
    url: Type.Optional(Type.String({ maxLength: 2000 })),
    pages: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
    durationSeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 86_400 })),
  },
  strict,
);
export const AssessmentSettingsInput = Type.Object(
  {
    passMark: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    attemptLimit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    timeLimitSeconds: Type.Optional(Type.Integer({ minimum: 30, maximum: 86_400 })),
    drawCount: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
    shuffle: Type.Optional(Type.Boolean()),
  },
  strict,
);
export const LessonInput = Type.Object(
  {
    type: LessonTypeSchema,
    titles: Titles,
    required: Type.Optional(Type.Boolean()),
    content: Type.Optional(PerLanguage(LessonContentInput)),
    settings: Type.Optional(AssessmentSettingsInput),
  },
  strict,
);
export type LessonInputT = Static<typeof LessonInput>;
export const LessonUpdate = Type.Object(
  {
    titles: Type.Optional(Titles),
    required: Type.Optional(Type.Boolean()),
    content: Type.Optional(PerLanguage(LessonContentInput)),
    settings: Type.Optional(AssessmentSettingsInput),
    position: Type.Optional(Position),
    moduleId: Type.Optional(Uuid),
  },
  strict,
);
export type LessonUpdateT = Static<typeof LessonUpdate>;

export const CommentInput = Type.Object({ comment: Type.Optional(Type.String({ maxLength: 4000 })) }, strict);
export const SendBackInput = Type.Object({ comment: Type.String({ minLength: 1, maxLength: 4000 }) }, strict);
export const AudienceInput = Type.Object({ moderated: Type.Boolean(), orgIds: Type.Array(Uuid, { maxItems: 500, uniqueItems: true }) }, strict);
export const IdParams = Type.Object({ id: Uuid });
export const UploadQuery = Type.Object({ purpose: literals(['thumbnail', 'lesson'] as const) }, strict);
export const AuthoringListQuery = Type.Object(
  { state: Type.Optional(literals(['draft', 'in_review', 'published', 'retired'] as const)), page: Type.Optional(PageNumber()) },
  strict,
);

const Provider = Type.Object({ id: Type.String(), nameEn: Type.String(), nameHi: Type.String() });
const LessonContentOut = Type.Object({
  fileId: Type.Optional(Type.String()),
  html: Type.Optional(Type.String()),
  url: Type.Optional(Type.String()),
  pages: Type.Optional(Type.Integer()),
  durationSeconds: Type.Optional(Type.Integer()),
});
const TitlesOut = Type.Object({ en: Type.Optional(Type.String()), hi: Type.Optional(Type.String()) });
export const AuthoringLesson = Type.Object({
  id: Type.String(),
  key: Type.String(),
  position: Type.Integer(),
  type: Type.String(),
  required: Type.Boolean(),
  titles: TitlesOut,
  content: Type.Object({ en: Type.Optional(LessonContentOut), hi: Type.Optional(LessonContentOut) }),
  settings: Type.Record(Type.String(), Type.Unknown()),
});
export const AuthoringModule = Type.Object({ id: Type.String(), key: Type.String(), position: Type.Integer(), titles: TitlesOut, lessons: Type.Array(AuthoringLesson) });
export const AuthoringVersion = Type.Object({
  id: Type.String(),
  versionNo: Type.Integer(),
  state: Type.String(),
  approved: Type.Boolean(),
  texts: Type.Object({ en: Type.Optional(CourseTexts), hi: Type.Optional(CourseTexts) }),
  languages: Type.Array(Type.String()),
  thumbnailFileId: Nullable(Type.String()),
  durationMinutes: Type.Integer(),
  difficulty: Type.String(),
  competencies: Type.Array(Type.Object({ code: Type.String(), level: Type.Integer() })),
  tags: Type.Array(Type.String()),
  createdBy: Nullable(Type.String()),
  submittedBy: Nullable(Type.String()),
  updatedAt: Type.String({ format: 'date-time' }),
  publishedAt: Nullable(Type.String({ format: 'date-time' })),
  modules: Type.Array(AuthoringModule),
});
export const Permissions = Type.Object({
  view: Type.Boolean(), edit: Type.Boolean(), submit: Type.Boolean(), review: Type.Boolean(),
  publish: Type.Boolean(), retire: Type.Boolean(), newVersion: Type.Boolean(), moderate: Type.Boolean(),
});
export const AuthoringCourse = Type.Object(
  {
    id: Type.String(),
    provider: Provider,
    moderated: Type.Boolean(),
    audienceOrgIds: Type.Array(Type.String()),
    retiredAt: Nullable(Type.String({ format: 'date-time' })),
    publishedVersionId: Nullable(Type.String()),
    version: AuthoringVersion,
    reviews: Type.Array(
      Type.Object({ action: Type.String(), comment: Nullable(Type.String()), versionNo: Type.Integer(), actor: Type.Object({ id: Type.String(), name: Type.String() }), at: Type.String({ format: 'date-time' }) }),
    ),
    permissions: Permissions,
  },
  { $id: 'AuthoringCourse' },
);
export const AuthoringCourseSummary = Type.Object({
  id: Type.String(),
  title: Type.String(),
  provider: Provider,
  state: Type.String(),
  approved: Type.Boolean(),
  versionNo: Type.Integer(),
  published: Type.Boolean(),
  retired: Type.Boolean(),
  updatedAt: Type.String({ format: 'date-time' }),
});
export const Paged = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });
export const FileInfo = Type.Object({ id: Type.String(), mediaType: Type.String(), sizeBytes: Type.Integer(), originalName: Type.String(), sha256: Type.String(), url: Type.String() });
export { Provider, TitlesOut, CourseTexts, Nullable };
