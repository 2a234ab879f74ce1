import { AppError } from '../../platform/errors';
import { defineMessages } from '../../platform/i18n';

/** Errors of enrolment, progress, completion and ratings. */
export const learningErrors = defineMessages({
  COURSE_NOT_FOUND: { en: 'This course was not found or is not published.', hi: 'यह पाठ्यक्रम नहीं मिला या प्रकाशित नहीं है।' },
  COURSE_RETIRED: {
    en: 'This course has been retired and is no longer open for enrolment.',
    hi: 'यह पाठ्यक्रम बंद कर दिया गया है और अब इसमें नामांकन नहीं हो सकता।',
  },
  COURSE_RESTRICTED: {
    en: 'This course is open only to selected organisations, and yours is not one of them.',
    hi: 'यह पाठ्यक्रम केवल चुने हुए संगठनों के लिए है, और आपका संगठन उनमें नहीं है।',
  },
  NOT_ENROLLED: { en: 'Enrol in this course first.', hi: 'पहले इस पाठ्यक्रम में नामांकन करें।' },
  LESSON_NOT_IN_COURSE: {
    en: 'Lesson {lessonKey} is not part of the current version of this course. Reload the course.',
    hi: 'पाठ {lessonKey} इस पाठ्यक्रम के वर्तमान संस्करण में नहीं है। पाठ्यक्रम दोबारा लोड करें।',
  },
  PROGRESS_TYPE_MISMATCH: {
    en: 'This progress does not fit the lesson type ({type}).',
    hi: 'यह प्रगति पाठ के प्रकार ({type}) से मेल नहीं खाती।',
  },
  ASSESSMENT_PROGRESS_ONLY_BY_ATTEMPT: {
    en: 'Quizzes and assessments are completed by passing an attempt, not by a progress update.',
    hi: 'प्रश्नोत्तरी और मूल्यांकन किसी प्रयास में उत्तीर्ण होकर ही पूरे होते हैं, प्रगति अपडेट से नहीं।',
  },
  RANGE_INVALID: {
    en: 'A watched range must start at 0 or later and end after it starts.',
    hi: 'देखी गई अवधि 0 या उसके बाद शुरू होनी चाहिए और शुरू होने के बाद समाप्त होनी चाहिए।',
  },
  PAGE_OUT_OF_RANGE: {
    en: 'Page {page} does not exist in this document ({pages} pages).',
    hi: 'पृष्ठ {page} इस दस्तावेज़ में नहीं है ({pages} पृष्ठ)।',
  },
  RATING_REQUIRES_COMPLETION: {
    en: 'You can rate a course after you complete it.',
    hi: 'आप पाठ्यक्रम पूरा करने के बाद ही उसे रेटिंग दे सकते हैं।',
  },
});
export type LearningErrorCode = keyof typeof learningErrors;

/** A learning error with its bilingual message; `code` overrides the machine code when several texts share one. */
export function learningFail(status: number, key: LearningErrorCode, params: Record<string, unknown> = {}, code?: string): AppError {
  return new AppError(status, code ?? key, learningErrors[key], params);
}

/** What is still missing for completion, one message per kind of lesson. */
export const missingMessages = defineMessages({
  video: { en: 'Lesson {n} ({title}): watch {percent} % more of the video', hi: 'पाठ {n} ({title}): वीडियो का {percent}% और देखें' },
  audio: { en: 'Lesson {n} ({title}): listen to {percent} % more of the audio', hi: 'पाठ {n} ({title}): ऑडियो का {percent}% और सुनें' },
  pdf_one: { en: 'Lesson {n} ({title}): view page {pages}', hi: 'पाठ {n} ({title}): पृष्ठ {pages} भी देखें' },
  pdf: {
    en: 'Lesson {n} ({title}): view {count} more pages: {pages}',
    hi: 'पाठ {n} ({title}): ये {count} पृष्ठ और देखें: {pages}',
  },
  html: { en: 'Lesson {n} ({title}): read to the end', hi: 'पाठ {n} ({title}): अंत तक पढ़ें' },
  link: { en: 'Lesson {n} ({title}): open the link', hi: 'पाठ {n} ({title}): लिंक खोलें' },
  file: { en: 'Lesson {n} ({title}): download the file', hi: 'पाठ {n} ({title}): फ़ाइल डाउनलोड करें' },
  quiz: { en: 'Lesson {n} ({title}): quiz not passed', hi: 'पाठ {n} ({title}): प्रश्नोत्तरी उत्तीर्ण नहीं' },
  final_assessment: { en: 'Final assessment ({title}): not passed', hi: 'अंतिम मूल्यांकन ({title}): उत्तीर्ण नहीं' },
  final_assessment_untitled: { en: 'Final assessment: not passed', hi: 'अंतिम मूल्यांकन: उत्तीर्ण नहीं' },
});

/** Shown when the pace rule credited less than a progress update reported (docs/learning.md, "Pace"). */
export const paceMessages = defineMessages({
  clamped: {
    en: 'Only {credited} of the {reported} seconds reported were counted: progress is counted at the pace of real time (videos at most {rate}× speed).',
    hi: 'बताए गए {reported} सेकंड में से केवल {credited} सेकंड गिने गए: प्रगति वास्तविक समय की गति से ही गिनी जाती है (वीडियो अधिकतम {rate}× गति से)।',
  },
});
