import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppContext } from './context';
import type { JobDefinition } from './jobs';

/** The Fastify instance type every module's routes are written against. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** A feature module: its HTTP routes and its background jobs. */
export interface Module {
  name: string;
  routes?(app: App, ctx: AppContext): Promise<void> | void;
  jobs?: JobDefinition<never>[];
}
