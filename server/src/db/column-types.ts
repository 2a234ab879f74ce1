import type { ColumnType } from 'kysely';

/** Column types the modules' tables share: timestamps, JSON columns, and the enums several modules' columns hold. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Json<T> = ColumnType<T, string | T, string | T>;

export type Role =
  | 'mdo_admin'
  | 'mdo_leader'
  | 'content_creator'
  | 'content_reviewer'
  | 'content_publisher'
  | 'state_admin'
  | 'platform_admin';
export type Language = 'en' | 'hi';
export type LocalText = Partial<Record<Language, string>>;
export type EmployeeGroup = 'A' | 'B' | 'C' | 'D' | 'contractual' | 'honorarium' | 'other';
export type EnrolmentSource = 'self' | 'assignment';
export type ProgressStatus = 'in_progress' | 'completed';
/** A person's choice of channels (users.notification_prefs; the notifications module reads it). */
export interface NotificationPrefs {
  email: boolean;
  sms: boolean;
  inapp: boolean;
}
