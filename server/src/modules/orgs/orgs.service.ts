import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';
import { ancestry } from './orgs.repo';

type Q = Kysely<DB> | Transaction<DB>;

/** The domain part of an e-mail address, lower-cased. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Official domains allowed for an org: its own plus those of every ancestor. */
export async function allowedEmailDomains(db: Q, orgPath: string): Promise<string[]> {
  const chain = await ancestry(db, orgPath);
  return [...new Set(chain.flatMap((o) => o.email_domains))];
}

/** True when an address is on the org's (inherited) allow-list; subdomains of an allowed domain count. */
export async function isOfficialEmail(db: Q, orgPath: string, email: string): Promise<boolean> {
  return onOfficialDomain(email, await allowedEmailDomains(db, orgPath));
}

/** Whether an e-mail is on one of the given official domains (or a subdomain of one). */
export function onOfficialDomain(email: string, allowed: readonly string[]): boolean {
  const domain = emailDomain(email);
  return allowed.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** True when `path` lies inside the subtree rooted at `rootPath`. */
export function isWithin(path: string, rootPath: string): boolean {
  return path.startsWith(rootPath);
}
