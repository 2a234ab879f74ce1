import { Type, type Static } from '@sinclair/typebox';
import { EmployeeGroupSchema, LanguageSchema, Posting, type UserStatus } from '../identity';
import type { Role } from '../../db/column-types';
import type { TransferStatus } from './transfers.repo';
import { PageNumber, PageSize } from '../../platform/schema';

const Uuid = Type.String({ format: 'uuid' });
/** A union of string literals whose static type is the union of the values. */
const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
export const err = { $ref: 'ErrorResponse#' };
/** The error answers every admin route can give. */
export const adminErrors = { 400: err, 401: err, 403: err, 404: err, 409: err };

export const Named = Type.Object({ id: Type.String(), nameEn: Type.String(), nameHi: Type.String() });
export const PersonRef = Type.Object({ id: Type.String(), employeeId: Type.String(), fullName: Type.String(), fullNameHi: Nullable(Type.String()) });

export const AdminUser = Type.Object(
  {
    id: Type.String(),
    employeeId: Type.String(),
    fullName: Type.String(),
    fullNameHi: Nullable(Type.String()),
    email: Type.String(),
    mobile: Type.String(),
    status: Type.String(),
    org: Named,
    designation: Type.Union([Named, Type.Null()]),
    employeeGroup: Type.String(),
    cadre: Nullable(Type.String()),
    service: Nullable(Type.String()),
    emailVerified: Type.Boolean(),
    mobileVerified: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'AdminUser' },
);
export type AdminUserT = Static<typeof AdminUser>;

/**
 * A registration waiting for approval. `emailOfficial` says whether the e-mail is on one of the org's official domains
 * (a personal or unlisted address is why most registrations wait), so the card never calls a personal address official.
 */
export const PendingRegistration = Type.Object({ ...AdminUser.properties, emailOfficial: Type.Boolean() });
export type PendingRegistrationT = Static<typeof PendingRegistration>;

/** A registration just approved or rejected: the person, and until when (and for how many seconds) it may be undone. */
export const DecidedRegistration = Type.Object({
  ...AdminUser.properties,
  undoUntil: Type.String({ format: 'date-time' }),
  undoSeconds: Type.Integer({ minimum: 0 }),
});
export type DecidedRegistrationT = Static<typeof DecidedRegistration>;

export const Page = (item: ReturnType<typeof Type.Ref>) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

export const Transfer = Type.Object(
  {
    id: Type.String(),
    user: PersonRef,
    fromOrg: Named,
    toOrg: Named,
    toDesignation: Type.Union([Named, Type.Null()]),
    effectiveDate: Type.String({ format: 'date' }),
    status: Type.String(),
    reason: Nullable(Type.String()),
    createdAt: Type.String({ format: 'date-time' }),
    decidedAt: Nullable(Type.String({ format: 'date-time' })),
    permissions: Type.Object({ accept: Type.Boolean(), reject: Type.Boolean(), cancel: Type.Boolean() }),
  },
  { $id: 'Transfer' },
);
export type TransferT = Static<typeof Transfer>;

export const RoleHeld = Type.Object({ role: Type.String(), org: Named, grantedAt: Type.String({ format: 'date-time' }) });

export const AdminUserDetail = Type.Object({
  ...AdminUser.properties,
  activation: Nullable(Type.String()),
  rejectionReason: Nullable(Type.String()),
  deactivationReason: Nullable(Type.String()),
  mergedInto: Nullable(Type.String()),
  postings: Type.Array(Posting),
  roles: Type.Array(RoleHeld),
  pendingTransfer: Type.Union([Type.Ref(Transfer), Type.Null()]),
  permissions: Type.Object({
    edit: Type.Boolean(),
    approve: Type.Boolean(),
    deactivate: Type.Boolean(),
    reactivate: Type.Boolean(),
    transfer: Type.Boolean(),
    merge: Type.Boolean(),
    manageRoles: Type.Boolean(),
  }),
});

