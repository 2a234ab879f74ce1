import type { TFunction } from 'i18next';

export const MOBILE_PATTERN = /^(\+91[\s-]?)?[6-9]\d{9}$/;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const OTP_PATTERN = /^\d{6}$/;

/** The same input rules the server enforces, with messages in the current language. */
export function makeRules(t: TFunction) {
  return {
    required: { required: t('validation.required') },
    mobile: {
      required: t('validation.required'),
      validate: (v: string) => MOBILE_PATTERN.test(v.replace(/\s/g, '')) || t('validation.mobile'),
    },
    email: {
      required: t('validation.required'),
      pattern: { value: EMAIL_PATTERN, message: t('validation.email') },
      maxLength: { value: 254, message: t('validation.tooLong') },
    },
    password: {
      required: t('validation.required'),
      validate: (v: string) =>
        (v.length >= 8 && v.length <= 128 && /[A-Za-z]/.test(v) && /\d/.test(v)) || t('validation.password'),
    },
    otp: {
      required: t('validation.required'),
      pattern: { value: OTP_PATTERN, message: t('validation.otp') },
    },
    employeeId: {
      required: t('validation.required'),
      maxLength: { value: 40, message: t('validation.tooLong') },
      pattern: { value: /^[A-Za-z0-9/._-]+$/, message: t('validation.employeeId') },
    },
    fullName: {
      required: t('validation.required'),
      minLength: { value: 2, message: t('validation.tooShort') },
      maxLength: { value: 120, message: t('validation.tooLong') },
    },
  };
}
