import { onHook } from '../../platform/module';
import { rewritePathPrefix } from '../../platform/path-prefix';
import { ORG_MOVING } from '../orgs';

/** Plans' part in lower modules' work: assignments keep a copy of the person's org path, which follows a moved org. */
export const plansHooks = [
  onHook(ORG_MOVING, async (trx, move) => {
    await rewritePathPrefix(trx, 'plan_assignments', 'org_path', move.fromPath, move.toPath);
  }),
];
