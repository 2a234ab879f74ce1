import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { requireActor } from '../../platform/actor';
import { loadMe, loadPostings } from './me.service';
import { Me, MePatch, Posting } from './me.schema';

const tags = ['me'];

/** The signed-in person's own profile: details, language, notification preferences, posting history. */
export async function meRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/me', { schema: { tags, response: { 200: Type.Ref(Me), 401: { $ref: 'ErrorResponse#' } } } }, async (request) =>
    loadMe(ctx.db, requireActor(request).userId),
  );

  app.patch('/api/me', { schema: { tags, body: MePatch, response: { 200: Type.Ref(Me), 400: { $ref: 'ErrorResponse#' } } } }, async (request) => {
    const actor = requireActor(request);
    const b = request.body;
    await ctx.db
      .updateTable('users')
      .set({
        ...(b.fullNameHi !== undefined ? { full_name_hi: b.fullNameHi } : {}),
        ...(b.language !== undefined ? { language: b.language } : {}),
        ...(b.notificationPrefs !== undefined ? { notification_prefs: JSON.stringify(b.notificationPrefs) } : {}),
        ...(b.cadre !== undefined ? { cadre: b.cadre } : {}),
        ...(b.service !== undefined ? { service: b.service } : {}),
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', actor.userId)
      .execute();
    return loadMe(ctx.db, actor.userId);
  });

  app.get('/api/me/postings', { schema: { tags, response: { 200: Type.Array(Posting) } } }, async (request) =>
    loadPostings(ctx.db, requireActor(request).userId),
  );
}
