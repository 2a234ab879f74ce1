import type { Language } from '../../db/column-types';
import { format } from '../../platform/i18n';
import { failureReasons, type FailureCode } from './certificates.messages';
import type { CertificatePermissions } from './certificates.policy';
import type { CertificateRow } from './certificates.repo';
import type { AdminCertificateT, MyCertificateT, VerificationT } from './certificates.schema';
import { verifyUrl } from './issue.service';

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);
const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
const pick = (en: string | null, hi: string | null, lang: Language) => (lang === 'hi' ? (hi ?? en) : (en ?? hi)) ?? '';

/** The reason a certificate failed or is not due, in the user's language. */
export function presentFailure(row: Pick<CertificateRow, 'status' | 'failure_code' | 'failure_params'>, lang: Language) {
  if ((row.status !== 'failed' && row.status !== 'not_eligible') || !row.failure_code) return null;
  const text = failureReasons[row.failure_code as FailureCode] ?? failureReasons.INTERNAL;
  return { code: row.failure_code, message: format(text[lang], row.failure_params ?? {}) };
}

/** A certificate as its holder sees it; `titles` fills in the title of one not yet issued. */
export function presentMine(row: CertificateRow, publicUrl: string, lang: Language, titles?: Partial<Record<Language, string>>): MyCertificateT {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    subjectId: row.subject_id,
    title: pick(row.title_en ?? titles?.en ?? null, row.title_hi ?? titles?.hi ?? null, lang),
    status: row.status,
    failure: presentFailure(row, lang),
    completedAt: row.completed_at.toISOString(),
    issuedAt: iso(row.issued_at),
    learningHours: hours(row.learning_minutes),
    verifyUrl: verifyUrl(publicUrl, row.number),
    revokedAt: iso(row.revoked_at),
    revocationReason: row.revocation_reason,
    supersededAt: iso(row.superseded_at),
  };
}

/** A certificate in the admin list, with what this admin may do with it. */
export function presentForAdmin(row: CertificateRow, permissions: CertificatePermissions, lang: Language): AdminCertificateT {
  return {
    id: row.id,
    userId: row.user_id,
    number: row.number,
    kind: row.kind,
    subjectId: row.subject_id,
    holderName: { en: row.holder_name_en, hi: row.holder_name_hi },
    holderOrg: { en: row.holder_org_en, hi: row.holder_org_hi },
    designation: { en: row.designation_en, hi: row.designation_hi },
    title: { en: row.title_en, hi: row.title_hi },
    issuer: { en: row.issuer_name_en, hi: row.issuer_name_hi },
    status: row.status,
    failure: presentFailure(row, lang),
    attempts: row.attempts,
    completedAt: row.completed_at.toISOString(),
    issuedAt: iso(row.issued_at),
    revokedAt: iso(row.revoked_at),
    revocationReason: row.revocation_reason,
    supersededAt: iso(row.superseded_at),
    permissions,
  };
}

/** The public answer for a number: the holder's name, the course, dates and issuer, and nothing else about them. */
export function presentVerification(number: string, row: CertificateRow | undefined): VerificationT {
  const status = row?.status === 'issued' ? 'valid' : row?.status === 'revoked' || row?.status === 'superseded' ? row.status : null;
  if (!row || !status) {
    return {
      number,
      status: 'unknown',
      holderName: null,
      title: null,
      kind: null,
      completedAt: null,
      issuedAt: null,
      issuer: null,
      revokedAt: null,
      revocationReason: null,
      supersededAt: null,
    };
  }
  return {
    number: row.number,
    status,
    holderName: { en: row.holder_name_en, hi: row.holder_name_hi },
    title: { en: row.title_en, hi: row.title_hi },
    kind: row.kind,
    completedAt: row.completed_at.toISOString(),
    issuedAt: iso(row.issued_at),
    issuer: { en: row.issuer_name_en, hi: row.issuer_name_hi },
    revokedAt: iso(row.revoked_at),
    revocationReason: row.revocation_reason,
    supersededAt: iso(row.superseded_at),
  };
}
