import { onHook } from '../../platform/module';
import { VERSION_REVIEW_GAPS, VERSION_STARTED } from '../courses';
import { assessmentGaps, copyQuestions } from './assessments.service';

/** Assessments' part in the course workflow: a draft's quizzes need questions before review, and a new draft copies them. */
export const assessmentsHooks = [
  onHook(VERSION_REVIEW_GAPS, async (db, { versionId }) => assessmentGaps(db, versionId)),
  onHook(VERSION_STARTED, async (trx, { fromVersionId, toVersionId }) => copyQuestions(trx, fromVersionId, toVersionId)),
];
