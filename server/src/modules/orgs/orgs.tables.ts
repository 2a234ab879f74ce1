import type { Generated } from 'kysely';
import type { CreatedAt, Timestamp } from '../../db/column-types';

/** The tables modules/orgs owns: Kysely's view of them (the DDL is in db/migrations). */
export type OrgType = 'country' | 'centre' | 'state' | 'ministry' | 'department' | 'organisation' | 'office';
export interface OrgsTable {
  id: Generated<string>;
  parent_id: string | null;
  path: string;
  depth: number;
  type: OrgType;
  code: string;
  name_en: string;
  name_hi: string;
  tenant_id: string | null;
  email_domains: Generated<string[]>;
  registration_token: string | null;
  status: Generated<OrgStatus>;
  closed_at: Timestamp | null;
  updated_at: Generated<Date>;
  created_at: CreatedAt;
}
export type OrgStatus = 'active' | 'closed';
export interface DesignationsTable {
  id: Generated<string>;
  code: string;
  abbr: string | null;
  name_en: string;
  name_hi: string;
  level: string | null;
  created_at: CreatedAt;
}
export interface OrgDesignationsTable {
  org_id: string;
  designation_id: string;
}

/** This module's tables by name; db/database.ts composes every module's into `DB`. */
export interface OrgsTables {
  orgs: OrgsTable;
  designations: DesignationsTable;
  org_designations: OrgDesignationsTable;
}
