import crypto from 'node:crypto';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import PDFDocument from 'pdfkit';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { ensure } from '../../platform/policy';
import { storageFor } from '../../platform/storage';
import { findOrg } from '../orgs';
import { renderCertificatePdf } from './certificate-pdf';
import { readImage } from './certificate-render';
import { certificateError } from './certificates.messages';
import { canEditTemplate } from './certificates.policy';
import { findTemplate, templatesAlong, upsertTemplate, type TemplateRow } from './certificates.repo';
import type { TemplateInputT } from './certificates.schema';

export type TemplateImage = 'logo' | 'signature';
/** Largest logo or signature accepted. */
export const MAX_IMAGE_BYTES = 1024 * 1024;
const IMAGE_TYPES: Record<string, { mime: string; extensions: string[] }> = {
  png: { mime: 'image/png', extensions: ['png'] },
  jpg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
};

/** Loads an org the actor may set the template of (an admin of it or above); 404 / 403 otherwise. */
async function editableOrg(ctx: AppContext, actor: Actor, orgId: string) {
  const org = await findOrg(ctx.db, orgId);
  if (!org) throw certificateError(404, 'ORG_NOT_FOUND');
  ensure(canEditTemplate(actor, org.path));
  return org;
}

const imageUrl = (orgId: string, image: TemplateImage) => `/api/admin/certificate-templates/${orgId}/${image}`;

async function presentTemplate(ctx: AppContext, t: TemplateRow) {
  const org = await findOrg(ctx.db, t.org_id);
  return {
    orgId: t.org_id,
    orgName: { en: org?.name_en ?? '', hi: org?.name_hi ?? '' },
    signatoryName: { en: t.signatory_name_en, hi: t.signatory_name_hi },
    signatoryDesignation: { en: t.signatory_designation_en, hi: t.signatory_designation_hi },
    logoUrl: t.logo_key ? imageUrl(t.org_id, 'logo') : null,
    signatureUrl: t.signature_key ? imageUrl(t.org_id, 'signature') : null,
    updatedAt: t.updated_at.toISOString(),
  };
}

/** An org's own template and the one that applies to its certificates (its own, else the nearest ancestor's). */
export async function getTemplate(ctx: AppContext, actor: Actor, orgId: string) {
  const org = await editableOrg(ctx, actor, orgId);
  const [effective] = await templatesAlong(ctx.db, org.path);
  const own = effective?.org_id === orgId ? effective : undefined;
  const from = effective && !own ? await findOrg(ctx.db, effective.org_id) : undefined;
  return {
    orgId,
    own: own ? await presentTemplate(ctx, own) : null,
    effective: effective ? await presentTemplate(ctx, effective) : null,
    inheritedFrom: from ? { orgId: from.id, name: { en: from.name_en, hi: from.name_hi } } : null,
  };
}

const clean = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** Sets the signatory's name and designation (both languages); audited. */
export async function putTemplate(ctx: AppContext, actor: Actor, source: AuditSource, orgId: string, input: TemplateInputT) {
  await editableOrg(ctx, actor, orgId);
  await ctx.db.transaction().execute(async (trx) => {
    await upsertTemplate(trx, orgId, {
      signatory_name_en: clean(input.signatoryName.en),
      signatory_name_hi: clean(input.signatoryName.hi),
      signatory_designation_en: clean(input.signatoryDesignation.en),
      signatory_designation_hi: clean(input.signatoryDesignation.hi),
      updated_by: actor.userId,
      updated_at: ctx.clock.now(),
    });
    await audit(trx, source, 'certificate_template.updated', { type: 'org', id: orgId, orgId }, { fields: ['signatoryName', 'signatoryDesignation'] });
  });
  return getTemplate(ctx, actor, orgId);
}

/** Checks an uploaded image: not empty, PNG or JPEG by content and by name, and drawable by the PDF renderer. */
export async function checkImage(bytes: Buffer, fileName: string): Promise<{ mime: string }> {
  if (bytes.length === 0) throw certificateError(400, 'IMAGE_EMPTY', {}, [{ field: 'file', code: 'invalid' }]);
  if (bytes.length > MAX_IMAGE_BYTES) throw certificateError(413, 'IMAGE_TOO_LARGE', { limitKb: MAX_IMAGE_BYTES / 1024 });
  const detected = await fileTypeFromBuffer(bytes);
  const kind = detected ? IMAGE_TYPES[detected.ext] : undefined;
  const ext = path.extname(fileName).slice(1).toLowerCase();
  if (!kind || !kind.extensions.includes(ext)) throw certificateError(415, 'IMAGE_TYPE_NOT_ALLOWED', {}, [{ field: 'file', code: 'invalid' }]);
  try {
    // pdfkit draws only what it can parse (PNG incl. alpha, baseline JPEG): try it now rather than at issue.
    const probe = new PDFDocument({ size: [100, 100] });
    probe.image(bytes, 0, 0, { fit: [100, 100] });
    probe.end();
  } catch {
    throw certificateError(415, 'IMAGE_TYPE_NOT_ALLOWED', {}, [{ field: 'file', code: 'invalid' }]);
  }
  return { mime: kind.mime };
}

