import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { requireActor } from '../../platform/actor';
import { requestLanguage } from '../../platform/i18n';
import { browseProgrammes, programmePage, resolveProgramme } from './catalog.service';
import { enrolSelfInProgramme } from './enrolment.service';
import { myProgrammes } from './my-programmes.service';
import { presentEnrolment } from './programmes.presenter';
import { CatalogQuery, MyProgrammes, ProgrammeCatalog, ProgrammeEnrolment, ProgrammePage, RefParams, err, programmeErrorResponses as errs } from './programmes.schema';

const tags = ['programmes'];

/** The learner's side of programmes: catalog, programme page, enrolment and My programmes. */
export async function programmeRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/programmes', { schema: { tags, querystring: CatalogQuery, response: { 200: ProgrammeCatalog, 400: err } } }, async (request) => {
    const { q, lang, page = 1 } = request.query;
    return browseProgrammes(ctx, request.actor, { q, page }, lang ?? requestLanguage(request));
  });

  app.get('/api/programmes/:ref', { schema: { tags, params: RefParams, response: { 200: ProgrammePage, 400: err, 404: err } } }, async (request) =>
    programmePage(ctx, request.actor, request.params.ref, requestLanguage(request)),
  );

  app.post(
    '/api/programmes/:ref/enrol',
    { schema: { tags, params: RefParams, response: { 200: ProgrammeEnrolment, 201: ProgrammeEnrolment, ...errs } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const programme = await resolveProgramme(ctx, request.params.ref);
      const { enrolment, created } = await enrolSelfInProgramme(ctx, actor, programme.id);
      return reply.status(created ? 201 : 200).send(presentEnrolment(enrolment));
    },
  );

  app.get('/api/me/programmes', { schema: { tags, response: { 200: MyProgrammes, 401: err } } }, async (request) =>
    myProgrammes(ctx, requireActor(request), requestLanguage(request)),
  );
}
