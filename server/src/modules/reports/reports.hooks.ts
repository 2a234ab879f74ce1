import { onHook } from '../../platform/module';
import { ORG_MOVING } from '../orgs';
import { campaignBorderCrossed, rewriteReportPaths, shiftRollupsForMove } from './org-move.repo';
import { markSubtreeDirty } from './refresh.repo';
import { DRAIN_JOB } from './rollup.jobs';

/**
 * Reports' part in lower modules' work. A moved org's rollups leave its old ancestors for its new ones, the ledger's
 * and learning weeks' path copies follow, and a move across a learning week's border re-counts the subtree (drained
 * after commit).
 */
export const reportsHooks = [
  onHook(ORG_MOVING, async (trx, move, ctx) => {
    await shiftRollupsForMove(trx, move.orgId, move.oldParentPath, move.newParentPath);
    await rewriteReportPaths(trx, move.fromPath, move.toPath);
    if (await campaignBorderCrossed(trx, move.fromPath, move.toPath)) {
      await markSubtreeDirty(trx, move.toPath);
      await ctx.jobs.send(DRAIN_JOB, {}, trx);
    }
  }),
];
