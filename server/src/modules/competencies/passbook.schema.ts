import { Type, type Static } from '@sinclair/typebox';
import { CompetencyRef, Level } from './framework.schema';
import { DesignationRef } from './requirements.schema';

const DateTime = Type.String({ format: 'date-time' });
export const SourceSchema = Type.Union([Type.Literal('course'), Type.Literal('assessment'), Type.Literal('self'), Type.Literal('institute')]);

export const PassbookEntry = Type.Object({
  id: Type.String(),
  competency: CompetencyRef,
  level: Type.Integer(),
  source: SourceSchema,
  sourceLabel: Type.String({ description: 'The source in the reader’s language.' }),
  countsAsEarned: Type.Boolean({ description: 'False for self-declared entries: they never count as earned.' }),
  evidence: Type.Object({
    title: Type.Union([Type.String(), Type.Null()]),
    url: Type.Union([Type.String({ description: 'A course page inside the app, or the institute’s link.' }), Type.Null()]),
    institute: Type.Union([Type.String(), Type.Null()]),
    scorePercent: Type.Union([Type.Number(), Type.Null()]),
  }),
  achievedAt: DateTime,
});
export type PassbookEntryT = Static<typeof PassbookEntry>;

export const PassbookLevel = Type.Object({
  competency: CompetencyRef,
  earnedLevel: Type.Integer({ description: '0–5: the highest level from courses, assessments and institutes.' }),
  declaredLevel: Type.Union([Type.Integer(), Type.Null()]),
  descriptor: Type.Union([Type.String({ description: 'What the earned level means, in the reader’s language.' }), Type.Null()]),
});

export const OnboardingState = Type.Union([Type.Literal('pending'), Type.Literal('completed'), Type.Literal('skipped')]);

export const Passbook = Type.Object({
  levels: Type.Array(PassbookLevel),
  entries: Type.Array(PassbookEntry),
  onboarding: OnboardingState,
});
export type PassbookT = Static<typeof Passbook>;

const Declaration = Type.Object({ code: Type.String({ minLength: 2, maxLength: 60 }), level: Level }, { additionalProperties: false });
export const DeclareInput = Type.Object({ declarations: Type.Array(Declaration, { minItems: 1, maxItems: 20 }) }, { additionalProperties: false });
export type DeclarationT = Static<typeof Declaration>;
export const CompetencyCodeParams = Type.Object({ code: Type.String({ minLength: 2, maxLength: 60 }) }, { additionalProperties: false });

export const Onboarding = Type.Object({
  state: OnboardingState,
  designation: Type.Union([DesignationRef, Type.Null()]),
  designationConfirmedAt: Type.Union([DateTime, Type.Null()]),
  suggestions: Type.Array(CompetencyRef, { description: 'The competencies the current designation requires, to declare first.' }),
  declared: Type.Array(Type.Object({ code: Type.String(), level: Type.Integer() })),
});
export type OnboardingT = Static<typeof Onboarding>;
export const OnboardingInput = Type.Object(
  { designationConfirmed: Type.Boolean(), declarations: Type.Array(Declaration, { maxItems: 10 }) },
  { additionalProperties: false },
);

export const UserParams = Type.Object({ userId: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
export const InstituteInput = Type.Object(
  {
    competencyCode: Type.String({ minLength: 2, maxLength: 60 }),
    level: Level,
    institute: Type.String({ minLength: 2, maxLength: 200 }),
    evidenceUrl: Type.Optional(Type.String({ maxLength: 1000 })),
    achievedOn: Type.String({ format: 'date' }),
  },
  { additionalProperties: false },
);
export type InstituteInputT = Static<typeof InstituteInput>;
