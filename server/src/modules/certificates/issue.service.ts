import type { Transaction, Updateable } from 'kysely';
import type { Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import type {
  CertificateCompetency,
  CertificateKind,
  CertificatesTable,
  CertificateStatus,
  CertificateTemplateSnapshot,
} from './certificates.tables';
import type { AppContext } from '../../platform/context';
import { writeOutbox } from '../../platform/outbox';
import { competenciesByCode } from '../competencies';
import { loadMe } from '../identity';
import { findOrg } from '../orgs';
import { newCertificateNumber } from './certificate-number';
import { readyNotice, sendReadyNotice, type ReadyNotice } from './certificate-notice';
import { checkEligibility, subjectFacts, type ScoreHint } from './certificate-subjects';
import {
  findCertificate,
  findLiveForCompletion,
  insertPending,
  recordFailure,
  templatesAlong,
  updateIfStatus,
  type CertificateRow,
} from './certificates.repo';
import type { FailureCode } from './certificates.messages';
import { buildCredential, signCredential } from './credential';
import { activeSigningKey } from './signing-keys';
import { forgetIssuer, issuerIdentity } from './credential-issuer';
import { insertStatusEntry, nextStatusPosition } from './credential-status.repo';
import { statusEntry } from './status-list';

export const CERTIFICATE_REQUESTED = 'certificate.requested';
export const CERTIFICATE_ISSUED = 'certificate.issued';
const ISSUABLE = new Set<CertificateStatus>(['pending', 'failed', 'not_eligible']);

/** A completion that earns a certificate, from a `course.completed` or `programme.completed` event. */
export interface Completion {
  userId: string;
  kind: CertificateKind;
  subjectId: string;
  versionId: string | null;
  completedAt: Date;
  language: Language;
  learningMinutes: number;
}

/** A failure with a reason code the learner and admin see (the job retries it). */
export class IssueFailure extends Error {
  constructor(readonly code: FailureCode) {
    super(code);
  }
}

type Snapshot = Updateable<CertificatesTable>;
const isUniqueViolation = (err: unknown) => (err as { code?: string }).code === '23505';
/** The year in India (numbers carry the year of issue). */
const indianYear = (d: Date) => new Date(d.getTime() + 5.5 * 3600_000).getUTCFullYear();

/** The page where anyone checks a certificate. */
export function verifyUrl(publicUrl: string, number: string): string {
  return `${publicUrl.replace(/\/$/, '')}/verify/${number}`;
}

/**
 * Records the pending certificate of a completion, exactly once: the insert is a no-op when a live certificate of the
 * same completion exists (replays, retries, a second worker). Returns it, with whether this call created it.
 */
export async function ensurePending(ctx: AppContext, c: Completion): Promise<{ certificate: CertificateRow; created: boolean }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const created = await ctx.db.transaction().execute((trx) =>
        insertPending(trx, {
          user_id: c.userId,
          number: newCertificateNumber(indianYear(ctx.clock.now())),
          kind: c.kind,
          subject_id: c.subjectId,
          version_id: c.versionId,
          completed_at: c.completedAt,
          language: c.language,
          learning_minutes: c.learningMinutes,
        }),
      );
      if (created) return { certificate: created, created: true };
      const row = await findLiveForCompletion(ctx.db, c.userId, c.kind, c.subjectId, c.completedAt);
      if (row) return { certificate: row, created: false };
    } catch (err) {
      // A number already taken (one chance in 10^16): draw another.
      if (!isUniqueViolation(err)) throw err;
    }
  }
  throw new Error('could not record the pending certificate');
}

/** A small per-process cache of things that rarely or never change, read on every issue. */
function memo<T>(ttlMs: number, limit = 5000) {
  const entries = new Map<string, { value: T; until: number }>();
  return async (key: string, load: () => Promise<T>): Promise<T> => {
    const hit = entries.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = await load();
    if (entries.size >= limit) entries.clear();
    entries.set(key, { value, until: Date.now() + ttlMs });
    return value;
  };
}
// A completed course version is published, so immutable: its facts can be kept. Org names and the framework's
// competency names change rarely: a minute's delay is fine.
const versionFactsCache = memo<Awaited<ReturnType<typeof subjectFacts>>>(10 * 60_000);
const orgCache = memo<Awaited<ReturnType<typeof findOrg>>>(60_000);
const competencyNameCache = memo<{ en: string; hi: string } | null>(60_000);

