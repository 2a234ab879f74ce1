import { Type, type Static } from '@sinclair/typebox';
import { BoundedNumber } from '../../platform/schema';

const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const Uuid = Type.String({ pattern: UUID_PATTERN });
const strict = { additionalProperties: false } as const;
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const LocalText = Type.Object({ en: Type.Optional(Type.String()), hi: Type.Optional(Type.String()) });
const Item = Type.Object({ id: Type.String(), text: LocalText });
const OptionId = Type.String({ minLength: 1, maxLength: 40 });

/**
 * A learner's answer; its shape follows the question type: single_choice {optionId}, multiple_choice {optionIds},
 * true_false {value}, fill_text {text}, fill_numeric {number}, match {pairs: {leftId: rightId}}.
 */
export const Answer = Type.Union([
  Type.Object({ optionId: OptionId }, strict),
  Type.Object({ optionIds: Type.Array(OptionId, { maxItems: 10 }) }, strict),
  Type.Object({ value: Type.Boolean() }, strict),
  Type.Object({ text: Type.String({ maxLength: 200 }) }, strict),
  Type.Object({ number: BoundedNumber() }, strict),
  Type.Object({ pairs: Type.Record(Type.String({ maxLength: 40 }), OptionId, { maxProperties: 10 }) }, strict),
]);
export type AnswerT = Static<typeof Answer>;

/** Autosave: the answers changed since the last save, by question id; null clears an answer. */
export const SaveAnswersInput = Type.Object(
  { answers: Type.Record(Type.String({ pattern: UUID_PATTERN }), Nullable(Answer), { maxProperties: 200 }) },
  strict,
);
export type SaveAnswersInputT = Static<typeof SaveAnswersInput>;
/** Submit may carry the last unsaved answers; they count only before the deadline. */
export const SubmitInput = Type.Object({ answers: Type.Optional(SaveAnswersInput.properties.answers) }, strict);

/** A question as a learner sees it during an attempt: no key, no explanation. */
export const AttemptQuestion = Type.Object({
  id: Type.String(),
  type: Type.String(),
  points: Type.Integer(),
  prompt: LocalText,
  /** single_choice and multiple_choice, in the order to show them. */
  options: Type.Optional(Type.Array(Item)),
  /** match: the items to match, and the candidates to match them with. */
  left: Type.Optional(Type.Array(Item)),
  right: Type.Optional(Type.Array(Item)),
});

const CorrectAnswer = Type.Object({
  optionIds: Type.Optional(Type.Array(Type.String())),
  value: Type.Optional(Type.Boolean()),
  accepted: Type.Optional(Type.Object({ en: Type.Optional(Type.Array(Type.String())), hi: Type.Optional(Type.Array(Type.String())) })),
  number: Type.Optional(Type.Number()),
  tolerance: Type.Optional(Type.Number()),
  pairs: Type.Optional(Type.Record(Type.String(), Type.String())),
});

export const AttemptResult = Type.Object({
  scorePercent: Type.Number(),
  passed: Type.Boolean(),
  earnedPoints: Type.Number(),
  maxPoints: Type.Integer(),
  questions: Type.Array(
    Type.Object({
      id: Type.String(),
      correct: Type.Boolean(),
      earned: Type.Number(),
      points: Type.Integer(),
      explanation: LocalText,
      /** Shown for practice quizzes only; a final assessment keeps its key for the next attempt. */
      correctAnswer: Type.Optional(CorrectAnswer),
    }),
  ),
});

export const Attempt = Type.Object(
  {
    id: Type.String(),
    courseId: Type.String(),
    lessonKey: Type.String(),
    lessonType: Type.String(),
    status: Type.Union([Type.Literal('in_progress'), Type.Literal('submitted'), Type.Literal('expired')]),
    attemptNo: Type.Integer(),
    attemptLimit: Nullable(Type.Integer()),
    passMark: Type.Number(),
    startedAt: Type.String({ format: 'date-time' }),
    deadlineAt: Nullable(Type.String({ format: 'date-time' })),
    /** Seconds left before the server closes the attempt; null when untimed. */
    remainingSeconds: Nullable(Type.Integer()),
    serverTime: Type.String({ format: 'date-time' }),
    savedAt: Nullable(Type.String({ format: 'date-time' })),
    submittedAt: Nullable(Type.String({ format: 'date-time' })),
    questions: Type.Array(AttemptQuestion),
    answers: Type.Record(Type.String(), Answer),
    result: Nullable(AttemptResult),
  },
  { $id: 'Attempt' },
);
export type AttemptT = Static<typeof Attempt>;

export const SaveAnswersResult = Type.Object({
  savedAt: Type.String({ format: 'date-time' }),
  answeredCount: Type.Integer(),
  remainingSeconds: Nullable(Type.Integer()),
});

export const AssessmentSummary = Type.Object({
  courseId: Type.String(),
  lessonKey: Type.String(),
  lessonType: Type.String(),
  passMark: Type.Number(),
  attemptLimit: Nullable(Type.Integer()),
  attemptsUsed: Type.Integer(),
  attemptsLeft: Nullable(Type.Integer()),
  questionCount: Type.Integer(),
  timeLimitSeconds: Nullable(Type.Integer()),
  bestScorePercent: Nullable(Type.Number()),
  passed: Type.Boolean(),
  inProgressAttemptId: Nullable(Type.String()),
  attempts: Type.Array(
    Type.Object({
      id: Type.String(),
      status: Type.String(),
      startedAt: Type.String({ format: 'date-time' }),
      submittedAt: Nullable(Type.String({ format: 'date-time' })),
      scorePercent: Nullable(Type.Number()),
      passed: Nullable(Type.Boolean()),
    }),
  ),
});
export type AssessmentSummaryT = Static<typeof AssessmentSummary>;

export const LessonParams = Type.Object({ courseId: Uuid, lessonKey: Uuid }, strict);
export const AttemptParams = Type.Object({ id: Uuid }, strict);
