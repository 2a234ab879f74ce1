/** Parsers for search params that the routes' `validateSearch` share: a bad or default value reads as absent. */

/** A non-empty string, else absent. */
export const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** A page number from 2 up; page 1 (the default) and anything else read as absent. */
export const pageNumber = (value: unknown): number | undefined => {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? n : undefined;
};
