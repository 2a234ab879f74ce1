import type { Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/database';
import type { NotificationPrefs } from '../../db/column-types';
import { errors } from '../../platform/errors';
import type { Me, Posting } from './me.schema';

const DEFAULT_PREFS: NotificationPrefs = { email: true, sms: true, inapp: true };

/** The signed-in person's own profile, with org, designation and roles named in both languages. */
export async function loadMe(db: Kysely<DB>, userId: string): Promise<Static<typeof Me>> {
  const user = await db
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.org_id')
    .leftJoin('designations', 'designations.id', 'users.designation_id')
    .select([
      'users.id',
      'users.employee_id',
      'users.full_name',
      'users.full_name_hi',
      'users.email',
      'users.mobile',
      'users.status',
      'users.employee_group',
      'users.cadre',
      'users.service',
      'users.language',
      'users.notification_prefs',
      'orgs.id as org_id',
      'orgs.name_en as org_en',
      'orgs.name_hi as org_hi',
      'designations.id as d_id',
      'designations.name_en as d_en',
      'designations.name_hi as d_hi',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!user) throw errors.notFound();
  const roles = await db
    .selectFrom('role_assignments')
    .innerJoin('orgs', 'orgs.id', 'role_assignments.org_id')
    .select(['role_assignments.role', 'orgs.id', 'orgs.name_en', 'orgs.name_hi'])
    .where('role_assignments.user_id', '=', userId)
    .execute();
  return {
    id: user.id,
    employeeId: user.employee_id,
    fullName: user.full_name,
    fullNameHi: user.full_name_hi,
    email: user.email,
    mobile: user.mobile,
    status: user.status,
    org: { id: user.org_id, nameEn: user.org_en, nameHi: user.org_hi },
    designation: user.d_id ? { id: user.d_id, nameEn: user.d_en ?? '', nameHi: user.d_hi ?? '' } : null,
    employeeGroup: user.employee_group,
    cadre: user.cadre,
    service: user.service,
    language: user.language,
    notificationPrefs: user.notification_prefs ?? DEFAULT_PREFS,
    roles: roles.map((r) => ({ role: r.role, orgId: r.id, orgNameEn: r.name_en, orgNameHi: r.name_hi })),
  };
}

/** Posting history, newest first. */
export async function loadPostings(db: Kysely<DB>, userId: string): Promise<Static<typeof Posting>[]> {
  const rows = await db
    .selectFrom('postings')
    .innerJoin('orgs', 'orgs.id', 'postings.org_id')
    .leftJoin('designations', 'designations.id', 'postings.designation_id')
    .select([
      'postings.from_date',
      'postings.to_date',
      'postings.reason',
      'orgs.id as org_id',
      'orgs.name_en as org_en',
      'orgs.name_hi as org_hi',
      'designations.id as d_id',
      'designations.name_en as d_en',
      'designations.name_hi as d_hi',
    ])
    .where('postings.user_id', '=', userId)
    .orderBy('postings.from_date', 'desc')
    .orderBy('postings.created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    org: { id: r.org_id, nameEn: r.org_en, nameHi: r.org_hi },
    designation: r.d_id ? { id: r.d_id, nameEn: r.d_en ?? '', nameHi: r.d_hi ?? '' } : null,
    fromDate: r.from_date,
    toDate: r.to_date,
    reason: r.reason,
  }));
}
