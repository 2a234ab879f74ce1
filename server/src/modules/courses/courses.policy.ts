import type { Role } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import { holdsRoleOver, scopePaths } from '../../platform/policy';
import { courseError } from './courses.messages';

/** The three content roles; each is held over an organisation subtree. */
export const CONTENT_ROLES: readonly Role[] = ['content_creator', 'content_reviewer', 'content_publisher'];

/** What an actor may do with a course, from their roles over its provider organisation. */
export interface CoursePermissions {
  view: boolean;
  edit: boolean;
  submit: boolean;
  review: boolean;
  publish: boolean;
  retire: boolean;
  newVersion: boolean;
  moderate: boolean;
}

/** Computes the permissions of an actor on a course whose provider org has the given path. */
export function coursePermissions(actor: Actor | null, providerPath: string): CoursePermissions {
  const has = (role: Role) => actor !== null && holdsRoleOver(actor, [role], providerPath);
  const creator = has('content_creator');
  const reviewer = has('content_reviewer');
  const publisher = has('content_publisher');
  return {
    view: creator || reviewer || publisher,
    edit: creator,
    submit: creator,
    review: reviewer,
    publish: publisher,
    retire: publisher,
    newVersion: creator,
    moderate: creator || publisher,
  };
}

/** Paths under which the actor holds a content role (authors see their own moderated drafts and files). */
export function authoringScopes(actor: Actor | null): string[] {
  return actor ? scopePaths(actor, CONTENT_ROLES) : [];
}

/** A reviewer or publisher may not act on a version they created or submitted. */
export function ensureNotSelfReview(actor: Actor, version: { created_by: string | null; submitted_by: string | null }): void {
  if (version.created_by === actor.userId || version.submitted_by === actor.userId) {
    throw courseError(403, 'SELF_REVIEW_FORBIDDEN');
  }
}
