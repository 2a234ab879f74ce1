import crypto from 'node:crypto';
import { Value, ValueErrorType } from '@sinclair/typebox/value';
import type { FastifyRequest } from 'fastify';
import type { Language, LocalText } from '../../db/column-types';
import type { ChoiceItem, QuestionAnswerKey, QuestionOptions } from './assessments.tables';
import { errors, type FieldError } from '../../platform/errors';
import { questionField } from './assessments.messages';
import { QUESTION_TYPES, variantSchema, type QuestionContentT, type QuestionTypeName } from './questions.schema';

const codeOf: Partial<Record<ValueErrorType, string>> = {
  [ValueErrorType.ObjectRequiredProperty]: 'required',
  [ValueErrorType.ObjectAdditionalProperties]: 'additionalProperties',
  [ValueErrorType.StringMinLength]: 'minLength',
  [ValueErrorType.StringMaxLength]: 'maxLength',
  [ValueErrorType.ArrayMinItems]: 'minItems',
  [ValueErrorType.ArrayMaxItems]: 'maxItems',
  [ValueErrorType.String]: 'type',
  [ValueErrorType.Boolean]: 'type',
  [ValueErrorType.Number]: 'type',
  [ValueErrorType.Integer]: 'type',
  [ValueErrorType.Array]: 'type',
  [ValueErrorType.Object]: 'type',
  [ValueErrorType.NumberMinimum]: 'minimum',
  [ValueErrorType.NumberMaximum]: 'maximum',
  [ValueErrorType.IntegerMinimum]: 'minimum',
  [ValueErrorType.IntegerMaximum]: 'maximum',
  [ValueErrorType.StringPattern]: 'pattern',
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a question body against the one schema its `type` selects, so field errors name only that type's fields
 * (a plain union would report every type's mismatches). Runs before Fastify's own validation of the union.
 */
export function checkQuestionBody(mode: 'create' | 'update') {
  return async (request: FastifyRequest): Promise<void> => {
    const body = request.body;
    if (!isRecord(body)) throw errors.validation([{ field: 'body', code: 'type' }]);
    if (mode === 'update' && body.type === undefined) {
      const extra = Object.keys(body).filter((k) => k !== 'position');
      const fields: FieldError[] = extra.map((k) => ({ field: k, code: 'additionalProperties' }));
      if (!Number.isInteger(body.position) || (body.position as number) < 1) fields.push({ field: 'position', code: body.position === undefined ? 'required' : 'minimum' });
      if (fields.length) throw errors.validation(fields);
      return;
    }
    if (typeof body.type !== 'string' || !QUESTION_TYPES.includes(body.type as QuestionTypeName)) {
      throw errors.validation([questionField('type', 'TYPE_UNKNOWN')]);
    }
    const seen = new Set<string>();
    const fields: FieldError[] = [];
    for (const e of Value.Errors(variantSchema(mode, body.type as QuestionTypeName), body)) {
      const field = e.path.replace(/^\//, '').replace(/\//g, '.') || 'body';
      if (seen.has(field)) continue;
      seen.add(field);
      fields.push({ field, code: codeOf[e.type] ?? 'invalid' });
    }
    if (fields.length) throw errors.validation(fields);
  };
}

function textGaps(field: string, text: LocalText | undefined, languages: Language[]): FieldError[] {
  return languages.filter((l) => !text?.[l]?.trim()).map((l) => questionField(`${field}.${l}`, 'TEXT_MISSING'));
}

function duplicates(field: string, values: string[]): FieldError[] {
  const norm = values.map((v) => v.trim().toLowerCase());
  return norm.some((v, i) => norm.indexOf(v) !== i) ? [questionField(field, 'DUPLICATE')] : [];
}

/** Rules a schema cannot say: texts in every course language, the right number of correct options, distinct entries. */
export function checkQuestionContent(q: QuestionContentT, languages: Language[]): FieldError[] {
  const gaps = [...textGaps('prompt', q.prompt, languages), ...textGaps('explanation', q.explanation, languages)];
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice': {
      q.options.forEach((o, i) => gaps.push(...textGaps(`options.${i}.text`, o.text, languages)));
      for (const l of languages) gaps.push(...duplicates('options', q.options.map((o) => o.text[l] ?? '').filter(Boolean)));
      const correct = q.options.filter((o) => o.correct).length;
      if (q.type === 'single_choice' && correct !== 1) gaps.push(questionField('options', 'ONE_CORRECT'));
      if (q.type === 'multiple_choice' && correct < 1) gaps.push(questionField('options', 'SOME_CORRECT'));
      break;
    }
    case 'fill_text':
      for (const l of languages) if (!q.accepted[l]?.some((a) => a.trim())) gaps.push(questionField(`accepted.${l}`, 'ACCEPTED_MISSING'));
      break;
    case 'match':
      q.pairs.forEach((p, i) => gaps.push(...textGaps(`pairs.${i}.left`, p.left, languages), ...textGaps(`pairs.${i}.right`, p.right, languages)));
      for (const l of languages) {
        gaps.push(...duplicates('pairs', q.pairs.map((p) => p.left[l] ?? '').filter(Boolean)));
        gaps.push(...duplicates('pairs', q.pairs.map((p) => p.right[l] ?? '').filter(Boolean)));
      }
      break;
    default:
      break;
  }
  const unique = new Map(gaps.map((g) => [`${g.field}:${g.code}`, g]));
  return [...unique.values()];
}

const newId = () => crypto.randomBytes(4).toString('hex');
const clean = (text: LocalText): LocalText => Object.fromEntries(Object.entries(text).map(([k, v]) => [k, (v ?? '').trim()]));

/** Splits an authored question into what a learner may see (options) and the key; option ids are random so they reveal nothing. */
export function toStored(q: QuestionContentT): { options: QuestionOptions; answer: QuestionAnswerKey } {
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const items = q.options.map((o) => ({ id: newId(), text: clean(o.text), correct: o.correct }));
      return { options: items.map(({ id, text }) => ({ id, text })), answer: { correct: items.filter((o) => o.correct).map((o) => o.id) } };
    }
    case 'true_false':
      return { options: [], answer: { value: q.answer } };
    case 'fill_text': {
      const accepted = Object.fromEntries(Object.entries(q.accepted).map(([l, list]) => [l, (list ?? []).map((a) => a.trim()).filter(Boolean)]));
      return { options: [], answer: { accepted } };
    }
    case 'fill_numeric':
      return { options: [], answer: { value: q.value, tolerance: q.tolerance ?? 0 } };
    case 'match': {
      const left: ChoiceItem[] = [];
      const right: ChoiceItem[] = [];
      const pairs: Record<string, string> = {};
      for (const p of q.pairs) {
        const l = { id: newId(), text: clean(p.left) };
        const r = { id: newId(), text: clean(p.right) };
        left.push(l);
        right.push(r);
        pairs[l.id] = r.id;
      }
      return { options: { left, right }, answer: { pairs } };
    }
  }
}
