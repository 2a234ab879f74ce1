import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { ZipArchive } from 'archiver';
import { stringify } from 'csv-stringify/sync';
import type { AppContext } from '../../platform/context';
import { renderIssued } from './certificate-render';
import { adminIssuedBatches, type AdminFilter } from './certificates.repo';

const COLUMNS = ['number', 'status', 'holder_name_en', 'holder_name_hi', 'designation_en', 'organisation_en', 'title_en', 'title_hi', 'completed_at', 'issued_at', 'learning_hours', 'issuer_en'];

/**
 * A zip of the filter's issued certificates, streamed: rows are read in pages of 200, each PDF is drawn and added
 * only when the archive has taken the previous one (so a slow download holds back the rendering, and memory stays
 * flat however many there are), with each certificate's signed credential beside its PDF and an index.csv.
 */
export function zipCertificates(ctx: AppContext, filter: AdminFilter): Readable {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  const index: string[][] = [];
  const work = async () => {
    for await (const rows of adminIssuedBatches(ctx.db, { ...filter, status: 'issued' })) {
      for (const row of rows) {
        const { pdf } = await renderIssued(ctx.config, row);
        const written = once(archive, 'entry');
        archive.append(pdf, { name: `${row.number}.pdf`, date: row.issued_at ?? row.completed_at });
        archive.append(row.credential ?? '', { name: `${row.number}.credential.json`, date: row.issued_at ?? row.completed_at });
        await written;
        index.push([
          row.number,
          row.status,
          row.holder_name_en ?? '',
          row.holder_name_hi ?? '',
          row.designation_en ?? '',
          row.holder_org_en ?? '',
          row.title_en ?? '',
          row.title_hi ?? '',
          row.completed_at.toISOString(),
          row.issued_at?.toISOString() ?? '',
          String(Math.round((row.learning_minutes / 60) * 10) / 10),
          row.issuer_name_en ?? '',
        ]);
      }
    }
    archive.append(`\uFEFF${stringify([COLUMNS, ...index])}`, { name: 'index.csv' });
    await archive.finalize();
  };
  work().catch((err: unknown) => {
    ctx.log.error({ err }, 'certificate zip failed');
    archive.abort();
    archive.destroy(err as Error);
  });
  return archive;
}
