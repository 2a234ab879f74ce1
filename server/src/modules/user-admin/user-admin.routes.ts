import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { errors } from '../../platform/errors';
import { decideRegistration, listPendingRegistrations, undoRegistrationDecision } from './approvals.service';
import { createUser, deactivateUser, listUsers, reactivateUser, updateUser, userDetail } from './users.service';
import { grantUserRole, revokeUserRole } from './roles.service';
import { mergeUsers } from './merge.service';
import {
  AdminUser,
  AdminUserDetail,
  CreateUserInput,
  DecidedRegistration,
  IdParams,
  MergeInput,
  MergeResult,
  Page,
  PendingRegistration,
  ReasonInput,
  RegistrationsQuery,
  RoleHeld,
  RoleInput,
  RoleNameSchema,
  Transfer,
  UpdateUserInput,
  UserIdParams,
  UsersQuery,
  adminErrors,
} from './user-admin.schema';

const tags = ['user-admin'];
const AdminUserRef = Type.Ref(AdminUser);
const RoleQuery = Type.Object({ role: Type.Optional(RoleNameSchema), orgId: Type.Optional(Type.String({ format: 'uuid' })) }, { additionalProperties: false });

/** MDO/state/platform admins: approval queue, accounts, roles and merges, each checked against the admin's subtrees. */
export async function userAdminRoutes(app: App, ctx: AppContext): Promise<void> {
  app.addSchema(AdminUser);
  app.addSchema(Transfer);

  app.get(
    '/api/admin/registrations',
    { schema: { tags, querystring: RegistrationsQuery, response: { 200: Page(PendingRegistration), ...adminErrors } } },
    async (request) => {
      const { orgId, page = 1, pageSize = 20 } = request.query;
      return listPendingRegistrations(ctx, requireActor(request), { orgId, page, pageSize });
    },
  );

  app.post(
    '/api/admin/registrations/:userId/approve',
    { schema: { tags, params: UserIdParams, response: { 200: DecidedRegistration, ...adminErrors } } },
    async (request) => decideRegistration(ctx, requireActor(request), auditSource(request), request.params.userId, { approve: true }),
  );

  app.post(
    '/api/admin/registrations/:userId/reject',
    { schema: { tags, params: UserIdParams, body: ReasonInput, response: { 200: DecidedRegistration, ...adminErrors } } },
    async (request) =>
      decideRegistration(ctx, requireActor(request), auditSource(request), request.params.userId, { approve: false, reason: request.body.reason }),
  );

  // Within the undo window after an approval or rejection: back to the approval queue, nothing sent to the person.
  app.post(
    '/api/admin/registrations/:userId/undo',
    { schema: { tags, params: UserIdParams, response: { 200: AdminUserRef, ...adminErrors } } },
    async (request) => undoRegistrationDecision(ctx, requireActor(request), auditSource(request), request.params.userId),
  );

  app.get('/api/admin/users', { schema: { tags, querystring: UsersQuery, response: { 200: Page(AdminUserRef), ...adminErrors } } }, async (request) => {
    const { q, orgId, status, page = 1, pageSize = 20 } = request.query;
    return listUsers(ctx, requireActor(request), { q, orgId, status, page, pageSize });
  });

  app.post('/api/admin/users', { schema: { tags, body: CreateUserInput, response: { 201: AdminUserRef, ...adminErrors } } }, async (request, reply) =>
    reply.status(201).send(await createUser(ctx, requireActor(request), auditSource(request), request.body)),
  );

  app.get('/api/admin/users/:id', { schema: { tags, params: IdParams, response: { 200: AdminUserDetail, ...adminErrors } } }, async (request) =>
    userDetail(ctx, requireActor(request), request.params.id),
  );

  app.patch(
    '/api/admin/users/:id',
    { schema: { tags, params: IdParams, body: UpdateUserInput, response: { 200: AdminUserRef, ...adminErrors } } },
    async (request) => updateUser(ctx, requireActor(request), auditSource(request), request.params.id, request.body),
  );

  app.post(
    '/api/admin/users/:id/deactivate',
    { schema: { tags, params: IdParams, body: ReasonInput, response: { 200: AdminUserRef, ...adminErrors } } },
    async (request) => deactivateUser(ctx, requireActor(request), auditSource(request), request.params.id, request.body.reason),
  );

  app.post('/api/admin/users/:id/reactivate', { schema: { tags, params: IdParams, response: { 200: AdminUserRef, ...adminErrors } } }, async (request) =>
    reactivateUser(ctx, requireActor(request), auditSource(request), request.params.id),
  );

  app.post(
    '/api/admin/users/:id/roles',
    { schema: { tags, params: IdParams, body: RoleInput, response: { 200: Type.Array(RoleHeld), ...adminErrors } } },
    async (request) => grantUserRole(ctx, requireActor(request), auditSource(request), request.params.id, request.body.role, request.body.orgId),
  );

  app.delete(
    '/api/admin/users/:id/roles',
    {
      // The role to remove comes in the body or in the query string; an empty body is read as {}.
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: { tags, params: IdParams, querystring: RoleQuery, body: RoleQuery, response: { 200: Type.Array(RoleHeld), ...adminErrors } },
    },
    async (request) => {
      const actor = requireActor(request);
      const role = request.body.role ?? request.query.role;
      const orgId = request.body.orgId ?? request.query.orgId;
      if (!role || !orgId) {
        throw errors.validation([...(role ? [] : [{ field: 'role', code: 'required' }]), ...(orgId ? [] : [{ field: 'orgId', code: 'required' }])]);
      }
      return revokeUserRole(ctx, actor, auditSource(request), request.params.id, role, orgId);
    },
  );

  app.post(
    '/api/admin/users/:id/merge',
    { schema: { tags, params: IdParams, body: MergeInput, response: { 200: MergeResult, ...adminErrors } } },
    async (request) => mergeUsers(ctx, requireActor(request), auditSource(request), request.params.id, request.body.intoUserId),
  );
}
