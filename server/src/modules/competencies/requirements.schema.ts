import { Type, type Static } from '@sinclair/typebox';
import { CompetencyRef, Level } from './framework.schema';
import { BoundedInt } from '../../platform/schema';

const Uuid = Type.String({ format: 'uuid' });
const Name = Type.String({ minLength: 1, maxLength: 200 });
const NamedRef = Type.Object({ id: Type.String(), code: Type.String(), nameEn: Type.String(), nameHi: Type.String() });
export const DesignationRef = NamedRef;

export const DesignationParams = Type.Object({ designationId: Uuid }, { additionalProperties: false });

const FracCompetency = Type.Object({ code: Type.String({ minLength: 2, maxLength: 60 }), level: Level }, { additionalProperties: false });
const FracActivityInput = Type.Object(
  { nameEn: Name, nameHi: Name, competencies: Type.Array(FracCompetency, { minItems: 1, maxItems: 20 }) },
  { additionalProperties: false },
);
const FracRoleInput = Type.Object({ nameEn: Name, nameHi: Name, activities: Type.Array(FracActivityInput, { minItems: 1, maxItems: 30 }) }, { additionalProperties: false });

/** The editor's save: the whole FRAC of a designation, and the version it was read at (0 when it had none). */
export const FracInput = Type.Object(
  { version: BoundedInt(), roles: Type.Array(FracRoleInput, { maxItems: 30 }) },
  { additionalProperties: false },
);
export type FracInputT = Static<typeof FracInput>;

const RequiredCompetency = Type.Object({
  competency: CompetencyRef,
  level: Type.Integer(),
  roles: Type.Array(Type.Object({ nameEn: Type.String(), nameHi: Type.String() })),
});

/** A designation's FRAC with what it adds up to, and whether the caller may edit it. */
export const FracSchema = Type.Object({
  designation: NamedRef,
  version: Type.Integer({ description: '0 when the designation has no requirements yet; send it back when saving.' }),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  roles: Type.Array(
    Type.Object({
      nameEn: Type.String(),
      nameHi: Type.String(),
      activities: Type.Array(
        Type.Object({
          nameEn: Type.String(),
          nameHi: Type.String(),
          competencies: Type.Array(Type.Object({ competency: CompetencyRef, level: Type.Integer() })),
        }),
      ),
    }),
  ),
  required: Type.Array(RequiredCompetency, { description: 'One entry per competency: the highest level any activity needs.' }),
  permissions: Type.Object({ edit: Type.Boolean() }),
});
export type FracT = Static<typeof FracSchema>;

export const FracSummary = Type.Object({
  designation: NamedRef,
  version: Type.Integer(),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  roles: Type.Integer(),
  competencies: Type.Integer(),
  editable: Type.Boolean(),
});
export const FracList = Type.Object({ items: Type.Array(FracSummary) });

export const ImportQuery = Type.Object({ dryRun: Type.Optional(Type.Boolean({ default: false })) }, { additionalProperties: false });
export const ImportResult = Type.Object({
  dryRun: Type.Boolean(),
  applied: Type.Boolean(),
  rows: Type.Integer(),
  designations: Type.Array(Type.Object({ designation: NamedRef, roles: Type.Integer(), activities: Type.Integer(), competencies: Type.Integer() })),
});
export type ImportResultT = Static<typeof ImportResult>;
export const ExportQuery = Type.Object({ designationId: Type.Optional(Uuid) }, { additionalProperties: false });

export const CoverageQuery = Type.Object({ orgId: Uuid }, { additionalProperties: false });
export const CoverageSchema = Type.Object({
  org: Type.Object({ id: Type.String(), nameEn: Type.String(), nameHi: Type.String() }),
  employees: Type.Integer({ description: 'Active employees in the subtree whose designation has requirements.' }),
  items: Type.Array(
    Type.Object({
      competency: CompetencyRef,
      requiredFor: Type.Integer({ description: 'Employees whose designation requires this competency.' }),
      atLevel: Type.Integer({ description: 'Of those, how many have earned the level their designation requires.' }),
      share: Type.Number({ description: 'atLevel / requiredFor, 0–1 (two decimals).' }),
      byDesignation: Type.Array(
        Type.Object({ designation: NamedRef, requiredLevel: Type.Integer(), employees: Type.Integer(), atLevel: Type.Integer() }),
      ),
    }),
    { description: 'Lowest share first.' },
  ),
});
export type CoverageT = Static<typeof CoverageSchema>;
