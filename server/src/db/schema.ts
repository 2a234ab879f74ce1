import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables. Each block belongs to the module that owns those tables. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string | T, string | T>;

// platform
export interface OutboxTable {
  id: Generated<number>;
  topic: string;
  payload: Json<Record<string, unknown>>;
  created_at: CreatedAt;
  dispatched_at: Timestamp | null;
}
export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  org_id: string | null;
  ip: string | null;
  details: Json<Record<string, unknown>>;
}
export interface MessagesTable {
  id: Generated<string>;
  user_id: string | null;
  channel: 'email' | 'sms' | 'inapp';
  recipient: string;
  template: string;
  language: 'en' | 'hi';
  subject: string;
  body: string | null;
  sensitive: Generated<boolean>;
  status: Generated<'queued' | 'sent' | 'failed' | 'skipped'>;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: CreatedAt;
  sent_at: Timestamp | null;
  read_at: Timestamp | null;
}

// orgs
export type OrgType = 'country' | 'centre' | 'state' | 'ministry' | 'department' | 'organisation' | 'office';
export interface OrgsTable {
  id: Generated<string>;
  parent_id: string | null;
  path: string;
  depth: number;
  type: OrgType;
  code: string;
  name_en: string;
  name_hi: string;
  tenant_id: string | null;
  email_domains: Generated<string[]>;
  registration_token: string | null;
  created_at: CreatedAt;
}
export interface DesignationsTable {
  id: Generated<string>;
  code: string;
  abbr: string | null;
  name_en: string;
  name_hi: string;
  level: string | null;
  created_at: CreatedAt;
}
export interface OrgDesignationsTable {
  org_id: string;
  designation_id: string;
}

// identity
export type UserStatus = 'pending_verification' | 'pending_approval' | 'active' | 'rejected' | 'deactivated' | 'merged';
export type EmployeeGroup = 'A' | 'B' | 'C' | 'D' | 'contractual' | 'honorarium' | 'other';
export type Language = 'en' | 'hi';
export interface NotificationPrefs {
  email: boolean;
  sms: boolean;
  inapp: boolean;
}
export interface UsersTable {
  id: Generated<string>;
  tenant_id: string;
  org_id: string;
  designation_id: string | null;
  employee_id: string;
  full_name: string;
  full_name_hi: string | null;
  email: string;
  mobile: string;
  employee_group: EmployeeGroup;
  cadre: string | null;
  service: string | null;
  password_hash: string | null;
  status: UserStatus;
  activation: 'domain' | 'link' | 'approval' | 'admin' | 'import' | null;
  via_registration_link: Generated<boolean>;
  email_verified_at: Timestamp | null;
  mobile_verified_at: Timestamp | null;
  language: Generated<Language>;
  notification_prefs: Json<NotificationPrefs> | undefined;
  rejection_reason: string | null;
  merged_into: string | null;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  password_changed_at: Timestamp | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  deactivation_reason: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}
export interface PostingsTable {
  id: Generated<string>;
  user_id: string;
  org_id: string;
  designation_id: string | null;
  from_date: ColumnType<string, string, string>;
  to_date: ColumnType<string | null, string | null | undefined, string | null>;
  reason: 'registration' | 'transfer' | 'profile_change' | 'admin_edit' | 'import' | 'admin_create';
  created_at: CreatedAt;
}
export type Role =
  | 'mdo_admin'
  | 'mdo_leader'
  | 'content_creator'
  | 'content_reviewer'
  | 'content_publisher'
  | 'state_admin'
  | 'platform_admin';
export interface RoleAssignmentsTable {
  user_id: string;
  role: Role;
  org_id: string;
  granted_by: string | null;
  created_at: CreatedAt;
}
export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}
export type OtpPurpose = 'verify_email' | 'verify_mobile' | 'password_reset';
export interface OtpsTable {
  id: Generated<string>;
  user_id: string | null;
  purpose: OtpPurpose;
  channel: 'email' | 'sms';
  target: string;
  code_hash: string;
  attempts: Generated<number>;
  expires_at: Timestamp;
  consumed_at: Timestamp | null;
  created_at: CreatedAt;
}
export interface PasswordTokensTable {
  token_hash: string;
  user_id: string;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: CreatedAt;
}

