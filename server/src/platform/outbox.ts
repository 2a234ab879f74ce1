import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/database';
import type { JobSender } from './job-sender';

/** Records a domain event in the caller's transaction; the relay turns it into jobs after commit. */
export async function writeOutbox(trx: Transaction<DB>, topic: string, payload: Record<string, unknown>): Promise<void> {
  await trx.insertInto('outbox').values({ topic, payload: JSON.stringify(payload) }).execute();
}

/** Records many events of one topic with a single statement; for bulk work such as imports. */
export async function writeOutboxMany(trx: Transaction<DB>, topic: string, payloads: Record<string, unknown>[]): Promise<void> {
  if (payloads.length === 0) return;
  await sql`INSERT INTO outbox (topic, payload) SELECT ${topic}, p FROM unnest(${payloads.map((p) => JSON.stringify(p))}::jsonb[]) AS p`.execute(trx);
}

/**
 * Moves committed outbox events into the job queue: each event becomes one job per subscriber,
 * enqueued in the same transaction that marks the event dispatched, so none is lost or doubled.
 */
export async function relayOutbox(db: Kysely<DB>, jobs: JobSender, batchSize = 1000): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const events = await trx
      .selectFrom('outbox')
      .select(['id', 'topic', 'payload'])
      .where('dispatched_at', 'is', null)
      .orderBy('id')
      .limit(batchSize)
      .forUpdate()
      .skipLocked()
      .execute();
    const items = events.flatMap((event) =>
      jobs.subscribers(event.topic).map((name) => ({ name, data: { ...event.payload, outboxId: event.id } })),
    );
    await jobs.sendMany(trx, items);
    if (events.length > 0) {
      await trx
        .updateTable('outbox')
        .set({ dispatched_at: new Date() })
        .where('id', 'in', events.map((e) => e.id))
        .execute();
    }
    return events.length;
  });
}

/** Runs the relay in a loop until stopped; returns the stop function. */
export function startOutboxRelay(db: Kysely<DB>, jobs: JobSender, onError: (err: unknown) => void): () => Promise<void> {
  let running = true;
  let current: Promise<void> = Promise.resolve();
  const loop = async (): Promise<void> => {
    while (running) {
      let moved = 0;
      try {
        moved = await relayOutbox(db, jobs);
      } catch (err) {
        onError(err);
      }
      if (moved === 0 && running) await new Promise((r) => setTimeout(r, 200));
    }
  };
  current = loop();
  return async () => {
    running = false;
    await current;
  };
}
