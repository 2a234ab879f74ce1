import { Type, type Static } from '@sinclair/typebox';

export const err = { $ref: 'ErrorResponse#' };
/** The error answers of this module's routes. */
export const errorResponses = { 400: err, 401: err, 403: err, 404: err, 409: err };

export const CompetencyTypeSchema = Type.Union([Type.Literal('behavioural'), Type.Literal('functional'), Type.Literal('domain')]);
const Code = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', minLength: 2, maxLength: 60, description: 'Lower-case words joined by hyphens, e.g. disaster-management.' });
const Name = Type.String({ minLength: 1, maxLength: 200 });
const Text = Type.String({ maxLength: 2000 });
export const Level = Type.Integer({ minimum: 1, maximum: 5 });

export const LevelDescriptorSchema = Type.Object({ level: Type.Integer(), en: Type.String(), hi: Type.String() });

/** A competency as every screen shows it. */
export const CompetencySchema = Type.Object({
  code: Type.String(),
  nameEn: Type.String(),
  nameHi: Type.String(),
  descriptionEn: Type.String(),
  descriptionHi: Type.String(),
  type: CompetencyTypeSchema,
  areaCode: Type.String(),
  themeCode: Type.String(),
  levels: Type.Array(LevelDescriptorSchema),
});
export type CompetencyT = Static<typeof CompetencySchema>;

/** A short reference to a competency inside other answers. */
export const CompetencyRef = Type.Object({ code: Type.String(), nameEn: Type.String(), nameHi: Type.String(), type: CompetencyTypeSchema });
export type CompetencyRefT = Static<typeof CompetencyRef>;

export const ThemeSchema = Type.Object({
  code: Type.String(),
  nameEn: Type.String(),
  nameHi: Type.String(),
  position: Type.Integer(),
  competencies: Type.Array(CompetencySchema),
});
export const AreaSchema = Type.Object({
  code: Type.String(),
  type: CompetencyTypeSchema,
  nameEn: Type.String(),
  nameHi: Type.String(),
  position: Type.Integer(),
  themes: Type.Array(ThemeSchema),
});
export const FrameworkSchema = Type.Object({
  areas: Type.Array(AreaSchema, { description: 'Behavioural, then functional, then domain areas.' }),
  competencyCount: Type.Integer(),
  permissions: Type.Object({ edit: Type.Boolean() }),
});
export type FrameworkT = Static<typeof FrameworkSchema>;

export const CodeParams = Type.Object({ code: Code }, { additionalProperties: false });

export const AreaInput = Type.Object(
  { type: CompetencyTypeSchema, nameEn: Name, nameHi: Name, position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })) },
  { additionalProperties: false },
);
export const ThemeInput = Type.Object(
  { areaCode: Code, nameEn: Name, nameHi: Name, position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })) },
  { additionalProperties: false },
);
export const CompetencyInput = Type.Object(
  {
    themeCode: Code,
    nameEn: Name,
    nameHi: Name,
    descriptionEn: Type.Optional(Text),
    descriptionHi: Type.Optional(Text),
    levels: Type.Array(Type.Object({ en: Type.String({ minLength: 1, maxLength: 500 }), hi: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false }), {
      minItems: 5,
      maxItems: 5,
      description: 'The five level descriptors, level 1 first.',
    }),
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  },
  { additionalProperties: false },
);
export type CompetencyInputT = Static<typeof CompetencyInput>;

export const SavedItem = Type.Object({ code: Type.String(), created: Type.Boolean() });
