import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { createCampaign, listCampaigns, liveCampaign, updateCampaign } from './campaigns.service';
import { CampaignCard, CampaignInput, CampaignList, CampaignLive, IdParams, reportErrorResponses as errs } from './reports.schema';

const tags = ['learning weeks'];

/** Learning weeks: defined by platform and state admins, followed live by everyone signed in. */
export async function campaignRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/learning-weeks', { schema: { tags, response: { 200: CampaignList, ...errs } } }, async (request) => listCampaigns(ctx, requireActor(request)));

  app.post('/api/learning-weeks', { schema: { tags, body: CampaignInput, response: { 201: CampaignCard, ...errs } } }, async (request, reply) =>
    reply.status(201).send(await createCampaign(ctx, requireActor(request), auditSource(request), request.body)),
  );

  app.get('/api/learning-weeks/:id', { schema: { tags, params: IdParams, response: { 200: CampaignLive, ...errs } } }, async (request) =>
    liveCampaign(ctx, requireActor(request), request.params.id),
  );

  app.put('/api/learning-weeks/:id', { schema: { tags, params: IdParams, body: CampaignInput, response: { 200: CampaignCard, ...errs } } }, async (request) =>
    updateCampaign(ctx, requireActor(request), auditSource(request), request.params.id, request.body),
  );
}
