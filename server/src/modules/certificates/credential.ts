import crypto from 'node:crypto';
import type { Language } from '../../db/column-types';
import type { CertificateKind } from './certificates.tables';
import { addProofs, type JsonObject } from './credential-proof';
import type { SigningKey } from './signing-keys';

/** The two contexts of an Open Badges 3.0 credential: W3C VC Data Model 2.0, then OB 3.0. */
export const CREDENTIAL_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

/** What the credential states; the same snapshot the PDF prints. */
export interface CredentialInput {
  verifyUrl: string;
  publicUrl: string;
  /** The stored issuer (credential-issuer.ts): its did:web and the origin it resolves to. */
  issuer: { did: string; baseUrl: string };
  /** The credential's BitstringStatusListEntry (status-list.ts). */
  credentialStatus: JsonObject;
  issuedAt: Date;
  holderName: string;
  employeeId: string;
  kind: CertificateKind;
  subjectId: string;
  title: string;
  language: Language;
  completedAt: Date;
  learningMinutes: number;
  competencies: { code: string; name: string; level: number }[];
  issuerOrg: { id: string; name: string };
  minFinalScore: number | null;
}

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * An unsigned OpenBadgeCredential. The holder is named, and identified by a salted hash of their employee ID (an
 * HRMS that knows the ID can match it; nobody else learns it). The platform is the issuer (its did:web key signs);
 * the organisation that offered the course is the achievement's creator.
 */
export function buildCredential(c: CredentialInput): JsonObject {
  const salt = crypto.randomBytes(8).toString('hex');
  const identityHash = `sha256$${crypto.createHash('sha256').update(`${c.employeeId}${salt}`).digest('hex')}`;
  const hours = Math.round((c.learningMinutes / 60) * 10) / 10;
  const what = c.kind === 'course' ? 'course' : 'programme';
  const narrative =
    `Completed every required part of the ${what} "${c.title}" on Kshamata` +
    (c.minFinalScore !== null ? `, with a final-assessment score of at least ${c.minFinalScore} %.` : '.');
  return {
    '@context': CREDENTIAL_CONTEXT,
    id: c.verifyUrl,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `Certificate of Completion: ${c.title}`,
    issuer: { id: c.issuer.did, type: ['Profile'], name: 'Kshamata', url: c.issuer.baseUrl },
    validFrom: iso(c.issuedAt),
    credentialStatus: c.credentialStatus,
    credentialSubject: {
      type: ['AchievementSubject'],
      name: c.holderName,
      identifier: [{ type: 'IdentityObject', identityHash, identityType: 'identifier', hashed: true, salt }],
      activityEndDate: iso(c.completedAt),
      achievement: {
        id: `${c.publicUrl}/${c.kind === 'course' ? 'courses' : 'programmes'}/${c.subjectId}`,
        type: ['Achievement'],
        achievementType: 'CertificateOfCompletion',
        name: c.title,
        description: `Completion of the ${what} "${c.title}" (${hours} learning hours), offered by ${c.issuerOrg.name}.`,
        criteria: { narrative },
        inLanguage: c.language,
        creator: { id: `urn:uuid:${c.issuerOrg.id}`, type: ['Profile'], name: c.issuerOrg.name },
        ...(c.competencies.length
          ? {
              alignment: c.competencies.map((k) => ({
                type: ['Alignment'],
                targetName: k.name,
                targetCode: k.code,
                targetDescription: `Proficiency level ${k.level}`,
                targetType: 'ceasn:Competency',
                targetUrl: `${c.publicUrl}/competencies/${encodeURIComponent(k.code)}`,
              })),
            }
          : {}),
      },
    },
  };
}

/**
 * Signs a credential (or a status list) with the platform key: a proof set of eddsa-rdfc-2022 and eddsa-jcs-2022;
 * the verification method is the key's id in the did:web document.
 */
export async function signCredential(unsigned: JsonObject, key: SigningKey, did: string, at: Date): Promise<JsonObject> {
  return addProofs(unsigned, { privateKey: key.privateKey, verificationMethod: `${did}#${key.id}`, created: iso(at) });
}

/** A date as a credential states it (seconds, UTC). */
export const credentialDate = iso;
