import type { Kysely } from 'kysely';
import type { DB } from '../../db/database';
import { perOwner } from '../../platform/tick-batcher';
import { enrolmentKey, type ProgressSnapshot } from './progress-fast.repo';

/*
 * The last state this process wrote for an enrolment, so that the learner's next update can skip the snapshot read.
 * Safe because every write of an enrolment or its lessons bumps progress_version and the fast path writes with a
 * compare-and-set on it and on the course's published version: a copy made stale by another process, tab, path or a
 * new publication fails the write and is read afresh. An entry is taken out while a request uses it (two requests
 * never share one), kept for a minute at most, and the oldest go first beyond the limit.
 */

const MAX_ENTRIES = 20_000;
const TTL_MS = 60_000;

interface Entry {
  snapshot: ProgressSnapshot;
  storedAt: number;
}

const cacheOf = perOwner((_db: Kysely<DB>) => new Map<string, Entry>());

/** Takes the cached snapshot of an enrolment out of the cache (undefined when absent or too old). */
export function takeCachedSnapshot(db: Kysely<DB>, userId: string, courseId: string, nowMs = Date.now()): ProgressSnapshot | undefined {
  const cache = cacheOf(db);
  const key = enrolmentKey(userId, courseId);
  const entry = cache.get(key);
  if (!entry) return undefined;
  cache.delete(key);
  return nowMs - entry.storedAt <= TTL_MS ? entry.snapshot : undefined;
}

/** Keeps the state just written (the caller no longer changes it). */
export function cacheSnapshot(db: Kysely<DB>, userId: string, courseId: string, snapshot: ProgressSnapshot, nowMs = Date.now()): void {
  const cache = cacheOf(db);
  const key = enrolmentKey(userId, courseId);
  cache.delete(key);
  if (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, { snapshot, storedAt: nowMs });
}
