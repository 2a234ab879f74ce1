import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Language } from '../db/column-types';
import { AppError, errors, platformErrors, type FieldError } from './errors';
import { frameworkAppError, parserAppError } from './framework-errors';
import { acceptedLanguage, defineMessages, format, requestLanguage } from './i18n';

const fieldMessages = defineMessages({
  required: { en: 'This field is required.', hi: 'यह फ़ील्ड आवश्यक है।' },
  additionalProperties: { en: 'This field is not allowed.', hi: 'यह फ़ील्ड अनुमत नहीं है।' },
  format: { en: 'This value has the wrong format.', hi: 'इस मान का प्रारूप गलत है।' },
  pattern: { en: 'This value has the wrong format.', hi: 'इस मान का प्रारूप गलत है।' },
  minLength: { en: 'This value is too short.', hi: 'यह मान बहुत छोटा है।' },
  maxLength: { en: 'This value is too long.', hi: 'यह मान बहुत लंबा है।' },
  enum: { en: 'Choose one of the allowed values.', hi: 'अनुमत मानों में से एक चुनें।' },
  type: { en: 'This value has the wrong type.', hi: 'इस मान का प्रकार गलत है।' },
  minimum: { en: 'This value is too small.', hi: 'यह मान बहुत छोटा है।' },
  maximum: { en: 'This value is too large.', hi: 'यह मान बहुत बड़ा है।' },
  exclusiveMinimum: { en: 'This value is too small.', hi: 'यह मान बहुत छोटा है।' },
  exclusiveMaximum: { en: 'This value is too large.', hi: 'यह मान बहुत बड़ा है।' },
  minItems: { en: 'Too few items.', hi: 'बहुत कम आइटम हैं।' },
  maxItems: { en: 'Too many items.', hi: 'बहुत अधिक आइटम हैं।' },
  maxProperties: { en: 'Too many entries.', hi: 'बहुत अधिक प्रविष्टियाँ हैं।' },
  controlCharacter: { en: 'This value contains a NUL character (U+0000).', hi: 'इस मान में NUL वर्ण (U+0000) है।' },
  invalidUnicode: { en: 'This value is not valid Unicode text.', hi: 'यह मान मान्य यूनिकोड पाठ नहीं है।' },
  invalid: { en: 'This value is not valid.', hi: 'यह मान मान्य नहीं है।' },
});

/** The body of every 4xx/5xx answer. */
export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      params: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
      fields: Type.Optional(
        Type.Array(Type.Object({ field: Type.String(), code: Type.String(), message: Type.String() })),
      ),
    }),
  },
  { $id: 'ErrorResponse' },
);

interface AjvIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

function fieldsFromValidation(issues: AjvIssue[], context: string | undefined): FieldError[] {
  return issues.map((issue) => {
    const extra = issue.params.missingProperty ?? issue.params.additionalProperty;
    const pathPart = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const field = [pathPart, extra].filter((p) => p !== undefined && p !== '').join('.') || context || 'body';
    const code = issue.keyword in fieldMessages ? issue.keyword : 'invalid';
    return { field, code };
  });
}

/** Every error, typed or not, as the AppError we answer with; anything unexpected is a 500. */
function toAppError(error: FastifyError | AppError): AppError {
  if (error instanceof AppError) return error;
  const validation = error.validation as AjvIssue[] | undefined;
  if (validation) return errors.validation(fieldsFromValidation(validation, error.validationContext));
  if (error.statusCode === 429) return errors.rateLimited(Number((error as { retryAfter?: number }).retryAfter ?? 60));
  return frameworkAppError(error) ?? new AppError(500, 'INTERNAL', platformErrors.INTERNAL);
}

/** The `{error: {code, message, params?, fields?}}` body of an error, in one language. */
function errorBody(appError: AppError, lang: Language) {
  const fields = appError.fields.map((f) => ({
    field: f.field,
    code: f.code,
    message: (f.message ?? fieldMessages[f.code as keyof typeof fieldMessages] ?? fieldMessages.invalid)[lang],
  }));
  return {
    error: {
      code: appError.code,
      message: format(appError.text[lang], appError.params),
      ...(Object.keys(appError.params).length ? { params: appError.params } : {}),
      ...(fields.length ? { fields } : {}),
    },
  };
}

/** Answers an error in the request's language; 5xx details go only to the log. */
function sendError(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = toAppError(error);
  if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
  if (appError.status === 429 && appError.params.retryAfter !== undefined) reply.header('retry-after', String(appError.params.retryAfter));
  return reply.status(appError.status).send(errorBody(appError, requestLanguage(request)));
}

/** Installs the one error handler and the not-found handler: typed errors become translated JSON. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => sendError(error, request, reply));
  app.setNotFoundHandler((request, reply) => sendError(errors.notFound(), request, reply));
}

/**
 * Fastify's `frameworkErrors` option: errors raised while routing, before any hook runs (a path parameter over
 * maxParamLength → 414, a malformed URL → 400), answered like every other error.
 */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  void sendError(error, request, reply);
}

/** @fastify/rate-limit's `errorResponseBuilder`: an over-limit request is a 429 RATE_LIMITED with its wait. */
export function rateLimitError(_request: FastifyRequest, context: { ttl: number; ban: boolean }): AppError {
  return context.ban ? errors.forbidden() : errors.rateLimited(Math.max(1, Math.ceil(context.ttl / 1000)));
}

/**
 * Fastify's `clientErrorHandler`: a request Node's HTTP parser could not read (bad Content-Length, oversized headers,
 * timeout) is answered on the raw socket with the same body shape; the language comes from the bytes received.
 */
export function handleClientError(error: ConnectionError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const appError = parserAppError(error);
  const received: unknown = error.rawPacket;
  const head = Buffer.isBuffer(received) ? received.toString('latin1') : '';
  const acceptLanguage = /\r\naccept-language:([^\r\n]*)/i.exec(head)?.[1]?.trim();
  const body = JSON.stringify(errorBody(appError, acceptedLanguage(acceptLanguage)));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${appError.status} ${STATUS_CODES[appError.status] ?? 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
