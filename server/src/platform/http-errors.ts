import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { AppError, errors, platformErrors, type FieldError } from './errors';
import { defineMessages, format, requestLanguage } from './i18n';

const fieldMessages = defineMessages({
  required: { en: 'This field is required.', hi: 'यह फ़ील्ड आवश्यक है।' },
  additionalProperties: { en: 'This field is not allowed.', hi: 'यह फ़ील्ड अनुमत नहीं है।' },
  format: { en: 'This value has the wrong format.', hi: 'इस मान का प्रारूप गलत है।' },
  pattern: { en: 'This value has the wrong format.', hi: 'इस मान का प्रारूप गलत है।' },
  minLength: { en: 'This value is too short.', hi: 'यह मान बहुत छोटा है।' },
  maxLength: { en: 'This value is too long.', hi: 'यह मान बहुत लंबा है।' },
  enum: { en: 'Choose one of the allowed values.', hi: 'अनुमत मानों में से एक चुनें।' },
  type: { en: 'This value has the wrong type.', hi: 'इस मान का प्रकार गलत है।' },
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

function toAppError(error: FastifyError | AppError): AppError {
  if (error instanceof AppError) return error;
  const validation = (error as FastifyError).validation as AjvIssue[] | undefined;
  if (validation) return errors.validation(fieldsFromValidation(validation, error.validationContext));
  if (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.statusCode === 413) {
    return new AppError(413, 'PAYLOAD_TOO_LARGE', platformErrors.PAYLOAD_TOO_LARGE);
  }
  if (error.statusCode === 429) {
    const retryAfter = Number((error as { retryAfter?: number }).retryAfter ?? 60);
    return errors.rateLimited(retryAfter);
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError(error.statusCode, 'BAD_REQUEST', { en: 'The request is not valid.', hi: 'अनुरोध मान्य नहीं है।' });
  }
  return new AppError(500, 'INTERNAL', platformErrors.INTERNAL);
}

/** Installs the one error handler: typed errors become translated JSON; 5xx details go only to the log. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    const lang = requestLanguage(request);
    const fields = appError.fields.map((f) => ({
      field: f.field,
      code: f.code,
      message: (f.message ?? fieldMessages[f.code as keyof typeof fieldMessages] ?? fieldMessages.invalid)[lang],
    }));
    if (appError.status === 429 && appError.params.retryAfter !== undefined) reply.header('retry-after', String(appError.params.retryAfter));
    return reply.status(appError.status).send({
      error: {
        code: appError.code,
        message: format(appError.text[lang], appError.params),
        ...(Object.keys(appError.params).length ? { params: appError.params } : {}),
        ...(fields.length ? { fields } : {}),
      },
    });
  });
  app.setNotFoundHandler((request, reply) => {
    const lang = requestLanguage(request);
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: platformErrors.NOT_FOUND[lang] } });
  });
}
