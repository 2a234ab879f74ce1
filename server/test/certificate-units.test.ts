import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { addProofs, privateKeyFromSeed, publicKeyFromMultibase, publicKeyMultibase, signDocument, verifyDocument, verifyProofs } from '../src/modules/certificates/credential-proof';
import { bundledDocumentLoader } from '../src/modules/certificates/jsonld-contexts';
import { decodeStatusList, encodeStatusList, STATUS_LIST_SIZE, statusBit, statusEntry } from '../src/modules/certificates/status-list';
import { didWebOrigin, initialIssuer } from '../src/modules/certificates/credential-issuer';
import { loadConfig } from '../src/config';
import { newCertificateNumber, normaliseCertificateNumber } from '../src/modules/certificates/certificate-number';
import { openPrivateKey, platformDid, sealPrivateKey } from '../src/modules/certificates/signing-keys';

describe('eddsa-jcs-2022', () => {
  it('reproduces the W3C vc-di-eddsa test vector exactly and verifies it', () => {
    // From the specification's test vectors (TestVectors/eddsa-jcs-2022 and keyPair.json).
    const unsigned = {
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
      id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
      type: ['VerifiableCredential', 'AlumniCredential'],
      name: 'Alumni Credential',
      description: 'A minimum viable example of an Alumni Credential.',
      issuer: 'https://vc.example/issuers/5678',
      validFrom: '2023-01-01T00:00:00Z',
      credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
    };
    const privateKey = privateKeyFromSeed('z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq');
    expect(publicKeyMultibase(crypto.createPublicKey(privateKey))).toBe('z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2');
    const method = 'https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';
    const signed = signDocument(unsigned, { privateKey, verificationMethod: method, created: '2023-02-24T23:36:38Z' });
    expect((signed.proof as { proofValue: string }).proofValue).toBe('z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4');
    const key = publicKeyFromMultibase('z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2');
    expect(verifyDocument(signed, (vm) => (vm === method ? key : null))).toEqual({ valid: true, verificationMethod: method });
    expect(verifyDocument({ ...signed, name: 'Changed' }, () => key)).toMatchObject({ valid: false, reason: 'signature does not match' });
    expect(verifyDocument(signed, () => null)).toMatchObject({ valid: false, reason: 'unknown verification method' });
  });
});

describe('eddsa-rdfc-2022', () => {
  // The specification's test vector (TestVectors/eddsa-rdfc-2022): the same Alumni credential and key as above.
  const unsigned = {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
    id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
    type: ['VerifiableCredential', 'AlumniCredential'],
    name: 'Alumni Credential',
    description: 'A minimum viable example of an Alumni Credential.',
    issuer: 'https://vc.example/issuers/5678',
    validFrom: '2023-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
  };
  // The examples context (w3c/vc-data-model contexts/credentials/examples/v2), for this vector only.
  const documentLoader = bundledDocumentLoader(new Map([['https://www.w3.org/ns/credentials/examples/v2', { '@context': { '@vocab': 'https://www.w3.org/ns/credentials/examples#' } }]]));
  const method = 'https://vc.example/issuers/5678#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';
  const privateKey = privateKeyFromSeed('z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq');
  const key = publicKeyFromMultibase('z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2');

  it('reproduces the W3C vc-di-eddsa test vector exactly and verifies it; a change of meaning breaks it', async () => {
    const signed = await addProofs(unsigned, { privateKey, verificationMethod: method, created: '2023-02-24T23:36:38Z', documentLoader }, ['eddsa-rdfc-2022']);
    expect(signed.proof).toEqual({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      created: '2023-02-24T23:36:38Z',
      verificationMethod: method,
      proofPurpose: 'assertionMethod',
      proofValue: 'z21EVs3eXERqTn4acNHT9viboqgzUaQ3kTmhPT3eA8qrVPE7CrQq78WkzctnMX5W4CrzcKnHw8V6dvy5pgWYCU5e9',
    });
    expect((await verifyProofs(signed, (vm) => (vm === method ? key : null), documentLoader)).valid).toBe(true);
    expect((await verifyProofs({ ...signed, name: 'Changed' }, () => key, documentLoader)).checks[0]).toMatchObject({ valid: false, reason: 'signature does not match' });
    // Canonical, not textual: the same graph written with its keys in another order still verifies.
    const { credentialSubject, ...rest } = unsigned;
    const reordered = { proof: signed.proof, credentialSubject: { alumniOf: credentialSubject.alumniOf, id: credentialSubject.id }, ...Object.fromEntries(Object.entries(rest).reverse()) };
    expect((await verifyProofs(reordered, () => key, documentLoader)).valid).toBe(true);
  });

  it('a proof set of both suites: each proof verifies on its own, and a term no context defines cannot be signed', async () => {
    const signed = await addProofs(unsigned, { privateKey, verificationMethod: method, created: '2023-02-24T23:36:38Z', documentLoader });
    const result = await verifyProofs(signed, () => key, documentLoader);
    expect(result.checks.map((c) => [c.cryptosuite, c.valid])).toEqual([['eddsa-rdfc-2022', true], ['eddsa-jcs-2022', true]]);
    const { proof: _p, ...bare } = signed;
    const strict = bundledDocumentLoader();
    await expect(addProofs({ ...bare, '@context': ['https://www.w3.org/ns/credentials/v2'], notInAnyContext: 1 }, { privateKey, verificationMethod: method, created: '2023-02-24T23:36:38Z', documentLoader: strict }, ['eddsa-rdfc-2022'])).rejects.toThrow();
    await expect(addProofs({ '@context': ['https://example.org/unknown-context'], id: 'urn:x' }, { privateKey, verificationMethod: method, created: '2023-02-24T23:36:38Z' }, ['eddsa-rdfc-2022'])).rejects.toThrow(/unknown-context/);
  });
});

