import { AppError, type FieldError } from '../../platform/errors';
import { defineMessages } from '../../platform/i18n';

/** Errors of the question bank and of learners' attempts. */
export const assessmentErrors = defineMessages({
  COURSE_NOT_FOUND: { en: 'This course was not found.', hi: 'यह पाठ्यक्रम नहीं मिला।' },
  QUESTION_NOT_FOUND: { en: 'This question was not found.', hi: 'यह प्रश्न नहीं मिला।' },
  ASSESSMENT_NOT_FOUND: {
    en: 'This quiz or assessment was not found in the course.',
    hi: 'यह प्रश्नोत्तरी या मूल्यांकन पाठ्यक्रम में नहीं मिला।',
  },
  ATTEMPT_NOT_FOUND: { en: 'This attempt was not found.', hi: 'यह प्रयास नहीं मिला।' },
  NO_DRAFT: {
    en: 'Questions can only be changed in a draft. Start a new version of the course first.',
    hi: 'प्रश्न केवल प्रारूप में बदले जा सकते हैं। पहले पाठ्यक्रम का नया संस्करण शुरू करें।',
  },
  VERSION_NOT_EDITABLE: {
    en: 'This version is {state} and can no longer be changed. Questions can only be changed in a draft.',
    hi: 'यह संस्करण अब प्रारूप नहीं है, इसलिए बदला नहीं जा सकता। प्रश्न केवल प्रारूप में बदले जा सकते हैं।',
  },
  LESSON_NOT_ASSESSMENT: {
    en: 'Questions belong to a quiz or final assessment lesson of this draft.',
    hi: 'प्रश्न इस प्रारूप के किसी प्रश्नोत्तरी या अंतिम मूल्यांकन पाठ में ही जोड़े जा सकते हैं।',
  },
  NO_QUESTIONS: {
    en: 'This assessment has no questions yet. Please contact the course provider.',
    hi: 'इस मूल्यांकन में अभी कोई प्रश्न नहीं है। कृपया पाठ्यक्रम प्रदाता से संपर्क करें।',
  },
  ATTEMPT_LIMIT_REACHED: {
    en: 'You have used all {limit} attempts allowed for this assessment.',
    hi: 'आपने इस मूल्यांकन के लिए अनुमत सभी {limit} प्रयास कर लिए हैं।',
  },
  ATTEMPT_CLOSED: {
    en: 'This attempt has already been submitted; answers can no longer be changed.',
    hi: 'यह प्रयास पहले ही जमा हो चुका है; उत्तर अब बदले नहीं जा सकते।',
  },
  ATTEMPT_EXPIRED: {
    en: 'Time is up for this attempt. Answers saved before the deadline have been scored.',
    hi: 'इस प्रयास का समय समाप्त हो गया। समय समाप्त होने से पहले सहेजे गए उत्तरों के अंक गिन लिए गए हैं।',
  },
  QUESTION_NOT_IN_ATTEMPT: { en: 'This question is not part of the attempt.', hi: 'यह प्रश्न इस प्रयास का भाग नहीं है।' },
  ANSWER_SHAPE: {
    en: 'This answer does not fit the question type ({type}).',
    hi: 'यह उत्तर प्रश्न के प्रकार ({type}) से मेल नहीं खाता।',
  },
  UNKNOWN_OPTION: { en: 'This option is not one of the question’s options.', hi: 'यह विकल्प प्रश्न के विकल्पों में से नहीं है।' },
});

/** Field-level messages for question authoring. */
export const questionFieldErrors = defineMessages({
  TEXT_MISSING: { en: 'Give this text in every language of the course.', hi: 'यह पाठ पाठ्यक्रम की हर भाषा में दें।' },
  ONE_CORRECT: { en: 'Mark exactly one option as correct.', hi: 'ठीक एक विकल्प को सही चिह्नित करें।' },
  SOME_CORRECT: { en: 'Mark at least one option as correct.', hi: 'कम से कम एक विकल्प को सही चिह्नित करें।' },
  DUPLICATE: { en: 'Each entry must be different.', hi: 'हर प्रविष्टि अलग होनी चाहिए।' },
  ACCEPTED_MISSING: {
    en: 'Give at least one accepted answer in every language of the course.',
    hi: 'पाठ्यक्रम की हर भाषा में कम से कम एक स्वीकार्य उत्तर दें।',
  },
  TYPE_UNKNOWN: {
    en: 'Choose a question type: single_choice, multiple_choice, true_false, fill_text, fill_numeric or match.',
    hi: 'प्रश्न का प्रकार चुनें: single_choice, multiple_choice, true_false, fill_text, fill_numeric या match।',
  },
  LESSON_NOT_ASSESSMENT: {
    en: 'Choose a quiz or final assessment lesson of this draft.',
    hi: 'इस प्रारूप का कोई प्रश्नोत्तरी या अंतिम मूल्यांकन पाठ चुनें।',
  },
});

export type AssessmentErrorCode = keyof typeof assessmentErrors;

/** An assessments error with its stable code and bilingual message. */
export function assessmentFail(status: number, code: AssessmentErrorCode, params: Record<string, unknown> = {}, fields: FieldError[] = []): AppError {
  return new AppError(status, code, assessmentErrors[code], params, fields);
}

/** A field error of question authoring, with its message. */
export function questionField(field: string, code: keyof typeof questionFieldErrors): FieldError {
  return { field, code, message: questionFieldErrors[code] };
}
