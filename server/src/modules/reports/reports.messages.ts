import { AppError, type FieldError } from '../../platform/errors';
import { defineMessages } from '../../platform/i18n';

/** Errors of dashboards, reports, exports, leaderboards and learning weeks. */
export const reportErrors = defineMessages({
  ORG_NOT_FOUND: { en: 'This organisation was not found.', hi: 'यह संगठन नहीं मिला।' },
  DATE_INVALID: { en: 'Give dates as YYYY-MM-DD, for example 2026-04-01.', hi: 'तिथियाँ YYYY-MM-DD के रूप में दें, जैसे 2026-04-01।' },
  RANGE_INVALID: { en: 'The start date must be on or before the end date.', hi: 'आरंभ तिथि समाप्ति तिथि के दिन या उससे पहले की होनी चाहिए।' },
  RANGE_TOO_LONG: { en: 'A range can be at most {days} days long.', hi: 'अवधि अधिकतम {days} दिन की हो सकती है।' },
  EXPORT_TOO_LARGE: {
    en: 'This report has {count} people, too many to download directly. Request it as a file: it will be ready to download shortly.',
    hi: 'इस रिपोर्ट में {count} लोग हैं, जो सीधे डाउनलोड के लिए बहुत अधिक हैं। इसे फ़ाइल के रूप में माँगें: यह जल्द ही डाउनलोड के लिए तैयार होगी।',
  },
  EXPORT_NOT_FOUND: { en: 'This export was not found.', hi: 'यह निर्यात नहीं मिला।' },
  EXPORT_NOT_READY: {
    en: 'This export is not ready yet (status: {status}). Try again in a moment.',
    hi: 'यह निर्यात अभी तैयार नहीं है। थोड़ी देर में फिर से कोशिश करें।',
  },
  CAMPAIGN_NOT_FOUND: { en: 'This learning week was not found.', hi: 'यह शिक्षण सप्ताह नहीं मिला।' },
  CAMPAIGN_TOO_LONG: { en: 'A learning week can last at most {days} days.', hi: 'शिक्षण सप्ताह अधिकतम {days} दिन का हो सकता है।' },
  CAMPAIGN_TARGET_MISSING: {
    en: 'Set at least one target: hours per employee, participation or completions.',
    hi: 'कम से कम एक लक्ष्य तय करें: प्रति कर्मचारी घंटे, भागीदारी या पूर्णताएँ।',
  },
  CAMPAIGN_NAME_REQUIRED: { en: 'Give the learning week a name in English and Hindi.', hi: 'शिक्षण सप्ताह का नाम अंग्रेज़ी और हिंदी दोनों में दें।' },
  COURSE_NOT_FOUND: { en: 'This course was not found.', hi: 'यह पाठ्यक्रम नहीं मिला।' },
});
export type ReportErrorCode = keyof typeof reportErrors;

/** A report error with its bilingual message; `field` marks the input it concerns. */
export function reportFail(status: number, code: ReportErrorCode, params: Record<string, unknown> = {}, field?: string): AppError {
  const fields: FieldError[] = field ? [{ field, code, message: reportErrors[code] }] : [];
  return new AppError(status, code, reportErrors[code], params, fields);
}

/** Column headings of the people-level exports. */
export const exportHeadings = defineMessages({
  employeeId: { en: 'Employee ID', hi: 'कर्मचारी आईडी' },
  name: { en: 'Name', hi: 'नाम' },
  email: { en: 'E-mail', hi: 'ई-मेल' },
  mobile: { en: 'Mobile', hi: 'मोबाइल' },
  designation: { en: 'Designation', hi: 'पदनाम' },
  organisation: { en: 'Organisation', hi: 'संगठन' },
  status: { en: 'Account status', hi: 'खाते की स्थिति' },
  registeredOn: { en: 'Registered on', hi: 'पंजीकरण तिथि' },
  enrolments: { en: 'Enrolments', hi: 'नामांकन' },
  completions: { en: 'Courses completed', hi: 'पूरे किए गए पाठ्यक्रम' },
  learningHours: { en: 'Learning hours', hi: 'सीखने के घंटे' },
  certificates: { en: 'Certificates', hi: 'प्रमाणपत्र' },
  firstCompletion: { en: 'First completion', hi: 'पहली पूर्णता' },
  lastActive: { en: 'Last active', hi: 'अंतिम बार सक्रिय' },
  course: { en: 'Course', hi: 'पाठ्यक्रम' },
  source: { en: 'How enrolled', hi: 'नामांकन का तरीका' },
  enrolledOn: { en: 'Enrolled on', hi: 'नामांकन तिथि' },
  progress: { en: 'Progress (%)', hi: 'प्रगति (%)' },
  completedOn: { en: 'Completed on', hi: 'पूर्ण होने की तिथि' },
  plan: { en: 'Training plan', hi: 'प्रशिक्षण योजना' },
  planStatus: { en: 'Plan status', hi: 'योजना की स्थिति' },
  dueOn: { en: 'Due on', hi: 'नियत तिथि' },
  assessment: { en: 'Assessment', hi: 'मूल्यांकन' },
  attemptStatus: { en: 'Attempt status', hi: 'प्रयास की स्थिति' },
  startedOn: { en: 'Started on', hi: 'आरंभ तिथि' },
  submittedOn: { en: 'Submitted on', hi: 'जमा करने की तिथि' },
  score: { en: 'Score (%)', hi: 'अंक (%)' },
  passed: { en: 'Passed', hi: 'उत्तीर्ण' },
});

/** Values that appear in exports. */
export const exportValues = defineMessages({
  yes: { en: 'Yes', hi: 'हाँ' },
  no: { en: 'No', hi: 'नहीं' },
  self: { en: 'Self', hi: 'स्वयं' },
  assignment: { en: 'Assigned', hi: 'सौंपा गया' },
  in_progress: { en: 'In progress', hi: 'प्रगति पर' },
  completed: { en: 'Completed', hi: 'पूर्ण' },
  active: { en: 'Active', hi: 'सक्रिय' },
  pending_approval: { en: 'Awaiting approval', hi: 'स्वीकृति की प्रतीक्षा' },
  submitted: { en: 'Submitted', hi: 'जमा' },
  expired: { en: 'Expired', hi: 'समय समाप्त' },
  overdue: { en: 'Overdue', hi: 'समय-सीमा पार' },
  pending: { en: 'Pending', hi: 'लंबित' },
  completed_on_time: { en: 'Completed on time', hi: 'समय पर पूरा' },
  completed_late: { en: 'Completed late', hi: 'देर से पूरा' },
  exempted: { en: 'Exempted', hi: 'छूट प्राप्त' },
  left_audience: { en: 'No longer in the audience', hi: 'अब लक्षित समूह में नहीं' },
  ended: { en: 'Plan ended', hi: 'योजना बंद' },
  awaiting_renewal: { en: 'Awaiting renewal', hi: 'नवीकरण प्रतीक्षित' },
  extended: { en: 'Extended', hi: 'समय बढ़ाया गया' },
});
