import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { PageNumber, PageSize } from '../../platform/schema';

export const Uuid = Type.String({ format: 'uuid' });
export const DateOnly = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar date in India, YYYY-MM-DD.' });
export const DateTime = Type.String({ format: 'date-time' });
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
export const Names = Type.Object({ en: Type.String(), hi: Type.String() });
export const err = { $ref: 'ErrorResponse#' };
/** The error answers report routes can give. */
export const reportErrorResponses = { 400: err, 401: err, 403: err, 404: err, 409: err, 413: err };

export const OrgParams = Type.Object({ orgId: Uuid });
export const IdParams = Type.Object({ id: Uuid });

export const RangeQuery = Type.Object(
  {
    from: Type.Optional(DateOnly),
    to: Type.Optional(DateOnly),
    grain: Type.Optional(Type.Union([Type.Literal('d'), Type.Literal('w'), Type.Literal('m')], { description: 'Chart grain: day, ISO week or month.' })),
  },
  { additionalProperties: false },
);
export type RangeQueryT = Static<typeof RangeQuery>;

const OrgRef = Type.Object({ id: Uuid, name: Names, type: Type.String() });

export const People = Type.Object({
  registered: Type.Integer({ description: 'Accounts registered and not closed (active or awaiting approval), as of the end date.' }),
  verified: Type.Integer({ description: 'Verified or approved (active) accounts.' }),
  completedOne: Type.Integer({ description: 'Completed at least one course.' }),
  completedThree: Type.Integer({ description: 'Completed three or more.' }),
  fewerThanThree: Type.Integer({ description: 'Completed fewer than three (zero included).' }),
  none: Type.Integer({ description: 'Completed none.' }),
});
export type PeopleT = Static<typeof People>;

export const Activity = Type.Object({
  newRegistrations: Type.Integer(),
  enrolments: Type.Integer(),
  completions: Type.Integer(),
  learningMinutes: Type.Integer(),
  learningHours: Type.Number({ description: 'Credited minutes in hours with one decimal (platform/hours.ts, the same rule as the exports).' }),
  certificates: Type.Integer(),
  activePeople: Nullable(Type.Integer({ description: 'Distinct people who enrolled in or completed a course in the period; null when the range is not all time or one calendar day, week, month or year (ask /active).' })),
  completingPeople: Nullable(Type.Integer({ description: 'Distinct people who completed a course in the period; null as above.' })),
});
export type ActivityT = Static<typeof Activity>;

const Share = Type.Object({ registered: Nullable(Type.Number()), completions: Nullable(Type.Number()), learningMinutes: Nullable(Type.Number()) });

export const SeriesPoint = Type.Object({
  period: DateOnly,
  enrolments: Type.Integer(),
  completions: Type.Integer(),
  learningHours: Type.Number(),
  certificates: Type.Integer(),
  newRegistrations: Type.Integer(),
  activePeople: Type.Integer(),
  partial: Type.Boolean({ description: 'The period is not over yet (it ends today or later, in India): its figures are so far, not final.' }),
});

export const ChildRow = Type.Object({
  org: OrgRef,
  hasChildren: Type.Boolean(),
  people: People,
  completions: Type.Integer(),
  learningHours: Type.Number(),
  certificates: Type.Integer(),
});

const TopCourse = Type.Object({ courseId: Uuid, title: Names, enrolments: Type.Integer(), completions: Type.Integer() });

export const ReportPermissions = Type.Object({
  people: Type.Boolean(),
  export: Type.Boolean(),
  mask: Type.Union([Type.Literal('none'), Type.Literal('partial'), Type.Literal('strict')]),
  manageCampaigns: Type.Boolean(),
  monthlyEmail: Type.Boolean(),
});

export const Dashboard = Type.Object({
  org: OrgRef,
  breadcrumb: Type.Array(OrgRef),
  range: Type.Object({ from: Nullable(DateOnly), to: DateOnly, grain: Type.String(), exactPeriod: Type.Boolean() }),
  people: People,
  activity: Activity,
  share: Type.Object({ parent: Nullable(Share), national: Share }),
  series: Type.Array(SeriesPoint),
  children: Type.Array(ChildRow),
  topCourses: Type.Object({ byEnrolments: Type.Array(TopCourse), byCompletions: Type.Array(TopCourse), months: Nullable(Type.Object({ from: DateOnly, to: DateOnly })) }),
  freshness: Type.Object({ pendingPeople: Type.Integer({ description: 'People whose latest events are still being added.' }), at: DateTime }),
  permissions: ReportPermissions,
});
export type DashboardT = Static<typeof Dashboard>;

