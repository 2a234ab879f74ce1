import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/errors';

/**
 * Puts the server's per-field messages next to the matching form fields.
 * Returns the error to show above the form (null when every problem found its field).
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  aliases: Partial<Record<string, Path<T>>> = {},
): unknown {
  if (!(error instanceof ApiError) || error.fields.length === 0) return error;
  let unplaced = false;
  for (const problem of error.fields) {
    const name = aliases[problem.field] ?? fields.find((f) => f === problem.field);
    if (name) setError(name, { type: 'server', message: problem.message }, { shouldFocus: true });
    else unplaced = true;
  }
  return unplaced ? error : null;
}
