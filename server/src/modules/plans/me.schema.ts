import { Type, type Static } from '@sinclair/typebox';
import { DateTime, Nullable } from './plans.schema';

/* Schemas of the learner's plan views. */

const Bi = Type.Object({ en: Type.String(), hi: Type.String() });
export const RequirementStatus = Type.Union(
  ['not_started', 'in_progress', 'completed_on_time', 'completed_late', 'overdue', 'extended', 'exempted', 'expired'].map((s) => Type.Literal(s)),
);

export const CycleView = Type.Object({
  cycleNo: Type.Integer(),
  kind: Type.String({ description: 'initial | posting (a new posting restarted the clock) | renewal | reassigned' }),
  status: RequirementStatus,
  openedAt: DateTime,
  dueAt: DateTime,
  dueDate: Type.String({ description: 'The due date in India (completing on it is on time).' }),
  originalDueDate: Type.String(),
  extendedTo: Nullable(DateTime),
  exempted: Type.Boolean(),
  completedAt: Nullable(DateTime),
  validUntil: Nullable(DateTime),
  closedAt: Nullable(DateTime),
  closedReason: Nullable(Type.String()),
});

export const RequirementLine = Type.Object({
  id: Type.String(),
  title: Bi,
  kind: Type.String(),
  needed: Type.Integer(),
  done: Type.Integer(),
  current: CycleView,
  history: Type.Array(CycleView),
  courses: Type.Array(
    Type.Object({
      courseId: Type.String(),
      title: Bi,
      status: Type.Union([Type.Literal('not_enrolled'), Type.Literal('in_progress'), Type.Literal('completed')]),
      progressPercent: Type.Integer(),
      completedAt: Nullable(DateTime),
      counts: Type.Boolean({ description: 'This completion counts for the current cycle.' }),
      retired: Type.Boolean(),
    }),
  ),
  programme: Nullable(
    Type.Object({
      id: Type.String(),
      code: Type.String(),
      title: Bi,
      status: Type.Union([Type.Literal('not_enrolled'), Type.Literal('in_progress'), Type.Literal('completed')]),
      completedAt: Nullable(DateTime),
    }),
  ),
});

export const MyPlan = Type.Object({
  planId: Type.String(),
  code: Nullable(Type.String()),
  name: Bi,
  description: Bi,
  acrLinked: Type.Boolean(),
  status: RequirementStatus,
  assignedAt: DateTime,
  dueAt: Nullable(DateTime),
  dueDate: Nullable(Type.String()),
  completedAt: Nullable(DateTime),
  requirements: Type.Array(RequirementLine),
});
export type MyPlanT = Static<typeof MyPlan>;

export const MyPlans = Type.Object({
  asOf: DateTime,
  overdue: Type.Array(MyPlan),
  dueSoon: Type.Array(MyPlan, { description: 'Due within 7 days.' }),
  upcoming: Type.Array(MyPlan),
  completed: Type.Array(MyPlan),
});
export type MyPlansT = Static<typeof MyPlans>;

export const YearQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 2020, maximum: 2100, description: 'Appraisal year: 2025 = 1 April 2025 to 31 March 2026. Default: the current one.' })) },
  { additionalProperties: false },
);