export const ActiveInRange = Type.Object({ from: Nullable(DateOnly), to: DateOnly, activePeople: Type.Integer(), completingPeople: Type.Integer() });
export const ActiveQuery = Type.Object({ from: Type.Optional(DateOnly), to: Type.Optional(DateOnly) }, { additionalProperties: false });

export const PlanCompliance = Type.Object({
  items: Type.Array(
    Type.Object({
      planId: Uuid,
      name: Names,
      status: Type.String(),
      acrLinked: Type.Boolean(),
      assigned: Type.Integer(),
      completedOnTime: Type.Integer(),
      completedLate: Type.Integer(),
      overdue: Type.Integer(),
      pending: Type.Integer(),
      exempted: Type.Integer(),
    }),
  ),
});

export const PeopleQuery = Type.Object(
  {
    bucket: Type.Optional(
      Type.Union([Type.Literal('all'), Type.Literal('none'), Type.Literal('fewer_than_three'), Type.Literal('completed_one'), Type.Literal('three_or_more')]),
    ),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    page: Type.Optional(PageNumber()),
    pageSize: Type.Optional(PageSize()),
  },
  { additionalProperties: false },
);
export type PeopleQueryT = Static<typeof PeopleQuery>;

export const PersonRow = Type.Object({
  userId: Uuid,
  name: Type.String(),
  employeeId: Type.String(),
  email: Nullable(Type.String()),
  mobile: Nullable(Type.String()),
  designation: Nullable(Names),
  org: OrgRef,
  verified: Type.Boolean(),
  enrolments: Type.Integer(),
  completions: Type.Integer(),
  learningHours: Type.Number(),
  certificates: Type.Integer(),
  lastActiveOn: Nullable(DateOnly),
});
export const PeoplePage = Type.Object({ items: Type.Array(PersonRow), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer(), mask: Type.String() });

export const ExportKind = Type.Union([Type.Literal('users'), Type.Literal('enrolments'), Type.Literal('plans'), Type.Literal('assessments')]);
export const ExportFormat = Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]);
export const ExportQuery = Type.Object({ kind: ExportKind, format: Type.Optional(ExportFormat) }, { additionalProperties: false });
export const ExportRequest = Type.Object({ orgId: Uuid, kind: ExportKind, format: ExportFormat }, { additionalProperties: false });
export const ExportJob = Type.Object({
  id: Uuid,
  org: OrgRef,
  kind: Type.String(),
  format: Type.String(),
  status: Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('ready'), Type.Literal('failed')]),
  rowCount: Nullable(Type.Integer()),
  sizeBytes: Nullable(Type.Integer()),
  createdAt: DateTime,
  finishedAt: Nullable(DateTime),
  downloadUrl: Nullable(Type.String()),
});
export type ExportJobT = Static<typeof ExportJob>;
export const ExportList = Type.Object({ items: Type.Array(ExportJob) });

export const Reconciliation = Type.Object({
  org: OrgRef,
  matches: Type.Boolean(),
  pendingPeople: Type.Integer(),
  checkedRows: Type.Integer(),
  mismatches: Type.Array(Type.Object({ table: Type.String(), key: Type.String(), metric: Type.String(), rollup: Type.Number(), raw: Type.Number() })),
});
export type ReconciliationT = Static<typeof Reconciliation>;

export const ReportsHome = Type.Object({
  scopes: Type.Array(OrgRef),
  campaignManager: Type.Boolean(),
  monthlyEmail: Nullable(Type.Boolean()),
});

export const SubscriptionInput = Type.Object({ monthlyEmail: Type.Boolean() }, { additionalProperties: false });
export const Subscription = Type.Object({ monthlyEmail: Type.Boolean() });

