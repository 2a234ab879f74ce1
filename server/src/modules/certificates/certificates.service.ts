import type { Language } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { writeOutbox } from '../../platform/outbox';
import { ensure } from '../../platform/policy';
import { loadMe } from '../identity';
import { findOrg } from '../orgs';
import { newCertificateNumber, normaliseCertificateNumber } from './certificate-number';
import { renderIssued } from './certificate-render';
import { subjectFacts } from './certificate-subjects';
import { certificateError } from './certificates.messages';
import { certificateAdminScopes, certificatePermissions, type CertificatePermissions } from './certificates.policy';
import { presentForAdmin, presentMine, presentVerification } from './certificates.presenter';
import * as repo from './certificates.repo';
import type { AdminListQueryT } from './certificates.schema';
import { requestIssue } from './issue.service';
import { setRevokedBit } from './credential-status.repo';

export const CERTIFICATE_REVOKED = 'certificate.revoked';
const PAGE_SIZE = 20;

/** A calendar date in India (YYYY-MM-DD) → the instant that day starts there. */
export function indiaDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+05:30`);
}

/** The learner's certificates (every status), and the name new ones will carry. */
export async function myCertificates(ctx: AppContext, actor: Actor, lang: Language) {
  const rows = await repo.certificatesOf(ctx.db, actor.userId);
  const me = await loadMe(ctx.db, actor.userId);
  const items = [];
  for (const row of rows) {
    // One not yet issued has no title snapshot: read it from the course or programme.
    const titles = row.title_en || row.title_hi ? undefined : (await subjectFacts(ctx.db, row.kind, row.subject_id, row.version_id))?.title;
    items.push(presentMine(row, ctx.config.publicUrl, lang, titles));
  }
  const awaiting = await repo.awaitingCertificates(ctx.db, actor.userId, new Date(ctx.clock.now().getTime() - repo.AWAITING_WINDOW_MS));
  return { items, profileName: { en: me.fullName, hi: me.fullNameHi }, awaiting };
}

/** One of the learner's own certificates, issued (or revoked or superseded: still theirs to keep); 404 otherwise. */
async function ownIssued(ctx: AppContext, actor: Actor, id: string) {
  const row = await repo.findCertificate(ctx.db, actor.userId, id);
  if (!row) throw certificateError(404, 'CERTIFICATE_NOT_FOUND');
  if (!row.credential) throw certificateError(409, 'CERTIFICATE_NOT_ISSUED', { status: row.status });
  return row;
}

/** The learner's certificate as a PDF. */
export async function myCertificatePdf(ctx: AppContext, actor: Actor, id: string) {
  const row = await ownIssued(ctx, actor, id);
  return { number: row.number, pdf: (await renderIssued(ctx.config, row)).pdf };
}

/** The learner's signed credential, byte for byte as issued. */
export async function myCredential(ctx: AppContext, actor: Actor, id: string) {
  const row = await ownIssued(ctx, actor, id);
  return { number: row.number, json: row.credential ?? '' };
}

/** The public check of a number as typed or scanned: valid, revoked, superseded or unknown. */
export async function verifyCertificate(ctx: AppContext, input: string) {
  const number = normaliseCertificateNumber(input);
  const row = number ? await repo.findByNumber(ctx.db, number) : undefined;
  return presentVerification(number ?? input.trim().toUpperCase(), row);
}

/** The holder's current organisation path (a transfer after issue moves who administers them). */
async function currentHolderPath(ctx: AppContext, userId: string): Promise<string | null> {
  const me = await loadMe(ctx.db, userId).catch(() => null);
  return me ? ((await findOrg(ctx.db, me.org.id))?.path ?? null) : null;
}

/** A certificate by number for an admin, with their permissions on it; 403 for non-admins, 404 when unknown or not theirs to see. */
export async function loadForAdmin(ctx: AppContext, actor: Actor, input: string) {
  ensure(certificateAdminScopes(actor).length > 0);
  const number = normaliseCertificateNumber(input);
  const row = number ? await repo.findByNumber(ctx.db, number) : undefined;
  if (!row) throw certificateError(404, 'CERTIFICATE_NOT_FOUND');
  const permissions = certificatePermissions(actor, row, await currentHolderPath(ctx, row.user_id));
  if (!permissions.view) throw certificateError(404, 'CERTIFICATE_NOT_FOUND');
  return { row, permissions };
}

/** The admin's filters, checked against their scopes: an org filter must lie inside one of them. */
async function adminFilter(ctx: AppContext, actor: Actor, q: Pick<AdminListQueryT, 'party' | 'status' | 'subjectId' | 'orgId' | 'from' | 'to'>): Promise<repo.AdminFilter> {
  const paths = certificateAdminScopes(actor);
  ensure(paths.length > 0);
  let orgPath: string | undefined;
  if (q.orgId) {
    const org = await findOrg(ctx.db, q.orgId);
    if (!org) throw certificateError(404, 'ORG_NOT_FOUND');
    ensure(paths.some((p) => org.path.startsWith(p)));
    orgPath = org.path;
  }
  const to = q.to ? new Date(indiaDayStart(q.to).getTime() + 86_400_000) : undefined;
  return {
    paths,
    party: q.party ?? 'holder',
    orgPath,
    subjectId: q.subjectId,
    status: q.status,
    from: q.from ? indiaDayStart(q.from) : undefined,
    to,
  };
}

/** The admin's certificate list: people of their organisations (or certificates their organisations issued). */
export async function adminCertificates(ctx: AppContext, actor: Actor, q: AdminListQueryT, lang: Language) {
  const filter = await adminFilter(ctx, actor, q);
  const page = q.page ?? 1;
  const { items, total } = await repo.adminPage(ctx.db, filter, page, PAGE_SIZE);
  return {
    items: items.map((row) => presentForAdmin(row, certificatePermissions(actor, row), lang)),
    total,
    page,
    pageSize: PAGE_SIZE,
  };
}

/** The filter of a bulk download: one organisation's certificates completed in a date range (at most a year). */
export async function zipFilter(ctx: AppContext, actor: Actor, q: { orgId: string; from: string; to: string; party?: 'holder' | 'issuer' }) {
  const from = indiaDayStart(q.from);
  const to = indiaDayStart(q.to);
  const maxDays = 366;
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from || (to.getTime() - from.getTime()) / 86_400_000 > maxDays) {
    throw certificateError(400, 'DATE_RANGE_INVALID', { maxDays }, [{ field: 'to', code: 'invalid' }]);
  }
  return adminFilter(ctx, actor, { ...q, party: q.party ?? 'holder' });
}

/** Revokes an issued certificate (issuing organisation's admin), with a reason; audited. */
export async function revokeCertificate(ctx: AppContext, actor: Actor, source: AuditSource, number: string, reason: string) {
  const { row } = await loadForAdmin(ctx, actor, number);
  ensure(certificatePermissions(actor, row).revoke);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockCertificate(trx, row.user_id, row.id);
    if (!locked || locked.status !== 'issued') throw certificateError(409, 'CERTIFICATE_NOT_REVOCABLE', { status: locked?.status ?? 'unknown' });
    await repo.updateCertificate(trx, row.user_id, row.id, { status: 'revoked', revoked_at: now, revoked_by: actor.userId, revocation_reason: reason });
    // The credential's status bit: a verifier checking the status list now sees it revoked.
    await setRevokedBit(trx, row.user_id, row.id, now);
    await audit(trx, source, 'certificate.revoked', { type: 'certificate', id: row.id, orgId: row.issuer_org_id }, { number: row.number, reason });
    await writeOutbox(trx, CERTIFICATE_REVOKED, { userId: row.user_id, certificateId: row.id, number: row.number });
  });
  return reload(ctx, actor, row.user_id, row.id);
}

/**
 * Reissues an issued certificate after a correction of the holder's profile (their name, usually): the old one is
 * marked superseded and a new one with a new number is queued, taking the name, designation and organisation as they
 * are now. One transaction; audited with the reason.
 */
export async function reissueCertificate(ctx: AppContext, actor: Actor, source: AuditSource, number: string, reason: string) {
  const { row, permissions } = await loadForAdmin(ctx, actor, number);
  ensure(permissions.reissue);
  const now = ctx.clock.now();
  const year = new Date(now.getTime() + 5.5 * 3600_000).getUTCFullYear();
  const newId = await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockCertificate(trx, row.user_id, row.id);
    if (!locked || locked.status !== 'issued') throw certificateError(409, 'CERTIFICATE_NOT_REISSUABLE', { status: locked?.status ?? 'unknown' });
    await repo.updateCertificate(trx, row.user_id, row.id, { status: 'superseded', superseded_at: now });
    // The replaced credential is revoked in the status list (there is no "replaced" purpose; verification says superseded).
    await setRevokedBit(trx, row.user_id, row.id, now);
    const fresh = await repo.insertPending(trx, {
      user_id: row.user_id,
      number: newCertificateNumber(year),
      kind: row.kind,
      subject_id: row.subject_id,
      version_id: row.version_id,
      completed_at: row.completed_at,
      language: row.language,
      learning_minutes: row.learning_minutes,
      holder_org_id: row.holder_org_id,
      holder_org_path: row.holder_org_path,
      holder_org_en: row.holder_org_en,
      holder_org_hi: row.holder_org_hi,
      replaces_id: row.id,
    });
    if (!fresh) throw new Error('the completion already has a live certificate');
    const id = fresh.id;
    await repo.updateCertificate(trx, row.user_id, row.id, { superseded_by: id });
    await audit(trx, source, 'certificate.reissued', { type: 'certificate', id: row.id, orgId: row.holder_org_id }, { number: row.number, reason, newCertificateId: id });
    await requestIssue(trx, row.user_id, id);
    return id;
  });
  return reload(ctx, actor, row.user_id, newId);
}

/** Queues a failed, pending or not-eligible certificate again (the holder's admin); audited. */
export async function requeueCertificate(ctx: AppContext, actor: Actor, source: AuditSource, number: string) {
  const { row, permissions } = await loadForAdmin(ctx, actor, number);
  ensure(permissions.requeue);
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockCertificate(trx, row.user_id, row.id);
    if (!locked || !['failed', 'pending', 'not_eligible'].includes(locked.status)) {
      throw certificateError(409, 'CERTIFICATE_NOT_REQUEUEABLE', { status: locked?.status ?? 'unknown' });
    }
    await repo.updateCertificate(trx, row.user_id, row.id, { status: 'pending', failure_code: null, failure_params: null });
    await audit(trx, source, 'certificate.requeued', { type: 'certificate', id: row.id, orgId: row.holder_org_id }, { number: row.number });
    await requestIssue(trx, row.user_id, row.id);
  });
  return reload(ctx, actor, row.user_id, row.id);
}

async function reload(ctx: AppContext, actor: Actor, userId: string, id: string) {
  const row = await repo.findCertificate(ctx.db, userId, id);
  if (!row) throw certificateError(404, 'CERTIFICATE_NOT_FOUND');
  return { row, permissions: certificatePermissions(actor, row, await currentHolderPath(ctx, userId)) as CertificatePermissions };
}
