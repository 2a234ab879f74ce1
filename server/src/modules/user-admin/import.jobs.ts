import type { JobDefinition } from '../../platform/jobs';
import { finishImport, processImport } from './import.process';

/** The outbox topic an upload writes; the job below consumes it. */
export const IMPORT_REQUESTED = 'import.requested';

/** Processes an uploaded user import; resumable and idempotent, so pg-boss may retry it safely. */
export const importUsersJob: JobDefinition<{ importId: string }> = {
  name: 'user-import.process',
  topics: [IMPORT_REQUESTED],
  retryLimit: 3,
  async handle({ importId }, ctx, meta) {
    try {
      await processImport(ctx, importId);
    } catch (err) {
      ctx.log.error({ err, importId, retryCount: meta.retryCount }, 'user import failed');
      // Committed chunks stay; after the last retry the import is closed so the admin is not left waiting.
      if (meta.retryCount >= meta.retryLimit) await finishImport(ctx, importId, { status: 'failed', failure: 'IMPORT_INTERRUPTED', params: {} });
      throw err;
    }
  },
};
