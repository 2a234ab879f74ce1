import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { createOrg, listAdminTree, moveOrg, renameOrg } from './org-admin.service';
import { AdminOrg, OrgCreateInput, OrgMoveInput, OrgRenameInput } from './org-admin.schema';
import { OrgIdParams } from './orgs.schema';

const tags = ['orgs'];
const Ref = Type.Ref(AdminOrg);

/** Maintenance of the org tree by admins: list, create, rename, move (all audited); closing, which transfers the people, is user-admin's. */
export async function orgAdminRoutes(app: App, ctx: AppContext): Promise<void> {
  app.addSchema(AdminOrg);

  app.get('/api/admin/orgs', { schema: { tags, response: { 200: Type.Array(Ref) } } }, async (request) => listAdminTree(ctx, requireActor(request)));

  app.post('/api/admin/orgs', { schema: { tags, body: OrgCreateInput, response: { 201: Ref } } }, async (request, reply) =>
    reply.status(201).send(await createOrg(ctx, requireActor(request), auditSource(request), request.body)),
  );

  app.patch('/api/admin/orgs/:id', { schema: { tags, params: OrgIdParams, body: OrgRenameInput, response: { 200: Ref } } }, async (request) =>
    renameOrg(ctx, requireActor(request), auditSource(request), request.params.id, request.body),
  );

  app.post('/api/admin/orgs/:id/move', { schema: { tags, params: OrgIdParams, body: OrgMoveInput, response: { 200: Ref } } }, async (request) =>
    moveOrg(ctx, requireActor(request), auditSource(request), request.params.id, request.body.parentId),
  );
}
