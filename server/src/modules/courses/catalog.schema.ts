import { Type } from '@sinclair/typebox';
import { CourseTexts, DifficultySchema, LanguageCode, LessonTypeSchema, MAX_DURATION_MINUTES, Nullable, Provider, TitlesOut } from './courses.schema';
import { BoundedInt, PageNumber } from '../../platform/schema';

export const CatalogQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    lang: Type.Optional(LanguageCode),
    competency: Type.Optional(Type.String({ maxLength: 80 })),
    language: Type.Optional(LanguageCode),
    provider: Type.Optional(Type.String({ format: 'uuid' })),
    minDuration: Type.Optional(BoundedInt({ maximum: MAX_DURATION_MINUTES })),
    maxDuration: Type.Optional(BoundedInt({ maximum: MAX_DURATION_MINUTES })),
    type: Type.Optional(LessonTypeSchema),
    sort: Type.Optional(Type.Union([Type.Literal('relevance'), Type.Literal('newest'), Type.Literal('most_completed'), Type.Literal('rating')])),
    page: Type.Optional(PageNumber({ maximum: 500 })),
  },
  { additionalProperties: false },
);

const Rating = Type.Object({ average: Nullable(Type.Number()), count: Type.Integer() });
const Competencies = Type.Array(Type.Object({ code: Type.String(), level: Type.Integer() }));

export const CatalogItem = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    summary: Type.String(),
    languages: Type.Array(Type.String()),
    provider: Provider,
    durationMinutes: Type.Integer(),
    difficulty: DifficultySchema,
    thumbnailUrl: Nullable(Type.String()),
    competencies: Competencies,
    lessonTypes: Type.Array(Type.String()),
    rating: Rating,
    enrolmentCount: Type.Integer(),
    completionCount: Type.Integer(),
    moderated: Type.Boolean(),
    publishedAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { $id: 'CatalogItem' },
);

const Count = Type.Integer({ minimum: 0, description: 'Visible published courses with this value.' });
/** The options the catalog can be filtered by, each with its course count (GET /api/catalog/filters). */
export const CatalogFilters = Type.Object({
  total: Type.Integer(),
  languages: Type.Array(Type.Object({ code: LanguageCode, count: Count })),
  providers: Type.Array(Type.Object({ id: Type.String(), nameEn: Type.String(), nameHi: Type.String(), count: Count })),
  competencies: Type.Array(
    Type.Object({
      code: Type.String(),
      /** null until the module owning the competency framework names the code. */
      label: Nullable(Type.Object({ en: Type.String(), hi: Type.String() })),
      count: Count,
    }),
  ),
  lessonTypes: Type.Array(Type.Object({ type: LessonTypeSchema, count: Count })),
  durations: Type.Array(
    Type.Object({
      key: Type.Union([Type.Literal('short'), Type.Literal('medium'), Type.Literal('long')]),
      minDuration: Nullable(Type.Integer()),
      maxDuration: Nullable(Type.Integer()),
      count: Count,
    }),
  ),
});

export const CatalogPage = Type.Object({ items: Type.Array(Type.Ref(CatalogItem)), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

export const CoursePage = Type.Object({
  id: Type.String(),
  versionId: Type.String(),
  versionNo: Type.Integer(),
  texts: Type.Object({ en: Type.Optional(CourseTexts), hi: Type.Optional(CourseTexts) }),
  languages: Type.Array(Type.String()),
  provider: Provider,
  durationMinutes: Type.Integer(),
  difficulty: DifficultySchema,
  thumbnailUrl: Nullable(Type.String()),
  competencies: Competencies,
  tags: Type.Array(Type.String()),
  moderated: Type.Boolean(),
  publishedAt: Nullable(Type.String({ format: 'date-time' })),
  modules: Type.Array(
    Type.Object({
      key: Type.String(),
      position: Type.Integer(),
      titles: TitlesOut,
      lessons: Type.Array(
        Type.Object({
          key: Type.String(),
          position: Type.Integer(),
          type: LessonTypeSchema,
          required: Type.Boolean(),
          titles: TitlesOut,
          durationSeconds: Nullable(Type.Integer()),
          pages: Nullable(Type.Integer()),
        }),
      ),
    }),
  ),
  lessonCount: Type.Integer(),
  rating: Rating,
  enrolmentCount: Type.Integer(),
  completionCount: Type.Integer(),
});
