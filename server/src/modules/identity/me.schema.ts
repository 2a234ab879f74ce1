import { Type } from '@sinclair/typebox';
import { LanguageSchema } from './registration.schema';

const NamedRef = Type.Object({ id: Type.String(), nameEn: Type.String(), nameHi: Type.String() });
export const NotificationPrefsSchema = Type.Object(
  { email: Type.Boolean(), sms: Type.Boolean(), inapp: Type.Boolean() },
  { additionalProperties: false },
);

export const Me = Type.Object(
  {
    id: Type.String(),
    employeeId: Type.String(),
    fullName: Type.String(),
    fullNameHi: Type.Union([Type.String(), Type.Null()]),
    email: Type.String(),
    mobile: Type.String(),
    status: Type.String(),
    org: NamedRef,
    designation: Type.Union([NamedRef, Type.Null()]),
    employeeGroup: Type.String(),
    cadre: Type.Union([Type.String(), Type.Null()]),
    service: Type.Union([Type.String(), Type.Null()]),
    language: LanguageSchema,
    notificationPrefs: NotificationPrefsSchema,
    roles: Type.Array(Type.Object({ role: Type.String(), orgId: Type.String(), orgNameEn: Type.String(), orgNameHi: Type.String() })),
  },
  { $id: 'Me' },
);

export const MePatch = Type.Object(
  {
    fullNameHi: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 120 }), Type.Null()])),
    language: Type.Optional(LanguageSchema),
    notificationPrefs: Type.Optional(NotificationPrefsSchema),
    cadre: Type.Optional(Type.Union([Type.String({ maxLength: 80 }), Type.Null()])),
    service: Type.Optional(Type.Union([Type.String({ maxLength: 80 }), Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const Posting = Type.Object({
  org: NamedRef,
  designation: Type.Union([NamedRef, Type.Null()]),
  fromDate: Type.String({ format: 'date' }),
  toDate: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  reason: Type.String(),
});

export const LoginInput = Type.Object(
  { identifier: Type.String({ minLength: 1, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false },
);
export const SessionInfo = Type.Object({ user: Type.Union([Type.Ref(Me), Type.Null()]), csrfToken: Type.String() });
export const ResetRequest = Type.Object({ identifier: Type.String({ minLength: 1, maxLength: 254 }) }, { additionalProperties: false });
export const ResetSent = Type.Object({ sentTo: Type.String(), channel: Type.String(), cooldownSeconds: Type.Integer() });
export const ResetConfirm = Type.Object(
  {
    identifier: Type.String({ minLength: 1, maxLength: 254 }),
    code: Type.String({ pattern: '^[0-9]{6}$' }),
    newPassword: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);
export const SetPasswordInput = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }), newPassword: Type.String({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false },
);
export const ChangePasswordInput = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 128 }), newPassword: Type.String({ minLength: 1, maxLength: 128 }) },
  { additionalProperties: false },
);
