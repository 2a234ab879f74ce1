import { Type, type Static } from '@sinclair/typebox';

export const EmployeeGroupSchema = Type.Union([
  Type.Literal('A'),
  Type.Literal('B'),
  Type.Literal('C'),
  Type.Literal('D'),
  Type.Literal('contractual'),
  Type.Literal('honorarium'),
  Type.Literal('other'),
]);
export const LanguageSchema = Type.Union([Type.Literal('en'), Type.Literal('hi')]);
export const ChannelSchema = Type.Union([Type.Literal('email'), Type.Literal('sms')]);

export const RegistrationInput = Type.Object(
  {
    employeeId: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9/._-]+$' }),
    fullName: Type.String({ minLength: 2, maxLength: 120 }),
    fullNameHi: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    email: Type.String({ format: 'email', maxLength: 254 }),
    mobile: Type.String({ minLength: 1, maxLength: 20 }),
    orgId: Type.String({ format: 'uuid' }),
    designationId: Type.String({ format: 'uuid' }),
    employeeGroup: EmployeeGroupSchema,
    cadre: Type.Optional(Type.String({ maxLength: 80 })),
    service: Type.Optional(Type.String({ maxLength: 80 })),
    password: Type.String({ minLength: 1, maxLength: 128 }),
    language: Type.Optional(LanguageSchema),
    registrationLink: Type.Optional(Type.String({ minLength: 10, maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type RegistrationInputT = Static<typeof RegistrationInput>;

export const Registration = Type.Object(
  {
    id: Type.String(),
    status: Type.String(),
    emailMasked: Type.String(),
    mobileMasked: Type.String(),
    emailVerified: Type.Boolean(),
    mobileVerified: Type.Boolean(),
    resend: Type.Object({
      email: Type.Object({ availableInSeconds: Type.Integer() }),
      sms: Type.Object({ availableInSeconds: Type.Integer() }),
    }),
    rejectionReason: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'Registration' },
);
export type RegistrationT = Static<typeof Registration>;

export const RegistrationParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
export const VerifyInput = Type.Object(
  { channel: ChannelSchema, code: Type.String({ pattern: '^[0-9]{6}$' }) },
  { additionalProperties: false },
);
export const ResendInput = Type.Object({ channel: ChannelSchema }, { additionalProperties: false });
