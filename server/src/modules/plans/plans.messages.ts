import { AppError, type FieldError } from '../../platform/errors';
import { defineMessages } from '../../platform/i18n';

/** Errors of training plans, assignments, exceptions and compliance statements. */
export const planErrors = defineMessages({
  PLAN_NOT_FOUND: { en: 'This training plan was not found.', hi: 'यह प्रशिक्षण योजना नहीं मिली।' },
  PLAN_INVALID: {
    en: 'The training plan is not complete or not consistent: see the marked fields.',
    hi: 'प्रशिक्षण योजना पूरी या सुसंगत नहीं है: चिह्नित फ़ील्ड देखें।',
  },
  PLAN_NOT_DRAFT: {
    en: 'Only a draft plan can be changed, deleted or published. Retire it and create a new one instead.',
    hi: 'केवल प्रारूप योजना को बदला, हटाया या प्रकाशित किया जा सकता है। इसे बंद करके नई योजना बनाएँ।',
  },
  PLAN_NOT_LIVE: {
    en: 'Only a live plan can be retired, or have its deadline extended and its audience widened.',
    hi: 'केवल सक्रिय योजना को ही बंद किया जा सकता है, या उसकी समय-सीमा और लक्षित समूह बढ़ाया जा सकता है।',
  },
  PLAN_CHANGED: {
    en: 'This plan was changed after you looked at it. Check it again before you continue.',
    hi: 'आपके देखने के बाद यह योजना बदली गई है। आगे बढ़ने से पहले इसे फिर से देखें।',
  },
  AUDIENCE_CHANGED: {
    en: 'The plan would now assign {count} people, not the {confirmed} you confirmed. Check the number and confirm again.',
    hi: 'यह योजना अब {count} लोगों को सौंपी जाएगी, न कि आपके द्वारा पुष्टि किए गए {confirmed} लोगों को। संख्या देखें और फिर से पुष्टि करें।',
  },
  DEADLINE_NOT_EXTENDED: {
    en: 'A live plan’s deadline can only be moved later, keeping its kind (a date stays a date, days stay days).',
    hi: 'सक्रिय योजना की समय-सीमा केवल आगे बढ़ाई जा सकती है, उसी प्रकार में (तिथि तिथि ही रहे, दिन दिन ही रहें)।',
  },
  DEADLINE_YEARLY_FIXED: {
    en: 'The date of a yearly order cannot be changed while it is live. Retire it and publish a new plan.',
    hi: 'हर वर्ष लागू होने वाले आदेश की तिथि सक्रिय रहते हुए नहीं बदली जा सकती। इसे बंद करके नई योजना प्रकाशित करें।',
  },
  AUDIENCE_NARROWED: {
    en: 'A live plan’s audience can only be widened: {count} people already assigned would no longer be in it.',
    hi: 'सक्रिय योजना का लक्षित समूह केवल बढ़ाया जा सकता है: पहले से सौंपे गए {count} लोग इससे बाहर हो जाएँगे।',
  },
  NOTHING_TO_CHANGE: {
    en: 'Give a new deadline or a new audience.',
    hi: 'नई समय-सीमा या नया लक्षित समूह दें।',
  },
  PLAN_OWNER_OUT_OF_SCOPE: {
    en: 'You can create plans only for organisations you administer.',
    hi: 'आप केवल उन्हीं संगठनों के लिए योजना बना सकते हैं जिनका प्रशासन आप करते हैं।',
  },
  PLAN_CODE_TAKEN: { en: 'Another plan already uses this code.', hi: 'यह कोड किसी अन्य योजना में पहले से उपयोग में है।' },
  ASSIGNMENT_NOT_FOUND: {
    en: 'This person has not been assigned this plan.',
    hi: 'इस व्यक्ति को यह योजना सौंपी नहीं गई है।',
  },
  NOTHING_OPEN: {
    en: 'Nothing is open for this person in this plan: every requirement is completed or exempted.',
    hi: 'इस योजना में इस व्यक्ति के लिए कुछ भी लंबित नहीं है: हर आवश्यकता पूरी है या छूट प्राप्त है।',
  },
  EXTENSION_DATE_INVALID: {
    en: 'The new due date must be later than the current one and not in the past.',
    hi: 'नई नियत तिथि वर्तमान तिथि से बाद की होनी चाहिए और बीती हुई नहीं होनी चाहिए।',
  },
  REQUIREMENT_NOT_IN_PLAN: { en: 'This requirement is not part of the plan.', hi: 'यह आवश्यकता इस योजना का हिस्सा नहीं है।' },
  REPORTING_OFFICER_INVALID: {
    en: 'Choose an active officer in your organisations, other than the person themselves.',
    hi: 'अपने संगठनों का कोई सक्रिय अधिकारी चुनें, स्वयं व्यक्ति को नहीं।',
  },
  YEAR_INVALID: {
    en: 'Give the appraisal year as YYYY (2020 to 2100): 2025 means 1 April 2025 to 31 March 2026.',
    hi: 'मूल्यांकन वर्ष YYYY के रूप में दें (2020 से 2100): 2025 का अर्थ है 1 अप्रैल 2025 से 31 मार्च 2026।',
  },
  STATEMENT_NOT_FOUND: { en: 'No compliance statement has this number.', hi: 'इस संख्या का कोई अनुपालन विवरण नहीं है।' },
  USER_NOT_FOUND: { en: 'This person was not found.', hi: 'यह व्यक्ति नहीं मिला।' },
});
export type PlanErrorCode = keyof typeof planErrors;

