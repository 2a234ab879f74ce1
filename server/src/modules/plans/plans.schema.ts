import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { PageNumber } from '../../platform/schema';

/* Request and response schemas of the plan administration endpoints. */

export const Uuid = Type.String({ format: 'uuid' });
export const DateTime = Type.String({ format: 'date-time' });
export const DateOnly = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar date, YYYY-MM-DD.' });
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
export const err = { $ref: 'ErrorResponse#' };
/** The error answers plan routes can give. */
export const planErrorResponses = { 400: err, 401: err, 403: err, 404: err, 409: err, 422: err };

const Text = (max: number) => Type.String({ maxLength: max });
const Bilingual = (max: number) => Type.Object({ en: Text(max), hi: Text(max) }, { additionalProperties: false });
const OptionalBilingual = (max: number) => Type.Object({ en: Type.Optional(Text(max)), hi: Type.Optional(Text(max)) }, { additionalProperties: false });
const Group = Type.Union(['A', 'B', 'C', 'D', 'contractual', 'honorarium', 'other'].map((g) => Type.Literal(g)));

export const AudienceGroupInput = Type.Object(
  {
    orgIds: Type.Optional(Type.Array(Uuid, { maxItems: 200, description: 'Subtrees; a person posted anywhere under one matches.' })),
    designationIds: Type.Optional(Type.Array(Uuid, { maxItems: 200 })),
    employeeGroups: Type.Optional(Type.Array(Group, { maxItems: 7 })),
    cadres: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 })),
    services: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 })),
    postedFrom: Type.Optional(DateOnly),
    postedTo: Type.Optional(DateOnly),
  },
  { additionalProperties: false, description: 'Criteria within a group are ANDed; groups are ORed.' },
);
export const AudienceInput = Type.Object(
  {
    mode: Type.Union([Type.Literal('all'), Type.Literal('criteria')]),
    groups: Type.Optional(Type.Array(AudienceGroupInput, { maxItems: 20 })),
    includeUserIds: Type.Optional(Type.Array(Uuid, { maxItems: 1000 })),
    excludeUserIds: Type.Optional(Type.Array(Uuid, { maxItems: 1000 })),
  },
  { additionalProperties: false },
);
export const DeadlineInput = Type.Object(
  {
    kind: Type.Union([Type.Literal('fixed'), Type.Literal('after_joining'), Type.Literal('after_assignment'), Type.Literal('after_posting')]),
    date: Type.Optional(DateOnly),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
    months: Type.Optional(Type.Integer({ minimum: 1, maximum: 120, description: 'Relative deadlines in calendar months instead of days (1 Feb + 1 month = 1 Mar).' })),
    lateJoinerDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650, description: 'fixed: people assigned late get at least this many days.' })),
    everyYear: Type.Optional(Type.Boolean({ description: 'fixed: the order recurs every appraisal year, due on the same day and month.' })),
    notBefore: Type.Optional(DateOnly),
  },
  { additionalProperties: false },
);
export const RequirementInput = Type.Object(
  {
    kind: Type.Union([Type.Literal('courses'), Type.Literal('any_of'), Type.Literal('tagged'), Type.Literal('programme')]),
    title: Type.Optional(OptionalBilingual(200)),
    courseIds: Type.Optional(Type.Array(Uuid, { maxItems: 50 })),
    count: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
    tags: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,59}$' }), { maxItems: 10 })),
    publishedAfter: Type.Optional(DateOnly),
    programmeId: Type.Optional(Uuid),
    validityMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 120 })),
    renewalWindowDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
  },
  { additionalProperties: false },
);
export const PlanInput = Type.Object(
  {
    code: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,79}$' })),
    ownerOrgId: Uuid,
    name: Bilingual(200),
    description: Type.Optional(OptionalBilingual(4000)),
    acrLinked: Type.Optional(Type.Boolean()),
    audience: AudienceInput,
    deadline: DeadlineInput,
    countsFrom: Type.Optional(Type.String({ pattern: '^(ever|cycle|\\d{4}-\\d{2}-\\d{2})$', description: "'ever', 'cycle' or a date." })),
    requirements: Type.Array(RequirementInput, { minItems: 1, maxItems: 20 }),
  },
  { additionalProperties: false },
);
export type PlanInputT = Static<typeof PlanInput>;
export type RequirementInputT = Static<typeof RequirementInput>;
export type AudienceInputT = Static<typeof AudienceInput>;

export const AudiencePreviewInput = Type.Object({ ownerOrgId: Uuid, audience: AudienceInput }, { additionalProperties: false });
export const AudiencePreview = Type.Object({ count: Type.Integer({ description: 'Active people the audience matches now.' }) });

const Named = Type.Object({ id: Type.String(), nameEn: Type.String(), nameHi: Type.String() });
const NamedPerson = Type.Object({ id: Type.String(), employeeId: Type.String(), nameEn: Type.String(), nameHi: Type.String() });
const CourseRef = Type.Object({ courseId: Type.String(), title: Type.Object({ en: Type.String(), hi: Type.String() }), retired: Type.Boolean() });