export const LeaderboardQuery = Type.Object(
  { from: Type.Optional(DateOnly), to: Type.Optional(DateOnly), limit: Type.Optional(PageSize()) },
  { additionalProperties: false },
);
export const Leaderboard = Type.Object({
  org: OrgRef,
  range: Type.Object({ from: DateOnly, to: DateOnly }),
  names: Type.Union([Type.Literal('full'), Type.Literal('short')]),
  items: Type.Array(
    Type.Object({ rank: Type.Integer(), name: Type.String(), org: Names, completions: Type.Integer(), learningHours: Type.Number(), me: Type.Boolean() }),
  ),
});

export const HallOfFameQuery = Type.Object(
  { orgId: Type.Optional(Uuid), from: Type.Optional(DateOnly), to: Type.Optional(DateOnly), level: Type.Optional(Type.Integer({ minimum: 1, maximum: 3 })) },
  { additionalProperties: false },
);
const FameRow = Type.Object({
  rank: Type.Integer(),
  org: OrgRef,
  registered: Type.Integer(),
  completions: Type.Integer(),
  learningHours: Type.Number(),
  hoursPerEmployee: Type.Number(),
  completionsPerEmployee: Type.Number(),
});
export const HallOfFame = Type.Object({
  scope: OrgRef,
  range: Type.Object({ from: DateOnly, to: DateOnly }),
  groups: Type.Array(Type.Object({ size: Type.String(), minPeople: Type.Integer(), maxPeople: Nullable(Type.Integer()), items: Type.Array(FameRow) })),
});

export const CampaignInput = Type.Object(
  {
    nameEn: Type.String({ minLength: 1, maxLength: 150 }),
    nameHi: Type.String({ minLength: 1, maxLength: 150 }),
    scopeOrgId: Uuid,
    startsOn: DateOnly,
    endsOn: DateOnly,
    targetHoursPerEmployee: Type.Optional(Nullable(Type.Number({ minimum: 0.5, maximum: 200 }))),
    targetParticipationPercent: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100 }))),
    targetCompletions: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100_000_000 }))),
  },
  { additionalProperties: false },
);
export type CampaignInputT = Static<typeof CampaignInput>;

const CampaignTargets = Type.Object({
  hoursPerEmployee: Nullable(Type.Number()),
  participationPercent: Nullable(Type.Integer()),
  completions: Nullable(Type.Integer()),
});
export const CampaignCard = Type.Object({
  id: Uuid,
  name: Names,
  scope: OrgRef,
  startsOn: DateOnly,
  endsOn: DateOnly,
  state: Type.Union([Type.Literal('upcoming'), Type.Literal('running'), Type.Literal('ended')]),
  targets: CampaignTargets,
  canManage: Type.Boolean(),
});
export const CampaignList = Type.Object({ items: Type.Array(CampaignCard), canCreate: Type.Boolean() });
export const CampaignLive = Type.Object({
  campaign: CampaignCard,
  employees: Type.Integer(),
  completions: Type.Integer(),
  learningHours: Type.Number(),
  peopleCompleted: Type.Integer(),
  peopleFourHours: Type.Integer(),
  hoursPerEmployee: Type.Number(),
  participationPercent: Type.Number(),
  progress: Type.Object({ hours: Nullable(Type.Number()), participation: Nullable(Type.Number()), completions: Nullable(Type.Number()) }),
  leading: Type.Array(
    Type.Object({
      rank: Type.Integer(),
      org: OrgRef,
      employees: Type.Integer(),
      completions: Type.Integer(),
      learningHours: Type.Number(),
      hoursPerEmployee: Type.Number(),
      peopleCompleted: Type.Integer(),
    }),
  ),
  freshness: Type.Object({ at: DateTime }),
});

export const CourseQuality = Type.Object({
  courseId: Uuid,
  title: Names,
  enrolments: Type.Integer(),
  completions: Type.Integer(),
  completionRate: Nullable(Type.Number()),
  averageRating: Nullable(Type.Number()),
  ratings: Type.Integer(),
  finalAssessment: Nullable(Type.Object({ takers: Type.Integer(), passed: Type.Integer(), passRate: Nullable(Type.Number()) })),
  dropOff: Nullable(Type.Object({ lessonKey: Uuid, number: Type.Integer(), title: Names, stalled: Type.Integer() })),
  lessons: Type.Array(Type.Object({ lessonKey: Uuid, number: Type.Integer(), title: Names, type: Type.String(), stalledHere: Type.Integer() })),
  stalledDays: Type.Integer(),
});
export const CourseQualityParams = Type.Object({ courseId: Uuid });
