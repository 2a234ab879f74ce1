import { AppError, type FieldError } from '../../platform/errors';
import { defineMessages, format } from '../../platform/i18n';

/** Errors of the competency and career hub. */
export const competencyErrors = defineMessages({
  COMPETENCY_NOT_FOUND: { en: 'No competency has the code {code}.', hi: '{code} कोड वाली कोई दक्षता नहीं है।' },
  AREA_NOT_FOUND: { en: 'No competency area has the code {code}.', hi: '{code} कोड वाला कोई दक्षता क्षेत्र नहीं है।' },
  THEME_NOT_FOUND: { en: 'No competency theme has the code {code}.', hi: '{code} कोड वाला कोई दक्षता विषय नहीं है।' },
  AREA_TYPE_FIXED: {
    en: 'An area keeps its type (behavioural, functional or domain) once it has themes.',
    hi: 'किसी क्षेत्र में विषय जुड़ जाने के बाद उसका प्रकार (व्यवहारात्मक, कार्यात्मक या क्षेत्र-विशिष्ट) नहीं बदलता।',
  },
  DESIGNATION_NOT_FOUND: { en: 'This designation was not found.', hi: 'यह पदनाम नहीं मिला।' },
  USER_NOT_FOUND: { en: 'This employee was not found.', hi: 'यह कर्मचारी नहीं मिला।' },
  ORG_NOT_FOUND: { en: 'This organisation was not found.', hi: 'यह संगठन नहीं मिला।' },
  NO_DESIGNATION: {
    en: 'Your profile has no designation yet. Ask your MDO admin to set it.',
    hi: 'आपकी प्रोफ़ाइल में अभी कोई पदनाम नहीं है। अपने एमडीओ व्यवस्थापक से इसे दर्ज करने को कहें।',
  },
  TARGET_NOT_ON_PATH: {
    en: 'Choose a target post from one of the career paths.',
    hi: 'लक्ष्य पद किसी एक करियर पथ में से चुनें।',
  },
  TARGET_IS_CURRENT: { en: 'This is already your current post.', hi: 'यह पहले से ही आपका वर्तमान पद है।' },
  REQUIREMENTS_CHANGED: {
    en: 'Someone else changed these requirements after you opened them. Reload and make your changes again.',
    hi: 'आपके खोलने के बाद किसी और ने ये आवश्यकताएँ बदल दीं। दोबारा लोड करके अपने बदलाव फिर से करें।',
  },
  IMPORT_ROWS_INVALID: {
    en: '{count} problem(s) in the file; nothing was imported. Correct the rows and upload the file again.',
    hi: 'फ़ाइल में कुल {count} जगह समस्या है; कुछ भी आयात नहीं हुआ। पंक्तियाँ ठीक करके फ़ाइल फिर से अपलोड करें।',
  },
  IMPORT_NOT_MULTIPART: {
    en: 'Send the file as a multipart form with a field named "file".',
    hi: 'फ़ाइल को "file" नाम के फ़ील्ड वाले मल्टीपार्ट फ़ॉर्म में भेजें।',
  },
  IMPORT_FILE_UNREADABLE: { en: 'The file could not be read near line {line}: {reason}', hi: 'फ़ाइल पंक्ति {line} के पास पढ़ी नहीं जा सकी: {reason}' },
  IMPORT_NO_ROWS: { en: 'The file has a header but no rows.', hi: 'फ़ाइल में शीर्षक है पर कोई पंक्ति नहीं है।' },
  IMPORT_TOO_MANY_ROWS: { en: 'A file may have at most {max} rows.', hi: 'एक फ़ाइल में अधिकतम {max} पंक्तियाँ हो सकती हैं।' },
  IMPORT_COLUMNS_UNKNOWN: { en: 'Unknown column(s): {columns}.', hi: 'अज्ञात कॉलम: {columns}।' },
  IMPORT_COLUMNS_MISSING: { en: 'Missing column(s): {columns}.', hi: 'ये कॉलम नहीं हैं: {columns}।' },
  IMPORT_COLUMNS_REPEATED: { en: 'Repeated column(s): {columns}.', hi: 'दोहराए गए कॉलम: {columns}।' },
});
export type CompetencyErrorCode = keyof typeof competencyErrors;

