import type { Actor } from '../../platform/actor';
import { holdsRoleOver } from '../../platform/policy';
import { authoringScopes } from '../courses';

/** What an actor may do with a programme, from their content roles over its provider organisation. */
export interface ProgrammePermissions {
  view: boolean;
  edit: boolean;
  delete: boolean;
  publish: boolean;
  retire: boolean;
}

/**
 * The course content roles apply to programmes over the provider's subtree: creators build and edit drafts,
 * publishers publish and retire, reviewers may look. Admin roles grant nothing here.
 */
export function programmePermissions(actor: Actor | null, providerPath: string): ProgrammePermissions {
  const has = (role: 'content_creator' | 'content_reviewer' | 'content_publisher') => actor !== null && holdsRoleOver(actor, [role], providerPath);
  const creator = has('content_creator');
  const publisher = has('content_publisher');
  return { view: creator || publisher || has('content_reviewer'), edit: creator, delete: creator, publish: publisher, retire: publisher };
}

/** Org subtrees whose programmes the actor manages (same content roles as courses). */
export function programmeScopes(actor: Actor): string[] {
  return authoringScopes(actor);
}
