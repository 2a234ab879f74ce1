import { Type, type Static } from '@sinclair/typebox';
import { CompetencyRef } from './framework.schema';
import { DesignationRef } from './requirements.schema';
import { PageSize } from '../../platform/schema';

const RoleName = Type.Object({ nameEn: Type.String(), nameHi: Type.String() });

export const GapQuery = Type.Object(
  { for: Type.Optional(Type.Union([Type.Literal('current'), Type.Literal('target')], { default: 'current' })) },
  { additionalProperties: false },
);

export const GapReport = Type.Object({
  for: Type.Union([Type.Literal('current'), Type.Literal('target')]),
  designation: Type.Union([DesignationRef, Type.Null()], { description: 'null when there is no current designation or no target post.' }),
  items: Type.Array(
    Type.Object({
      competency: CompetencyRef,
      requiredLevel: Type.Integer(),
      currentLevel: Type.Integer({ description: 'Earned level (courses, assessments, institutes); 0 when none.' }),
      declaredLevel: Type.Union([Type.Integer(), Type.Null()]),
      gap: Type.Integer(),
      met: Type.Boolean(),
      requiredDescriptor: Type.String({ description: 'What the required level means, in the reader’s language.' }),
      roles: Type.Array(RoleName),
    }),
  ),
  summary: Type.Object({ required: Type.Integer(), met: Type.Integer(), open: Type.Integer(), levelsToGo: Type.Integer() }),
});
export type GapReportT = Static<typeof GapReport>;

export const CareerHub = Type.Object({
  current: Type.Union([DesignationRef, Type.Null()]),
  target: Type.Union([DesignationRef, Type.Null()]),
  paths: Type.Array(
    Type.Object({
      code: Type.String(),
      nameEn: Type.String(),
      nameHi: Type.String(),
      cadreEn: Type.String(),
      cadreHi: Type.String(),
      includesCurrent: Type.Boolean(),
      steps: Type.Array(
        Type.Object({
          position: Type.Integer(),
          designation: DesignationRef,
          current: Type.Boolean(),
          target: Type.Boolean(),
          requiredCompetencies: Type.Integer(),
        }),
      ),
    }),
    { description: 'Paths that include the learner’s current post first.' },
  ),
});
export type CareerHubT = Static<typeof CareerHub>;

export const TargetInput = Type.Object({ designationId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]) }, { additionalProperties: false });

export const RecommendationsQuery = Type.Object({ limit: Type.Optional(PageSize({ maximum: 20, default: 10 })) }, { additionalProperties: false });

export const Recommendations = Type.Object({
  current: Type.Union([DesignationRef, Type.Null()]),
  target: Type.Union([DesignationRef, Type.Null()]),
  items: Type.Array(
    Type.Object({
      rank: Type.Integer(),
      course: Type.Object({
        id: Type.String(),
        title: Type.String({ description: 'In the learner’s language where the course has it.' }),
        summary: Type.String(),
        languages: Type.Array(Type.String()),
        inYourLanguage: Type.Boolean(),
        durationMinutes: Type.Integer(),
      }),
      reasons: Type.Array(
        Type.Object({
          kind: Type.Union([Type.Literal('current'), Type.Literal('target'), Type.Literal('peers')]),
          message: Type.String({ description: 'In the learner’s language, e.g. "Builds Disaster management to level 2, required for SDM".' }),
          competency: Type.Union([CompetencyRef, Type.Null()]),
          level: Type.Union([Type.Integer(), Type.Null()]),
          requiredLevel: Type.Union([Type.Integer(), Type.Null()]),
          count: Type.Union([Type.Integer(), Type.Null()]),
        }),
      ),
    }),
  ),
});
export type RecommendationsT = Static<typeof Recommendations>;
