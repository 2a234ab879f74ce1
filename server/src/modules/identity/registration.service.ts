import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { AppContext } from '../../platform/context';
import { AppError, type FieldError } from '../../platform/errors';
import { audit } from '../../platform/audit';
import {
  allowedEmailDomains,
  designationsForOrg,
  emailDomain,
  findOrg,
  findOrgByRegistrationToken,
  isOfficialEmail,
  isWithin,
} from '../orgs';
import { notifyUser } from '../notifications';
import { identityErrors } from './identity.messages';
import { isGovernmentDomain, maskEmail, maskMobile, normaliseEmail, normaliseMobile } from './identifiers';
import { hashPassword, passwordProblem } from './passwords';
import { issueOtp, secondsUntilNextSend, verifyOtp } from './otp.service';
import { findOpenAccountsByIdentifiers, findUserById, insertUser } from './users.repo';
import type { RegistrationInputT, RegistrationT } from './registration.schema';
import { USER_AWAITING_APPROVAL, writeRegistrationStatus, writeUserActivated } from './user-events';

const fail = (status: number, code: keyof typeof identityErrors, field?: string, params: Record<string, unknown> = {}) =>
  new AppError(status, code, identityErrors[code], params, field ? [{ field, code, message: identityErrors[code] }] : []);

/** The unique indexes that guard one-person-one-account, and the error each means. */
const UNIQUE_TO_ERROR: Record<string, [keyof typeof identityErrors, string]> = {
  users_employee_id_uq: ['EMPLOYEE_ID_TAKEN', 'employeeId'],
  users_email_uq: ['EMAIL_TAKEN', 'email'],
  users_mobile_uq: ['MOBILE_TAKEN', 'mobile'],
};

/** Validates a registration against the org tree and existing accounts, stores it and sends both OTPs, all in one transaction. */
export async function register(ctx: AppContext, input: RegistrationInputT, ip: string | null): Promise<RegistrationT> {
  const email = normaliseEmail(input.email);
  const mobile = normaliseMobile(input.mobile);
  if (!mobile) throw fail(400, 'MOBILE_INVALID', 'mobile');
  const weak = passwordProblem(input.password);
  if (weak) throw fail(400, weak, 'password');
  const org = await findOrg(ctx.db, input.orgId);
  if (!org || org.status !== 'active') throw fail(400, 'ORG_UNKNOWN', 'orgId');
  let viaLink = false;
  if (input.registrationLink) {
    const linkOrg = await findOrgByRegistrationToken(ctx.db, input.registrationLink);
    if (!linkOrg || !isWithin(org.path, linkOrg.path)) throw fail(400, 'REGISTRATION_LINK_INVALID');
    viaLink = true;
  }
  await checkPlacement(ctx.db, org.path, input.designationId, email);
  const tenantId = org.tenant_id ?? org.id;
  const existing = await findOpenAccountsByIdentifiers(ctx.db, { tenantId, employeeId: input.employeeId, email, mobile });
  // An unverified registration holds nothing worth keeping: a new one with the same identifiers replaces it.
  ensureNoDuplicates(
    existing.filter((u) => u.status !== 'pending_verification'),
    { tenantId, employeeId: input.employeeId, email, mobile },
  );
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  const language = input.language ?? 'en';
  try {
    const userId = await ctx.db.transaction().execute(async (trx) => {
      const stale = existing.filter((u) => u.status === 'pending_verification').map((u) => u.id);
      if (stale.length > 0) {
        await trx
          .updateTable('users')
          .set({ status: 'rejected', rejection_reason: 'superseded by a newer registration', updated_at: now })
          .where('id', 'in', stale)
          .execute();
      }
      const id = await insertUser(
        trx,
        {
          tenant_id: tenantId,
          org_id: org.id,
          designation_id: input.designationId,
          employee_id: input.employeeId.trim(),
          full_name: input.fullName.trim(),
          full_name_hi: input.fullNameHi?.trim() || null,
          email,
          mobile,
          employee_group: input.employeeGroup,
          cadre: input.cadre?.trim() || null,
          service: input.service?.trim() || null,
          password_hash: passwordHash,
          password_changed_at: now,
          status: 'pending_verification',
          via_registration_link: viaLink,
          language,
          created_at: now,
        },
        { fromDate: now.toISOString().slice(0, 10), reason: 'registration' },
      );
      await issueOtp(trx, { userId: id, purpose: 'verify_email', channel: 'email', target: email, language, now });
      await issueOtp(trx, { userId: id, purpose: 'verify_mobile', channel: 'sms', target: mobile, language, now });
      await audit(trx, { actorId: id, ip }, 'registration.created', { type: 'user', id, orgId: org.id });
      return id;
    });
    return registrationView(ctx, userId);
  } catch (err) {
    throw duplicateFromUniqueViolation(err) ?? err;
  }
}

/** Checks that the designation is used in the org and that a government e-mail is on the org's allow-list. */
export async function checkPlacement(db: Kysely<DB> | Transaction<DB>, orgPath: string, designationId: string | null, email: string | null): Promise<void> {
  if (designationId !== null) {
    const designations = await designationsForOrg(db, orgPath);
    if (!designations.some((d) => d.id === designationId)) throw fail(400, 'DESIGNATION_NOT_IN_ORG', 'designationId');
  }
  if (email === null) return;
  const official = await isOfficialEmail(db, orgPath, email);
  if (!official && isGovernmentDomain(emailDomain(email))) {
    const domains = (await allowedEmailDomains(db, orgPath)).join(', ');
    throw fail(400, 'EMAIL_DOMAIN_NOT_ALLOWED', 'email', { domains });
  }
}

