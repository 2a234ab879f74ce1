import type { JobDefinition } from '../../platform/jobs';
import { createTransport, type Transport } from './transports';
import { MESSAGE_QUEUED } from './notifications.service';

let transport: Transport | null = null;

/** Delivers a queued message; idempotent (a sent message is never sent again) and retried with back-off. */
export const deliverMessage: JobDefinition<{ messageId: string }> = {
  name: 'notifications.deliver',
  topics: [MESSAGE_QUEUED],
  retryLimit: 5,
  async handle({ messageId }, ctx, meta) {
    const message = await ctx.db.selectFrom('messages').selectAll().where('id', '=', messageId).executeTakeFirst();
    if (!message || message.status === 'sent') return;
    transport ??= createTransport(ctx.config);
    try {
      await transport({ channel: message.channel, recipient: message.recipient, subject: message.subject, body: message.body ?? '' });
    } catch (err) {
      const finalAttempt = meta.retryCount >= meta.retryLimit;
      await ctx.db
        .updateTable('messages')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          last_error: String((err as Error).message).slice(0, 500),
          status: finalAttempt ? 'failed' : 'queued',
        }))
        .where('id', '=', messageId)
        .execute();
      throw err;
    }
    // In production a sent one-time code is not kept in the database.
    const clearBody = message.sensitive && ctx.config.nodeEnv === 'production';
    await ctx.db
      .updateTable('messages')
      .set((eb) => ({
        status: 'sent',
        attempts: eb('attempts', '+', 1),
        sent_at: ctx.clock.now(),
        last_error: null,
        ...(clearBody ? { body: null } : {}),
      }))
      .where('id', '=', messageId)
      .execute();
  },
};