describe('bitstring status list', () => {
  it('decodes the specification’s example list, and encodes bits left to right as multibase base64url GZIP', () => {
    // W3C Bitstring Status List v1.0, example encodedList: 131,072 zero bits.
    const example = decodeStatusList('uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA');
    expect(example.length * 8).toBe(STATUS_LIST_SIZE);
    expect(example.every((b) => b === 0)).toBe(true);
    const encoded = encodeStatusList([0, 9, STATUS_LIST_SIZE - 1]);
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    const raw = zlib.gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
    expect(raw.length).toBe(16_384);
    expect([raw[0], raw[1], raw[16_383]]).toEqual([0x80, 0x40, 0x01]);
    expect([0, 1, 9, 10, STATUS_LIST_SIZE - 1].map((i) => statusBit(raw, i))).toEqual([true, false, true, false, true]);
    expect(() => encodeStatusList([STATUS_LIST_SIZE])).toThrow(RangeError);
  });

  it('maps global positions to lists of 131,072 entries with string indexes', () => {
    expect(statusEntry('https://kshamata.up.gov.in', 5)).toMatchObject({ listId: 0, index: 5, credentialStatus: { statusListIndex: '5', statusListCredential: 'https://kshamata.up.gov.in/api/v1/credential-status/0', id: 'https://kshamata.up.gov.in/api/v1/credential-status/0#5' } });
    expect(statusEntry('https://kshamata.up.gov.in', STATUS_LIST_SIZE + 2)).toMatchObject({ listId: 1, index: 2, credentialStatus: { statusPurpose: 'revocation', type: 'BitstringStatusListEntry' } });
  });
});

describe('issuer identity', () => {
  it('first start takes ISSUER_DID, else the host of PUBLIC_URL; a did:web with a path is refused', () => {
    expect(initialIssuer(loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://kshamata.up.gov.in' }))).toEqual({ did: 'did:web:kshamata.up.gov.in', baseUrl: 'https://kshamata.up.gov.in', previous: [] });
    expect(initialIssuer(loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://new.example.in', ISSUER_DID: 'did:web:certificates.up.gov.in' }))).toEqual({ did: 'did:web:certificates.up.gov.in', baseUrl: 'https://certificates.up.gov.in', previous: [] });
    expect(didWebOrigin('did:web:localhost%3A3000')).toBe('http://localhost:3000');
    expect(() => loadConfig({ NODE_ENV: 'test', ISSUER_DID: 'did:web:up.gov.in:certs' })).toThrow(/ISSUER_DID/);
  });
});

describe('certificate numbers', () => {
  it('look like KSH-year-XXXX-XXXX-XXXX, are random, and the check character catches any single mistyped character', () => {
    const numbers = Array.from({ length: 200 }, () => newCertificateNumber(2026));
    expect(new Set(numbers).size).toBe(200);
    for (const n of numbers.slice(0, 20)) {
      expect(n).toMatch(/^KSH-2026-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(normaliseCertificateNumber(n)).toBe(n);
      expect(normaliseCertificateNumber(` ${n.toLowerCase()} `)).toBe(n);
    }
    const n = numbers[0] ?? '';
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let caught = 0;
    let tried = 0;
    for (const position of [9, 10, 11, 12, 14, 15, 16, 17, 19, 20, 21, 22]) {
      for (const c of alphabet) {
        if (c === n[position]) continue;
        tried++;
        if (normaliseCertificateNumber(n.slice(0, position) + c + n.slice(position + 1)) === null) caught++;
      }
    }
    expect(caught).toBe(tried);
    expect(normaliseCertificateNumber('KSH-2026-ABCD')).toBeNull();
    expect(normaliseCertificateNumber('XYZ-2026-AAAA-AAAA-AAAA')).toBeNull();
  });
});

describe('signing key custody', () => {
  it('seals the private key with SECRETS_KEY; the wrong or a missing key cannot open it', () => {
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    const secret = 'a-secret-of-at-least-thirty-two-characters';
    const sealed = sealPrivateKey(der, secret);
    expect(sealed.encrypted).toBe(true);
    expect(sealed.private_key).not.toContain(der.toString('base64'));
    const opened = openPrivateKey(sealed, secret);
    const data = Buffer.from('certificate');
    expect(crypto.verify(null, data, publicKey, crypto.sign(null, data, opened))).toBe(true);
    expect(() => openPrivateKey(sealed, `${secret}!`)).toThrow();
    expect(() => openPrivateKey(sealed, undefined)).toThrow(/SECRETS_KEY/);
    expect(sealPrivateKey(der, undefined).encrypted).toBe(false);
  });

  it('names the platform by its origin as a did:web', () => {
    expect(platformDid('https://kshamata.up.gov.in')).toBe('did:web:kshamata.up.gov.in');
    expect(platformDid('http://localhost:3000')).toBe('did:web:localhost%3A3000');
  });
});
