import { Type, type Static } from '@sinclair/typebox';
import { PageNumber, PageSize } from '../../platform/schema';

const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends ReturnType<typeof Type.String | typeof Type.Integer | typeof Type.Number>>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const Lang = Type.Union([Type.Literal('en'), Type.Literal('hi')]);
export const err = { $ref: 'ErrorResponse#' };
/** The error answers learning routes can give. */
export const learningErrorResponses = { 400: err, 401: err, 403: err, 404: err, 409: err };

export const CourseParams = Type.Object({ courseId: Uuid });

/** Media seconds: 0–24 h here; the rules clamp them to the lesson's known length. */
const Seconds = Type.Number({ minimum: 0, maximum: 24 * 3600 });
/** A page number (the rules refuse pages beyond the document's known count). */
const Page = Type.Integer({ minimum: 1, maximum: 10_000 });
const MediaProgress = Type.Object(
  {
    watchedRanges: Type.Array(Type.Tuple([Seconds, Seconds]), { maxItems: 200, description: 'Intervals actually played, [from, to] in seconds.' }),
    positionSeconds: Seconds,
    ended: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const LessonUpdateInput = Type.Object(
  {
    lessonKey: Uuid,
    clientSeq: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'Increasing per lesson across page loads (e.g. Date.now()); a repeat is not counted twice.' })),
    timeSpentSeconds: Type.Integer({ minimum: 0, maximum: 3600 }),
    language: Lang,
    video: Type.Optional(MediaProgress),
    audio: Type.Optional(MediaProgress),
    pdf: Type.Optional(Type.Object({ pagesViewed: Type.Array(Page, { maxItems: 2000 }) }, { additionalProperties: false })),
    html: Type.Optional(Type.Object({ scrolledToEnd: Type.Boolean() }, { additionalProperties: false })),
    link: Type.Optional(Type.Object({ opened: Type.Boolean() }, { additionalProperties: false })),
    file: Type.Optional(Type.Object({ downloaded: Type.Boolean() }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export const ProgressInput = Type.Object({ updates: Type.Array(LessonUpdateInput, { minItems: 1, maxItems: 50 }) }, { additionalProperties: false });
export type ProgressInputT = Static<typeof ProgressInput>;

export const MissingItem = Type.Object({
  lessonKey: Type.String(),
  number: Type.Integer(),
  type: Type.String(),
  message: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});
export const Completion = Type.Object({
  status: Type.Union([Type.Literal('in_progress'), Type.Literal('completed')]),
  percent: Type.Integer(),
  completedAt: Nullable(DateTime),
  missing: Type.Array(MissingItem),
});

export const LessonProgress = Type.Object({
  lessonKey: Type.String(),
  number: Type.Integer(),
  moduleKey: Type.String(),
  title: Type.String(),
  type: Type.String(),
  required: Type.Boolean(),
  status: Type.Union([Type.Literal('not_started'), Type.Literal('in_progress'), Type.Literal('completed')]),
  percent: Type.Integer(),
  positionSeconds: Type.Number(),
  watchedRanges: Type.Array(Type.Tuple([Type.Number(), Type.Number()])),
  pagesViewed: Type.Array(Type.Integer()),
  timeSpentSeconds: Type.Integer(),
  bestScorePercent: Nullable(Type.Integer()),
  completedAt: Nullable(DateTime),
});

export const PaceCredit = Type.Object(
  {
    reportedSeconds: Type.Integer({ description: 'Time spent the batch reported (repeats of a clientSeq not counted).' }),
    creditedSeconds: Type.Integer({ description: 'Of it, what the pace rule credited (at most the server time since the previous update).' }),
    reportedWatchSeconds: Type.Number({ description: 'Media seconds the batch newly claimed as watched (within the media length).' }),
    creditedWatchSeconds: Type.Number({ description: 'Of them, what real time allows at the fastest playback rate.' }),
    clamped: Type.Boolean(),
    message: Nullable(Type.String({ description: 'In the learner language, when clamped.' })),
  },
  { description: 'The pace rule applied to this batch (docs/learning.md, "Pace").' },
);

export const ProgressResult = Type.Object({
  courseId: Type.String(),
  lessons: Type.Array(LessonProgress),
  completion: Completion,
  credit: PaceCredit,
});

export const Enrolment = Type.Object({
  courseId: Type.String(),
  source: Type.Union([Type.Literal('self'), Type.Literal('assignment')]),
  status: Type.Union([Type.Literal('in_progress'), Type.Literal('completed')]),
  enrolledAt: DateTime,
  dueAt: Nullable(DateTime),
  progressPercent: Type.Integer(),
  completedAt: Nullable(DateTime),
});
export type EnrolmentT = Static<typeof Enrolment>;

const ResumeTarget = Type.Union([Type.Object({ lessonKey: Type.String(), positionSeconds: Type.Number() }), Type.Null()]);

export const CourseLearning = Type.Object({
  courseId: Type.String(),
  versionId: Type.String(),
  title: Type.String(),
  enrolment: Enrolment,
  lessons: Type.Array(LessonProgress),
  resume: ResumeTarget,
  nextLessonKey: Nullable(Type.String()),
  completion: Completion,
  timeSpentSeconds: Type.Integer(),
  learningMinutesCredited: Type.Integer(),
});

export const MyCourse = Type.Object({
  courseId: Type.String(),
  title: Type.String(),
  source: Type.String(),
  status: Type.String(),
  progressPercent: Type.Integer(),
  enrolledAt: DateTime,
  lastActivityAt: Nullable(DateTime),
  resume: ResumeTarget,
  dueAt: Nullable(DateTime),
  overdue: Type.Boolean(),
  completedAt: Nullable(DateTime),
  learningHours: Type.Number(),
  timeSpentMinutes: Type.Integer({ description: 'Time spent in the course, from the lessons’ reports.' }),
  retired: Type.Boolean(),
});
export type MyCourseT = Static<typeof MyCourse>;
export const MyLearning = Type.Object({
  inProgress: Type.Array(MyCourse, {
    description: 'Every course not yet completed, next step first: started ones (latest activity first), then assigned ones not started (earliest deadline first), then the rest.',
  }),
  completed: Type.Array(MyCourse),
  assigned: Type.Array(MyCourse),
  totals: Type.Object({
    completed: Type.Integer(),
    learningHours: Type.Number({ description: 'Stated durations of completed courses, credited on completion.' }),
    timeSpentHours: Type.Number({ description: 'Time actually spent in every enrolled course.' }),
  }),
});

export const RatingInput = Type.Object(
  { stars: Type.Integer({ minimum: 1, maximum: 5 }), review: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export const Rating = Type.Object({ stars: Type.Integer(), review: Nullable(Type.String()), updatedAt: DateTime });
export const RatingsQuery = Type.Object(
  { page: Type.Optional(PageNumber()), pageSize: Type.Optional(PageSize({ maximum: 50, default: 20 })) },
  { additionalProperties: false },
);
export const RatingsPage = Type.Object({
  average: Nullable(Type.Number()),
  count: Type.Integer(),
  items: Type.Array(Type.Object({ firstName: Type.String(), stars: Type.Integer(), review: Nullable(Type.String()), updatedAt: DateTime })),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
