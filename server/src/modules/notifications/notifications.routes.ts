import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { isDevMode } from '../../config';
import { requireActor } from '../../platform/actor';
import { errors } from '../../platform/errors';
import { ensure, holdsRoleOver, USER_ADMIN_ROLES } from '../../platform/policy';
import { requestLanguage } from '../../platform/i18n';
import { listInAppMessages, listRecentMessages } from './notifications.service';

const tags = ['notifications'];
const DevMessage = Type.Object({
  id: Type.String(),
  channel: Type.String(),
  recipient: Type.String(),
  subject: Type.String(),
  body: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});
const DeliveryStatus = Type.Object({
  id: Type.String(),
  channel: Type.String(),
  template: Type.String(),
  status: Type.String(),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
const InAppMessage = Type.Object({
  id: Type.String(),
  subject: Type.String(),
  body: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  read: Type.Boolean(),
});

/** Dev outbox (outside production), a learner's in-app notifications, and delivery status for admins. */
export async function notificationRoutes(app: App, ctx: AppContext): Promise<void> {
  if (isDevMode(ctx.config)) {
    app.get('/api/dev/outbox', { schema: { tags: ['dev'], response: { 200: Type.Array(DevMessage) } } }, async () => {
      const rows = await listRecentMessages(ctx.db, 100);
      return rows.map((m) => ({
        id: m.id,
        channel: m.channel,
        recipient: m.recipient,
        subject: m.subject,
        body: m.body,
        status: m.status,
        createdAt: m.created_at.toISOString(),
      }));
    });
  }

  app.get('/api/me/notifications', { schema: { tags, response: { 200: Type.Array(InAppMessage) } } }, async (request) => {
    const actor = requireActor(request);
    const rows = await listInAppMessages(ctx.db, actor.userId, requestLanguage(request));
    return rows.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() }));
  });

  app.post(
    '/api/me/notifications/:id/read',
    { schema: { tags, params: Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }), response: { 204: Type.Null() } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const result = await ctx.db
        .updateTable('messages')
        .set({ read_at: ctx.clock.now() })
        .where('id', '=', request.params.id)
        .where('user_id', '=', actor.userId)
        .where('channel', '=', 'inapp')
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw errors.notFound();
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/admin/messages',
    {
      schema: {
        tags,
        querystring: Type.Object({ userId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: { 200: Type.Array(DeliveryStatus) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const target = await ctx.db
        .selectFrom('users')
        .innerJoin('orgs', 'orgs.id', 'users.org_id')
        .select('orgs.path')
        .where('users.id', '=', request.query.userId)
        .executeTakeFirst();
      if (!target) throw errors.notFound();
      ensure(holdsRoleOver(actor, USER_ADMIN_ROLES, target.path));
      const rows = await ctx.db
        .selectFrom('messages')
        .select(['id', 'channel', 'template', 'status', 'attempts', 'last_error', 'created_at', 'sent_at'])
        .where('user_id', '=', request.query.userId)
        .orderBy('created_at', 'desc')
        .limit(100)
        .execute();
      return rows.map((m) => ({
        id: m.id,
        channel: m.channel,
        template: m.template,
        status: m.status,
        attempts: m.attempts,
        lastError: m.last_error,
        createdAt: m.created_at.toISOString(),
        sentAt: m.sent_at?.toISOString() ?? null,
      }));
    },
  );
}
