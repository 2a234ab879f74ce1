import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { FieldError } from '../../platform/errors';
import { assessmentLessonsOf, copyVersionQuestions, insertQuestion, questionCounts } from './questions.repo';
import type { QuestionContentT } from './questions.schema';
import { checkQuestionContent, toStored } from './questions.validate';
import { defineMessages } from '../../platform/i18n';

type Q = Kysely<DB> | Transaction<DB>;

const gapMessages = defineMessages({
  NO_QUESTIONS: { en: 'Add questions to this quiz or assessment.', hi: 'इस प्रश्नोत्तरी या मूल्यांकन में प्रश्न जोड़ें।' },
  TOO_FEW_QUESTIONS: {
    en: 'This assessment draws more questions than its bank holds. Add questions or lower the number drawn.',
    hi: 'यह मूल्यांकन अपने प्रश्न बैंक से अधिक प्रश्न लेता है। प्रश्न जोड़ें या लिए जाने वाले प्रश्नों की संख्या घटाएँ।',
  },
});

/**
 * Copies a version's question bank into another version (called by the courses module when it starts a new draft
 * from the published version, after copying the lessons): new question ids, same lesson keys.
 */
export async function copyQuestions(trx: Transaction<DB>, fromVersionId: string, toVersionId: string): Promise<void> {
  await copyVersionQuestions(trx, fromVersionId, toVersionId);
}

/**
 * What a version's assessments still lack before review: one field error per quiz or final-assessment lesson with no
 * questions or fewer than its drawCount (field `lessons.<lessonKey>.questions`). For the courses module's checks.
 */
export async function assessmentGaps(db: Q, versionId: string): Promise<FieldError[]> {
  const [lessons, counts] = await Promise.all([
    assessmentLessonsOf(db, versionId),
    questionCounts(db, versionId),
  ]);
  return lessons.flatMap((l): FieldError[] => {
    const n = counts.get(l.lesson_key) ?? 0;
    const field = `lessons.${l.lesson_key}.questions`;
    if (n === 0) return [{ field, code: 'NO_QUESTIONS', message: gapMessages.NO_QUESTIONS }];
    if (l.settings.drawCount && l.settings.drawCount > n) return [{ field, code: 'TOO_FEW_QUESTIONS', message: gapMessages.TOO_FEW_QUESTIONS }];
    return [];
  });
}

/**
 * Inserts questions into a lesson of any version without the draft check (for the demo seed and imports); each
 * question is checked like an authored one and a bad one throws with its field errors.
 */
export async function insertQuestions(
  trx: Transaction<DB>,
  target: { courseId: string; versionId: string; lessonKey: string; languages: ('en' | 'hi')[] },
  questions: QuestionContentT[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, q] of questions.entries()) {
    const gaps = checkQuestionContent(q, target.languages);
    if (gaps.length) throw new Error(`question ${i + 1}: ${gaps.map((g) => `${g.field} ${g.code}`).join(', ')}`);
    const stored = toStored(q);
    ids.push(
      await insertQuestion(trx, {
        course_id: target.courseId,
        version_id: target.versionId,
        lesson_key: target.lessonKey,
        position: i + 1,
        type: q.type,
        prompt: JSON.stringify(q.prompt),
        options: JSON.stringify(stored.options),
        answer: JSON.stringify(stored.answer),
        explanation: JSON.stringify(q.explanation),
        points: q.points ?? 1,
        created_by: null,
      }),
    );
  }
  return ids;
}
