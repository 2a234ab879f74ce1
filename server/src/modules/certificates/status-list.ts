import zlib from 'node:zlib';
import type { JsonObject } from './credential-proof';

/**
 * W3C Bitstring Status List v1.0, written from the specification: a list is a bitstring of STATUS_LIST_SIZE
 * entries (the spec's minimum, 16 KB), index 0 the left-most (most significant) bit of the first byte, GZIP-compressed
 * and encoded as multibase base64url without padding ('u' prefix) in `credentialSubject.encodedList`.
 */

/** Entries per list: 131,072 bits = 16 KB, the minimum the specification allows (group privacy). */
export const STATUS_LIST_SIZE = 131_072;
/** The one status purpose we publish: a revoked or replaced certificate has its bit set, for good. */
export const STATUS_PURPOSE = 'revocation';

/** The encodedList of a bitstring of `size` bits in which exactly `setIndexes` are 1. */
export function encodeStatusList(setIndexes: Iterable<number>, size = STATUS_LIST_SIZE): string {
  const bits = Buffer.alloc(size / 8);
  for (const i of setIndexes) {
    if (!Number.isInteger(i) || i < 0 || i >= size) throw new RangeError(`status index ${i} outside the list`);
    bits[i >> 3] = (bits[i >> 3] ?? 0) | (0x80 >> (i & 7));
  }
  return `u${zlib.gzipSync(bits, { level: 9 }).toString('base64url')}`;
}

/** The bitstring of an encodedList (throws when it is not multibase base64url GZIP data). */
export function decodeStatusList(encodedList: string): Buffer {
  if (!encodedList.startsWith('u')) throw new Error('encodedList is not multibase base64url');
  return zlib.gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
}

/** The bit at an index of a decoded bitstring. */
export function statusBit(bits: Buffer, index: number): boolean {
  if (index < 0 || index >= bits.length * 8) throw new RangeError('status index outside the list');
  return ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}

/** Where list `listId` is published (under the issuer's origin, so it resolves as long as the issuer's DID does). */
export function statusListUrl(baseUrl: string, listId: number): string {
  return `${baseUrl.replace(/\/$/, '')}/api/v1/credential-status/${listId}`;
}

/** The list, index and `credentialStatus` (a BitstringStatusListEntry) of a global status position. */
export function statusEntry(baseUrl: string, position: number): { listId: number; index: number; credentialStatus: JsonObject } {
  const listId = Math.floor(position / STATUS_LIST_SIZE);
  const index = position % STATUS_LIST_SIZE;
  const url = statusListUrl(baseUrl, listId);
  return {
    listId,
    index,
    credentialStatus: { id: `${url}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: STATUS_PURPOSE, statusListIndex: String(index), statusListCredential: url },
  };
}

/** The unsigned BitstringStatusListCredential of a list. */
export function buildStatusListCredential(o: { baseUrl: string; did: string; listId: number; setIndexes: number[]; validFrom: string }): JsonObject {
  const url = statusListUrl(o.baseUrl, o.listId);
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: o.did,
    validFrom: o.validFrom,
    credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: STATUS_PURPOSE, encodedList: encodeStatusList(o.setIndexes) },
  };
}
