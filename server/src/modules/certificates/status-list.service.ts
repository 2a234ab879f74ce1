import type { AppContext } from '../../platform/context';
import { credentialDate, signCredential } from './credential';
import { findStatusList, revokedIndexes, storeSignedList } from './credential-status.repo';
import { activeSigningKey } from './signing-keys';
import { certificateError } from './certificates.messages';
import { buildStatusListCredential } from './status-list';

/** A published status list: its signed credential (text, as signed) and the revision it shows. */
export interface PublishedStatusList {
  json: string;
  revision: number;
}

/**
 * The signed BitstringStatusListCredential of a list, or null for a list that does not exist. The signed text is
 * stored; it is rebuilt (bits read, signed with the active key) only when a bit was set since (the list's revision
 * moved on) or the key rotated, so serving it is one row read. Two processes rebuilding at once store one of two
 * equivalent lists.
 */
export async function publishedStatusList(ctx: AppContext, listId: number): Promise<PublishedStatusList | null> {
  const row = await findStatusList(ctx.db, listId);
  if (!row) return null;
  const key = await activeSigningKey(ctx).catch((err: unknown) => {
    // Cannot sign now (SECRETS_KEY missing or wrong): the last signed list is still true up to its revision.
    ctx.log.error({ err: (err as Error).message }, 'status list signing key unavailable');
    return null;
  });
  if (!key) {
    if (row.credential) return { json: row.credential, revision: row.signed_revision };
    throw certificateError(503, 'SIGNING_UNAVAILABLE');
  }
  if (row.credential && row.signed_revision === row.revision && row.key_id === key.id) return { json: row.credential, revision: row.revision };
  // Bits are read after the revision, so what is signed is at least as new as the revision it is stored under.
  const setIndexes = await revokedIndexes(ctx.db, listId);
  // Signed as the issuer the list was opened for (the DID its credentials name), with the active key.
  const now = ctx.clock.now();
  const unsigned = buildStatusListCredential({ baseUrl: row.base_url, did: row.issuer_did, listId, setIndexes, validFrom: credentialDate(now) });
  const json = JSON.stringify(await signCredential(unsigned, key, row.issuer_did, now));
  await storeSignedList(ctx.db, listId, row.revision, key.id, json, now);
  return { json, revision: row.revision };
}
