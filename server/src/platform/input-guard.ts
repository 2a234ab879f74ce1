import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, errors, type FieldError } from './errors';
import { defineMessages } from './i18n';

/**
 * Refuses, in one place, text that PostgreSQL cannot store: a NUL character (U+0000, `%00`, `\u0000`) — text and
 * jsonb columns reject it — and an unpaired UTF-16 surrogate (`\ud800`), which jsonb rejects and text turns into
 * U+FFFD. Every string a request carries is checked before any handler, validator or session lookup sees it: header
 * values, path parameters, query values and the JSON body (keys and values, at any depth). Multipart uploads are
 * streams read by their routes and are not inspected here.
 */
export const inputGuardMessages = defineMessages({
  INPUT_CONTROL_CHARACTER: {
    en: 'The request contains a NUL character (U+0000), which is not allowed in text. Remove it and try again.',
    hi: 'अनुरोध में NUL वर्ण (U+0000) है, जो पाठ में अनुमत नहीं है। इसे हटाकर फिर से कोशिश करें।',
  },
  INPUT_INVALID_UNICODE: {
    en: 'The request contains text that is not valid Unicode (an unpaired surrogate). Correct it and try again.',
    hi: 'अनुरोध में ऐसा पाठ है जो मान्य यूनिकोड नहीं है (अयुग्मित सरोगेट)। इसे ठीक करके फिर से कोशिश करें।',
  },
});

/** With the u flag a well-formed pair is one code point, so only an unpaired surrogate matches. */
const LONE_SURROGATE = /\p{Cs}/u;

type Problem = 'INPUT_CONTROL_CHARACTER' | 'INPUT_INVALID_UNICODE';

function problemIn(text: string): Problem | null {
  if (text.includes('\u0000')) return 'INPUT_CONTROL_CHARACTER';
  if (LONE_SURROGATE.test(text)) return 'INPUT_INVALID_UNICODE';
  return null;
}

/** The first bad string in a parsed value (walked without recursion, so any nesting depth is safe). */
function findProblem(root: unknown, part: string): { problem: Problem; field: string } | null {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value === 'string') {
      const problem = problemIn(value);
      if (problem) return { problem, field: path || part };
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: path ? `${path}.${i}` : String(i) }));
    } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
      for (const [key, item] of Object.entries(value)) {
        const keyPath = path ? `${path}.${key}` : key;
        const problem = problemIn(key);
        if (problem) return { problem, field: keyPath.replace(/[\u0000\ud800-\udfff]/g, '?') };
        stack.push({ value: item, path: keyPath });
      }
    }
  }
  return null;
}

/**
 * The first non-finite number in a validated value. Ajv coerces the query string `Infinity` (and JSON.parse the body
 * number `1e400`) to Infinity, which then passes `maximum`; nothing past validation may see one.
 */
function findInfinity(root: unknown, part: string): FieldError | null {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value === 'number' && !Number.isFinite(value)) return { field: path || part, code: value < 0 ? 'minimum' : 'maximum' };
    if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: path ? `${path}.${key}` : key });
    }
  }
  return null;
}

function refuse(found: { problem: Problem; field: string }): AppError {
  const field: FieldError = { field: found.field, code: found.problem === 'INPUT_CONTROL_CHARACTER' ? 'controlCharacter' : 'invalidUnicode' };
  return new AppError(400, found.problem, inputGuardMessages[found.problem], {}, [field]);
}

function checkParts(parts: [string, unknown][]): void {
  for (const [part, value] of parts) {
    const found = findProblem(value, part);
    if (found) throw refuse(found);
  }
}

/**
 * Installs the guard: headers, path and query on `onRequest` (before the session lookup), the body on `preValidation`,
 * and, once validation has coerced the values, non-finite numbers on `preHandler`.
 */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request: FastifyRequest) => {
    checkParts([
      ['headers', request.headers],
      ['params', request.params],
      ['querystring', request.query],
    ]);
  });
  app.addHook('preValidation', async (request: FastifyRequest) => {
    checkParts([['body', request.body]]);
  });
  app.addHook('preHandler', async (request: FastifyRequest) => {
    const fields = (
      [
        ['querystring', request.query],
        ['params', request.params],
        ['body', request.body],
      ] as const
    ).flatMap(([part, value]) => findInfinity(value, part) ?? []);
    if (fields.length) throw errors.validation(fields);
  });
}
