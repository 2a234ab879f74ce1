import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { requestLanguage } from '../../platform/i18n';
import {
  authoringProgramme, createProgramme, deleteProgramme, listAuthoringProgrammes, publishProgramme, retireProgramme, updateProgramme,
} from './authoring.service';
import {
  AuthoringListQuery, AuthoringProgramme, AuthoringProgrammeList, CreateProgrammeInput, IdParams, UpdateProgrammeInput, err, programmeErrorResponses as errs,
} from './programmes.schema';

const tags = ['authoring'];
const Programme = Type.Ref(AuthoringProgramme);

/** Programme authoring for content creators (drafts) and publishers (publish, retire). */
export async function programmeAuthoringRoutes(app: App, ctx: AppContext): Promise<void> {
  app.addSchema(AuthoringProgramme);

  app.get('/api/authoring/programmes', { schema: { tags, querystring: AuthoringListQuery, response: { 200: AuthoringProgrammeList, ...errs } } }, async (request) =>
    listAuthoringProgrammes(ctx, requireActor(request), { status: request.query.status, page: request.query.page ?? 1 }, requestLanguage(request)),
  );

  app.post('/api/authoring/programmes', { schema: { tags, body: CreateProgrammeInput, response: { 201: Programme, ...errs } } }, async (request, reply) =>
    reply.status(201).send(await createProgramme(ctx, requireActor(request), auditSource(request), request.body)),
  );

  app.get('/api/authoring/programmes/:id', { schema: { tags, params: IdParams, response: { 200: Programme, ...errs } } }, async (request) =>
    authoringProgramme(ctx, requireActor(request), request.params.id),
  );

  app.patch('/api/authoring/programmes/:id', { schema: { tags, params: IdParams, body: UpdateProgrammeInput, response: { 200: Programme, ...errs } } }, async (request) =>
    updateProgramme(ctx, requireActor(request), auditSource(request), request.params.id, request.body),
  );

  app.delete('/api/authoring/programmes/:id', { schema: { tags, params: IdParams, response: { 204: Type.Null(), ...errs } } }, async (request, reply) => {
    await deleteProgramme(ctx, requireActor(request), auditSource(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.post('/api/authoring/programmes/:id/publish', { schema: { tags, params: IdParams, response: { 200: Programme, ...errs, 422: err } } }, async (request) =>
    publishProgramme(ctx, requireActor(request), auditSource(request), request.params.id),
  );

  app.post('/api/authoring/programmes/:id/retire', { schema: { tags, params: IdParams, response: { 200: Programme, ...errs } } }, async (request) =>
    retireProgramme(ctx, requireActor(request), auditSource(request), request.params.id),
  );
}
