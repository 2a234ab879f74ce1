import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { acceptTransfer, cancelTransfer, listTransfersFor, rejectTransfer, requestTransfer } from './transfers.service';
import { listAuditEntries } from './audit-log.service';
import { AuditEntry, AuditQuery, IdParams, ReasonInput, Transfer, TransferInput, TransfersQuery, adminErrors } from './user-admin.schema';

const tags = ['user-admin'];
const TransferRef = Type.Ref(Transfer);

/** Transfers between organisations (sender starts, receiver decides) and the audit log. Needs userAdminRoutes' schemas. */
export async function transferRoutes(app: App, ctx: AppContext): Promise<void> {
  app.post(
    '/api/admin/users/:id/transfer',
    { schema: { tags, params: IdParams, body: TransferInput, response: { 201: TransferRef, ...adminErrors } } },
    async (request, reply) => reply.status(201).send(await requestTransfer(ctx, requireActor(request), auditSource(request), request.params.id, request.body)),
  );

  app.get('/api/admin/transfers', { schema: { tags, querystring: TransfersQuery, response: { 200: Type.Array(TransferRef), ...adminErrors } } }, async (request) =>
    listTransfersFor(ctx, requireActor(request), request.query.direction, request.query.status),
  );

  app.post('/api/admin/transfers/:id/accept', { schema: { tags, params: IdParams, response: { 200: TransferRef, ...adminErrors } } }, async (request) =>
    acceptTransfer(ctx, requireActor(request), auditSource(request), request.params.id),
  );

  app.post(
    '/api/admin/transfers/:id/reject',
    { schema: { tags, params: IdParams, body: ReasonInput, response: { 200: TransferRef, ...adminErrors } } },
    async (request) => rejectTransfer(ctx, requireActor(request), auditSource(request), request.params.id, request.body.reason),
  );

  app.post('/api/admin/transfers/:id/cancel', { schema: { tags, params: IdParams, response: { 200: TransferRef, ...adminErrors } } }, async (request) =>
    cancelTransfer(ctx, requireActor(request), auditSource(request), request.params.id),
  );

  app.get(
    '/api/admin/audit',
    {
      schema: {
        tags: ['audit'],
        querystring: AuditQuery,
        response: { 200: Type.Object({ items: Type.Array(AuditEntry), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() }), ...adminErrors },
      },
    },
    async (request) => {
      const { page = 1, pageSize = 50, ...filter } = request.query;
      return listAuditEntries(ctx, requireActor(request), { ...filter, page, pageSize });
    },
  );
}
