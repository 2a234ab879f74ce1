import { hookPoint } from '../../platform/hooks';

/** An org (with its subtree) moving under another parent; paths end in '/'. */
export interface OrgMove {
  orgId: string;
  oldParentPath: string;
  newParentPath: string;
  /** The subtree's path before and after the move: copies of paths under `fromPath` follow to `toPath`. */
  fromPath: string;
  toPath: string;
}

/**
 * Runs in the move's transaction, under the tree lock, once the org rows have their new paths: the copies other modules
 * keep of org paths (assignments, certificates, report rollups) move with the tree or not at all.
 */
export const ORG_MOVING = hookPoint<OrgMove>('orgs.moving');
