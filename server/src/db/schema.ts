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
export interface JobWorkersTable {
  id: string;
  host: string;
  pid: number;
  started_at: Generated<Date>;
  heartbeat_at: Generated<Date>;
}
export interface JobClaimsTable {
  job_id: string;
  queue: string;
  worker_id: string;
  claimed_at: Generated<Date>;
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
  status: Generated<OrgStatus>;
  closed_at: Timestamp | null;
  updated_at: Generated<Date>;
  created_at: CreatedAt;
}
export type OrgStatus = 'active' | 'closed';
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
export interface EnrolmentAttemptsTable {
  user_id: string;
  course_id: string;
  attempt_no: number;
  enrolled_at: Timestamp;
  completed_at: Timestamp;
  completed_version_id: string | null;
  completed_language: string | null;
  time_spent_seconds: number;
  learning_minutes_credited: number;
  restarted_at: Timestamp;
}
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
  /** Pace mark: reported time and coverage are accounted for up to here (server clock); null before the first update. */
  paced_at: Timestamp | null;
  attempt_no: Generated<number>;
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

// programmes (modules/programmes owns these; migration 20261126_0001)
export type ProgrammeStatus = 'draft' | 'published' | 'retired';
export interface ProgrammeTexts {
  title: string;
  summary: string;
  description: string;
}
export interface ProgrammesTable {
  id: Generated<string>;
  code: string;
  provider_org_id: string;
  status: Generated<ProgrammeStatus>;
  texts: Json<Partial<Record<Language, ProgrammeTexts>>>;
  thumbnail_url: string | null;
  /** An explicit stated duration; null means the sum of the required courses' durations. */
  duration_minutes: number | null;
  search_text: Generated<string>;
  enrolment_count: Generated<number>;
  completion_count: Generated<number>;
  created_by: string | null;
  published_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  published_at: Timestamp | null;
  retired_at: Timestamp | null;
}
export interface ProgrammeCoursesTable {
  programme_id: string;
  course_id: string;
  position: number;
  required: Generated<boolean>;
}
export interface ProgrammeEnrolmentsTable {
  user_id: string;
  programme_id: string;
  source: EnrolmentSource;
  enrolled_at: Timestamp;
  due_at: Timestamp | null;
  status: Generated<ProgressStatus>;
  completed_at: Timestamp | null;
  completed_language: Language | null;
  learning_minutes_credited: Generated<number>;
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
// competencies and careers (modules/competencies owns these; migration 20261128_0001)
export type CompetencyType = 'behavioural' | 'functional' | 'domain';
export type CompetencySource = 'course' | 'assessment' | 'self' | 'institute';
/** One proficiency level's descriptor in both languages (competencies.levels holds five, index = level − 1). */
export interface LevelDescriptor {
  en: string;
  hi: string;
}
/** What backs a passbook entry: the course (and attempt), or the institute's report and its link. */
export interface CompetencyEvidence {
  courseId?: string;
  versionId?: string;
  attemptId?: string;
  scorePercent?: number;
  title?: Partial<Record<Language, string>>;
  institute?: string;
  url?: string;
}
export interface CompetencyAreasTable {
  id: Generated<string>;
  type: CompetencyType;
  code: string;
  name_en: string;
  name_hi: string;
  position: Generated<number>;
}
export interface CompetencyThemesTable {
  id: Generated<string>;
  area_id: string;
  code: string;
  name_en: string;
  name_hi: string;
  position: Generated<number>;
}
export interface CompetenciesTable {
  id: Generated<string>;
  theme_id: string;
  code: string;
  name_en: string;
  name_hi: string;
  description_en: Generated<string>;
  description_hi: Generated<string>;
  levels: Json<LevelDescriptor[]>;
  position: Generated<number>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}
export interface FracDesignationsTable {
  designation_id: string;
  version: Generated<number>;
  updated_at: Generated<Date>;
  updated_by: string | null;
}
export interface FracRolesTable {
  id: Generated<string>;
  designation_id: string;
  position: number;
  name_en: string;
  name_hi: string;
}
export interface FracActivitiesTable {
  id: Generated<string>;
  role_id: string;
  position: number;
  name_en: string;
  name_hi: string;
}
export interface FracActivityCompetenciesTable {
  activity_id: string;
  competency_id: string;
  level: number;
  position: Generated<number>;
}
/** A view: the highest level any activity of the designation requires, per competency. */
export interface DesignationRequirementsView {
  designation_id: ColumnType<string, never, never>;
  competency_id: ColumnType<string, never, never>;
  level: ColumnType<number, never, never>;
}
export interface CompetencyEntriesTable {
  user_id: string;
  id: Generated<string>;
  competency_id: string;
  level: number;
  source: CompetencySource;
  source_ref: string;
  evidence: Json<CompetencyEvidence>;
  achieved_at: Timestamp;
  recorded_by: string | null;
  created_at: CreatedAt;
}
export interface CompetencyLevelsTable {
  user_id: string;
  competency_id: string;
  earned_level: Generated<number>;
  declared_level: number | null;
  updated_at: Generated<Date>;
}
export interface CompetencyProfilesTable {
  user_id: string;
  onboarding: Generated<'pending' | 'completed' | 'skipped'>;
  designation_confirmed_at: Timestamp | null;
  onboarded_at: Timestamp | null;
  target_designation_id: string | null;
  updated_at: Generated<Date>;
}
export interface CompetencyCourseCompletionsTable {
  user_id: string;
  course_id: string;
  designation_id: string | null;
  completed_at: Timestamp;
}
export interface DesignationCourseCompletionsTable {
  designation_id: string;
  course_id: string;
  completions: Generated<number>;
}
export interface CareerPathsTable {
  id: Generated<string>;
  code: string;
  name_en: string;
  name_hi: string;
  cadre_en: string;
  cadre_hi: string;
  position: Generated<number>;
}
export interface CareerPathStepsTable {
  path_id: string;
  position: number;
  designation_id: string;
}

// certificates (modules/certificates owns these; migration 20261127_0001)
export type CertificateKind = 'course' | 'programme';
export type CertificateStatus = 'pending' | 'issued' | 'failed' | 'not_eligible' | 'revoked' | 'superseded';
export interface CertificateTemplateSnapshot {
  signatoryName: Partial<Record<Language, string>>;
  signatoryDesignation: Partial<Record<Language, string>>;
  logoKey: string | null;
  signatureKey: string | null;
  fromOrgId: string;
}
/** A competency as printed on a certificate: its code, level and (when the framework has it) its names. */
export interface CertificateCompetency {
  code: string;
  level: number;
  name?: { en: string; hi: string };
}
export interface CertificatesTable {
  user_id: string;
  id: Generated<string>;
  number: string;
  kind: CertificateKind;
  subject_id: string;
  version_id: string | null;
  completed_at: Timestamp;
  language: Language;
  learning_minutes: Generated<number>;
  status: Generated<CertificateStatus>;
  failure_code: string | null;
  failure_params: Json<Record<string, unknown>> | null;
  attempts: Generated<number>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  issued_at: Timestamp | null;
  holder_name_en: string | null;
  holder_name_hi: string | null;
  designation_en: string | null;
  designation_hi: string | null;
  holder_org_id: string | null;
  holder_org_path: string | null;
  holder_org_en: string | null;
  holder_org_hi: string | null;
  title_en: string | null;
  title_hi: string | null;
  competencies: ColumnType<CertificateCompetency[], string | undefined, string>;
  issuer_org_id: string | null;
  issuer_org_path: string | null;
  issuer_name_en: string | null;
  issuer_name_hi: string | null;
  template: Json<CertificateTemplateSnapshot> | null;
  credential: string | null;
  key_id: string | null;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  revocation_reason: string | null;
  superseded_at: Timestamp | null;
  superseded_by: string | null;
  replaces_id: string | null;
}
export interface CertificateNumbersTable {
  number: string;
  user_id: string;
  certificate_id: string;
}
export interface CertificateCriteriaTable {
  course_id: string;
  min_final_score: number | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}
export interface CertificateTemplatesTable {
  org_id: string;
  signatory_name_en: string | null;
  signatory_name_hi: string | null;
  signatory_designation_en: string | null;
  signatory_designation_hi: string | null;
  logo_key: string | null;
  logo_type: string | null;
  signature_key: string | null;
  signature_type: string | null;
  updated_by: string | null;
  updated_at: Generated<Date>;
}
export interface CertificateSigningKeysTable {
  id: string;
  status: 'active' | 'retired';
  public_key_multibase: string;
  private_key: string;
  encrypted: boolean;
  created_at: CreatedAt;
  retired_at: Timestamp | null;
}
// credential status and issuer identity (modules/certificates; migration 20261206_0030)
export interface CertificateIssuerTable {
  singleton: Generated<boolean>;
  did: string;
  base_url: string;
  previous: ColumnType<PreviousIssuer[], string | undefined, string>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}
/** An issuer identity replaced by an explicit migration. */
export interface PreviousIssuer {
  did: string;
  baseUrl: string;
  until: string;
}
export interface CertificateStatusListsTable {
  id: number;
  purpose: Generated<'revocation'>;
  issuer_did: string;
  base_url: string;
  revision: Generated<number>;
  credential: string | null;
  signed_revision: Generated<number>;
  key_id: string | null;
  signed_at: Timestamp | null;
}
export interface CertificateStatusEntriesTable {
  list_id: number;
  status_index: number;
  user_id: string;
  certificate_id: string;
  revoked: Generated<boolean>;
  changed_at: Timestamp | null;
}
// training plans and compliance (modules/plans owns these; migration 20261129_0001)
export type PlanStatus = 'draft' | 'live' | 'retired';
export type RequirementKind = 'courses' | 'any_of' | 'tagged' | 'programme';
/** One OR-ed group of AND-ed audience criteria (empty lists mean "any"). */
export interface AudienceGroup {
  orgIds?: string[];
  designationIds?: string[];
  employeeGroups?: EmployeeGroup[];
  cadres?: string[];
  services?: string[];
  /** The current posting started on or after / on or before these dates (YYYY-MM-DD). */
  postedFrom?: string;
  postedTo?: string;
}
export type AudienceSpec = { mode: 'all' } | { mode: 'criteria'; groups: AudienceGroup[] };
/** A relative deadline's period: whole days, or calendar months ("within one month": 1 Feb → 1 Mar). */
export interface DeadlinePeriod {
  days?: number;
  months?: number;
}
export type DeadlineSpec =
  /** `everyYear`: the order recurs each appraisal year, due on the same day and month (a new cycle opens on 1 April). */
  | { kind: 'fixed'; date: string; lateJoinerDays?: number; everyYear?: boolean }
  | ({ kind: 'after_joining' } & DeadlinePeriod)
  | ({ kind: 'after_assignment' } & DeadlinePeriod)
  | ({ kind: 'after_posting'; notBefore?: string } & DeadlinePeriod);
export interface PlansTable {
  id: Generated<string>;
  code: string | null;
  owner_org_id: string;
  name_en: string;
  name_hi: string;
  description_en: Generated<string>;
  description_hi: Generated<string>;
  status: Generated<PlanStatus>;
  acr_linked: Generated<boolean>;
  audience: Json<AudienceSpec>;
  deadline: Json<DeadlineSpec>;
  counts_from: Generated<string>;
  created_by: string | null;
  published_by: string | null;
  retired_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  published_at: Timestamp | null;
  retired_at: Timestamp | null;
  sweep_status: Generated<'idle' | 'running' | 'done'>;
  sweep_cursor: string | null;
  swept_at: Timestamp | null;
  /** The `audience_change_seq` value the plan was last reconciled at (bigint; compared in SQL). */
  reconciled_seq: string | null;
  reconciled_at: Timestamp | null;
}
export interface PlanRequirementsTable {
  id: Generated<string>;
  plan_id: string;
  position: number;
  kind: RequirementKind;
  title_en: Generated<string>;
  title_hi: Generated<string>;
  course_ids: Generated<string[]>;
  programme_id: string | null;
  required_count: number | null;
  tags: Generated<string[]>;
  published_after: ColumnType<string | null, string | null | undefined, string | null>;
  validity_months: number | null;
  renewal_window_days: number | null;
}
export interface PlanAudienceUsersTable {
  plan_id: string;
  user_id: string;
  included: boolean;
}
export type AssignmentStatus = 'active' | 'left_audience' | 'ended';
export interface PlanAssignmentsTable {
  user_id: string;
  plan_id: string;
  status: Generated<AssignmentStatus>;
  cause: string;
  assigned_at: Timestamp;
  left_at: Timestamp | null;
  left_reason: string | null;
  org_id: string;
  org_path: string;
  designation_id: string | null;
  posting_id: string | null;
  posting_from: ColumnType<string | null, string | null | undefined, string | null>;
  state: Generated<'open' | 'completed' | 'exempted'>;
  due_at: Timestamp | null;
  completed_at: Timestamp | null;
  late: Generated<boolean>;
  extended: Generated<boolean>;
  renewal: Generated<boolean>;
  updated_at: Generated<Date>;
}
export type CycleKind = 'initial' | 'posting' | 'renewal' | 'reassigned' | 'yearly';
export type CycleClosedReason = 'expired' | 'new_posting' | 'left_audience' | 'plan_retired' | 'year_ended';
export interface CompletedItem {
  courseId?: string;
  programmeId?: string;
  completedAt: string;
}
export interface PlanCyclesTable {
  user_id: string;
  plan_id: string;
  requirement_id: string;
  cycle_no: number;
  kind: CycleKind;
  opened_at: Timestamp;
  counts_from: Timestamp | null;
  due_at: Timestamp;
  extended_to: Timestamp | null;
  exempted: Generated<boolean>;
  completed_at: Timestamp | null;
  completed_items: Json<CompletedItem[]> | null;
  expires_at: Timestamp | null;
  closed_at: Timestamp | null;
  closed_reason: CycleClosedReason | null;
  reminded_week_at: Timestamp | null;
  reminded_day_at: Timestamp | null;
  overdue_reminded_at: Timestamp | null;
}
export interface PlanExceptionsTable {
  user_id: string;
  id: Generated<string>;
  plan_id: string;
  requirement_id: string | null;
  kind: 'extension' | 'exemption';
  extended_to: Timestamp | null;
  reason: string;
  approved_by: string;
  approver_role: 'admin' | 'reporting_officer';
  created_at: CreatedAt;
}
export interface PlanReportingOfficersTable {
  user_id: string;
  officer_id: string;
  recorded_by: string;
  recorded_at: Generated<Date>;
}
export interface PlanDigestsTable {
  user_id: string;
  period: string;
  sent_at: Generated<Date>;
}
export interface ComplianceStatementsTable {
  user_id: string;
  id: Generated<string>;
  number: string;
  year: number;
  snapshot: Json<Record<string, unknown>>;
  issued_at: Timestamp;
  issued_by: string | null;
}
// HRMS machine access (modules/hrms owns these; migration 20261129_0002)
export interface HrmsTokensTable {
  id: Generated<string>;
  org_id: string;
  name: string;
  token_hash: string;
  token_prefix: string;
  created_by: string;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
}
export interface HrmsWebhooksTable {
  id: Generated<string>;
  org_id: string;
  url: string;
  /** Sealed when secret_encrypted (SECRETS_KEY), else the secret itself. */
  secret: string;
  secret_encrypted: Generated<boolean>;
  created_by: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
}
export interface HrmsWebhookDeliveriesTable {
  id: Generated<string>;
  webhook_id: string;
  source_event: ColumnType<string, number | string, number | string>;
  part: Generated<number>;
  payload: Json<Record<string, unknown>>;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  last_status: number | null;
  last_error: string | null;
  created_at: CreatedAt;
  delivered_at: Timestamp | null;
}
// reports
export type ReportGrain = 'd' | 'w' | 'm' | 'y' | 't';
export type ReportExportKind = 'users' | 'enrolments' | 'plans' | 'assessments';
export type ReportMask = 'none' | 'partial' | 'strict';
export interface ReportDirtyTable {
  user_id: string;
  queued_at: Generated<Date>;
}
export interface ReportLearnersTable {
  user_id: string;
  org_id: string;
  org_path: string;
  verified: boolean;
  registered_on: ColumnType<string, string, string>;
  verified_on: ColumnType<string, string, string> | null;
  enrolments: Generated<number>;
  completions: Generated<number>;
  learning_minutes: Generated<number>;
  certificates: Generated<number>;
  first_completion_on: ColumnType<string, string, string> | null;
  third_completion_on: ColumnType<string, string, string> | null;
  last_active_on: ColumnType<string, string, string> | null;
  refreshed_at: Generated<Date>;
}
export interface ReportLearnerCoursesTable {
  user_id: string;
  course_id: string;
  enrolled_on: ColumnType<string, string, string>;
  completed_on: ColumnType<string, string, string> | null;
  learning_minutes: Generated<number>;
}
export interface ReportLearnerCertificatesTable {
  user_id: string;
  certificate_id: string;
  issued_on: ColumnType<string, string, string>;
}
export interface ReportRollupTable {
  org_id: string;
  grain: ReportGrain;
  period: ColumnType<string, string, string>;
  registered: Generated<number>;
  verified: Generated<number>;
  enrolments: Generated<number>;
  completions: Generated<number>;
  learning_minutes: Generated<number>;
  certificates: Generated<number>;
  first_completions: Generated<number>;
  third_completions: Generated<number>;
  active_people: Generated<number>;
  completing_people: Generated<number>;
}
export interface ReportCourseRollupTable {
  org_id: string;
  grain: 'm' | 't';
  period: ColumnType<string, string, string>;
  course_id: string;
  enrolments: Generated<number>;
  completions: Generated<number>;
  learning_minutes: Generated<number>;
}
export interface ReportCampaignsTable {
  id: Generated<string>;
  name_en: string;
  name_hi: string;
  scope_org_id: string;
  scope_path: string;
  starts_on: ColumnType<string, string, string>;
  ends_on: ColumnType<string, string, string>;
  target_hours_per_employee: number | null;
  target_participation_percent: number | null;
  target_completions: number | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}
export interface ReportLearnerCampaignsTable {
  user_id: string;
  campaign_id: string;
  org_id: string;
  completions: number;
  learning_minutes: number;
}
export interface ReportCampaignRollupTable {
  campaign_id: string;
  org_id: string;
  completions: Generated<number>;
  learning_minutes: Generated<number>;
  people_completed: Generated<number>;
  people_four_hours: Generated<number>;
}
export interface ReportExportsTable {
  id: Generated<string>;
  requested_by: string;
  org_id: string;
  kind: ReportExportKind;
  format: 'csv' | 'xlsx';
  mask: ReportMask;
  status: Generated<'queued' | 'running' | 'ready' | 'failed'>;
  row_count: number | null;
  storage_key: string | null;
  size_bytes: number | null;
  failure: string | null;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
}
export interface ReportSubscriptionsTable {
  user_id: string;
  monthly_email: boolean;
  updated_at: Generated<Date>;
}
export interface ReportMonthlySentTable {
  user_id: string;
  month: ColumnType<string, string, string>;
  org_id: string;
  sent_at: Generated<Date>;
}
export interface DB {
  outbox: OutboxTable;
  job_workers: JobWorkersTable;
  job_claims: JobClaimsTable;
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
  enrolment_attempts: EnrolmentAttemptsTable;
  lesson_progress: LessonProgressTable;
  course_ratings: CourseRatingsTable;
  questions: QuestionsTable;
  assessment_attempts: AssessmentAttemptsTable;
  competency_areas: CompetencyAreasTable;
  competency_themes: CompetencyThemesTable;
  competencies: CompetenciesTable;
  frac_designations: FracDesignationsTable;
  frac_roles: FracRolesTable;
  frac_activities: FracActivitiesTable;
  frac_activity_competencies: FracActivityCompetenciesTable;
  designation_requirements: DesignationRequirementsView;
  competency_entries: CompetencyEntriesTable;
  competency_levels: CompetencyLevelsTable;
  competency_profiles: CompetencyProfilesTable;
  competency_course_completions: CompetencyCourseCompletionsTable;
  designation_course_completions: DesignationCourseCompletionsTable;
  career_paths: CareerPathsTable;
  career_path_steps: CareerPathStepsTable;
  programmes: ProgrammesTable;
  programme_courses: ProgrammeCoursesTable;
  programme_enrolments: ProgrammeEnrolmentsTable;
  certificates: CertificatesTable;
  certificate_numbers: CertificateNumbersTable;
  certificate_criteria: CertificateCriteriaTable;
  certificate_templates: CertificateTemplatesTable;
  certificate_signing_keys: CertificateSigningKeysTable;
  certificate_issuer: CertificateIssuerTable;
  certificate_status_lists: CertificateStatusListsTable;
  certificate_status_entries: CertificateStatusEntriesTable;
  plans: PlansTable;
  plan_requirements: PlanRequirementsTable;
  plan_audience_users: PlanAudienceUsersTable;
  plan_assignments: PlanAssignmentsTable;
  plan_cycles: PlanCyclesTable;
  plan_exceptions: PlanExceptionsTable;
  plan_reporting_officers: PlanReportingOfficersTable;
  plan_digests: PlanDigestsTable;
  compliance_statements: ComplianceStatementsTable;
  hrms_tokens: HrmsTokensTable;
  hrms_webhooks: HrmsWebhooksTable;
  hrms_webhook_deliveries: HrmsWebhookDeliveriesTable;
  report_dirty: ReportDirtyTable;
  report_learners: ReportLearnersTable;
  report_learner_courses: ReportLearnerCoursesTable;
  report_learner_certificates: ReportLearnerCertificatesTable;
  report_rollup: ReportRollupTable;
  report_course_rollup: ReportCourseRollupTable;
  report_campaigns: ReportCampaignsTable;
  report_learner_campaigns: ReportLearnerCampaignsTable;
  report_campaign_rollup: ReportCampaignRollupTable;
  report_exports: ReportExportsTable;
  report_subscriptions: ReportSubscriptionsTable;
  report_monthly_sent: ReportMonthlySentTable;
}
