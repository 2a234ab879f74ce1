import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { PageNumber } from '../../platform/schema';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });
const Uuid = Type.String({ format: 'uuid' });
const Bi = Type.Object({ en: Nullable(Type.String()), hi: Nullable(Type.String()) });
export const err = { $ref: 'ErrorResponse#' };
/** The error answers certificate routes can give. */
export const certificateErrorResponses = { 400: err, 401: err, 403: err, 404: err, 409: err };

export const Status = Type.Union([
  Type.Literal('pending'),
  Type.Literal('issued'),
  Type.Literal('failed'),
  Type.Literal('not_eligible'),
  Type.Literal('revoked'),
  Type.Literal('superseded'),
]);
export type StatusT = Static<typeof Status>;
const Kind = Type.Union([Type.Literal('course'), Type.Literal('programme')]);

export const IdParams = Type.Object({ id: Uuid });
export const NumberParams = Type.Object({ number: Type.String({ minLength: 8, maxLength: 40, pattern: '^[A-Za-z0-9 -]+$' }) });
export const OrgParams = Type.Object({ orgId: Uuid });
export const CourseParams = Type.Object({ courseId: Uuid });

const Failure = Nullable(Type.Object({ code: Type.String(), message: Type.String() }));
const Permissions = Type.Object({ view: Type.Boolean(), revoke: Type.Boolean(), reissue: Type.Boolean(), requeue: Type.Boolean() });

/** A certificate as its holder sees it. */
export const MyCertificate = Type.Object({
  id: Type.String(),
  number: Type.String(),
  kind: Kind,
  subjectId: Type.String(),
  title: Type.String({ description: 'In the user’s language, else the other one.' }),
  status: Status,
  failure: Failure,
  completedAt: DateTime,
  issuedAt: Nullable(DateTime),
  learningHours: Type.Number(),
  verifyUrl: Type.String({ description: 'The public verification page (also in the QR code).' }),
  revokedAt: Nullable(DateTime),
  revocationReason: Nullable(Type.String()),
  supersededAt: Nullable(DateTime),
});
export type MyCertificateT = Static<typeof MyCertificate>;

export const MyCertificates = Type.Object({
  items: Type.Array(MyCertificate),
  profileName: Type.Object({ en: Type.String(), hi: Nullable(Type.String()) }, { description: 'The name new certificates will carry.' }),
  awaiting: Type.Integer({ description: 'Completions of the last few minutes whose certificate is not yet being issued: more will appear.' }),
});

/** A certificate in the MDO admin's list. */
export const AdminCertificate = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  number: Type.String(),
  kind: Kind,
  subjectId: Type.String(),
  holderName: Bi,
  holderOrg: Bi,
  designation: Bi,
  title: Bi,
  issuer: Bi,
  status: Status,
  failure: Failure,
  attempts: Type.Integer(),
  completedAt: DateTime,
  issuedAt: Nullable(DateTime),
  revokedAt: Nullable(DateTime),
  revocationReason: Nullable(Type.String()),
  supersededAt: Nullable(DateTime),
  permissions: Permissions,
});
export type AdminCertificateT = Static<typeof AdminCertificate>;

export const AdminListQuery = Type.Object(
  {
    party: Type.Optional(Type.Union([Type.Literal('holder'), Type.Literal('issuer')], { default: 'holder', description: 'holder: people in my organisations; issuer: issued by my organisations.' })),
    status: Type.Optional(Status),
    subjectId: Type.Optional(Uuid),
    orgId: Type.Optional(Uuid),
    from: Type.Optional(Type.String({ format: 'date', description: 'Completed on or after (YYYY-MM-DD, India time).' })),
    to: Type.Optional(Type.String({ format: 'date', description: 'Completed on or before (YYYY-MM-DD, India time).' })),
    page: Type.Optional(PageNumber()),
  },
  { additionalProperties: false },
);
export type AdminListQueryT = Static<typeof AdminListQuery>;
export const AdminList = Type.Object({ items: Type.Array(AdminCertificate), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

export const ZipQuery = Type.Object(
  {
    orgId: Uuid,
    from: Type.String({ format: 'date' }),
    to: Type.String({ format: 'date' }),
    party: Type.Optional(Type.Union([Type.Literal('holder'), Type.Literal('issuer')], { default: 'holder' })),
  },
  { additionalProperties: false },
);

export const ReasonInput = Type.Object({ reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false });

/** What the public verification says: nothing about the person beyond the name on the certificate. */
export const Verification = Type.Object({
  number: Type.String(),
  status: Type.Union([Type.Literal('valid'), Type.Literal('revoked'), Type.Literal('superseded'), Type.Literal('unknown')]),
  holderName: Nullable(Bi),
  title: Nullable(Bi),
  kind: Nullable(Kind),
  completedAt: Nullable(DateTime),
  issuedAt: Nullable(DateTime),
  issuer: Nullable(Bi),
  revokedAt: Nullable(DateTime),
  revocationReason: Nullable(Type.String()),
  supersededAt: Nullable(DateTime),
});
export type VerificationT = Static<typeof Verification>;

export const Criteria = Type.Object({
  courseId: Type.String(),
  minFinalScorePercent: Nullable(Type.Integer()),
  hasFinalAssessment: Type.Boolean({ description: 'The current version has a final assessment (a minimum score applies only then).' }),
  updatedAt: Nullable(DateTime),
  canEdit: Type.Boolean(),
});
export const CriteriaInput = Type.Object(
  { minFinalScorePercent: Type.Union([Type.Integer({ minimum: 1, maximum: 100 }), Type.Null()]) },
  { additionalProperties: false },
);

const TemplateFields = {
  signatoryName: Type.Object({ en: Type.Optional(Type.String({ maxLength: 120 })), hi: Type.Optional(Type.String({ maxLength: 120 })) }, { additionalProperties: false }),
  signatoryDesignation: Type.Object(
    { en: Type.Optional(Type.String({ maxLength: 160 })), hi: Type.Optional(Type.String({ maxLength: 160 })) },
    { additionalProperties: false },
  ),
};
export const TemplateInput = Type.Object(TemplateFields, { additionalProperties: false });
export type TemplateInputT = Static<typeof TemplateInput>;
const TemplateView = Type.Object({
  orgId: Type.String(),
  orgName: Type.Object({ en: Type.String(), hi: Type.String() }),
  signatoryName: Bi,
  signatoryDesignation: Bi,
  logoUrl: Nullable(Type.String()),
  signatureUrl: Nullable(Type.String()),
  updatedAt: Nullable(DateTime),
});
export const Template = Type.Object({
  orgId: Type.String(),
  own: Nullable(TemplateView),
  effective: Nullable(TemplateView),
  inheritedFrom: Nullable(Type.Object({ orgId: Type.String(), name: Type.Object({ en: Type.String(), hi: Type.String() }) })),
});
export const ImageParams = Type.Object({ orgId: Uuid, image: Type.Union([Type.Literal('logo'), Type.Literal('signature')]) });

export const SigningKeys = Type.Array(
  Type.Object({
    id: Type.String(),
    status: Type.String(),
    publicKeyMultibase: Type.String(),
    createdAt: DateTime,
    retiredAt: Nullable(DateTime),
    published: Type.Boolean({ description: 'Listed in the DID document: the active key, or a retired one that signed a live credential.' }),
  }),
);
