import { AppError, platformErrors } from './errors';

/**
 * Fastify's own errors (FST_*: body parsing, routing, multipart limits) and plain HTTP statuses, mapped to our stable
 * codes so that every answer, the framework's included, is `{error: {code, message}}` in the user's language.
 */
type PlatformCode = keyof typeof platformErrors;

/** Fastify and @fastify/multipart error codes → [status, our code]. */
const BY_FASTIFY_CODE: Record<string, [number, PlatformCode]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'INVALID_CONTENT_LENGTH'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'EMPTY_JSON_BODY'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'MALFORMED_JSON'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE'],
  FST_ERR_BAD_URL: [400, 'BAD_URL'],
  FST_ERR_INVALID_URL: [400, 'BAD_URL'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'URI_TOO_LONG'],
  FST_REQ_FILE_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE'],
  FST_PARTS_LIMIT: [413, 'PAYLOAD_TOO_LARGE'],
  FST_FILES_LIMIT: [413, 'PAYLOAD_TOO_LARGE'],
  FST_FIELDS_LIMIT: [413, 'PAYLOAD_TOO_LARGE'],
  FST_PROTO_VIOLATION: [400, 'BAD_REQUEST'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [406, 'NOT_ACCEPTABLE'],
  FST_INVALID_JSON_FIELD_ERROR: [406, 'NOT_ACCEPTABLE'],
};

/** Client-error statuses without a more specific code → our code. */
const BY_STATUS: Record<number, PlatformCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  416: 'RANGE_NOT_SATISFIABLE',
  431: 'HEADERS_TOO_LARGE',
};

/** Node's HTTP parser errors (a request it could not read at all) → [status, our code]. */
const BY_PARSER_CODE: Record<string, [number, PlatformCode]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'REQUEST_TIMEOUT'],
  HPE_HEADER_OVERFLOW: [431, 'HEADERS_TOO_LARGE'],
  HPE_INVALID_CONTENT_LENGTH: [400, 'INVALID_CONTENT_LENGTH'],
  HPE_UNEXPECTED_CONTENT_LENGTH: [400, 'INVALID_CONTENT_LENGTH'],
};

function appError(status: number, code: PlatformCode): AppError {
  return new AppError(status, code, platformErrors[code]);
}

/** The AppError for a framework error with a 4xx status; null when it is not one (a bug: answered as 500). */
export function frameworkAppError(error: { code?: string; statusCode?: number }): AppError | null {
  const known = error.code ? BY_FASTIFY_CODE[error.code] : undefined;
  if (known) return appError(...known);
  const status = error.statusCode;
  if (status === undefined || status < 400 || status >= 500) return null;
  return appError(status, BY_STATUS[status] ?? 'BAD_REQUEST');
}

/** The status and AppError for a request Node's HTTP parser could not read (answered on the raw socket). */
export function parserAppError(error: { code?: string }): AppError {
  const known = error.code ? BY_PARSER_CODE[error.code] : undefined;
  return known ? appError(...known) : appError(400, 'BAD_REQUEST');
}
