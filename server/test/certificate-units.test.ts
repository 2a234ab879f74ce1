import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { privateKeyFromSeed, publicKeyFromMultibase, publicKeyMultibase, signDocument, verifyDocument } from '../src/modules/certificates/credential-proof';
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
