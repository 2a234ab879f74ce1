import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { migrationsPending } from '../../db/migrate';

/** Liveness and readiness probes. */
export async function healthRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/health', { schema: { tags: ['platform'], response: { 200: Type.Object({ status: Type.Literal('ok') }) } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/api/ready',
    {
      schema: {
        tags: ['platform'],
        response: {
          200: Type.Object({ status: Type.Literal('ready'), database: Type.String() }),
          503: Type.Object({ status: Type.Literal('unavailable'), reason: Type.String() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        const pending = await migrationsPending(ctx.database);
        if (pending > 0) return reply.status(503).send({ status: 'unavailable' as const, reason: 'migrations pending' });
        return { status: 'ready' as const, database: ctx.database.kind };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, reason: 'database unreachable' });
      }
    },
  );
}
