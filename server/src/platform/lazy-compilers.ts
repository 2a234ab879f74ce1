import AjvCompiler from '@fastify/ajv-compiler';
import SerializerCompiler from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;

/*
 * Fastify's own schema compilers (ajv for input, fast-json-stringify for responses), made lazy: a route's schemas
 * are compiled on its first request instead of at start-up. With some 200 operations this takes ~3 s off every
 * start (each test file starts the app); a route that is never called is never compiled. Behaviour is otherwise
 * the same: the compiled function, and ajv's `errors` after a call, are exactly the default compiler's.
 */

type Compile<F> = (routeSchema: unknown) => F;
type Factory<F> = (externalSchemas: unknown, options: unknown) => Compile<F>;

function lazyValidator(compile: Compile<ValidateFn>, routeSchema: unknown): ValidateFn {
  let compiled: ValidateFn | undefined;
  const validate: ValidateFn = (data: unknown) => {
    compiled ??= compile(routeSchema);
    const valid = compiled(data);
    validate.errors = compiled.errors;
    return valid;
  };
  return validate;
}

function lazySerializer(compile: Compile<(data: unknown) => string>, routeSchema: unknown): (data: unknown) => string {
  let compiled: ((data: unknown) => string) | undefined;
  return (data) => (compiled ??= compile(routeSchema))(data);
}

interface ValidateFn {
  (data: unknown): unknown;
  errors?: unknown;
}

const buildAjv = AjvCompiler() as unknown as Factory<ValidateFn>;
const buildStringify = SerializerCompiler() as unknown as Factory<(data: unknown) => string>;

/** The `schemaController.compilersFactory` option of Fastify. */
export const lazyCompilersFactory = {
  buildValidator: (externalSchemas: unknown, options: unknown) => {
    const compile = buildAjv(externalSchemas, options);
    return (routeSchema: unknown) => lazyValidator(compile, routeSchema);
  },
  buildSerializer: (externalSchemas: unknown, options: unknown) => {
    const compile = buildStringify(externalSchemas, options);
    return (routeSchema: unknown) => lazySerializer(compile, routeSchema);
  },
} as unknown as CompilersFactory;
