import { AppError, type FieldError } from '../../platform/errors';
import { defineMessages } from '../../platform/i18n';

/** Errors of course authoring, review, publication, files and the catalog. */
export const courseErrors = defineMessages({
  COURSE_NOT_FOUND: { en: 'This course was not found.', hi: 'यह पाठ्यक्रम नहीं मिला।' },
  MODULE_NOT_FOUND: { en: 'This module was not found.', hi: 'यह मॉड्यूल नहीं मिला।' },
  LESSON_NOT_FOUND: { en: 'This lesson was not found.', hi: 'यह पाठ नहीं मिला।' },
  FILE_NOT_FOUND: { en: 'This file was not found.', hi: 'यह फ़ाइल नहीं मिली।' },
  NO_DRAFT: {
    en: 'This course has no draft to change. Start a new version to edit it.',
    hi: 'इस पाठ्यक्रम का कोई प्रारूप नहीं है जिसे बदला जा सके। संपादन के लिए नया संस्करण शुरू करें।',
  },
  VERSION_NOT_EDITABLE: {
    en: 'This version is {state} and cannot be changed. Only a draft can be edited.',
    hi: 'यह संस्करण अब प्रारूप नहीं है, इसलिए बदला नहीं जा सकता। केवल प्रारूप संपादित किया जा सकता है।',
  },
  DRAFT_INCOMPLETE: {
    en: 'The draft is not ready for review: {count} item(s) are missing ({missing}).',
    hi: 'प्रारूप समीक्षा के लिए तैयार नहीं है: कुल {count} जगह जानकारी अधूरी है ({missing})।',
  },
  NOT_IN_REVIEW: { en: 'This course is not waiting for review.', hi: 'यह पाठ्यक्रम समीक्षा की प्रतीक्षा में नहीं है।' },
  NOT_APPROVED: {
    en: 'A reviewer must approve this version before it can be published.',
    hi: 'प्रकाशन से पहले किसी समीक्षक को इस संस्करण को स्वीकृत करना होगा।',
  },
  ALREADY_APPROVED: { en: 'This version is already approved.', hi: 'यह संस्करण पहले ही स्वीकृत है।' },
  SELF_REVIEW_FORBIDDEN: {
    en: 'You created or submitted this version, so someone else must review or publish it.',
    hi: 'यह संस्करण आपने बनाया या जमा किया है, इसलिए इसकी समीक्षा या प्रकाशन कोई और करेगा।',
  },
  COMMENT_REQUIRED: { en: 'Write a comment for the author.', hi: 'लेखक के लिए टिप्पणी लिखें।' },
  OPEN_VERSION_EXISTS: {
    en: 'This course already has a version in draft or review.',
    hi: 'इस पाठ्यक्रम का एक संस्करण पहले से प्रारूप या समीक्षा में है।',
  },
  NOT_PUBLISHED: { en: 'This course has not been published.', hi: 'यह पाठ्यक्रम प्रकाशित नहीं हुआ है।' },
  COURSE_RETIRED: { en: 'This course has been retired.', hi: 'यह पाठ्यक्रम बंद कर दिया गया है।' },
  PROVIDER_OUT_OF_SCOPE: {
    en: 'You may create courses only for organisations in your scope.',
    hi: 'आप केवल अपने दायरे के संगठनों के लिए पाठ्यक्रम बना सकते हैं।',
  },
  LANGUAGE_NOT_IN_COURSE: {
    en: 'Texts are given for a language the course does not have.',
    hi: 'ऐसी भाषा के लिए पाठ दिया गया है जो पाठ्यक्रम में नहीं है।',
  },
  LESSON_FILE_INVALID: {
    en: 'The file does not belong to this course or is not the right kind for this lesson.',
    hi: 'फ़ाइल इस पाठ्यक्रम की नहीं है या इस पाठ के लिए सही प्रकार की नहीं है।',
  },
  THUMBNAIL_INVALID: {
    en: 'The thumbnail must be an image (PNG, JPEG or WebP) uploaded to this course as a thumbnail.',
    hi: 'थंबनेल इस पाठ्यक्रम में थंबनेल के रूप में अपलोड किया गया चित्र (PNG, JPEG या WebP) होना चाहिए।',
  },
  FILE_TYPE_NOT_ALLOWED: {
    en: 'This kind of file is not allowed here. Allowed: {allowed}.',
    hi: 'इस प्रकार की फ़ाइल यहाँ अनुमत नहीं है। अनुमत: {allowed}।',
  },
  FILE_TOO_LARGE: {
    en: 'The file is too large. The limit for this kind of file is {limitMb} MB.',
    hi: 'फ़ाइल बहुत बड़ी है। इस प्रकार की फ़ाइल की सीमा {limitMb} MB है।',
  },
  FILE_EMPTY: { en: 'The file is empty.', hi: 'फ़ाइल खाली है।' },
  FILE_MISSING: { en: 'Attach a file in the "file" field.', hi: '"file" फ़ील्ड में एक फ़ाइल संलग्न करें।' },
  NOT_MULTIPART: { en: 'Send the file as multipart/form-data.', hi: 'फ़ाइल multipart/form-data के रूप में भेजें।' },
  RANGE_NOT_SATISFIABLE: { en: 'The requested byte range is outside the file.', hi: 'माँगी गई बाइट सीमा फ़ाइल से बाहर है।' },
});

type CourseErrorCode = keyof typeof courseErrors;

/** A course error with its HTTP status; params fill the message placeholders. */
export function courseError(status: number, code: CourseErrorCode, params: Record<string, unknown> = {}, fields: FieldError[] = []): AppError {
  return new AppError(status, code, courseErrors[code], params, fields);
}