// user administration
export interface TransfersTable {
  id: Generated<string>;
  user_id: string;
  from_org_id: string;
  to_org_id: string;
  to_designation_id: string | null;
  effective_date: ColumnType<string, string, string>;
  status: Generated<'pending' | 'accepted' | 'rejected' | 'cancelled'>;
  requested_by: string;
  decided_by: string | null;
  reason: string | null;
  created_at: CreatedAt;
  decided_at: Timestamp | null;
}
export interface ProfileChangeRequestsTable {
  id: Generated<string>;
  user_id: string;
  org_id: string;
  designation_id: string | null;
  effective_date: ColumnType<string, string, string>;
  status: Generated<'pending' | 'approved' | 'rejected' | 'cancelled'>;
  decided_by: string | null;
  reason: string | null;
  created_at: CreatedAt;
  decided_at: Timestamp | null;
}
export interface MergesTable {
  id: Generated<string>;
  duplicate_user_id: string;
  target_user_id: string;
  merged_by: string;
  moved: Json<Record<string, unknown>>;
  created_at: CreatedAt;
}
export interface ImportsTable {
  id: Generated<string>;
  org_id: string;
  created_by: string;
  file_name: string;
  csv: string | null;
  status: Generated<'queued' | 'running' | 'completed' | 'failed'>;
  total_rows: Generated<number>;
  imported_rows: Generated<number>;
  failed_rows: Generated<number>;
  failure: string | null;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
  /** Data rows already committed (valid and invalid); a retried job resumes after them. */
  processed_rows: Generated<number>;
  started_at: Timestamp | null;
  failure_params: Json<Record<string, unknown>> | null;
}
export interface ImportErrorsTable {
  id: Generated<number>;
  import_id: string;
  row_number: number;
  field: string | null;
  code: string;
  message_en: string;
  message_hi: string;
  /** The bad row's original values by column, for the downloadable error report. */
  row_values: Json<Record<string, string>> | null;
}

// learning hub: courses (modules/courses owns these)
export type CourseVersionState = 'draft' | 'in_review' | 'published' | 'superseded' | 'retired';
export type LessonType = 'video' | 'audio' | 'pdf' | 'html' | 'link' | 'file' | 'quiz' | 'final_assessment';
export interface CourseTexts {
  title: string;
  summary: string;
  description: string;
}
export interface LessonContent {
  fileId?: string;
  html?: string;
  url?: string;
  pages?: number;
  durationSeconds?: number;
}
export interface AssessmentSettings {
  passMark?: number;
  attemptLimit?: number;
  timeLimitSeconds?: number;
  drawCount?: number;
  shuffle?: boolean;
}
export interface FilesTable {
  id: Generated<string>;
  owner_org_id: string;
  storage_key: string;
  media_type: string;
  size_bytes: number;
  original_name: string;
  sha256: string;
  created_by: string | null;
  created_at: CreatedAt;
  /** The course whose authors uploaded it (migration 20261125_0101). */
  course_id: string | null;
}
export interface CoursesTable {
  id: Generated<string>;
  provider_org_id: string;
  code: string | null;
  created_by: string | null;
  published_version_id: string | null;
  moderated: Generated<boolean>;
  retired_at: Timestamp | null;
  published_at: Timestamp | null;
  enrolment_count: Generated<number>;
  completion_count: Generated<number>;
  rating_count: Generated<number>;
  rating_sum: Generated<number>;
  created_at: CreatedAt;
}
export interface CourseAudienceOrgsTable {
  course_id: string;
  org_id: string;
}
export interface CourseVersionsTable {
  id: Generated<string>;
  course_id: string;
  version_no: number;
  state: Generated<CourseVersionState>;
  texts: Json<Partial<Record<Language, CourseTexts>>>;
  languages: Generated<Language[]>;
  thumbnail_file_id: string | null;
  duration_minutes: Generated<number>;
  difficulty: Generated<'beginner' | 'intermediate' | 'advanced'>;
  competencies: Json<{ code: string; level: number }[]>;
  tags: Generated<string[]>;
  created_by: string | null;
  submitted_by: string | null;
  reviewed_by: string | null;
  published_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  published_at: Timestamp | null;
  search_text: Generated<string>;
  search_vector: ColumnType<string, never, never>;
  /** Set when a reviewer approves an in-review version; cleared when it is sent back (migration 20261125_0101). */
  approved_at: Timestamp | null;
  /** Lesson types present, set at publication for the catalog's type filter. */
  lesson_types: Generated<LessonType[]>;
}
export interface CourseReviewsTable {
  id: Generated<string>;
  version_id: string;
  actor_id: string;
  action: 'submitted' | 'approved' | 'sent_back' | 'published' | 'retired';
  comment: string | null;
  created_at: CreatedAt;
}
export interface CourseModulesTable {
  id: Generated<string>;
  version_id: string;
  module_key: Generated<string>;
  position: number;
  titles: Json<Partial<Record<Language, string>>>;
}
export interface LessonsTable {
  id: Generated<string>;
  version_id: string;
  module_id: string;
  lesson_key: Generated<string>;
  position: number;
  type: LessonType;
  required: Generated<boolean>;
  titles: Json<Partial<Record<Language, string>>>;
  content: Json<Partial<Record<Language, LessonContent>>>;
  settings: Json<AssessmentSettings>;
}
/** Search lexicon: the words of published courses, for correcting misspelt queries (migration 20261125_0102). */
export interface CatalogWordsTable {
  word: string;
}