/** A plan error with its bilingual message. */
export function planError(status: number, code: PlanErrorCode, params: Record<string, unknown> = {}, fields: FieldError[] = []): AppError {
  return new AppError(status, code, planErrors[code], params, fields);
}

/** Why a plan draft is refused, one message per problem (the field says where). */
export const planProblems = defineMessages({
  NAME_REQUIRED: { en: 'Give the plan a name in English and in Hindi.', hi: 'योजना का नाम अंग्रेज़ी और हिंदी दोनों में दें।' },
  OWNER_ORG_UNKNOWN: { en: 'This organisation does not exist.', hi: 'यह संगठन मौजूद नहीं है।' },
  COURSES_REQUIRED: { en: 'Choose at least one course.', hi: 'कम से कम एक पाठ्यक्रम चुनें।' },
  COURSE_UNKNOWN: { en: 'This course does not exist.', hi: 'यह पाठ्यक्रम मौजूद नहीं है।' },
  COURSE_NOT_AVAILABLE: {
    en: 'This course is not published or has been retired.',
    hi: 'यह पाठ्यक्रम प्रकाशित नहीं है या बंद कर दिया गया है।',
  },
  COURSE_REPEATED: { en: 'This course is listed twice.', hi: 'यह पाठ्यक्रम दो बार सूचीबद्ध है।' },
  COUNT_REQUIRED: { en: 'Say how many courses must be completed.', hi: 'बताएँ कि कितने पाठ्यक्रम पूरे करने हैं।' },
  COUNT_ABOVE_COURSES: {
    en: 'The number to complete is more than the number of courses listed.',
    hi: 'पूरे करने की संख्या सूचीबद्ध पाठ्यक्रमों की संख्या से अधिक है।',
  },
  TAGS_REQUIRED: { en: 'Give at least one category or tag.', hi: 'कम से कम एक श्रेणी या टैग दें।' },
  PROGRAMME_REQUIRED: { en: 'Choose a programme.', hi: 'एक कार्यक्रम चुनें।' },
  PROGRAMME_UNKNOWN: { en: 'This programme does not exist or is not published.', hi: 'यह कार्यक्रम मौजूद नहीं है या प्रकाशित नहीं है।' },
  FIELD_NOT_FOR_KIND: {
    en: 'This field does not apply to a requirement of this kind.',
    hi: 'यह फ़ील्ड इस प्रकार की आवश्यकता पर लागू नहीं होता।',
  },
  RENEWAL_INCOMPLETE: {
    en: 'A renewable requirement needs both its validity (months) and its renewal window (days).',
    hi: 'नवीकरणीय आवश्यकता के लिए वैधता (महीने) और नवीकरण अवधि (दिन) दोनों आवश्यक हैं।',
  },
  ORG_OUTSIDE_OWNER: {
    en: 'This organisation is outside the plan’s owner organisation.',
    hi: 'यह संगठन योजना के स्वामी संगठन से बाहर है।',
  },
  ORG_UNKNOWN: { en: 'This organisation does not exist.', hi: 'यह संगठन मौजूद नहीं है।' },
  DESIGNATION_UNKNOWN: { en: 'This designation does not exist.', hi: 'यह पदनाम मौजूद नहीं है।' },
  GROUP_EMPTY: {
    en: 'An audience group needs at least one criterion; choose “everyone” for the whole organisation.',
    hi: 'मानदंडों के हर समूह में कम से कम एक मानदंड होना चाहिए; पूरे संगठन के लिए “संगठन के सभी लोग” चुनें।',
  },
  POSTED_RANGE_INVALID: { en: 'The posting window ends before it starts.', hi: 'तैनाती की अवधि शुरू होने से पहले समाप्त हो रही है।' },
  DATE_INVALID: { en: 'This is not a valid date (YYYY-MM-DD).', hi: 'यह मान्य तिथि (YYYY-MM-DD) नहीं है।' },
  AUDIENCE_EMPTY: {
    en: 'The audience is empty: add a group of criteria or individual people.',
    hi: 'लक्षित समूह खाली है: मानदंडों का समूह या अलग-अलग व्यक्ति जोड़ें।',
  },
  USER_UNKNOWN: { en: 'This person does not exist.', hi: 'यह व्यक्ति मौजूद नहीं है।' },
  USER_OUTSIDE_OWNER: {
    en: 'This person works outside the plan’s owner organisation.',
    hi: 'यह व्यक्ति योजना के स्वामी संगठन से बाहर कार्यरत है।',
  },
  USER_LISTED_TWICE: { en: 'This person is both added and excluded.', hi: 'यह व्यक्ति जोड़ा भी गया है और बाहर भी किया गया है।' },
});
export type PlanProblem = keyof typeof planProblems;

/** A field problem of a plan draft. */
export function problem(field: string, code: PlanProblem): FieldError {
  return { field, code, message: planProblems[code] };
}

/** Status names as statements, digests and exports print them. */
export const statusLabels = defineMessages({
  not_started: { en: 'Not started', hi: 'शुरू नहीं किया' },
  in_progress: { en: 'In progress', hi: 'प्रगति पर' },
  completed_on_time: { en: 'Completed on time', hi: 'समय पर पूरा' },
  completed_late: { en: 'Completed late', hi: 'देर से पूरा' },
  overdue: { en: 'Overdue', hi: 'समय-सीमा पार' },
  extended: { en: 'Extended', hi: 'समय बढ़ाया गया' },
  exempted: { en: 'Exempted', hi: 'छूट प्राप्त' },
  expired: { en: 'Expired, awaiting renewal', hi: 'अवधि समाप्त, नवीकरण प्रतीक्षित' },
  left_audience: { en: 'No longer in the audience', hi: 'अब लक्षित समूह में नहीं' },
});
