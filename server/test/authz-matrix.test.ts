import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './harness';
import { designationId, makeUser, orgId, TEST_PASSWORD, uniqueMobile, type MadeUser } from './factories';
import { grantRole } from '../src/modules/identity/users.repo';
import { insertOrg } from '../src/modules/orgs/orgs.repo';

/**
 * Every role × every admin endpoint, aimed at people in UP-SW-LKO (Social Welfare, Lucknow).
 * Admins over that office (the Social Welfare MDO admin, the UP state admin, the platform admin)
 * succeed; everyone else gets 403 and changes nothing; an anonymous caller gets 401.
 */
type Who = 'learner' | 'swAdmin' | 'revAdmin' | 'leader' | 'creator' | 'reviewer' | 'publisher' | 'stateAdmin' | 'platformAdmin' | 'anonymous';
const EVERYONE: Who[] = ['learner', 'swAdmin', 'revAdmin', 'leader', 'creator', 'reviewer', 'publisher', 'stateAdmin', 'platformAdmin', 'anonymous'];
const OVER_TARGET: Who[] = ['swAdmin', 'stateAdmin', 'platformAdmin'];

interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  /** The id that must not appear in a list answered to an admin of another department. */
  hidden?: string;
}
interface Case {
  name: string;
  ok: number;
  /** Who succeeds; default: the admins over UP-SW-LKO. */
  allowed?: Who[];
  /** Who gets an answer filtered to their own subtree (200 without the target). */
  filtered?: Who[];
  setup(): Promise<Call>;
}

let t: TestApp;
const clients = new Map<Who, TestClient>();
let platformUser: MadeUser;
const ids: Record<string, string> = {};
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  for (const code of ['UP-SW-LKO', 'UP-SW', 'UP-REV-LKO', 'UP-MH-BAH']) ids[code] = await orgId(t.ctx, code);
  ids.DSWO = await designationId(t.ctx, 'DSWO');
  const people: [Who, Parameters<typeof makeUser>[1]][] = [
    ['learner', { org: 'UP-SW-LKO' }],
    ['swAdmin', { org: 'UP-SW', roles: [{ role: 'mdo_admin', org: 'UP-SW' }] }],
    ['revAdmin', { org: 'UP-REV', roles: [{ role: 'mdo_admin', org: 'UP-REV' }] }],
    ['leader', { org: 'UP-SW', roles: [{ role: 'mdo_leader', org: 'UP-SW' }] }],
    ['creator', { org: 'UP-SW', roles: [{ role: 'content_creator', org: 'UP-SW' }] }],
    ['reviewer', { org: 'UP-SW', roles: [{ role: 'content_reviewer', org: 'UP-SW' }] }],
    ['publisher', { org: 'UP-SW', roles: [{ role: 'content_publisher', org: 'UP-SW' }] }],
    ['stateAdmin', { org: 'UP', roles: [{ role: 'state_admin', org: 'UP' }] }],
    ['platformAdmin', { org: 'DOPT', roles: [{ role: 'platform_admin', org: 'IN' }] }],
  ];
  await Promise.all(
    people.map(async ([who, opts]) => {
      const user = await makeUser(t.ctx, opts);
      if (who === 'platformAdmin') platformUser = user;
      clients.set(who, await t.client().signIn(user.email, TEST_PASSWORD));
    }),
  );
  clients.set('anonymous', t.client());
});
afterAll(async () => {
  await t?.close();
});

const target = (status?: 'pending_approval' | 'deactivated') => makeUser(t.ctx, { org: 'UP-SW-LKO', designation: 'DSWO', ...(status ? { status } : {}) });

