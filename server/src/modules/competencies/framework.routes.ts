import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { saveArea, saveCompetency, saveTheme, frameworkTree } from './framework.service';
import { AreaInput, CodeParams, CompetencyInput, FrameworkSchema, SavedItem, ThemeInput, errorResponses } from './framework.schema';

const tags = ['competencies'];

/** The competency framework: read by every signed-in user, edited by platform admins. */
export async function frameworkRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/competencies/framework', { schema: { tags, response: { 200: FrameworkSchema, ...errorResponses } } }, async (request) =>
    frameworkTree(ctx.db, requireActor(request)),
  );

  app.put(
    '/api/admin/competency-framework/areas/:code',
    { schema: { tags, params: CodeParams, body: AreaInput, response: { 200: SavedItem, 201: SavedItem, ...errorResponses } } },
    async (request, reply) => {
      const saved = await saveArea(ctx, requireActor(request), auditSource(request), request.params.code, request.body);
      return reply.status(saved.created ? 201 : 200).send(saved);
    },
  );

  app.put(
    '/api/admin/competency-framework/themes/:code',
    { schema: { tags, params: CodeParams, body: ThemeInput, response: { 200: SavedItem, 201: SavedItem, ...errorResponses } } },
    async (request, reply) => {
      const saved = await saveTheme(ctx, requireActor(request), auditSource(request), request.params.code, request.body);
      return reply.status(saved.created ? 201 : 200).send(saved);
    },
  );

  app.put(
    '/api/admin/competency-framework/competencies/:code',
    { schema: { tags, params: CodeParams, body: CompetencyInput, response: { 200: SavedItem, 201: SavedItem, ...errorResponses } } },
    async (request, reply) => {
      const saved = await saveCompetency(ctx, requireActor(request), auditSource(request), request.params.code, request.body);
      return reply.status(saved.created ? 201 : 200).send(saved);
    },
  );
}
