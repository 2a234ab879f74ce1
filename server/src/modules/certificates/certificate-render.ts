import type { Readable } from 'node:stream';
import type { Config } from '../../config';
import type { CertificateTemplateSnapshot } from './certificates.tables';
import { storageFor } from '../../platform/storage';
import { renderCertificatePdf, type CertificateDocument, type RenderedCertificate } from './certificate-pdf';
import type { CertificateRow } from './certificates.repo';
import { humaniseCode, verifyUrl } from './issue.service';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

/** A stored template image, or null when it is not set or no longer readable (the certificate renders without it). */
export async function readImage(config: Config, key: string | null): Promise<Buffer | null> {
  if (!key) return null;
  try {
    return await readAll(await storageFor(config).get(key));
  } catch {
    return null;
  }
}

/** The printable document of a template snapshot's signatory. */
function signatoryOf(t: CertificateTemplateSnapshot | null): CertificateDocument['signatory'] {
  if (!t || (!t.signatoryName.en && !t.signatoryName.hi)) return null;
  return { name: t.signatoryName, designation: t.signatoryDesignation };
}

/**
 * Renders an issued certificate from its snapshot alone (names, titles, issuer, template as they were at issue), so
 * it reads the same whenever it is downloaded. The PDF is drawn on request (about 30 ms), never stored.
 */
export async function renderIssued(config: Config, row: CertificateRow): Promise<RenderedCertificate> {
  if (!row.issued_at || !row.holder_name_en) throw new Error('certificate not issued');
  const template = row.template;
  const [logo, signature] = await Promise.all([readImage(config, template?.logoKey ?? null), readImage(config, template?.signatureKey ?? null)]);
  const both = (en: string | null, hi: string | null) => (en || hi ? { en: en ?? hi ?? '', hi: hi ?? en ?? '' } : null);
  return renderCertificatePdf({
    number: row.number,
    verifyUrl: verifyUrl(config.publicUrl, row.number),
    kind: row.kind,
    language: row.language,
    holderName: { en: row.holder_name_en, hi: row.holder_name_hi },
    designation: both(row.designation_en, row.designation_hi),
    holderOrg: both(row.holder_org_en, row.holder_org_hi),
    title: { en: row.title_en, hi: row.title_hi },
    completedAt: row.completed_at,
    learningMinutes: row.learning_minutes,
    competencies: row.competencies.map((k) => ({
      name: k.name ? (k.name.hi && k.name.hi !== k.name.en ? `${k.name.hi} / ${k.name.en}` : k.name.en) : humaniseCode(k.code),
      level: k.level,
    })),
    issuer: { en: row.issuer_name_en ?? '', hi: row.issuer_name_hi ?? row.issuer_name_en ?? '' },
    signatory: signatoryOf(template),
    logo,
    signature,
    issuedAt: row.issued_at,
  });
}
