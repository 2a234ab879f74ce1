import crypto, { type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import { base58 } from '@scure/base';

/**
 * Data Integrity proofs with the `eddsa-jcs-2022` cryptosuite (W3C vc-di-eddsa): JCS (RFC 8785) canonical JSON,
 * SHA-256 of the proof configuration followed by SHA-256 of the document, signed with Ed25519; the public key is a
 * Multikey (`z` + base58btc of 0xed01 ‖ key). Written against the specification's test vectors (see the tests).
 */

const ED25519_PUB_PREFIX = Uint8Array.from([0xed, 0x01]);
const ED25519_PRIV_PREFIX = Uint8Array.from([0x80, 0x26]);
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export type JsonObject = { [key: string]: unknown };

/** A Data Integrity proof as embedded in a credential. */
export interface DataIntegrityProof {
  type: 'DataIntegrityProof';
  cryptosuite: 'eddsa-jcs-2022';
  created: string;
  verificationMethod: string;
  proofPurpose: 'assertionMethod';
  '@context'?: unknown;
  proofValue: string;
}

function jcs(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value cannot be canonicalised');
  return text;
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest();

/** The bytes an eddsa-jcs-2022 signature covers: hash(proof configuration) ‖ hash(document without proof). */
export function proofHashData(document: JsonObject, proofConfig: JsonObject): Buffer {
  return Buffer.concat([sha256(jcs(proofConfig)), sha256(jcs(document))]);
}

/** The raw 32-byte Ed25519 public key of a key object. */
export function rawPublicKey(key: KeyObject): Uint8Array {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || !jwk.x) throw new Error('not an Ed25519 key');
  return Buffer.from(jwk.x, 'base64url');
}

/** Multikey encoding of an Ed25519 public key. */
export function publicKeyMultibase(key: KeyObject): string {
  return `z${base58.encode(Buffer.concat([ED25519_PUB_PREFIX, rawPublicKey(key)]))}`;
}

/** The Ed25519 public key of a Multikey string; throws on anything else. */
export function publicKeyFromMultibase(multibase: string): KeyObject {
  if (!multibase.startsWith('z')) throw new Error('expected base58btc multibase');
  const bytes = base58.decode(multibase.slice(1));
  if (bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) throw new Error('not an Ed25519 Multikey');
  return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(bytes.slice(2)).toString('base64url') }, format: 'jwk' });
}

/** An Ed25519 private key from a 32-byte seed, or from a `z…` multibase private key (multicodec 0x8026). */
export function privateKeyFromSeed(seed: Uint8Array | string): KeyObject {
  let raw: Uint8Array;
  if (typeof seed === 'string') {
    const bytes = base58.decode(seed.replace(/^z/, ''));
    if (bytes[0] !== ED25519_PRIV_PREFIX[0] || bytes[1] !== ED25519_PRIV_PREFIX[1]) throw new Error('not an Ed25519 private Multikey');
    raw = bytes.slice(2);
  } else raw = seed;
  if (raw.length !== 32) throw new Error('an Ed25519 seed is 32 bytes');
  return crypto.createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, raw]), format: 'der', type: 'pkcs8' });
}

/** Adds an eddsa-jcs-2022 proof to a document (which must not have one yet). */
export function signDocument(document: JsonObject, opts: { privateKey: KeyObject; verificationMethod: string; created: string }): JsonObject {
  if ('proof' in document) throw new Error('document already has a proof');
  const config: JsonObject = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    created: opts.created,
    verificationMethod: opts.verificationMethod,
    proofPurpose: 'assertionMethod',
  };
  if (document['@context'] !== undefined) config['@context'] = document['@context'];
  const signature = crypto.sign(null, proofHashData(document, config), opts.privateKey);
  return { ...document, proof: { ...config, proofValue: `z${base58.encode(signature)}` } };
}

/** The outcome of checking a proof. */
export type ProofCheck = { valid: true; verificationMethod: string } | { valid: false; reason: string };

/**
 * Checks a document's eddsa-jcs-2022 proof with the key `resolveKey` returns for its verification method
 * (null: unknown key). Needs nothing from the issuer but the public key.
 */
export function verifyDocument(signed: JsonObject, resolveKey: (verificationMethod: string) => KeyObject | null): ProofCheck {
  const { proof, ...document } = signed;
  if (!proof || typeof proof !== 'object' || Array.isArray(proof)) return { valid: false, reason: 'no proof' };
  const { proofValue, ...config } = proof as JsonObject;
  if (config.type !== 'DataIntegrityProof' || config.cryptosuite !== 'eddsa-jcs-2022') return { valid: false, reason: 'unsupported proof type' };
  if (config.proofPurpose !== 'assertionMethod') return { valid: false, reason: 'wrong proof purpose' };
  if (typeof proofValue !== 'string' || !proofValue.startsWith('z')) return { valid: false, reason: 'malformed proof value' };
  if (config['@context'] !== undefined && jcs(config['@context']) !== jcs(document['@context'])) {
    return { valid: false, reason: 'proof context differs from the document context' };
  }
  const verificationMethod = String(config.verificationMethod ?? '');
  const key = resolveKey(verificationMethod);
  if (!key) return { valid: false, reason: 'unknown verification method' };
  let signature: Uint8Array;
  try {
    signature = base58.decode(proofValue.slice(1));
  } catch {
    return { valid: false, reason: 'malformed proof value' };
  }
  const ok = crypto.verify(null, proofHashData(document, config), key, signature);
  return ok ? { valid: true, verificationMethod } : { valid: false, reason: 'signature does not match' };
}