/** An error of this module with its bilingual message. */
export function competencyFail(status: number, code: CompetencyErrorCode, params: Record<string, unknown> = {}, fields: FieldError[] = []): AppError {
  return new AppError(status, code, competencyErrors[code], params, fields);
}

/** Field-level problems (request bodies and CSV rows). */
export const fieldErrors = defineMessages({
  REQUIRED: { en: 'This value is required.', hi: 'यह मान आवश्यक है।' },
  TOO_LONG: { en: 'At most {max} characters.', hi: 'अधिकतम {max} अक्षर।' },
  ROW_COLUMN_COUNT: {
    en: 'This row has {found} values but the header has {expected} columns.',
    hi: 'इस पंक्ति में {found} मान हैं पर शीर्षक में {expected} कॉलम हैं।',
  },
  DESIGNATION_UNKNOWN: { en: 'No designation has the code {code}.', hi: '{code} कोड वाला कोई पदनाम नहीं है।' },
  DESIGNATION_NOT_ALLOWED: {
    en: 'You do not administer an organisation that uses the designation {code}.',
    hi: 'आप ऐसे किसी संगठन के व्यवस्थापक नहीं हैं जहाँ {code} पदनाम प्रयोग होता है।',
  },
  COMPETENCY_UNKNOWN: { en: 'No competency has the code {code}.', hi: '{code} कोड वाली कोई दक्षता नहीं है।' },
  LEVEL_INVALID: { en: 'The level must be a whole number from 1 to 5.', hi: 'स्तर 1 से 5 तक की पूर्ण संख्या होना चाहिए।' },
  NAME_MISMATCH: {
    en: 'The same English name has a different Hindi name in row {row}.',
    hi: 'इसी अंग्रेज़ी नाम का हिंदी नाम पंक्ति {row} में अलग है।',
  },
  COMPETENCY_REPEATED: {
    en: 'This competency is already listed for this activity in row {row}.',
    hi: 'यह दक्षता इस गतिविधि के लिए पंक्ति {row} में पहले से दी गई है।',
  },
  DUPLICATE: { en: 'This value is listed twice.', hi: 'यह मान दो बार दिया गया है।' },
  URL_INVALID: { en: 'Give a link that starts with https:// or http://.', hi: 'https:// या http:// से शुरू होने वाला लिंक दें।' },
  DATE_IN_FUTURE: { en: 'The date cannot be in the future.', hi: 'तिथि भविष्य की नहीं हो सकती।' },
});
export type FieldErrorCode = keyof typeof fieldErrors;

/** A field problem with its message, for AppError's `fields`. */
export function fieldProblem(field: string, code: FieldErrorCode, params: Record<string, unknown> = {}): FieldError {
  const text = fieldErrors[code];
  return { field, code, message: { en: format(text.en, params), hi: format(text.hi, params) } };
}

/** Why a course is recommended, in the learner's language. */
export const reasonMessages = defineMessages({
  current: {
    en: 'Builds {competency} to level {level}, required for {post}',
    hi: '{competency} को स्तर {level} तक ले जाता है, {post} के लिए आवश्यक',
  },
  target: {
    en: 'Builds {competency} to level {level}, required for {post} (your target post)',
    hi: '{competency} को स्तर {level} तक ले जाता है, {post} (आपका लक्ष्य पद) के लिए आवश्यक',
  },
  peers: {
    en: 'Completed by {count} colleagues who are {post}',
    hi: '{post} पद के {count} सहकर्मियों ने पूरा किया',
  },
});

/** How each source of a passbook entry is named. */
export const sourceLabels = defineMessages({
  course: { en: 'Completed a course', hi: 'पाठ्यक्रम पूरा किया' },
  assessment: { en: 'Passed an assessment', hi: 'मूल्यांकन उत्तीर्ण किया' },
  self: { en: 'Self-declared (not verified)', hi: 'स्व-घोषित (सत्यापित नहीं)' },
  institute: { en: 'Reported by a training institute', hi: 'प्रशिक्षण संस्थान द्वारा दर्ज' },
});
