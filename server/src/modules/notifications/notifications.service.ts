import crypto from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Language, NotificationPrefs } from '../../db/column-types';
import type { DB } from '../../db/database';
import { format } from '../../platform/i18n';
import { writeOutboxMany } from '../../platform/outbox';
import { templates, type TemplateName } from './notifications.templates';

export type Channel = 'email' | 'sms' | 'inapp';
export const MESSAGE_QUEUED = 'message.queued';

/** A message to render in the recipient's language and deliver after commit. */
export interface OutgoingMessageRequest {
  userId: string | null;
  channel: Channel;
  recipient: string;
  template: TemplateName;
  params: Record<string, unknown>;
  language: Language;
  sensitive?: boolean;
}

/** Queues one message in the caller's transaction; the worker delivers it after commit. */
export async function queueMessage(trx: Transaction<DB>, msg: OutgoingMessageRequest): Promise<string> {
  const [id] = await queueMessages(trx, [msg]);
  if (!id) throw new Error('message not queued');
  return id;
}

/**
 * Queues many messages in the caller's transaction with two statements (messages, then outbox
 * events), for bulk work such as imports where one statement per message would be too slow.
 */
export async function queueMessages(
  trx: Transaction<DB>,
  msgs: OutgoingMessageRequest[],
): Promise<string[]> {
  if (msgs.length === 0) return [];
  const ids = msgs.map(() => crypto.randomUUID());
  const col = <T>(pick: (m: (typeof msgs)[number]) => T) => msgs.map(pick);
  await sql`
    INSERT INTO messages (id, user_id, channel, recipient, template, language, subject, body, sensitive)
    SELECT * FROM unnest(
      ${ids}::uuid[], ${col((m) => m.userId)}::uuid[], ${col((m) => m.channel)}::text[], ${col((m) => m.recipient)}::text[],
      ${col((m) => m.template)}::text[], ${col((m) => m.language)}::text[],
      ${col((m) => format(templates[m.template].subject[m.language], m.params))}::text[],
      ${col((m) => format(templates[m.template].body[m.language], m.params))}::text[], ${col((m) => m.sensitive ?? false)}::boolean[])`.execute(trx);
  await writeOutboxMany(trx, MESSAGE_QUEUED, ids.map((messageId) => ({ messageId })));
  return ids;
}

interface Recipient {
  id: string;
  email: string;
  mobile: string;
  language: Language;
  notification_prefs?: NotificationPrefs | null;
}

/** Sends a template to a user on the channels their preferences allow (in-app always; security messages ignore preferences). */
export async function notifyUser(
  trx: Transaction<DB>,
  user: Recipient,
  template: TemplateName,
  params: Record<string, unknown>,
  opts: { channels?: Channel[]; security?: boolean } = {},
): Promise<void> {
  const prefs = user.notification_prefs ?? { email: true, sms: true, inapp: true };
  const channels = opts.channels ?? ['email', 'sms', 'inapp'];
  for (const channel of channels) {
    if (!opts.security && channel !== 'inapp' && !prefs[channel]) continue;
    const recipient = channel === 'email' ? user.email : channel === 'sms' ? user.mobile : user.id;
    await queueMessage(trx, { userId: user.id, channel, recipient, template, params, language: user.language });
  }
}

/** Recent messages for the dev outbox. */
export async function listRecentMessages(db: Kysely<DB>, limit: number) {
  return db
    .selectFrom('messages')
    .select(['id', 'channel', 'recipient', 'subject', 'body', 'status', 'attempts', 'last_error', 'created_at', 'sent_at'])
    .where('channel', '!=', 'inapp')
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}
