import { Type, type Static } from '@sinclair/typebox';
import { PageSize } from '../../platform/schema';

export const OrgTypeSchema = Type.Union(
  ['country', 'centre', 'state', 'ministry', 'department', 'organisation', 'office'].map((t) => Type.Literal(t)),
);

export const OrgSummary = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    parentId: Type.Union([Type.String(), Type.Null()]),
    type: Type.String(),
    code: Type.String(),
    nameEn: Type.String(),
    nameHi: Type.String(),
    hasChildren: Type.Optional(Type.Boolean()),
  },
  { $id: 'OrgSummary' },
);
export type OrgSummaryT = Static<typeof OrgSummary>;

export const Designation = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    code: Type.String(),
    abbr: Type.Union([Type.String(), Type.Null()]),
    nameEn: Type.String(),
    nameHi: Type.String(),
  },
  { $id: 'Designation' },
);

export const OrgDetail = Type.Object({
  org: Type.Ref(OrgSummary),
  ancestors: Type.Array(Type.Ref(OrgSummary)),
  emailDomains: Type.Array(Type.String()),
});

export const OrgIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
export const ChildrenQuery = Type.Object(
  { parentId: Type.Optional(Type.String({ format: 'uuid' })) },
  { additionalProperties: false },
);
export const SearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 100 }),
    within: Type.Optional(Type.String({ format: 'uuid' })),
    limit: Type.Optional(PageSize({ maximum: 50, default: 20 })),
  },
  { additionalProperties: false },
);
export const TokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 100 }) }, { additionalProperties: false });

export const RegistrationLink = Type.Object({
  orgId: Type.String(),
  url: Type.String(),
  qrSvg: Type.String(),
});
