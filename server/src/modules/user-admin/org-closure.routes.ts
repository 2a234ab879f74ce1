import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { OrgClosed, OrgCloseInput, OrgIdParams } from '../orgs';
import { closeOrg } from './org-closure.service';

const tags = ['orgs'];

/** Closing an org, which transfers its people (audited); the org tree's other maintenance is the orgs module's. */
export async function orgClosureRoutes(app: App, ctx: AppContext): Promise<void> {
  app.post('/api/admin/orgs/:id/close', { schema: { tags, params: OrgIdParams, body: OrgCloseInput, response: { 200: OrgClosed } } }, async (request) =>
    closeOrg(ctx, requireActor(request), auditSource(request), request.params.id, request.body.transferToOrgId),
  );
}
