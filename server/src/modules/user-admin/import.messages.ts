import { csvUploadErrors } from '../../platform/csv-upload';
import { defineMessages } from '../../platform/i18n';
import { identityErrors } from '../identity';

/** Why an upload is refused (answered at once with a 4xx). */
export const uploadErrors = defineMessages({
  ...csvUploadErrors,
  IMPORT_NOT_MULTIPART: {
    en: 'Send the file as a form upload (multipart/form-data) with the fields orgId and file.',
    hi: 'फ़ाइल को फ़ॉर्म अपलोड (multipart/form-data) के रूप में orgId और file फ़ील्ड के साथ भेजें।',
  },
  IMPORT_FILE_MISSING: { en: 'Choose a CSV file to upload.', hi: 'अपलोड करने के लिए एक CSV फ़ाइल चुनें।' },
  IMPORT_ORG_MISSING: { en: 'Choose the organisation to import into.', hi: 'वह संगठन चुनें जिसमें आयात करना है।' },
  IMPORT_ORG_UNKNOWN: { en: 'This organisation does not exist.', hi: 'यह संगठन मौजूद नहीं है।' },
  IMPORT_NO_ROWS: { en: 'The file has a header row but no employees.', hi: 'फ़ाइल में शीर्षक पंक्ति है पर कोई कर्मचारी नहीं।' },
  IMPORT_COLUMNS_MISSING: {
    en: 'The header row lacks these columns: {columns}. Download the template to see them all.',
    hi: 'शीर्षक पंक्ति में ये कॉलम नहीं हैं: {columns}। सभी कॉलम देखने के लिए टेम्पलेट डाउनलोड करें।',
  },
  IMPORT_COLUMNS_UNKNOWN: {
    en: 'The header row has columns we do not know: {columns}. Remove or rename them as in the template.',
    hi: 'शीर्षक पंक्ति में अज्ञात कॉलम हैं: {columns}। इन्हें हटाएँ या टेम्पलेट के अनुसार नाम बदलें।',
  },
  IMPORT_COLUMNS_REPEATED: {
    en: 'These columns appear more than once in the header row: {columns}.',
    hi: 'ये कॉलम शीर्षक पंक्ति में एक से अधिक बार हैं: {columns}।',
  },
});

/** Why a whole import stopped (shown on the import's status). */
export const importFailures = defineMessages({
  IMPORT_CSV_MALFORMED: {
    en: 'The file could not be read as CSV near line {line}: {reason}. Nothing was imported from it.',
    hi: 'फ़ाइल को पंक्ति {line} के पास CSV के रूप में पढ़ा नहीं जा सका: {reason}। इससे कुछ भी आयात नहीं हुआ।',
  },
  IMPORT_INTERRUPTED: {
    en: 'The import stopped after repeated errors on our side. Rows counted as imported are saved; upload the rest again.',
    hi: 'हमारी ओर से बार-बार त्रुटि के कारण आयात रुक गया। आयातित गिनी गई पंक्तियाँ सहेजी गई हैं; शेष को फिर से अपलोड करें।',
  },
});

/** Problems with one row of the file; a row with any of them changes nothing. */
export const rowErrors = defineMessages({
  ROW_COLUMN_COUNT: {
    en: 'This row has {found} values but the header has {expected} columns. Check for a missing or extra comma.',
    hi: 'इस पंक्ति में {found} मान हैं पर शीर्षक में {expected} कॉलम हैं। कोई छूटा या अतिरिक्त अल्पविराम जाँचें।',
  },
  REQUIRED: { en: 'This value is required.', hi: 'यह मान आवश्यक है।' },
  TOO_LONG: { en: 'This value is longer than {max} characters.', hi: 'यह मान {max} अक्षरों से लंबा है।' },
  EMPLOYEE_ID_INVALID: {
    en: 'An employee ID may contain only letters, digits and / . _ - (no spaces).',
    hi: 'कर्मचारी आईडी में केवल अक्षर, अंक और / . _ - हो सकते हैं (कोई रिक्त स्थान नहीं)।',
  },
  NAME_TOO_SHORT: { en: 'The name must have at least 2 characters.', hi: 'नाम में कम से कम 2 अक्षर होने चाहिए।' },
  EMAIL_INVALID: { en: 'This is not a valid e-mail address.', hi: 'यह मान्य ई-मेल पता नहीं है।' },
  MOBILE_INVALID: identityErrors.MOBILE_INVALID,
  ORG_CODE_UNKNOWN: { en: 'No organisation has the code {code}.', hi: '{code} कोड वाला कोई संगठन नहीं है।' },
  ORG_NOT_IN_SUBTREE: {
    en: 'The organisation {code} is not part of the organisation you are importing into.',
    hi: 'संगठन {code} उस संगठन का हिस्सा नहीं है जिसमें आप आयात कर रहे हैं।',
  },
  DESIGNATION_UNKNOWN: { en: 'No designation has the code {code}.', hi: '{code} कोड वाला कोई पदनाम नहीं है।' },
  DESIGNATION_NOT_IN_ORG: identityErrors.DESIGNATION_NOT_IN_ORG,
  EMPLOYEE_GROUP_INVALID: {
    en: 'The group must be one of A, B, C, D, contractual, honorarium, other.',
    hi: 'समूह A, B, C, D, contractual, honorarium, other में से एक होना चाहिए।',
  },
  EMAIL_DOMAIN_NOT_ALLOWED: identityErrors.EMAIL_DOMAIN_NOT_ALLOWED,
  EMPLOYEE_ID_TAKEN: identityErrors.EMPLOYEE_ID_TAKEN,
  EMAIL_TAKEN: identityErrors.EMAIL_TAKEN,
  MOBILE_TAKEN: identityErrors.MOBILE_TAKEN,
  EMPLOYEE_ID_REPEATED: {
    en: 'This employee ID already appears in row {row} of this file.',
    hi: 'यह कर्मचारी आईडी इसी फ़ाइल की पंक्ति {row} में पहले से है।',
  },
  EMAIL_REPEATED: { en: 'This e-mail address already appears in row {row} of this file.', hi: 'यह ई-मेल पता इसी फ़ाइल की पंक्ति {row} में पहले से है।' },
  MOBILE_REPEATED: { en: 'This mobile number already appears in row {row} of this file.', hi: 'यह मोबाइल नंबर इसी फ़ाइल की पंक्ति {row} में पहले से है।' },
});
export type RowErrorCode = keyof typeof rowErrors;
