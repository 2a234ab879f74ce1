import { Type, type Static, type TObject, type TProperties } from '@sinclair/typebox';
import { BoundedNumber, Position } from '../../platform/schema';

const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const Uuid = Type.String({ pattern: UUID_PATTERN });
const strict = { additionalProperties: false } as const;

/** A text in the course's languages; which languages are required is checked against the course. */
export const LocalTextInput = Type.Object(
  { en: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })), hi: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })) },
  strict,
);
const ShortText = Type.Object(
  { en: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })), hi: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })) },
  strict,
);
const ChoiceOptionInput = Type.Object({ text: ShortText, correct: Type.Boolean() }, strict);
const AcceptedList = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 20 });

const common = {
  prompt: LocalTextInput,
  explanation: LocalTextInput,
  points: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: "Default 1." })),
};

/** The fields of each question type, keyed by type: the body's `type` picks which one applies. */
export const questionShapes = {
  single_choice: { options: Type.Array(ChoiceOptionInput, { minItems: 2, maxItems: 10 }) },
  multiple_choice: { options: Type.Array(ChoiceOptionInput, { minItems: 2, maxItems: 10 }) },
  true_false: { answer: Type.Boolean() },
  fill_text: { accepted: Type.Object({ en: Type.Optional(AcceptedList), hi: Type.Optional(AcceptedList) }, strict) },
  fill_numeric: { value: BoundedNumber(), tolerance: Type.Optional(BoundedNumber({ minimum: 0, description: 'Default 0.' })) },
  match: { pairs: Type.Array(Type.Object({ left: ShortText, right: ShortText }, strict), { minItems: 2, maxItems: 10 }) },
} satisfies Record<string, TProperties>;
export type QuestionTypeName = keyof typeof questionShapes;
export const QUESTION_TYPES = Object.keys(questionShapes) as QuestionTypeName[];

function variant<K extends QuestionTypeName, E extends TProperties>(type: K, extra: E) {
  return Type.Object({ type: Type.Literal(type), ...common, ...questionShapes[type], ...extra }, strict);
}
function variants<E extends TProperties>(extra: E) {
  return [
    variant('single_choice', extra),
    variant('multiple_choice', extra),
    variant('true_false', extra),
    variant('fill_text', extra),
    variant('fill_numeric', extra),
    variant('match', extra),
  ] as const;
}

const createVariants = variants({ lessonKey: Uuid, position: Type.Optional(Position) });
const updateVariants = variants({ position: Type.Optional(Position) });

/** One variant per type: the schema checked for a body whose `type` is that type. */
export function variantSchema(mode: 'create' | 'update', type: QuestionTypeName): TObject {
  const list: readonly TObject[] = mode === 'create' ? createVariants : updateVariants;
  const found = list[QUESTION_TYPES.indexOf(type)];
  if (!found) throw new Error(`no variant for ${type}`);
  return found;
}

export const QuestionCreateInput = Type.Union([...createVariants], { description: 'A question of one of the six types; `type` picks the fields.' });
export type QuestionCreateInputT = Static<typeof QuestionCreateInput>;
/** A PATCH replaces the question's content (send the whole question of its type), or only moves it with `{position}`. */
export const QuestionUpdateInput = Type.Union([...updateVariants, Type.Object({ position: Position }, strict)]);
export type QuestionUpdateInputT = Static<typeof QuestionUpdateInput>;
/** The content of a question of any type (what a create or a full PATCH carries). */
export type QuestionContentT = Static<(typeof updateVariants)[number]>;

const LocalText = Type.Object({ en: Type.Optional(Type.String()), hi: Type.Optional(Type.String()) });
const Item = Type.Object({ id: Type.String(), text: LocalText });

/** A question as its authors see it: the key included. */
export const AuthoringQuestion = Type.Object(
  {
    id: Type.String(),
    lessonKey: Type.String(),
    position: Type.Integer(),
    type: Type.String(),
    points: Type.Integer(),
    prompt: LocalText,
    explanation: LocalText,
    options: Type.Optional(Type.Array(Type.Object({ id: Type.String(), text: LocalText, correct: Type.Boolean() }))),
    answer: Type.Optional(Type.Boolean()),
    accepted: Type.Optional(Type.Object({ en: Type.Optional(Type.Array(Type.String())), hi: Type.Optional(Type.Array(Type.String())) })),
    value: Type.Optional(Type.Number()),
    tolerance: Type.Optional(Type.Number()),
    pairs: Type.Optional(Type.Array(Type.Object({ left: Item, right: Item }))),
  },
  { $id: 'AuthoringQuestion' },
);
export type AuthoringQuestionT = Static<typeof AuthoringQuestion>;

export const QuestionList = Type.Object({
  courseId: Type.String(),
  versionId: Type.String(),
  versionState: Type.String(),
  /** True when the caller may add, change and delete questions (a draft and the content-creator role). */
  editable: Type.Boolean(),
  questions: Type.Array(Type.Ref(AuthoringQuestion)),
});
export const QuestionListQuery = Type.Object({ lessonKey: Type.Optional(Uuid) }, strict);
export const CourseIdParams = Type.Object({ courseId: Uuid }, strict);
export const IdParams = Type.Object({ id: Uuid }, strict);
