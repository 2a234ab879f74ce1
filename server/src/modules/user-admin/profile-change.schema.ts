import { Type, type Static } from '@sinclair/typebox';

const Named = Type.Object({ id: Type.String(), nameEn: Type.String(), nameHi: Type.String() });

export const ProfileChange = Type.Object(
  {
    id: Type.String(),
    user: Type.Object({ id: Type.String(), employeeId: Type.String(), fullName: Type.String(), fullNameHi: Type.Union([Type.String(), Type.Null()]) }),
    currentOrg: Named,
    currentDesignation: Type.Union([Named, Type.Null()]),
    org: Named,
    designation: Type.Union([Named, Type.Null()]),
    effectiveDate: Type.String({ format: 'date' }),
    status: Type.String(),
    reason: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    permissions: Type.Object({ approve: Type.Boolean(), reject: Type.Boolean(), cancel: Type.Boolean() }),
  },
  { $id: 'ProfileChange' },
);
export type ProfileChangeT = Static<typeof ProfileChange>;

export const ProfileChangeInput = Type.Object(
  { orgId: Type.String({ format: 'uuid' }), designationId: Type.String({ format: 'uuid' }), effectiveDate: Type.String({ format: 'date' }) },
  { additionalProperties: false },
);
export type ProfileChangeInputT = Static<typeof ProfileChangeInput>;
export const ProfileChangeParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
export const ProfileChangeReason = Type.Object({ reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false });