async function pendingTransfer(userOrg: string, toOrg: string): Promise<string> {
  const u = await makeUser(t.ctx, { org: userOrg });
  const row = await t.ctx.db
    .insertInto('transfers')
    .values({ user_id: u.id, from_org_id: u.orgId, to_org_id: ids[toOrg] ?? '', effective_date: today, requested_by: platformUser.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function pendingProfileChange(): Promise<string> {
  const u = await makeUser(t.ctx, { org: 'UP-MH-BAH' });
  const row = await t.ctx.db
    .insertInto('profile_change_requests')
    .values({ user_id: u.id, org_id: ids['UP-SW-LKO'] ?? '', designation_id: ids.DSWO ?? '', effective_date: today })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const CASES: Case[] = [
  { name: 'list registrations of UP-SW-LKO', ok: 200, setup: async () => ({ method: 'GET', url: `/api/admin/registrations?orgId=${ids['UP-SW-LKO']}` }) },
  {
    name: 'list registrations',
    ok: 200,
    filtered: ['revAdmin'],
    setup: async () => ({ method: 'GET', url: '/api/admin/registrations', hidden: (await target('pending_approval')).id }),
  },
  { name: 'approve registration', ok: 200, setup: async () => ({ method: 'POST', url: `/api/admin/registrations/${(await target('pending_approval')).id}/approve` }) },
  {
    name: 'reject registration',
    ok: 200,
    setup: async () => ({ method: 'POST', url: `/api/admin/registrations/${(await target('pending_approval')).id}/reject`, body: { reason: 'Not on the roll' } }),
  },
  {
    name: 'undo a registration decision',
    ok: 200,
    setup: async () => {
      const id = (await target('pending_approval')).id;
      const approved = await clients.get('platformAdmin')?.post(`/api/admin/registrations/${id}/approve`);
      if (approved?.status !== 200) throw new Error('approval for the undo case failed');
      return { method: 'POST', url: `/api/admin/registrations/${id}/undo` };
    },
  },
  { name: 'list users of UP-SW-LKO', ok: 200, setup: async () => ({ method: 'GET', url: `/api/admin/users?orgId=${ids['UP-SW-LKO']}` }) },
  {
    name: 'search users',
    ok: 200,
    filtered: ['revAdmin'],
    setup: async () => {
      const u = await target();
      return { method: 'GET', url: `/api/admin/users?q=${u.employeeId}`, hidden: u.id };
    },
  },
  { name: 'read a user', ok: 200, setup: async () => ({ method: 'GET', url: `/api/admin/users/${(await target()).id}` }) },
  {
    name: 'create a user',
    ok: 201,
    setup: async () => {
      const tag = Math.random().toString(36).slice(2, 9);
      const body = { employeeId: `M-${tag}`, fullName: 'Matrix Person', email: `m.${tag}@up.gov.in`, mobile: uniqueMobile(), orgId: ids['UP-SW-LKO'], designationId: ids.DSWO, employeeGroup: 'C' };
      return { method: 'POST', url: '/api/admin/users', body };
    },
  },
  { name: 'edit a user', ok: 200, setup: async () => ({ method: 'PATCH', url: `/api/admin/users/${(await target()).id}`, body: { fullName: 'Changed Name' } }) },
  { name: 'deactivate', ok: 200, setup: async () => ({ method: 'POST', url: `/api/admin/users/${(await target()).id}/deactivate`, body: { reason: 'Retired' } }) },
  { name: 'reactivate', ok: 200, setup: async () => ({ method: 'POST', url: `/api/admin/users/${(await target('deactivated')).id}/reactivate` }) },
  {
    name: 'grant a role',
    ok: 200,
    setup: async () => ({ method: 'POST', url: `/api/admin/users/${(await target()).id}/roles`, body: { role: 'content_creator', orgId: ids['UP-SW-LKO'] } }),
  },
  {
    name: 'remove a role',
    ok: 200,
    setup: async () => {
      const u = await target();
      await grantRole(t.ctx.db, u.id, 'content_creator', ids['UP-SW-LKO'] ?? '', null);
      return { method: 'DELETE', url: `/api/admin/users/${u.id}/roles?role=content_creator&orgId=${ids['UP-SW-LKO']}` };
    },
  },
  {
    name: 'start a transfer',
    ok: 201,
    setup: async () => ({ method: 'POST', url: `/api/admin/users/${(await target()).id}/transfer`, body: { toOrgId: ids['UP-REV-LKO'], effectiveDate: today } }),
  },
  {
    name: 'list incoming transfers',
    ok: 200,
    filtered: ['revAdmin'],
    setup: async () => ({ method: 'GET', url: '/api/admin/transfers?direction=incoming', hidden: await pendingTransfer('UP-MH-BAH', 'UP-SW-LKO') }),
  },
  { name: 'accept a transfer into UP-SW-LKO', ok: 200, setup: async () => ({ method: 'POST', url: `/api/admin/transfers/${await pendingTransfer('UP-MH-BAH', 'UP-SW-LKO')}/accept` }) },
  {
    name: 'reject a transfer into UP-SW-LKO',
    ok: 200,
    setup: async () => ({ method: 'POST', url: `/api/admin/transfers/${await pendingTransfer('UP-MH-BAH', 'UP-SW-LKO')}/reject`, body: { reason: 'No post' } }),
  },
  { name: 'cancel a transfer out of UP-SW-LKO', ok: 200, setup: async () => ({ method: 'POST', url: `/api/admin/transfers/${await pendingTransfer('UP-SW-LKO', 'UP-MH-BAH')}/cancel` }) },
  {
    name: 'merge two users',
    ok: 200,
    setup: async () => {
      const [dup, keep] = await Promise.all([target(), target()]);
      return { method: 'POST', url: `/api/admin/users/${dup.id}/merge`, body: { intoUserId: keep.id } };
    },
  },
  {
    name: 'list profile changes',
    ok: 200,
    filtered: ['revAdmin'],
    setup: async () => ({ method: 'GET', url: '/api/admin/profile-changes', hidden: await pendingProfileChange() }),
  },
  { name: 'approve a profile change', ok: 200, setup: async () => ({ method: 'POST', url: `/api/admin/profile-changes/${await pendingProfileChange()}/approve` }) },
  {
    name: 'reject a profile change',
    ok: 200,
    setup: async () => ({ method: 'POST', url: `/api/admin/profile-changes/${await pendingProfileChange()}/reject`, body: { reason: 'Wrong office' } }),
  },
  { name: 'read the audit log', ok: 200, allowed: ['stateAdmin', 'platformAdmin'], setup: async () => ({ method: 'GET', url: '/api/admin/audit' }) },
  { name: 'read message delivery', ok: 200, setup: async () => ({ method: 'GET', url: `/api/admin/messages?userId=${(await target()).id}` }) },
  { name: 'read the registration link', ok: 200, setup: async () => ({ method: 'GET', url: `/api/admin/orgs/${ids['UP-SW-LKO']}/registration-link` }) },
  { name: 'list the org tree', ok: 200, filtered: ['revAdmin'], setup: async () => ({ method: 'GET', url: '/api/admin/orgs', hidden: ids['UP-SW-LKO'] }) },
  {
    name: 'create an office under UP-SW-LKO',
    ok: 201,
    setup: async () => ({ method: 'POST', url: '/api/admin/orgs', body: { parentId: ids['UP-SW-LKO'], type: 'office', code: `AZ-${(orgSeq += 1)}-${Date.now()}`, nameEn: 'New office', nameHi: 'नया कार्यालय' } }),
  },
  { name: 'rename an office in UP-SW-LKO', ok: 200, setup: async () => ({ method: 'PATCH', url: `/api/admin/orgs/${await freshOffice()}`, body: { nameEn: 'Renamed', nameHi: 'नया नाम' } }) },
  {
    name: 'move an office in UP-SW-LKO',
    ok: 200,
    allowed: ['stateAdmin', 'platformAdmin'],
    setup: async () => ({ method: 'POST', url: `/api/admin/orgs/${await freshOffice()}/move`, body: { parentId: ids['UP-SW'] } }),
  },
  { name: 'close an office in UP-SW-LKO', ok: 200, allowed: ['stateAdmin', 'platformAdmin'], setup: async () => ({ method: 'POST', url: `/api/admin/orgs/${await freshOffice()}/close`, body: {} }) },
];

let orgSeq = 0;
/** An empty office under UP-SW-LKO, made directly (no audit row, no event). */
async function freshOffice(): Promise<string> {
  orgSeq += 1;
  return (await insertOrg(t.ctx.db, { parentId: ids['UP-SW-LKO'] ?? null, type: 'office', code: `AZF-${orgSeq}-${Date.now()}`, nameEn: 'Office', nameHi: 'कार्यालय' })).id;
}

/** A fingerprint of everything an admin action could change. */
async function snapshot(): Promise<unknown> {
  const { rows } = await sql<Record<string, unknown>>`
    SELECT (SELECT count(*) FROM audit_log) AS audit,
           (SELECT count(*) FROM outbox) AS outbox,
           (SELECT count(*) FROM messages) AS messages,
           (SELECT count(*) FROM role_assignments) AS roles,
           (SELECT count(*) FROM merges) AS merges,
           (SELECT count(*) FROM postings) AS postings,
           (SELECT coalesce(string_agg(status, ',' ORDER BY id), '') FROM transfers) AS transfers,
           (SELECT coalesce(string_agg(status, ',' ORDER BY id), '') FROM profile_change_requests) AS profile_changes,
           (SELECT coalesce(string_agg(registration_token, ',' ORDER BY id), '') FROM orgs) AS links,
           (SELECT md5(string_agg(concat_ws('|', id, path, status, name_en, name_hi), ',' ORDER BY id)) FROM orgs) AS orgs,
           (SELECT md5(string_agg(concat_ws('|', id, status, org_id, designation_id, email, mobile, full_name, merged_into), ',' ORDER BY id)) FROM users) AS users
  `.execute(t.ctx.db);
  return rows[0];
}

function expected(c: Case, who: Who): number {
  if (who === 'anonymous') return 401;
  if ((c.allowed ?? OVER_TARGET).includes(who) || c.filtered?.includes(who)) return c.ok;
  return 403;
}

describe.each(CASES)('$name', (c) => {
  it.each(EVERYONE)('%s', async (who) => {
    const call = await c.setup();
    const client = clients.get(who);
    if (!client) throw new Error(`no client for ${who}`);
    const want = expected(c, who);
    const before = want === c.ok ? null : await snapshot();
    const res = await client.request(call.method, call.url, call.body);
    expect(res.status, JSON.stringify(res.body)).toBe(want);
    if (before !== null) {
      expect(res.body.error.code).toBe(want === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(await snapshot()).toEqual(before);
    }
    if (call.hidden && c.filtered?.includes(who)) expect(JSON.stringify(res.body)).not.toContain(call.hidden);
    if (call.hidden && (c.allowed ?? OVER_TARGET).includes(who)) expect(JSON.stringify(res.body)).toContain(call.hidden);
  });
});
