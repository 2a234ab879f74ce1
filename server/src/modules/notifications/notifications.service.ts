import crypto from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Language, NotificationPrefs } from '../../db/column-types';
import type { DB } from '../../db/database';
import { writeOutboxMany } from '../../platform/outbox';
import { isTemplateName, renderTemplate } from './notifications.render';
import type { TemplateName } from './notifications.templates';

export type Channel = 'email' | 'sms' | 'inapp';
export const MESSAGE_QUEUED = 'message.queued';

/** A message to render in the recipient's language and deliver after commit. */
export interface OutgoingMessageRequest {
  userId: string | null;
  channel: Channel;
  recipient: string;
  template: TemplateName;
  /** Filled into the template; a value may be `{en, hi}` so an in-app message can be shown again in either language. */
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
  const texts = msgs.map((m) => renderTemplate(m.template, m.params, m.language));
  // Only an in-app message is shown again (in the reader's language); a code or a link is never kept beyond its text.
  const kept = col((m) => (m.channel === 'inapp' && !m.sensitive ? JSON.stringify(m.params) : null));
  await sql`
    INSERT INTO messages (id, user_id, channel, recipient, template, language, subject, body, sensitive, params)
    SELECT id, user_id, channel, recipient, template, language, subject, body, sensitive, params::jsonb FROM unnest(
      ${ids}::uuid[], ${col((m) => m.userId)}::uuid[], ${col((m) => m.channel)}::text[], ${col((m) => m.recipient)}::text[],
      ${col((m) => m.template)}::text[], ${col((m) => m.language)}::text[],
      ${texts.map((t) => t.subject)}::text[], ${texts.map((t) => t.body)}::text[], ${col((m) => m.sensitive ?? false)}::boolean[],
      ${kept}::text[]) AS m(id, user_id, channel, recipient, template, language, subject, body, sensitive, params)`.execute(trx);
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

/**
 * A reader's latest in-app messages in the language they read in: a message with kept parameters is rendered again
 * from its template; an older one (no parameters) keeps the text it was written with.
 */
export async function listInAppMessages(db: Kysely<DB>, userId: string, language: Language, limit = 50) {
  const rows = await db
    .selectFrom('messages')
    .select(['id', 'template', 'language', 'subject', 'body', 'params', 'created_at', 'read_at'])
    .where('user_id', '=', userId)
    .where('channel', '=', 'inapp')
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((m) => {
    const again = m.params && m.language !== language && isTemplateName(m.template) ? renderTemplate(m.template, m.params, language) : null;
    return { id: m.id, subject: again?.subject ?? m.subject, body: again ? again.body : m.body, createdAt: m.created_at, read: m.read_at !== null };
  });
}
