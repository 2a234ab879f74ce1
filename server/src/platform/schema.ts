import { Type, type IntegerOptions, type NumberOptions } from '@sinclair/typebox';

/**
 * Bounded numbers for request schemas. Every number a client sends has a maximum, so no value reaches PostgreSQL
 * outside int4 (or an OFFSET outside int8) and no list can be paged to absurd depths: `page=1e308` is a 400, not a 500.
 */

/** The deepest page any list serves (with at most 100 rows a page: a million rows; filter to go further). */
export const MAX_PAGE = 10_000;
/** The most rows a page may ask for unless an endpoint sets a smaller cap. */
export const MAX_PAGE_SIZE = 100;
/** The largest int4 PostgreSQL stores; the default ceiling of BoundedInt. */
export const INT4_MAX = 2_147_483_647;
/** The largest magnitude a free numeric answer may have (exact in a double, far inside PostgreSQL's numeric). */
export const MAX_ABS_NUMBER = 1e12;

/** An integer between minimum (default 0) and maximum (default int4's largest). */
export function BoundedInt(options: IntegerOptions & { minimum?: number; maximum?: number } = {}) {
  return Type.Integer({ ...options, minimum: options.minimum ?? 0, maximum: options.maximum ?? INT4_MAX });
}

/** A number between ±MAX_ABS_NUMBER unless narrower bounds are given. */
export function BoundedNumber(options: NumberOptions = {}) {
  return Type.Number({ ...options, minimum: options.minimum ?? -MAX_ABS_NUMBER, maximum: options.maximum ?? MAX_ABS_NUMBER });
}

/** A 1-based page number, 1 by default; `maximum` lowers the MAX_PAGE cap for an endpoint that pages less deep. */
export function PageNumber(options: { maximum?: number; description?: string } = {}) {
  return Type.Integer({ minimum: 1, maximum: Math.min(options.maximum ?? MAX_PAGE, MAX_PAGE), default: 1, ...(options.description ? { description: options.description } : {}) });
}

/** Rows a page (or a `limit`): 1…max (MAX_PAGE_SIZE unless the endpoint's own cap is smaller), with a default. */
export function PageSize(options: { maximum?: number; default?: number; description?: string } = {}) {
  const maximum = Math.min(options.maximum ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  return Type.Integer({
    minimum: 1,
    maximum,
    ...(options.default !== undefined ? { default: options.default } : {}),
    ...(options.description ? { description: options.description } : {}),
  });
}

/** The largest 1-based position in an ordered list (modules, lessons, questions). */
export const MAX_POSITION = 10_000;
/** A 1-based place in an ordered list. */
export const Position = Type.Integer({ minimum: 1, maximum: MAX_POSITION });
