import { onHook } from '../../platform/module';
import { rewritePathPrefix } from '../../platform/path-prefix';
import { ORG_MOVING } from '../orgs';

/** Certificates' part in lower modules' work: the holder's and issuer's org paths follow a moved org. */
export const certificatesHooks = [
  onHook(ORG_MOVING, async (trx, move) => {
    await rewritePathPrefix(trx, 'certificates', 'holder_org_path', move.fromPath, move.toPath);
    await rewritePathPrefix(trx, 'certificates', 'issuer_org_path', move.fromPath, move.toPath);
  }),
];
