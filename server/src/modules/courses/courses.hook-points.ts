import type { FieldError } from '../../platform/errors';
import { hookPoint, type HookDb } from '../../platform/hooks';

/**
 * What a draft still lacks before review, from the modules that keep parts of a version (the assessments' questions):
 * field errors added to the courses module's own checks.
 */
export const VERSION_REVIEW_GAPS = hookPoint<{ versionId: string }, FieldError[], HookDb>('courses.version_review_gaps');

/** A new draft was copied from the published version, in its transaction: the parts other modules keep are copied too. */
export const VERSION_STARTED = hookPoint<{ fromVersionId: string; toVersionId: string }>('courses.version_started');
