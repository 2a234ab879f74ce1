import i18n from '../i18n';

/** One field's error as the server reports it. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** An API error: a stable code, a message already in the user's language, and per-field problems. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** A numeric parameter such as retryAfter or triesLeft, if the server sent one. */
  numberParam(name: string): number | undefined {
    const value = this.params[name];
    return typeof value === 'number' ? value : undefined;
  }

  /** A string parameter such as registrationId or reason, if the server sent one. */
  stringParam(name: string): string | undefined {
    const value = this.params[name];
    return typeof value === 'string' ? value : undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readFields(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((f) => ({
    field: String(f.field ?? ''),
    code: String(f.code ?? ''),
    message: String(f.message ?? ''),
  }));
}

/** Turns an error body (of any shape) into an ApiError with a translated fallback message. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (!error) return new ApiError(status, `HTTP_${status}`, i18n.t(status === 404 ? 'errors.notFound' : 'errors.generic'));
  return new ApiError(
    status,
    String(error.code ?? `HTTP_${status}`),
    typeof error.message === 'string' && error.message ? error.message : i18n.t('errors.generic'),
    isRecord(error.params) ? error.params : {},
    readFields(error.fields),
  );
}

/** Awaits an openapi-fetch call and returns its data, or throws an ApiError (also for network failures). */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw new ApiError(0, 'NETWORK', i18n.t('errors.network'));
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error);
  return result.data as T;
}
