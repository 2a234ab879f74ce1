import type { Kysely } from 'kysely';
import type { DB } from '../../db/database';
import type { PreviousIssuer } from './certificates.tables';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { findIssuer, insertIssuerIfNone, lockIssuer, startNextStatusList, updateIssuer } from './credential-status.repo';
import { platformDid } from './signing-keys';
import { STATUS_LIST_SIZE } from './status-list';

/**
 * The issuer's identity is fixed once and stored (`certificate_issuer`): at first start from ISSUER_DID, else from
 * the host of PUBLIC_URL. It is never re-derived, so moving the site to another PUBLIC_URL changes neither old
 * credentials (they are stored as signed) nor the issuer of new ones. `baseUrl` is the origin the did:web resolves to
 * (its DID document and the status lists are published there).
 */

/** The stored issuer. */
export interface IssuerIdentity {
  did: string;
  baseUrl: string;
  /** Issuers replaced by explicit migrations: their credentials still name them. */
  previous: PreviousIssuer[];
}

const CACHE_MS = 30_000;
const cache = new WeakMap<Kysely<DB>, { issuer: IssuerIdentity; until: number }>();

/** The origin a did:web (of a host, optionally %3A-port) resolves to. */
export function didWebOrigin(did: string): string {
  const host = decodeURIComponent(did.replace(/^did:web:/, ''));
  return `${/^(localhost|127\.0\.0\.1)(:|$)/.test(host) ? 'http' : 'https'}://${host}`;
}

/** What the first start stores: ISSUER_DID if set, else the DID of PUBLIC_URL's host with PUBLIC_URL's origin. */
export function initialIssuer(config: AppContext['config']): IssuerIdentity {
  if (config.issuerDid) return { did: config.issuerDid, baseUrl: didWebOrigin(config.issuerDid), previous: [] };
  return { did: platformDid(config.publicUrl), baseUrl: new URL(config.publicUrl).origin, previous: [] };
}

/** Drops this process's cached issuer (after an explicit migration). */
export function forgetIssuer(db: Kysely<DB>): void {
  cache.delete(db);
}

/** The stored issuer, stored now from the configuration if this is the first start. */
export async function issuerIdentity(ctx: AppContext): Promise<IssuerIdentity> {
  const cached = cache.get(ctx.db);
  if (cached && cached.until > Date.now()) return cached.issuer;
  let row = await findIssuer(ctx.db);
  if (!row) {
    const first = initialIssuer(ctx.config);
    await insertIssuerIfNone(ctx.db, first.did, first.baseUrl);
    row = await findIssuer(ctx.db);
    if (!row) throw new Error('no issuer after storing one');
  }
  const issuer = { did: row.did, baseUrl: row.base_url, previous: row.previous };
  if (ctx.config.issuerDid && ctx.config.issuerDid !== issuer.did) {
    ctx.log.warn({ configured: ctx.config.issuerDid, stored: issuer.did }, 'ISSUER_DID differs from the stored issuer; the stored one is used');
  }
  cache.set(ctx.db, { issuer, until: Date.now() + CACHE_MS });
  return issuer;
}

/** The issuer DID whose document a request for /.well-known/did.json on `host` asks for (a previous one by its host). */
export function didForHost(issuer: IssuerIdentity, host: string | undefined): string {
  const hostOf = (did: string) => decodeURIComponent(did.replace(/^did:web:/, '')).toLowerCase();
  const match = issuer.previous.find((p) => host !== undefined && hostOf(p.did) === host.toLowerCase());
  return match?.did ?? issuer.did;
}

/**
 * An admin's explicit migration to another issuer DID (the only way the issuer changes): new credentials name the
 * new DID and get status lists of their own; the old DID is kept, and its DID document is still served to requests
 * for its host, so old credentials keep verifying as long as that host points here. Audited.
 */
export async function migrateIssuer(ctx: AppContext, source: AuditSource, did: string): Promise<IssuerIdentity> {
  const current = await issuerIdentity(ctx);
  if (current.did === did) return current;
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await lockIssuer(trx);
    if (!row || row.did === did) return;
    const previous = [...row.previous.filter((p) => p.did !== did), { did: row.did, baseUrl: row.base_url, until: now.toISOString() }];
    await updateIssuer(trx, did, didWebOrigin(did), previous, now);
    await startNextStatusList(trx, STATUS_LIST_SIZE);
    await audit(trx, source, 'certificates.issuer_migrated', { type: 'certificate_issuer', id: did }, { from: row.did });
  });
  forgetIssuer(ctx.db);
  return issuerIdentity(ctx);
}
