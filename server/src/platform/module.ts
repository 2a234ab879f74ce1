import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from './context';
import { hookHandler, type HookDb, type HookHandler, type HookPoint } from './hooks';
import type { JobDefinition } from './jobs';

/** The Fastify instance type every module's routes are written against. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** A feature module: its HTTP routes, its background jobs and its handlers of lower modules' hook points. */
export interface Module {
  name: string;
  routes?(app: App, ctx: AppContext): Promise<void> | void;
  jobs?: JobDefinition<never>[];
  hooks?: HookHandler<AppContext>[];
}

/** A module's handler of a lower module's hook point (listed in its `Module.hooks`). */
export function onHook<P, R, D extends HookDb>(point: HookPoint<P, R, D>, run: (db: D, payload: P, ctx: AppContext) => Promise<R>): HookHandler<AppContext> {
  return hookHandler(point, run);
}
