import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';
import type { JobQueue } from './jobs';

/** Records a domain event in the caller's transaction; the relay turns it into jobs after commit. */
export async function writeOutbox(trx: Transaction<DB>, topic: string, payload: Record<string, unknown>): Promise<void> {
  await trx.insertInto('outbox').values({ topic, payload: JSON.stringify(payload) }).execute();
}

/**
 * Moves committed outbox events into the job queue: each event becomes one job per subscriber,
 * enqueued in the same transaction that marks the event dispatched, so none is lost or doubled.
 */
export async function relayOutbox(db: Kysely<DB>, jobs: JobQueue, batchSize = 200): Promise<number> {
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
    for (const event of events) {
      for (const jobName of jobs.subscribers(event.topic)) {
        await jobs.send(jobName, { ...event.payload, outboxId: event.id }, trx);
      }
    }
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
export function startOutboxRelay(db: Kysely<DB>, jobs: JobQueue, onError: (err: unknown) => void): () => Promise<void> {
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
