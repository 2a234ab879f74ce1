import { Type, type Static } from '@sinclair/typebox';

const Name = (max: number) => Type.String({ minLength: 2, maxLength: max, pattern: '\\S' });
/** Kinds an admin may create below a state or the centre. */
export const CREATABLE_TYPES = ['ministry', 'department', 'organisation', 'office'] as const;

export const OrgCreateInput = Type.Object(
  {
    parentId: Type.String({ format: 'uuid' }),
    type: Type.Union(CREATABLE_TYPES.map((t) => Type.Literal(t))),
    code: Type.String({ minLength: 2, maxLength: 40, pattern: '^[A-Za-z0-9][A-Za-z0-9-]*$' }),
    nameEn: Name(200),
    nameHi: Name(200),
  },
  { additionalProperties: false },
);
export type OrgCreateInputT = Static<typeof OrgCreateInput>;

export const OrgRenameInput = Type.Object({ nameEn: Name(200), nameHi: Name(200) }, { additionalProperties: false });
export type OrgRenameInputT = Static<typeof OrgRenameInput>;

export const OrgMoveInput = Type.Object({ parentId: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

export const OrgCloseInput = Type.Object({ transferToOrgId: Type.Optional(Type.String({ format: 'uuid' })) }, { additionalProperties: false });

export const AdminOrg = Type.Object(
  {
    id: Type.String(),
    parentId: Type.Union([Type.String(), Type.Null()]),
    type: Type.String(),
    code: Type.String(),
    nameEn: Type.String(),
    nameHi: Type.String(),
    depth: Type.Integer(),
    status: Type.Union([Type.Literal('active'), Type.Literal('closed')]),
    people: Type.Integer(),
    openChildren: Type.Integer(),
    permissions: Type.Object({ createChild: Type.Boolean(), rename: Type.Boolean(), move: Type.Boolean(), close: Type.Boolean() }),
  },
  { $id: 'AdminOrg' },
);
export type AdminOrgT = Static<typeof AdminOrg>;

export const OrgClosed = Type.Object({ org: Type.Ref(AdminOrg), transferred: Type.Integer() });