// learning (modules/learning owns these)
export type EnrolmentSource = 'self' | 'assignment';
export type ProgressStatus = 'in_progress' | 'completed';
export interface EnrolmentsTable {
  user_id: string;
  course_id: string;
  source: EnrolmentSource;
  enrolled_at: Timestamp;
  due_at: Timestamp | null;
  status: Generated<ProgressStatus>;
  progress_percent: Generated<number>;
  completed_at: Timestamp | null;
  completed_version_id: string | null;
  completed_language: Language | null;
  last_lesson_key: string | null;
  last_language: Language | null;
  last_activity_at: Timestamp | null;
  time_spent_seconds: Generated<number>;
  learning_minutes_credited: Generated<number>;
  progress_version: Generated<number>;
}
export interface LessonProgressTable {
  user_id: string;
  course_id: string;
  lesson_key: string;
  status: Generated<ProgressStatus>;
  percent: Generated<number>;
  watched_ranges: Json<[number, number][]>;
  position_seconds: Generated<number>;
  pages_viewed: Generated<number[]>;
  time_spent_seconds: Generated<number>;
  // int8[]: node-postgres hands the elements back as strings.
  client_seqs: ColumnType<(number | string)[], number[] | undefined, number[]>;
  language: Language | null;
  best_score_percent: number | null;
  passed_attempt_id: string | null;
  completed_at: Timestamp | null;
  updated_at: Timestamp;
}
export interface CourseRatingsTable {
  user_id: string;
  course_id: string;
  stars: number;
  review: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

// assessments (modules/assessments owns these)
export type QuestionType = 'single_choice' | 'multiple_choice' | 'true_false' | 'fill_text' | 'fill_numeric' | 'match';
export type AttemptStatus = 'in_progress' | 'submitted' | 'expired';
export type LocalText = Partial<Record<Language, string>>;
export interface ChoiceItem {
  id: string;
  text: LocalText;
}
/** What a learner may see of a question's options: choices, or the two columns of a match. */
export type QuestionOptions = ChoiceItem[] | { left: ChoiceItem[]; right: ChoiceItem[] };
/** The key, never sent to a learner before submission. */
export type QuestionAnswerKey =
  | { correct: string[] }
  | { value: boolean }
  | { accepted: Partial<Record<Language, string[]>> }
  | { value: number; tolerance: number }
  | { pairs: Record<string, string> };
export interface QuestionsTable {
  id: Generated<string>;
  course_id: string;
  version_id: string;
  lesson_key: string;
  position: number;
  type: QuestionType;
  prompt: Json<LocalText>;
  options: Json<QuestionOptions>;
  answer: Json<QuestionAnswerKey>;
  explanation: Json<LocalText>;
  points: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}
/** One drawn question of an attempt, with the option order shown to the learner. */
export interface DrawnQuestion {
  id: string;
  order?: string[];
  left?: string[];
  right?: string[];
}
/** A learner's answer to one question (its shape follows the question type). */
export type LearnerAnswer =
  | { optionId: string }
  | { optionIds: string[] }
  | { value: boolean }
  | { text: string }
  | { number: number }
  | { pairs: Record<string, string> };
export interface QuestionResult {
  earned: number;
  correct: boolean;
}
export interface AssessmentAttemptsTable {
  user_id: string;
  id: Generated<string>;
  course_id: string;
  version_id: string;
  lesson_key: string;
  lesson_type: 'quiz' | 'final_assessment';
  status: Generated<AttemptStatus>;
  questions: Json<DrawnQuestion[]>;
  answers: Json<Record<string, LearnerAnswer>>;
  // numeric columns come back from the driver as strings.
  pass_mark: ColumnType<string | number, number, number>;
  earned_points: ColumnType<string | number | null, number | null | undefined, number | null>;
  max_points: number | null;
  score_percent: ColumnType<string | number | null, number | null | undefined, number | null>;
  passed: boolean | null;
  results: Json<Record<string, QuestionResult>> | null;
  started_at: Timestamp;
  deadline_at: Timestamp | null;
  answers_saved_at: Timestamp | null;
  submitted_at: Timestamp | null;
}
export interface DB {
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  messages: MessagesTable;
  orgs: OrgsTable;
  designations: DesignationsTable;
  org_designations: OrgDesignationsTable;
  users: UsersTable;
  postings: PostingsTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  otps: OtpsTable;
  password_tokens: PasswordTokensTable;
  transfers: TransfersTable;
  profile_change_requests: ProfileChangeRequestsTable;
  merges: MergesTable;
  imports: ImportsTable;
  import_errors: ImportErrorsTable;
  files: FilesTable;
  courses: CoursesTable;
  course_audience_orgs: CourseAudienceOrgsTable;
  course_versions: CourseVersionsTable;
  course_reviews: CourseReviewsTable;
  course_modules: CourseModulesTable;
  lessons: LessonsTable;
  catalog_words: CatalogWordsTable;
  enrolments: EnrolmentsTable;
  lesson_progress: LessonProgressTable;
  course_ratings: CourseRatingsTable;
  questions: QuestionsTable;
  assessment_attempts: AssessmentAttemptsTable;
}
