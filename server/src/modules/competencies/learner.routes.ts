import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { requestLanguage } from '../../platform/i18n';
import { careerHub, setTargetPost } from './career.service';
import { CareerHub, GapQuery, GapReport, Recommendations, RecommendationsQuery, TargetInput } from './career.schema';
import { errorResponses } from './framework.schema';
import { myGaps } from './gaps.service';
import { completeOnboarding, onboardingOf, skipOnboarding } from './onboarding.service';
import { adminPassbook, declareCompetencies, passbookOf, reportInstituteEntry, withdrawDeclaration } from './passbook.service';
import { CompetencyCodeParams, DeclareInput, InstituteInput, Onboarding, OnboardingInput, Passbook, UserParams } from './passbook.schema';
import { recommendationsFor } from './recommendations.service';

const tags = ['competencies'];

/** The learner's passbook, first-sign-in prompt, gaps, career hub and recommendations; admins' passbook views. */
export async function learnerRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/me/competencies', { schema: { tags, response: { 200: Passbook, ...errorResponses } } }, async (request) =>
    passbookOf(ctx, requireActor(request).userId, requestLanguage(request)),
  );

  app.post(
    '/api/me/competencies/declarations',
    { schema: { tags, body: DeclareInput, response: { 200: Passbook, ...errorResponses } } },
    async (request) => declareCompetencies(ctx, requireActor(request), request.body.declarations, requestLanguage(request)),
  );

  app.delete(
    '/api/me/competencies/declarations/:code',
    { schema: { tags, params: CompetencyCodeParams, response: { 200: Passbook, ...errorResponses } } },
    async (request) => withdrawDeclaration(ctx, requireActor(request), request.params.code, requestLanguage(request)),
  );

  app.get('/api/me/competencies/onboarding', { schema: { tags, response: { 200: Onboarding, ...errorResponses } } }, async (request) =>
    onboardingOf(ctx, requireActor(request)),
  );

  app.post(
    '/api/me/competencies/onboarding',
    { schema: { tags, body: OnboardingInput, response: { 200: Onboarding, ...errorResponses } } },
    async (request) => completeOnboarding(ctx, requireActor(request), request.body),
  );

  app.post('/api/me/competencies/onboarding/skip', { schema: { tags, response: { 200: Onboarding, ...errorResponses } } }, async (request) =>
    skipOnboarding(ctx, requireActor(request)),
  );

  app.get('/api/me/competencies/gaps', { schema: { tags, querystring: GapQuery, response: { 200: GapReport, ...errorResponses } } }, async (request) =>
    myGaps(ctx, requireActor(request), request.query.for ?? 'current', requestLanguage(request)),
  );

  app.get('/api/me/career', { schema: { tags, response: { 200: CareerHub, ...errorResponses } } }, async (request) => careerHub(ctx, requireActor(request)));

  app.put('/api/me/career/target', { schema: { tags, body: TargetInput, response: { 200: CareerHub, ...errorResponses } } }, async (request) =>
    setTargetPost(ctx, requireActor(request), request.body.designationId),
  );

  app.get(
    '/api/me/recommendations',
    { schema: { tags, querystring: RecommendationsQuery, response: { 200: Recommendations, ...errorResponses } } },
    async (request) => recommendationsFor(ctx, requireActor(request), requestLanguage(request), request.query.limit ?? 10),
  );

  app.get(
    '/api/admin/competencies/passbook/:userId',
    { schema: { tags, params: UserParams, response: { 200: Passbook, ...errorResponses } } },
    async (request) => adminPassbook(ctx, requireActor(request), request.params.userId, requestLanguage(request)),
  );

  app.post(
    '/api/admin/competencies/passbook/:userId/entries',
    { schema: { tags, params: UserParams, body: InstituteInput, response: { 201: Passbook, ...errorResponses } } },
    async (request, reply) => {
      const passbook = await reportInstituteEntry(ctx, requireActor(request), auditSource(request), request.params.userId, request.body, requestLanguage(request));
      return reply.status(201).send(passbook);
    },
  );
}
