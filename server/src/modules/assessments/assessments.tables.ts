import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json, Language, LocalText, Timestamp } from '../../db/column-types';

/** The tables modules/assessments owns: Kysely's view of them (the DDL is in db/migrations). */
export type QuestionType = 'single_choice' | 'multiple_choice' | 'true_false' | 'fill_text' | 'fill_numeric' | 'match';
export type AttemptStatus = 'in_progress' | 'submitted' | 'expired';
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

/** This module's tables by name; db/database.ts composes every module's into `DB`. */
export interface AssessmentsTables {
  questions: QuestionsTable;
  assessment_attempts: AssessmentAttemptsTable;
}