const PageQuery = {
  page: Type.Optional(PageNumber()),
  pageSize: Type.Optional(PageSize({ default: 20 })),
};
export const UserStatusSchema = literals<UserStatus>(['pending_verification', 'pending_approval', 'active', 'rejected', 'deactivated', 'merged']);
export const RegistrationsQuery = Type.Object({ orgId: Type.Optional(Uuid), ...PageQuery }, { additionalProperties: false });
export const UsersQuery = Type.Object(
  { q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })), orgId: Type.Optional(Uuid), status: Type.Optional(UserStatusSchema), ...PageQuery },
  { additionalProperties: false },
);
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const UserIdParams = Type.Object({ userId: Uuid }, { additionalProperties: false });
export const ReasonInput = Type.Object({ reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false });

export const CreateUserInput = Type.Object(
  {
    employeeId: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9/._-]+$' }),
    fullName: Type.String({ minLength: 2, maxLength: 120 }),
    fullNameHi: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    email: Type.String({ format: 'email', maxLength: 254 }),
    mobile: Type.String({ minLength: 1, maxLength: 20 }),
    orgId: Uuid,
    designationId: Uuid,
    employeeGroup: EmployeeGroupSchema,
    cadre: Type.Optional(Type.String({ maxLength: 80 })),
    service: Type.Optional(Type.String({ maxLength: 80 })),
    language: Type.Optional(LanguageSchema),
  },
  { additionalProperties: false },
);
export type CreateUserInputT = Static<typeof CreateUserInput>;

export const UpdateUserInput = Type.Object(
  {
    fullName: Type.Optional(Type.String({ minLength: 2, maxLength: 120 })),
    fullNameHi: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 120 }))),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    mobile: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
    designationId: Type.Optional(Uuid),
    employeeGroup: Type.Optional(EmployeeGroupSchema),
    cadre: Type.Optional(Nullable(Type.String({ maxLength: 80 }))),
    service: Type.Optional(Nullable(Type.String({ maxLength: 80 }))),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUserInputT = Static<typeof UpdateUserInput>;

export const RoleNameSchema = literals<Role>(['mdo_admin', 'mdo_leader', 'content_creator', 'content_reviewer', 'content_publisher', 'state_admin', 'platform_admin']);
export const RoleInput = Type.Object({ role: RoleNameSchema, orgId: Uuid }, { additionalProperties: false });

export const TransferInput = Type.Object(
  { toOrgId: Uuid, toDesignationId: Type.Optional(Uuid), effectiveDate: Type.String({ format: 'date' }) },
  { additionalProperties: false },
);
export type TransferInputT = Static<typeof TransferInput>;
export const TransfersQuery = Type.Object(
  {
    direction: Type.Union([Type.Literal('incoming'), Type.Literal('outgoing')]),
    status: Type.Optional(literals<TransferStatus>(['pending', 'accepted', 'rejected', 'cancelled'])),
  },
  { additionalProperties: false },
);
export const MergeInput = Type.Object({ intoUserId: Uuid }, { additionalProperties: false });
export const MergeResult = Type.Object({
  user: Type.Ref(AdminUser),
  moved: Type.Record(Type.String(), Type.Integer()),
});

const DateOrTime = Type.Union([Type.String({ format: 'date-time' }), Type.String({ format: 'date' })]);
export const AuditQuery = Type.Object(
  {
    action: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    actorId: Type.Optional(Uuid),
    targetId: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    from: Type.Optional(DateOrTime),
    to: Type.Optional(DateOrTime),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  action: Type.String(),
  actor: Type.Union([Type.Object({ id: Type.String(), fullName: Type.String() }), Type.Null()]),
  targetType: Nullable(Type.String()),
  targetId: Nullable(Type.String()),
  orgId: Nullable(Type.String()),
  ip: Nullable(Type.String()),
  details: Type.Record(Type.String(), Type.Unknown()),
});
