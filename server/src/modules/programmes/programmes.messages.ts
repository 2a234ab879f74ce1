import { AppError, type FieldError } from '../../platform/errors';
import { defineMessages } from '../../platform/i18n';

/** Errors of programme authoring, the programme catalog and programme enrolment. */
export const programmeErrors = defineMessages({
  PROGRAMME_NOT_FOUND: { en: 'This programme was not found or is not published.', hi: 'यह कार्यक्रम नहीं मिला या प्रकाशित नहीं है।' },
  PROGRAMME_RETIRED: {
    en: 'This programme has been retired and is no longer open for enrolment.',
    hi: 'यह कार्यक्रम बंद कर दिया गया है और अब इसमें नामांकन नहीं हो सकता।',
  },
  PROGRAMME_RESTRICTED: {
    en: 'This programme includes “{title}”, which is open only to selected organisations, and yours is not one of them.',
    hi: 'इस कार्यक्रम में “{title}” शामिल है, जो केवल चुने हुए संगठनों के लिए है, और आपका संगठन उनमें नहीं है।',
  },
  PROGRAMME_COURSE_UNAVAILABLE: {
    en: 'The required course “{title}” of this programme is no longer available, so the programme cannot be joined now.',
    hi: 'इस कार्यक्रम का आवश्यक पाठ्यक्रम “{title}” अब उपलब्ध नहीं है, इसलिए अभी इस कार्यक्रम में नामांकन नहीं हो सकता।',
  },
  PROGRAMME_NOT_EDITABLE: {
    en: 'This programme is {status} and cannot be changed. Only a draft can be edited.',
    hi: 'यह कार्यक्रम अब प्रारूप नहीं है, इसलिए बदला नहीं जा सकता। केवल प्रारूप संपादित किया जा सकता है।',
  },
  PROGRAMME_NOT_DRAFT: { en: 'Only a draft programme can be published.', hi: 'केवल प्रारूप कार्यक्रम ही प्रकाशित किया जा सकता है।' },
  PROGRAMME_NOT_PUBLISHED: { en: 'Only a published programme can be retired.', hi: 'केवल प्रकाशित कार्यक्रम ही बंद किया जा सकता है।' },
  PROGRAMME_INCOMPLETE: {
    en: 'The programme is not ready to publish: {count} item(s) are missing ({missing}).',
    hi: 'कार्यक्रम प्रकाशन के लिए तैयार नहीं है: कुल {count} जगह जानकारी अधूरी है ({missing})।',
  },
  PROGRAMME_CODE_TAKEN: { en: 'Another programme already uses the code “{code}”.', hi: 'कोड “{code}” पहले से किसी दूसरे कार्यक्रम में इस्तेमाल हो रहा है।' },
  PROVIDER_OUT_OF_SCOPE: {
    en: 'You may create programmes only for organisations in your scope.',
    hi: 'आप केवल अपने दायरे के संगठनों के लिए कार्यक्रम बना सकते हैं।',
  },
  COURSE_UNKNOWN: { en: 'One of the courses does not exist.', hi: 'पाठ्यक्रमों में से एक मौजूद नहीं है।' },
  COURSE_DUPLICATE: { en: 'A course appears more than once in the programme.', hi: 'कार्यक्रम में एक पाठ्यक्रम एक से अधिक बार है।' },
  COURSE_NOT_PUBLISHED: {
    en: 'Only published courses can be added to a programme; course {courseId} is not published.',
    hi: 'कार्यक्रम में केवल प्रकाशित पाठ्यक्रम जोड़े जा सकते हैं; पाठ्यक्रम {courseId} प्रकाशित नहीं है।',
  },
  COURSE_RETIRED: {
    en: '“{title}” has been retired and cannot be part of a programme.',
    hi: '“{title}” बंद कर दिया गया है और किसी कार्यक्रम का हिस्सा नहीं हो सकता।',
  },
  NO_REQUIRED_COURSE: { en: 'Mark at least one course as required.', hi: 'कम से कम एक पाठ्यक्रम को आवश्यक चिह्नित करें।' },
});
export type ProgrammeErrorCode = keyof typeof programmeErrors;

/** A programme error with its bilingual message; `code` overrides the machine code when several texts share one. */
export function programmeError(
  status: number,
  key: ProgrammeErrorCode,
  params: Record<string, unknown> = {},
  fields: FieldError[] = [],
  code?: string,
): AppError {
  return new AppError(status, code ?? key, programmeErrors[key], params, fields);
}

/** What is still missing for the programme, one sentence per kind of course state. */
export const programmeMissingMessages = defineMessages({
  not_enrolled: { en: 'Course {n} ({title}): not started', hi: 'पाठ्यक्रम {n} ({title}): शुरू नहीं किया' },
  in_progress: { en: 'Course {n} ({title}): {percent} % done', hi: 'पाठ्यक्रम {n} ({title}): {percent}% पूरा' },
  unavailable: {
    en: 'Course {n} ({title}): no longer available; ask the programme provider',
    hi: 'पाठ्यक्रम {n} ({title}): अब उपलब्ध नहीं है; कार्यक्रम प्रदाता से संपर्क करें',
  },
});