/** Throws one 409 naming every identifier (employee ID in the tenant, e-mail, mobile) that one of these accounts already uses. */
export function ensureNoDuplicates(
  blocking: { tenant_id: string; employee_id: string; email: string; mobile: string }[],
  ids: { tenantId: string; employeeId?: string; email?: string; mobile?: string },
): void {
  const conflicts: FieldError[] = [];
  const employeeId = ids.employeeId?.toLowerCase();
  if (employeeId && blocking.some((u) => u.tenant_id === ids.tenantId && u.employee_id.toLowerCase() === employeeId)) {
    conflicts.push({ field: 'employeeId', code: 'EMPLOYEE_ID_TAKEN', message: identityErrors.EMPLOYEE_ID_TAKEN });
  }
  if (ids.email && blocking.some((u) => u.email === ids.email)) conflicts.push({ field: 'email', code: 'EMAIL_TAKEN', message: identityErrors.EMAIL_TAKEN });
  if (ids.mobile && blocking.some((u) => u.mobile === ids.mobile)) conflicts.push({ field: 'mobile', code: 'MOBILE_TAKEN', message: identityErrors.MOBILE_TAKEN });
  const first = conflicts[0];
  if (first) {
    const code = first.code as keyof typeof identityErrors;
    throw new AppError(409, code, identityErrors[code], {}, conflicts);
  }
}

/** The identity error a unique-index violation means (a race the pre-check lost), or null for any other error. */
export function duplicateFromUniqueViolation(err: unknown): AppError | null {
  const constraint = (err as { constraint?: string }).constraint ?? '';
  const mapped = UNIQUE_TO_ERROR[constraint];
  return mapped ? fail(409, mapped[0], mapped[1]) : null;
}

/** What the person registering sees: status, masked addresses, verification and resend state. */
export async function registrationView(ctx: AppContext, userId: string): Promise<RegistrationT> {
  const user = await findUserById(ctx.db, userId);
  if (!user || user.status === 'merged') throw fail(404, 'REGISTRATION_NOT_FOUND');
  const now = ctx.clock.now();
  const [emailNext, smsNext] = await Promise.all([
    secondsUntilNextSend(ctx.db, user.email, now),
    secondsUntilNextSend(ctx.db, user.mobile, now),
  ]);
  return {
    id: user.id,
    status: user.status,
    emailMasked: maskEmail(user.email),
    mobileMasked: maskMobile(user.mobile),
    emailVerified: user.email_verified_at !== null,
    mobileVerified: user.mobile_verified_at !== null,
    resend: { email: { availableInSeconds: emailNext.seconds }, sms: { availableInSeconds: smsNext.seconds } },
    rejectionReason: user.status === 'rejected' ? user.rejection_reason : null,
  };
}

async function pendingRegistration(ctx: AppContext, userId: string) {
  const user = await findUserById(ctx.db, userId);
  if (!user || user.status === 'merged' || (user.status === 'rejected' && user.rejection_reason?.startsWith('superseded'))) {
    throw fail(404, 'REGISTRATION_NOT_FOUND');
  }
  if (user.status !== 'pending_verification') throw fail(409, 'REGISTRATION_ALREADY_VERIFIED');
  return user;
}

/** Checks one OTP; when both are verified the account activates (official domain or link) or joins the approval queue. */
export async function verifyRegistration(ctx: AppContext, userId: string, channel: 'email' | 'sms', code: string, ip: string | null): Promise<RegistrationT> {
  const user = await pendingRegistration(ctx, userId);
  const now = ctx.clock.now();
  const alreadyVerified = channel === 'email' ? user.email_verified_at : user.mobile_verified_at;
  if (alreadyVerified) return registrationView(ctx, userId);
  await verifyOtp(ctx.db, { userId, purpose: channel === 'email' ? 'verify_email' : 'verify_mobile', code, now });
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('users')
      .set(channel === 'email' ? { email_verified_at: now, updated_at: now } : { mobile_verified_at: now, updated_at: now })
      .where('id', '=', userId)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (!updated.email_verified_at || !updated.mobile_verified_at || updated.status !== 'pending_verification') return;
    const org = await findOrg(trx, updated.org_id);
    const official = org ? await isOfficialEmail(trx, org.path, updated.email) : false;
    const instant = official || updated.via_registration_link;
    await trx
      .updateTable('users')
      .set({ status: instant ? 'active' : 'pending_approval', activation: instant ? (official ? 'domain' : 'link') : null, updated_at: now })
      .where('id', '=', userId)
      .execute();
    await audit(trx, { actorId: userId, ip }, instant ? 'registration.activated' : 'registration.awaiting_approval', {
      type: 'user',
      id: userId,
      orgId: updated.org_id,
    });
    const recipient = { ...updated, notification_prefs: null };
    if (instant) await writeUserActivated(trx, userId);
    else await writeRegistrationStatus(trx, USER_AWAITING_APPROVAL, userId);
    if (instant) await notifyUser(trx, recipient, 'registration_approved', { name: updated.full_name, url: ctx.config.publicUrl }, { channels: ['email', 'inapp'] });
    else await notifyUser(trx, recipient, 'registration_pending', { name: updated.full_name }, { channels: ['email'] });
  });
  return registrationView(ctx, userId);
}

/** Sends a new code for one channel, within the cool-down and the hourly and daily limits. */
export async function resendRegistrationOtp(ctx: AppContext, userId: string, channel: 'email' | 'sms'): Promise<RegistrationT> {
  const user = await pendingRegistration(ctx, userId);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute((trx) =>
    issueOtp(trx, {
      userId,
      purpose: channel === 'email' ? 'verify_email' : 'verify_mobile',
      channel,
      target: channel === 'email' ? user.email : user.mobile,
      language: user.language,
      now,
    }),
  );
  return registrationView(ctx, userId);
}
