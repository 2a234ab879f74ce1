import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { ProfileChange, ProfileChangeInput, ProfileChangeParams, ProfileChangeReason } from './profile-change.schema';
import {
  approveProfileChange,
  cancelMyProfileChange,
  listPendingProfileChanges,
  myProfileChange,
  rejectProfileChange,
  requestProfileChange,
} from './profile-change.service';

const err = { $ref: 'ErrorResponse#' };
const errs = { 400: err, 401: err, 403: err, 404: err, 409: err };
const Ref = Type.Ref(ProfileChange);

/** A learner's requests to change org or designation, and the admins' queue to decide them. */
export async function profileChangeRoutes(app: App, ctx: AppContext): Promise<void> {
  app.addSchema(ProfileChange);

  app.post('/api/me/profile-change', { schema: { tags: ['me'], body: ProfileChangeInput, response: { 201: Ref, ...errs } } }, async (request, reply) =>
    reply.status(201).send(await requestProfileChange(ctx, requireActor(request), auditSource(request), request.body)),
  );

  app.get('/api/me/profile-change', { schema: { tags: ['me'], response: { 200: Type.Union([Ref, Type.Null()]), ...errs } } }, async (request) =>
    myProfileChange(ctx, requireActor(request)),
  );

  app.post('/api/me/profile-change/cancel', { schema: { tags: ['me'], response: { 200: Ref, ...errs } } }, async (request) =>
    cancelMyProfileChange(ctx, requireActor(request), auditSource(request)),
  );

  const tags = ['user-admin'];
  app.get('/api/admin/profile-changes', { schema: { tags, response: { 200: Type.Array(Ref), ...errs } } }, async (request) =>
    listPendingProfileChanges(ctx, requireActor(request)),
  );

  app.post('/api/admin/profile-changes/:id/approve', { schema: { tags, params: ProfileChangeParams, response: { 200: Ref, ...errs } } }, async (request) =>
    approveProfileChange(ctx, requireActor(request), auditSource(request), request.params.id),
  );

  app.post(
    '/api/admin/profile-changes/:id/reject',
    { schema: { tags, params: ProfileChangeParams, body: ProfileChangeReason, response: { 200: Ref, ...errs } } },
    async (request) => rejectProfileChange(ctx, requireActor(request), auditSource(request), request.params.id, request.body.reason),
  );
}
