import { AppError, type FieldError } from '../../platform/errors';
import { defineMessages } from '../../platform/i18n';

/** Errors of the certificate endpoints. */
export const certificateErrors = defineMessages({
  CERTIFICATE_NOT_FOUND: { en: 'This certificate was not found.', hi: 'यह प्रमाणपत्र नहीं मिला।' },
  CERTIFICATE_NOT_ISSUED: {
    en: 'This certificate has not been issued yet (status: {status}).',
    hi: 'यह प्रमाणपत्र अभी जारी नहीं हुआ है।',
  },
  CERTIFICATE_NOT_REVOCABLE: {
    en: 'Only an issued certificate can be revoked; this one is {status}.',
    hi: 'केवल जारी किया गया प्रमाणपत्र ही रद्द किया जा सकता है; यह प्रमाणपत्र जारी स्थिति में नहीं है।',
  },
  CERTIFICATE_NOT_REISSUABLE: {
    en: 'Only an issued certificate can be reissued; this one is {status}.',
    hi: 'केवल जारी किया गया प्रमाणपत्र ही दोबारा जारी किया जा सकता है; यह प्रमाणपत्र जारी स्थिति में नहीं है।',
  },
  CERTIFICATE_NOT_REQUEUEABLE: {
    en: 'Only a failed, pending or not-eligible certificate can be queued again; this one is {status}.',
    hi: 'केवल विफल, लंबित या अपात्र प्रमाणपत्र ही दोबारा कतार में डाला जा सकता है; यह प्रमाणपत्र इनमें से किसी स्थिति में नहीं है।',
  },
  SIGNING_UNAVAILABLE: {
    en: 'The status list cannot be signed right now; try again shortly.',
    hi: 'स्थिति सूची अभी हस्ताक्षरित नहीं की जा सकती; थोड़ी देर बाद फिर प्रयास करें।',
  },
  STATUS_LIST_NOT_FOUND: { en: 'There is no such status list.', hi: 'ऐसी कोई स्थिति सूची नहीं है।' },
  ISSUER_DID_INVALID: {
    en: 'The issuer must be a did:web of a host (did:web:example.gov.in), without a path.',
    hi: 'जारीकर्ता किसी होस्ट का did:web (did:web:example.gov.in) होना चाहिए, बिना पाथ के।',
  },
  COURSE_NOT_FOUND: { en: 'This course was not found.', hi: 'यह पाठ्यक्रम नहीं मिला।' },
  ORG_NOT_FOUND: { en: 'This organisation was not found.', hi: 'यह संगठन नहीं मिला।' },
  NOT_MULTIPART: { en: 'Send the image as a multipart form with one "file" field.', hi: 'चित्र को एक "file" फ़ील्ड वाले मल्टीपार्ट फ़ॉर्म में भेजें।' },
  IMAGE_MISSING: { en: 'Choose an image to upload.', hi: 'अपलोड करने के लिए एक चित्र चुनें।' },
  IMAGE_EMPTY: { en: 'The image file is empty.', hi: 'चित्र फ़ाइल खाली है।' },
  IMAGE_TYPE_NOT_ALLOWED: {
    en: 'Only PNG and JPEG images can be used (the file’s content and its name must both say so).',
    hi: 'केवल PNG और JPEG चित्र ही उपयोग किए जा सकते हैं (फ़ाइल की सामग्री और उसका नाम, दोनों यही दर्शाएँ)।',
  },
  IMAGE_TOO_LARGE: { en: 'The image is larger than {limitKb} KB.', hi: 'चित्र {limitKb} KB से बड़ा है।' },
  IMAGE_NOT_SET: { en: 'No such image has been uploaded for this organisation.', hi: 'इस संगठन के लिए ऐसा कोई चित्र अपलोड नहीं हुआ है।' },
  DATE_RANGE_INVALID: {
    en: 'The end date must be on or after the start date, and the range at most {maxDays} days.',
    hi: 'समाप्ति तिथि आरंभ तिथि के दिन या उसके बाद की होनी चाहिए, और अवधि अधिकतम {maxDays} दिन की।',
  },
});
export type CertificateErrorCode = keyof typeof certificateErrors;