export const Requirement = Type.Object({
  id: Type.String(),
  position: Type.Integer(),
  kind: Type.String(),
  title: Type.Object({ en: Type.String(), hi: Type.String() }),
  courseIds: Type.Array(Type.String()),
  courses: Type.Array(CourseRef),
  count: Nullable(Type.Integer()),
  tags: Type.Array(Type.String()),
  /** The tags named in both languages, as a person reads them. */
  tagNames: Type.Array(Type.Object({ en: Type.String(), hi: Type.String() })),
  publishedAfter: Nullable(Type.String()),
  programmeId: Nullable(Type.String()),
  programme: Nullable(Type.Object({ id: Type.String(), code: Type.String(), title: Type.Object({ en: Type.String(), hi: Type.String() }) })),
  validityMonths: Nullable(Type.Integer()),
  renewalWindowDays: Nullable(Type.Integer()),
});
export type RequirementT = Static<typeof Requirement>;

export const Plan = Type.Object({
  id: Type.String(),
  code: Nullable(Type.String()),
  ownerOrg: Named,
  name: Type.Object({ en: Type.String(), hi: Type.String() }),
  description: Type.Object({ en: Type.String(), hi: Type.String() }),
  status: Type.Union([Type.Literal('draft'), Type.Literal('live'), Type.Literal('retired')]),
  acrLinked: Type.Boolean(),
  audience: Type.Object({
    mode: Type.String(),
    groups: Type.Array(Type.Unsafe<Static<typeof AudienceGroupInput>>(AudienceGroupInput)),
    includeUserIds: Type.Array(Type.String()),
    excludeUserIds: Type.Array(Type.String()),
    included: Type.Array(NamedPerson, { description: 'The people added one by one, named (the edit form shows them).' }),
    excluded: Type.Array(NamedPerson),
  }),
  deadline: Type.Unsafe<Static<typeof DeadlineInput>>(DeadlineInput),
  countsFrom: Type.String(),
  requirements: Type.Array(Requirement),
  createdAt: DateTime,
  updatedAt: DateTime,
  publishedAt: Nullable(DateTime),
  retiredAt: Nullable(DateTime),
  sweep: Type.Object({ status: Type.String(), sweptAt: Nullable(DateTime) }, { description: 'Set-wise assignment when it went live.' }),
  permissions: Type.Object({ edit: Type.Boolean(), delete: Type.Boolean(), publish: Type.Boolean(), retire: Type.Boolean(), change: Type.Boolean(), manage: Type.Boolean() }),
});
export type PlanT = Static<typeof Plan>;

export const PlanCard = Type.Object({
  id: Type.String(),
  code: Nullable(Type.String()),
  name: Type.Object({ en: Type.String(), hi: Type.String() }),
  ownerOrg: Named,
  status: Type.String(),
  acrLinked: Type.Boolean(),
  requirementCount: Type.Integer(),
  deadline: Type.Unsafe<Static<typeof DeadlineInput>>(DeadlineInput),
  publishedAt: Nullable(DateTime),
  updatedAt: DateTime,
});
export const PlanList = Type.Object({ items: Type.Array(PlanCard), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });
export const PlanListQuery = Type.Object(
  {
    status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('live'), Type.Literal('retired')])),
    page: Type.Optional(PageNumber()),
  },
  { additionalProperties: false },
);
export const PlanParams = Type.Object({ id: Uuid });

const Version = Type.String({ format: 'date-time', description: "The plan's `updatedAt` the admin saw when confirming." });
export const PublishInput = Type.Object(
  {
    version: Type.Optional(Version),
    confirmedCount: Type.Optional(Type.Integer({ minimum: 0, description: 'The number of people the admin confirmed (from the publish preview).' })),
  },
  { additionalProperties: false },
);
export type PublishInputT = Static<typeof PublishInput>;
export const PublishPreview = Type.Object({
  count: Type.Integer({ description: 'Active people the plan would assign now.' }),
  dueDate: Nullable(DateOnly),
  deadline: Type.Unsafe<Static<typeof DeadlineInput>>(DeadlineInput),
  version: DateTime,
});
export type PublishPreviewT = Static<typeof PublishPreview>;

export const LiveChangeInput = Type.Object(
  {
    version: Version,
    deadline: Type.Optional(DeadlineInput),
    audience: Type.Optional(AudienceInput),
  },
  { additionalProperties: false, description: 'What a live plan allows: a later deadline of the same kind, a wider audience.' },
);
export type LiveChangeInputT = Static<typeof LiveChangeInput>;
export const LiveChangePreview = Type.Object({
  assigned: Type.Integer({ description: 'People assigned now (active).' }),
  deadlineMoves: Type.Integer({ description: 'Of them, people whose open requirements move to the new deadline.' }),
  dueDate: Nullable(DateOnly),
  added: Type.Integer({ description: 'People the wider audience takes in (assigned by a job, and told).' }),
});
export type LiveChangePreviewT = Static<typeof LiveChangePreview>;
