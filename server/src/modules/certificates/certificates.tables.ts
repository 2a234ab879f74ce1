import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, Language, Timestamp } from '../../db/column-types';

/** The tables modules/certificates owns: Kysely's view of them (the DDL is in db/migrations). */
export type CertificateKind = 'course' | 'programme';
export type CertificateStatus = 'pending' | 'issued' | 'failed' | 'not_eligible' | 'revoked' | 'superseded';
export interface CertificateTemplateSnapshot {
  signatoryName: Partial<Record<Language, string>>;
  signatoryDesignation: Partial<Record<Language, string>>;
  logoKey: string | null;
  signatureKey: string | null;
  fromOrgId: string;
}
/** A competency as printed on a certificate: its code, level and (when the framework has it) its names. */
export interface CertificateCompetency {
  code: string;
  level: number;
  name?: { en: string; hi: string };
}
export interface CertificatesTable {
  user_id: string;
  id: Generated<string>;
  number: string;
  kind: CertificateKind;
  subject_id: string;
  version_id: string | null;
  completed_at: Timestamp;
  language: Language;
  learning_minutes: Generated<number>;
  status: Generated<CertificateStatus>;
  failure_code: string | null;
  failure_params: Json<Record<string, unknown>> | null;
  attempts: Generated<number>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  issued_at: Timestamp | null;
  holder_name_en: string | null;
  holder_name_hi: string | null;
  designation_en: string | null;
  designation_hi: string | null;
  holder_org_id: string | null;
  holder_org_path: string | null;
  holder_org_en: string | null;
  holder_org_hi: string | null;
  title_en: string | null;
  title_hi: string | null;
  competencies: ColumnType<CertificateCompetency[], string | undefined, string>;
  issuer_org_id: string | null;
  issuer_org_path: string | null;
  issuer_name_en: string | null;
  issuer_name_hi: string | null;
  template: Json<CertificateTemplateSnapshot> | null;
  credential: string | null;
  key_id: string | null;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  revocation_reason: string | null;
  superseded_at: Timestamp | null;
  superseded_by: string | null;
  replaces_id: string | null;
}
export interface CertificateNumbersTable {
  number: string;
  user_id: string;
  certificate_id: string;
}
export interface CertificateCriteriaTable {
  course_id: string;
  min_final_score: number | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}
export interface CertificateTemplatesTable {
  org_id: string;
  signatory_name_en: string | null;
  signatory_name_hi: string | null;
  signatory_designation_en: string | null;
  signatory_designation_hi: string | null;
  logo_key: string | null;
  logo_type: string | null;
  signature_key: string | null;
  signature_type: string | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}
export interface CertificateSigningKeysTable {
  id: string;
  status: 'active' | 'retired';
  public_key_multibase: string;
  private_key: string;
  encrypted: boolean;
  created_at: CreatedAt;
  retired_at: Timestamp | null;
}

// credential status and issuer identity (modules/certificates; migration 20261206_0030)
export interface CertificateIssuerTable {
  singleton: Generated<boolean>;
  did: string;
  base_url: string;
  previous: ColumnType<PreviousIssuer[], string | undefined, string>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}
/** An issuer identity replaced by an explicit migration. */
export interface PreviousIssuer {
  did: string;
  baseUrl: string;
  until: string;
}
export interface CertificateStatusListsTable {
  id: number;
  purpose: Generated<'revocation'>;
  issuer_did: string;
  base_url: string;
  revision: Generated<number>;
  credential: string | null;
  signed_revision: Generated<number>;
  key_id: string | null;
  signed_at: Timestamp | null;
}
export interface CertificateStatusEntriesTable {
  list_id: number;
  status_index: number;
  user_id: string;
  certificate_id: string;
  revoked: Generated<boolean>;
  changed_at: Timestamp | null;
}

/** This module's tables by name; db/database.ts composes every module's into `DB`. */
export interface CertificatesTables {
  certificates: CertificatesTable;
  certificate_numbers: CertificateNumbersTable;
  certificate_criteria: CertificateCriteriaTable;
  certificate_templates: CertificateTemplatesTable;
  certificate_signing_keys: CertificateSigningKeysTable;
  certificate_issuer: CertificateIssuerTable;
  certificate_status_lists: CertificateStatusListsTable;
  certificate_status_entries: CertificateStatusEntriesTable;
}
