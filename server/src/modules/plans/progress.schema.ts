import { Type } from '@sinclair/typebox';
import { CycleView, RequirementLine } from './me.schema';
import { DateOnly, DateTime, Nullable, Uuid } from './plans.schema';
import { PEOPLE_STATUSES } from './progress.repo';
import { PageNumber } from '../../platform/schema';

/* Schemas of progress, drill-down, person detail, exceptions, exports and compliance statements. */

const Bi = Type.Object({ en: Type.String(), hi: Type.String() });
const Named = Type.Object({ id: Type.String(), nameEn: Type.String(), nameHi: Type.String() });

export const OrgQuery = Type.Object({ orgId: Type.Optional(Uuid) }, { additionalProperties: false });
export const Progress = Type.Object({
  planId: Type.String(),
  asOf: DateTime,
  sweep: Type.Object({ status: Type.String(), sweptAt: Nullable(DateTime) }),
  counts: Type.Object({
    assigned: Type.Integer(),
    completedOnTime: Type.Integer(),
    completedLate: Type.Integer(),
    overdue: Type.Integer(),
    pending: Type.Integer({ description: 'Open and not yet due (extended and awaiting renewal included).' }),
    extended: Type.Integer(),
    awaitingRenewal: Type.Integer(),
    exempted: Type.Integer(),
    leftAudience: Type.Integer(),
  }),
});

export const PeopleStatus = Type.Union(PEOPLE_STATUSES.map((s) => Type.Literal(s)));
export const PeopleQuery = Type.Object(
  {
    status: Type.Optional(PeopleStatus),
    orgId: Type.Optional(Uuid),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    page: Type.Optional(PageNumber()),
  },
  { additionalProperties: false },
);
export const ExportQuery = Type.Object({ status: Type.Optional(PeopleStatus), orgId: Type.Optional(Uuid) }, { additionalProperties: false });

export const PersonRow = Type.Object({
  userId: Type.String(),
  employeeId: Type.String(),
  name: Type.String(),
  nameHi: Nullable(Type.String()),
  email: Type.String(),
  mobile: Type.String(),
  org: Named,
  designation: Nullable(Bi),
  status: Type.String(),
  dueAt: Nullable(DateTime),
  dueDate: Nullable(Type.String()),
  completedAt: Nullable(DateTime),
  assignedAt: DateTime,
});
export const People = Type.Object({ items: Type.Array(PersonRow), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

export const PersonParams = Type.Object({ id: Uuid, userId: Uuid });
export const PersonInPlan = Type.Object({
  planId: Type.String(),
  planName: Bi,
  user: Type.Object({ id: Type.String(), employeeId: Type.String(), name: Type.String(), nameHi: Nullable(Type.String()), org: Named, designation: Nullable(Bi) }),
  assignment: Type.Object({ status: Type.String(), cause: Type.String(), assignedAt: DateTime, leftAt: Nullable(DateTime), leftReason: Nullable(Type.String()), state: Type.String() }),
  requirements: Type.Array(RequirementLine),
  exceptions: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: Type.String(),
      requirementId: Nullable(Type.String()),
      extendedTo: Nullable(DateTime),
      extendedToDate: Nullable(Type.String()),
      reason: Type.String(),
      approver: Type.Object({ id: Type.String(), name: Type.String() }),
      approverRole: Type.String(),
      createdAt: DateTime,
    }),
  ),
  permissions: Type.Object({ grant: Type.Boolean() }),
});

const Reason = Type.String({ minLength: 1, maxLength: 500 });
export const ExtensionInput = Type.Object({ dueDate: DateOnly, reason: Reason, requirementId: Type.Optional(Uuid) }, { additionalProperties: false });
export const ExemptionInput = Type.Object({ reason: Reason, requirementId: Type.Optional(Uuid) }, { additionalProperties: false });

export const ReportingOfficerParams = Type.Object({ userId: Uuid });
export const ReportingOfficerInput = Type.Object({ officerId: Nullable(Uuid) }, { additionalProperties: false });
export const ReportingOfficer = Type.Object({ userId: Type.String(), officerId: Nullable(Type.String()) });
export const ReportingOfficerView = Type.Object({
  userId: Type.String(),
  officer: Nullable(Type.Object({ id: Type.String(), employeeId: Type.String(), nameEn: Type.String(), nameHi: Type.String() })),
});

export const Reportees = Type.Array(
  Type.Object({
    userId: Type.String(),
    employeeId: Type.String(),
    name: Type.String(),
    plans: Type.Array(Type.Object({ planId: Type.String(), name: Bi, status: Type.String(), dueDate: Nullable(Type.String()) })),
  }),
);

const StatementCycle = Type.Intersect([
  CycleView,
  Type.Object({
    onTime: Nullable(Type.Boolean()),
    completed: Type.Array(Type.Object({ courseId: Type.Optional(Type.String()), programmeId: Type.Optional(Type.String()), title: Bi, completedAt: Type.String() })),
  }),
]);
const Outcome = Type.Union(['compliant', 'compliant_late', 'pending', 'non_compliant', 'exempted'].map((s) => Type.Literal(s)));
export const Statement = Type.Object({
  employee: Type.Object({
    userId: Type.String(),
    employeeId: Type.String(),
    name: Type.String(),
    nameHi: Nullable(Type.String()),
    designation: Nullable(Bi),
    org: Type.Object({ id: Type.String(), en: Type.String(), hi: Type.String() }),
  }),
  year: Type.Object({ year: Type.Integer(), label: Type.String(), from: Type.String(), to: Type.String() }),
  overall: Type.Union([Outcome, Type.Literal('not_applicable')]),
  plans: Type.Array(
    Type.Object({
      planId: Type.String(),
      code: Nullable(Type.String()),
      name: Bi,
      assignment: Type.Object({ status: Type.String(), assignedAt: DateTime, leftAt: Nullable(DateTime) }),
      outcome: Outcome,
      requirements: Type.Array(Type.Object({ requirementId: Type.String(), title: Bi, cycles: Type.Array(StatementCycle) })),
      exceptions: Type.Array(
        Type.Object({
          kind: Type.String(),
          requirementId: Nullable(Type.String()),
          extendedToDate: Nullable(Type.String()),
          reason: Type.String(),
          approvedBy: Type.String(),
          approverRole: Type.String(),
          at: DateTime,
        }),
      ),
    }),
  ),
  generatedAt: DateTime,
});

export const StatementVerification = Type.Object({
  number: Type.String(),
  valid: Type.Boolean(),
  issuedAt: DateTime,
  employee: Type.Object({ name: Type.String(), nameHi: Nullable(Type.String()), employeeId: Type.String(), org: Type.Object({ id: Type.String(), en: Type.String(), hi: Type.String() }) }),
  year: Type.Object({ year: Type.Integer(), label: Type.String(), from: Type.String(), to: Type.String() }),
  overall: Type.String(),
  plans: Type.Array(Type.Object({ name: Bi, outcome: Type.String() })),
});
export const UserParams = Type.Object({ userId: Uuid });
export const StatementParams = Type.Object({ number: Type.String({ pattern: '^KSH-CS-\\d{4}-[0-9A-F]{12}$' }) });