/** The template that applies to an issuer: its own, else the nearest ancestor's. */
async function templateFor(ctx: AppContext, issuerPath: string): Promise<CertificateTemplateSnapshot | null> {
  const [t] = await templatesAlong(ctx.db, issuerPath);
  if (!t) return null;
  const pair = (en: string | null, hi: string | null) => ({ ...(en ? { en } : {}), ...(hi ? { hi } : {}) });
  return {
    signatoryName: pair(t.signatory_name_en, t.signatory_name_hi),
    signatoryDesignation: pair(t.signatory_designation_en, t.signatory_designation_hi),
    logoKey: t.logo_key,
    signatureKey: t.signature_key,
    fromOrgId: t.org_id,
  };
}

/** "disaster-management" → "Disaster management", for a code the competency framework does not name. */
export function humaniseCode(code: string): string {
  const words = code.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Competencies with their names from the framework (when it has the code). */
async function namedCompetencies(ctx: AppContext, list: { code: string; level: number }[]): Promise<CertificateCompetency[]> {
  if (list.length === 0) return [];
  const key = list.map((k) => k.code).sort().join(',');
  let rows: { code: string; name_en: string; name_hi: string }[] | null = null;
  const named = new Map<string, { en: string; hi: string } | null>();
  for (const k of list) {
    named.set(
      k.code,
      await competencyNameCache(k.code, async () => {
        rows ??= await competenciesByCode(ctx.db, key.split(',')).catch(() => []);
        const row = rows.find((r) => r.code === k.code);
        return row ? { en: row.name_en, hi: row.name_hi } : null;
      }),
    );
  }
  return list.map((k) => {
    const name = named.get(k.code);
    return { code: k.code, level: k.level, ...(name ? { name } : {}) };
  });
}

/** What is issued: the full snapshot with its signed credential, or "not eligible" with the reason. */
type Outcome =
  | { eligible: true; snapshot: Snapshot; status: { listId: number; index: number; issuerDid: string; baseUrl: string }; notice: ReadyNotice }
  | { eligible: false; snapshot: Snapshot };

/**
 * Gathers everything the certificate states (no lock held; all reads): the holder as on their profile now, the
 * course or programme, the criteria, the issuer and its template; then signs the credential. Facts gathered before a
 * failure are kept in `partial` so the failed row still shows whose it is.
 */
async function prepare(ctx: AppContext, cert: CertificateRow, hint: ScoreHint | undefined, partial: Snapshot): Promise<Outcome> {
  const holder = await loadMe(ctx.db, cert.user_id).catch(() => null);
  if (!holder) throw new IssueFailure('HOLDER_NOT_FOUND');
  const holderOrg = await findOrg(ctx.db, holder.org.id);
  if (!holderOrg) throw new IssueFailure('HOLDER_NOT_FOUND');
  Object.assign(partial, {
    holder_name_en: holder.fullName,
    holder_name_hi: holder.fullNameHi,
    designation_en: holder.designation?.nameEn ?? null,
    designation_hi: holder.designation?.nameHi ?? null,
    holder_org_id: holderOrg.id,
    holder_org_path: holderOrg.path,
    holder_org_en: holderOrg.name_en,
    holder_org_hi: holderOrg.name_hi,
  } satisfies Snapshot);
  const subject = cert.version_id
    ? await versionFactsCache(`${cert.subject_id}:${cert.version_id}`, () => subjectFacts(ctx.db, cert.kind, cert.subject_id, cert.version_id))
    : await subjectFacts(ctx.db, cert.kind, cert.subject_id, null);
  if (!subject) throw new IssueFailure('SUBJECT_NOT_FOUND');
  Object.assign(partial, { title_en: subject.title.en ?? null, title_hi: subject.title.hi ?? null } satisfies Snapshot);
  const issuer = await orgCache(subject.issuerOrgId, () => findOrg(ctx.db, subject.issuerOrgId));
  if (!issuer) throw new IssueFailure('ISSUER_NOT_FOUND');
  Object.assign(partial, { issuer_org_id: issuer.id, issuer_org_path: issuer.path, issuer_name_en: issuer.name_en, issuer_name_hi: issuer.name_hi } satisfies Snapshot);
  const eligibility = await checkEligibility(ctx.db, { kind: cert.kind, subjectId: cert.subject_id, userId: cert.user_id, versionId: cert.version_id }, hint);
  if (!eligibility.eligible) {
    return { eligible: false, snapshot: { ...partial, failure_code: eligibility.code, failure_params: JSON.stringify(eligibility.params) } };
  }
  const key = await activeSigningKey(ctx).catch((err: unknown) => {
    ctx.log.error({ err: (err as Error).message }, 'certificate signing key unavailable');
    throw new IssueFailure('SIGNING_UNAVAILABLE');
  });
  const template = await templateFor(ctx, issuer.path);
  const competencies = await namedCompetencies(ctx, subject.competencies);
  const now = ctx.clock.now();
  const issuerId = await issuerIdentity(ctx);
  const publicUrl = ctx.config.publicUrl.replace(/\/$/, '');
  // A status position of its own, never handed out again (a sequence); recorded with the issue in commit().
  const status = statusEntry(issuerId.baseUrl, await nextStatusPosition(ctx.db));
  const unsigned = buildCredential({
    verifyUrl: verifyUrl(publicUrl, cert.number),
    publicUrl,
    issuer: issuerId,
    credentialStatus: status.credentialStatus,
    issuedAt: now,
    holderName: holder.fullName,
    employeeId: holder.employeeId,
    kind: cert.kind,
    subjectId: cert.subject_id,
    title: subject.title[cert.language] ?? subject.title.en ?? subject.title.hi ?? '',
    language: cert.language,
    completedAt: cert.completed_at,
    learningMinutes: cert.learning_minutes,
    competencies: competencies.map((k) => ({ code: k.code, level: k.level, name: k.name?.en ?? humaniseCode(k.code) })),
    issuerOrg: { id: issuer.id, name: issuer.name_en },
    minFinalScore: eligibility.minFinalScore,
  });
  const credential = await signCredential(unsigned, key, issuerId.did, now);
  return {
    eligible: true,
    status: { listId: status.listId, index: status.index, issuerDid: issuerId.did, baseUrl: issuerId.baseUrl },
    notice: readyNotice(holder, subject.title, cert.number, publicUrl),
    snapshot: {
      ...partial,
      status: 'issued',
      issued_at: now,
      failure_code: null,
      failure_params: null,
      competencies: JSON.stringify(competencies),
      template: template ? JSON.stringify(template) : null,
      credential: JSON.stringify(credential),
      key_id: key.id,
    },
  };
}

/**
 * Writes the outcome only if the certificate is still issuable (compare-and-set on its status), so that of two
 * workers issuing it at once exactly one writes; the other learns the status it ended in.
 */
async function commit(ctx: AppContext, trx: Transaction<DB>, cert: CertificateRow, outcome: Outcome): Promise<string> {
  const status = outcome.eligible ? 'issued' : 'not_eligible';
  const written = await updateIfStatus(trx, cert.user_id, cert.id, [...ISSUABLE], { ...outcome.snapshot, status });
  if (!written) return (await findCertificate(trx, cert.user_id, cert.id))?.status ?? 'missing';
  if (outcome.eligible) {
    const listIssuer = await insertStatusEntry(trx, { ...outcome.status, userId: cert.user_id, certificateId: cert.id });
    // Only in the seconds after an issuer migration (this process still had the old issuer): roll back and retry.
    if (listIssuer !== outcome.status.issuerDid) {
      forgetIssuer(ctx.db);
      throw new Error('status list belongs to another issuer');
    }
    await writeOutbox(trx, CERTIFICATE_ISSUED, { userId: cert.user_id, certificateId: cert.id, number: cert.number, kind: cert.kind, subjectId: cert.subject_id });
    // Told once: only the worker whose compare-and-set issued it gets here; a re-run finds it issued and stops.
    await sendReadyNotice(trx, outcome.notice);
  }
  return status;
}

/**
 * Issues a pending, failed or not-eligible certificate: checks the criteria, snapshots the holder (name as on the
 * profile, designation and organisation now), the course or programme, the issuer and its template, signs the Open
 * Badges credential, and marks it issued with a compare-and-set on its status, so that of two workers only one issues.
 * An issued, revoked or superseded certificate is left alone. On an error the certificate is marked failed with the
 * reason and the error is rethrown for the job to retry. Returns the status the certificate ends in.
 */
export async function issueCertificate(ctx: AppContext, userId: string, id: string, hint?: ScoreHint, known?: CertificateRow): Promise<string> {
  const cert = known ?? (await findCertificate(ctx.db, userId, id));
  if (!cert) return 'missing';
  if (!ISSUABLE.has(cert.status)) return cert.status;
  const partial: Snapshot = {};
  try {
    const outcome = await prepare(ctx, cert, hint, partial);
    return await ctx.db.transaction().execute((trx) => commit(ctx, trx, cert, outcome));
  } catch (err) {
    const code: FailureCode = err instanceof IssueFailure ? err.code : 'INTERNAL';
    if (code === 'INTERNAL') ctx.log.error({ err, certificateId: id }, 'certificate issue failed');
    await recordFailure(ctx.db, userId, id, code, {}, partial);
    throw err;
  }
}

/** Queues (re)issuing through the outbox, in the caller's transaction. */
export async function requestIssue(trx: Transaction<DB>, userId: string, certificateId: string): Promise<void> {
  await writeOutbox(trx, CERTIFICATE_REQUESTED, { userId, certificateId });
}