/**
 * Stores a new logo or signature and points the org's template at it. The previous image is kept: certificates
 * already issued name it in their snapshot. Audited.
 */
export async function uploadImage(ctx: AppContext, actor: Actor, source: AuditSource, orgId: string, image: TemplateImage, bytes: Buffer, fileName: string) {
  await editableOrg(ctx, actor, orgId);
  const { mime } = await checkImage(bytes, fileName);
  const key = `certificate-templates/${orgId}/${image}-${crypto.randomUUID()}`;
  await storageFor(ctx.config).put(Readable.from([bytes]), key);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await findTemplate(trx, orgId);
    await upsertTemplate(trx, orgId, {
      signatory_name_en: current?.signatory_name_en ?? null,
      signatory_name_hi: current?.signatory_name_hi ?? null,
      signatory_designation_en: current?.signatory_designation_en ?? null,
      signatory_designation_hi: current?.signatory_designation_hi ?? null,
      logo_key: image === 'logo' ? key : (current?.logo_key ?? null),
      logo_type: image === 'logo' ? mime : (current?.logo_type ?? null),
      signature_key: image === 'signature' ? key : (current?.signature_key ?? null),
      signature_type: image === 'signature' ? mime : (current?.signature_type ?? null),
      updated_by: actor.userId,
      updated_at: ctx.clock.now(),
    });
    await audit(trx, source, 'certificate_template.image_uploaded', { type: 'org', id: orgId, orgId }, { image, bytes: bytes.length, mime });
  });
  return getTemplate(ctx, actor, orgId);
}

/** Removes the logo or signature from the org's template (future certificates go without it); audited. */
export async function removeImage(ctx: AppContext, actor: Actor, source: AuditSource, orgId: string, image: TemplateImage) {
  await editableOrg(ctx, actor, orgId);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await findTemplate(trx, orgId);
    if (!current) return;
    await trx
      .updateTable('certificate_templates')
      .set(image === 'logo' ? { logo_key: null, logo_type: null } : { signature_key: null, signature_type: null })
      .where('org_id', '=', orgId)
      .execute();
    await audit(trx, source, 'certificate_template.image_removed', { type: 'org', id: orgId, orgId }, { image });
  });
  return getTemplate(ctx, actor, orgId);
}

/** The org's own logo or signature, for the admin's preview. */
export async function templateImage(ctx: AppContext, actor: Actor, orgId: string, image: TemplateImage) {
  await editableOrg(ctx, actor, orgId);
  const t = await findTemplate(ctx.db, orgId);
  const key = image === 'logo' ? t?.logo_key : t?.signature_key;
  const type = image === 'logo' ? t?.logo_type : t?.signature_type;
  const bytes = await readImage(ctx.config, key ?? null);
  if (!bytes || !type) throw certificateError(404, 'IMAGE_NOT_SET');
  return { bytes, type };
}

/** A sample certificate with the template that applies to the org, marked SAMPLE, for the admin to check the look. */
export async function templatePreview(ctx: AppContext, actor: Actor, orgId: string): Promise<Buffer> {
  const org = await editableOrg(ctx, actor, orgId);
  const [t] = await templatesAlong(ctx.db, org.path);
  const [logo, signature] = await Promise.all([readImage(ctx.config, t?.logo_key ?? null), readImage(ctx.config, t?.signature_key ?? null)]);
  const now = ctx.clock.now();
  const rendered = await renderCertificatePdf({
    number: 'KSH-0000-SAMP-LE00-0000',
    verifyUrl: `${ctx.config.publicUrl.replace(/\/$/, '')}/verify/KSH-0000-SAMP-LE00-0000`,
    kind: 'course',
    language: 'hi',
    holderName: { en: 'Kshama Trivedi Verma', hi: 'क्षमा त्रिवेदी वर्मा' },
    designation: { en: 'Tehsildar', hi: 'तहसीलदार' },
    holderOrg: { en: org.name_en, hi: org.name_hi },
    title: { en: 'Disaster Management for District Officers', hi: 'ज़िला अधिकारियों के लिए आपदा प्रबंधन' },
    completedAt: now,
    learningMinutes: 90,
    competencies: [{ name: 'आपदा प्रबंधन / Disaster management', level: 2 }],
    issuer: { en: org.name_en, hi: org.name_hi },
    signatory:
      t && (t.signatory_name_en || t.signatory_name_hi)
        ? {
            name: { en: t.signatory_name_en ?? undefined, hi: t.signatory_name_hi ?? undefined },
            designation: { en: t.signatory_designation_en ?? undefined, hi: t.signatory_designation_hi ?? undefined },
          }
        : null,
    logo,
    signature,
    issuedAt: now,
    sample: true,
  });
  return rendered.pdf;
}
