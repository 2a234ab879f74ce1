import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/database';

/** The handle a hook point's handlers run on. */
export type HookDb = Kysely<DB> | Transaction<DB>;
type Q = HookDb;

/**
 * A point where a module lets the modules above it take part in its work without importing them (the arrows stay
 * downward): the lower module declares the point, with what it passes and what it gets back, and runs it; a higher
 * module lists a handler for it in its `Module.hooks`. Handlers run on the caller's handle, so inside its transaction.
 */
export interface HookPoint<P, R = void, D extends Q = Transaction<DB>> {
  readonly name: string;
  /** Type-only: carries the payload P, the result R and the handle D (a transaction unless the point says) for checking. */
  readonly shape?: (db: D, payload: P) => R;
}

/** Declares a hook point (in the module that runs it); its handlers run in the caller's transaction unless D says. */
export function hookPoint<P, R = void, D extends Q = Transaction<DB>>(name: string): HookPoint<P, R, D> {
  return { name };
}

/** One module's part in a hook point; `C` is the run-time context handed to it. */
export interface HookHandler<C> {
  readonly point: string;
  run(db: Q, payload: unknown, ctx: C): Promise<unknown>;
}

/** A typed handler for a point. */
export function hookHandler<C, P, R, D extends Q>(point: HookPoint<P, R, D>, run: (db: D, payload: P, ctx: C) => Promise<R>): HookHandler<C> {
  return { point: point.name, run: (db, payload, ctx) => run(db as D, payload as P, ctx) };
}

/** Every module's hook handlers, by point, in the order of the module list. */
export class Hooks<C> {
  private readonly byPoint = new Map<string, HookHandler<C>[]>();

  constructor(handlers: readonly HookHandler<C>[]) {
    for (const h of handlers) this.byPoint.set(h.point, [...(this.byPoint.get(h.point) ?? []), h]);
  }

  /** Runs the point's handlers one after another on `db`; returns their results in order. */
  async run<P, R, D extends Q>(point: HookPoint<P, R, D>, db: D, payload: P, ctx: C): Promise<R[]> {
    const results: R[] = [];
    for (const h of this.byPoint.get(point.name) ?? []) results.push((await h.run(db, payload, ctx)) as R);
    return results;
  }
}
