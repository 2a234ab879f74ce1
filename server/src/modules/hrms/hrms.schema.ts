import { Type } from '@sinclair/typebox';
import { Statement } from '../plans';
import { PageSize } from '../../platform/schema';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const err = { $ref: 'ErrorResponse#' };
/** The error answers HRMS routes can give. */
export const hrmsErrorResponses = { 400: err, 401: err, 403: err, 404: err, 409: err };

const Named = Type.Object({ id: Type.String(), nameEn: Type.String(), nameHi: Type.String() });

export const TokenInput = Type.Object({ orgId: Uuid, name: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false });
export const Token = Type.Object({
  id: Type.String(),
  name: Type.String(),
  org: Named,
  prefix: Type.String({ description: 'The first characters of the token, to recognise it.' }),
  createdAt: DateTime,
  lastUsedAt: Nullable(DateTime),
  revokedAt: Nullable(DateTime),
});
export const CreatedToken = Type.Intersect([Token, Type.Object({ token: Type.String({ description: 'Shown once: store it now.' }) })]);
export const WebhookInput = Type.Object({ orgId: Uuid, url: Type.String({ minLength: 8, maxLength: 500 }) }, { additionalProperties: false });
export const Webhook = Type.Object({
  id: Type.String(),
  url: Type.String(),
  org: Named,
  createdAt: DateTime,
  revokedAt: Nullable(DateTime),
  deliveries: Type.Object({ delivered: Type.Integer(), pending: Type.Integer(), failed: Type.Integer() }),
});
export const CreatedWebhook = Type.Intersect([Webhook, Type.Object({ secret: Type.String({ description: 'Shown once: the HMAC-SHA256 key.' }) })]);
export const IdParams = Type.Object({ id: Uuid });
export const ScopeQuery = Type.Object({ orgId: Type.Optional(Uuid) }, { additionalProperties: false });
export const Access = Type.Object({ tokens: Type.Array(Token), webhooks: Type.Array(Webhook) });
export const Delivery = Type.Object({
  id: Type.String(),
  status: Type.String(),
  attempts: Type.Integer(),
  lastStatus: Type.Union([Type.Integer(), Type.Null()]),
  lastError: Nullable(Type.String()),
  employees: Type.Integer(),
  createdAt: DateTime,
  deliveredAt: Nullable(DateTime),
});
export const Deliveries = Type.Array(Delivery);

export const EmployeeParams = Type.Object({ employeeId: Type.String({ minLength: 1, maxLength: 64 }) });
export const HrmsYearQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 2020, maximum: 2100, description: 'Appraisal year: 2025 = 1 April 2025 to 31 March 2026.' })) },
  { additionalProperties: false },
);
export const BulkQuery = Type.Object(
  {
    year: Type.Optional(Type.Integer({ minimum: 2020, maximum: 2100 })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(PageSize({ maximum: 100, default: 50 })),
    changedSince: Type.Optional(Type.String({ format: 'date-time', description: 'Only employees whose plan records changed since then.' })),
  },
  { additionalProperties: false },
);
export const BulkCompliance = Type.Object({
  items: Type.Array(Statement),
  nextCursor: Nullable(Type.String({ description: 'Pass as `cursor` for the next page; null at the end.' })),
});
export { Statement };