/** A certificate error with its bilingual message. */
export function certificateError(status: number, key: CertificateErrorCode, params: Record<string, unknown> = {}, fields: FieldError[] = []): AppError {
  return new AppError(status, key, certificateErrors[key], params, fields);
}

/** Why a certificate failed or is not due, shown to the learner and their admin. */
export const failureReasons = defineMessages({
  HOLDER_NOT_FOUND: { en: 'The learner’s account was not found.', hi: 'शिक्षार्थी का खाता नहीं मिला।' },
  SUBJECT_NOT_FOUND: { en: 'The course or programme was not found.', hi: 'पाठ्यक्रम या कार्यक्रम नहीं मिला।' },
  ISSUER_NOT_FOUND: { en: 'The issuing organisation was not found.', hi: 'जारीकर्ता संगठन नहीं मिला।' },
  SIGNING_UNAVAILABLE: {
    en: 'The platform’s signing key is not available. The certificate will be retried.',
    hi: 'प्लेटफ़ॉर्म की हस्ताक्षर कुंजी उपलब्ध नहीं है। प्रमाणपत्र फिर से बनाने का प्रयास किया जाएगा।',
  },
  INTERNAL: {
    en: 'Something went wrong while issuing. The certificate will be retried.',
    hi: 'जारी करते समय कुछ गड़बड़ हुई। प्रमाणपत्र फिर से बनाने का प्रयास किया जाएगा।',
  },
  SCORE_BELOW_MINIMUM: {
    en: 'The best final-assessment score, {score} %, is below the {minimum} % this course’s certificate needs.',
    hi: 'अंतिम मूल्यांकन का सर्वश्रेष्ठ अंक, {score}%, इस पाठ्यक्रम के प्रमाणपत्र के लिए आवश्यक {minimum}% से कम है।',
  },
  SCORE_MISSING: {
    en: 'This course’s certificate needs a final-assessment score of at least {minimum} %, and none is recorded.',
    hi: 'इस पाठ्यक्रम के प्रमाणपत्र के लिए अंतिम मूल्यांकन में कम से कम {minimum}% अंक चाहिए, और कोई अंक दर्ज नहीं है।',
  },
});
export type FailureCode = keyof typeof failureReasons;

/** The fixed wording printed on every certificate, in both languages. */
export const certificateText = defineMessages({
  heading: { en: 'Certificate of Completion', hi: 'पूर्णता प्रमाणपत्र' },
  certify: { en: 'This is to certify that', hi: 'प्रमाणित किया जाता है कि' },
  completedCourse: { en: 'has successfully completed the course', hi: 'ने पाठ्यक्रम सफलतापूर्वक पूर्ण किया है' },
  completedProgramme: { en: 'has successfully completed the programme', hi: 'ने कार्यक्रम सफलतापूर्वक पूर्ण किया है' },
  completedOn: { en: 'Completed on', hi: 'पूर्णता तिथि' },
  learningHours: { en: 'Learning hours', hi: 'सीखने के घंटे' },
  number: { en: 'Certificate No.', hi: 'प्रमाणपत्र सं.' },
  competencies: { en: 'Competencies', hi: 'दक्षताएँ' },
  level: { en: 'Level', hi: 'स्तर' },
  issuedBy: { en: 'Issued by', hi: 'जारीकर्ता' },
  verify: { en: 'Scan to verify', hi: 'सत्यापन हेतु स्कैन करें' },
  platform: { en: 'Issued through Kshamata, the capacity-building platform', hi: 'क्षमता निर्माण प्लेटफ़ॉर्म "क्षमता" के माध्यम से जारी' },
  sample: { en: 'SAMPLE', hi: 'नमूना' },
});
