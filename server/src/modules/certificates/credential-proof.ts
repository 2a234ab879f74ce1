import crypto, { type KeyObject } from 'node:crypto';
import canonicalize from 'canonicalize';
import { base58 } from '@scure/base';
import type { JsonLdDocumentLoader } from './jsonld-types';
import { rdfcHashData } from './credential-rdfc';

/**
 * Data Integrity proofs (W3C vc-di-eddsa) with the two EdDSA cryptosuites: `eddsa-jcs-2022` — JCS (RFC 8785)
 * canonical JSON — and `eddsa-rdfc-2022` — RDFC-1.0 canonical N-Quads (credential-rdfc.ts), the suite 1EdTech's
 * Open Badges conformance names. Either way SHA-256 of the proof configuration followed by SHA-256 of the document is
 * signed with Ed25519; the public key is a Multikey (`z` + base58btc of 0xed01 ‖ key). Written against the
 * specification's test vectors (see the tests). Credentials carry a proof set with one proof of each suite.
 */

const ED25519_PUB_PREFIX = Uint8Array.from([0xed, 0x01]);
const ED25519_PRIV_PREFIX = Uint8Array.from([0x80, 0x26]);
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export type JsonObject = { [key: string]: unknown };

/** The EdDSA cryptosuites we sign and check with. */
export type Cryptosuite = 'eddsa-rdfc-2022' | 'eddsa-jcs-2022';
/** What a new credential is signed with: a proof set, RDF-canonicalised first. */
export const CREDENTIAL_SUITES: readonly Cryptosuite[] = ['eddsa-rdfc-2022', 'eddsa-jcs-2022'];

/** A Data Integrity proof as embedded in a credential. */
export interface DataIntegrityProof {
  type: 'DataIntegrityProof';
  cryptosuite: Cryptosuite;
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

/** Options of a new proof. */
export interface ProofOptions {
  privateKey: KeyObject;
  verificationMethod: string;
  created: string;
  /** JSON-LD contexts for eddsa-rdfc-2022 (default: the bundled ones). */
  documentLoader?: JsonLdDocumentLoader;
}

/** The data a proof of `suite` signs. */
async function suiteHashData(suite: Cryptosuite, document: JsonObject, config: JsonObject, loader?: JsonLdDocumentLoader): Promise<Buffer> {
  return suite === 'eddsa-jcs-2022' ? proofHashData(document, config) : rdfcHashData(document, config, loader);
}

/**
 * Adds one proof per suite to a document without a proof: an object for one suite, a proof set (array) for several.
 * Each proof of a set covers the document alone (W3C Data Integrity: proof sets are independent).
 */
export async function addProofs(document: JsonObject, opts: ProofOptions, suites: readonly Cryptosuite[] = CREDENTIAL_SUITES): Promise<JsonObject> {
  if ('proof' in document) throw new Error('document already has a proof');
  const proofs: JsonObject[] = [];
  for (const suite of suites) {
    const config: JsonObject = { type: 'DataIntegrityProof', cryptosuite: suite, created: opts.created, verificationMethod: opts.verificationMethod, proofPurpose: 'assertionMethod' };
    // eddsa-jcs-2022 embeds the document's @context in the proof; eddsa-rdfc-2022 adds it only to what is hashed.
    if (suite === 'eddsa-jcs-2022' && document['@context'] !== undefined) config['@context'] = document['@context'];
    const signature = crypto.sign(null, await suiteHashData(suite, document, config, opts.documentLoader), opts.privateKey);
    proofs.push({ ...config, proofValue: `z${base58.encode(signature)}` });
  }
  return { ...document, proof: proofs.length === 1 ? proofs[0] : proofs };
}

/**
 * Checks every proof of a document (one, or a proof set) in either suite: valid only when there is at least one and
 * all verify with the keys `resolveKey` returns.
 */
export async function verifyProofs(
  signed: JsonObject,
  resolveKey: (verificationMethod: string) => KeyObject | null,
  loader?: JsonLdDocumentLoader,
): Promise<{ valid: boolean; checks: (ProofCheck & { cryptosuite: string })[] }> {
  const { proof, ...document } = signed;
  const proofs = Array.isArray(proof) ? proof : proof ? [proof] : [];
  const checks: (ProofCheck & { cryptosuite: string })[] = [];
  for (const p of proofs as JsonObject[]) {
    const cryptosuite = String(p.cryptosuite);
    if (cryptosuite === 'eddsa-jcs-2022') {
      checks.push({ ...verifyDocument({ ...document, proof: p }, resolveKey), cryptosuite });
      continue;
    }
    const { proofValue, ...config } = p;
    const vm = String(config.verificationMethod ?? '');
    const key = resolveKey(vm);
    if (config.type !== 'DataIntegrityProof' || cryptosuite !== 'eddsa-rdfc-2022') checks.push({ valid: false, reason: 'unsupported proof type', cryptosuite });
    else if (config.proofPurpose !== 'assertionMethod') checks.push({ valid: false, reason: 'wrong proof purpose', cryptosuite });
    else if (!key) checks.push({ valid: false, reason: 'unknown verification method', cryptosuite });
    else if (typeof proofValue !== 'string' || !proofValue.startsWith('z')) checks.push({ valid: false, reason: 'malformed proof value', cryptosuite });
    else {
      const ok = crypto.verify(null, await suiteHashData('eddsa-rdfc-2022', document, config, loader), key, base58.decode(proofValue.slice(1)));
      checks.push(ok ? { valid: true, verificationMethod: vm, cryptosuite } : { valid: false, reason: 'signature does not match', cryptosuite });
    }
  }
  return { valid: checks.length > 0 && checks.every((c) => c.valid), checks };
}
