import { defineMessages, type Bilingual } from './i18n';

/** Platform-wide error messages; modules add their own with defineMessages and pass them to AppError. */
export const platformErrors = defineMessages({
  VALIDATION_FAILED: { en: 'Some fields are not valid.', hi: 'कुछ फ़ील्ड सही नहीं हैं।' },
  UNAUTHENTICATED: { en: 'Please sign in to continue.', hi: 'आगे बढ़ने के लिए कृपया साइन इन करें।' },
  FORBIDDEN: { en: 'You do not have permission to do this.', hi: 'आपको यह करने की अनुमति नहीं है।' },
  NOT_FOUND: { en: 'Not found.', hi: 'नहीं मिला।' },
  CSRF_INVALID: {
    en: 'Your session token is missing or out of date. Reload the page and try again.',
    hi: 'आपका सत्र टोकन नहीं है या पुराना है। पेज दोबारा लोड करके फिर से कोशिश करें।',
  },
  RATE_LIMITED: {
    en: 'Too many requests. Try again in {retryAfter} seconds.',
    hi: 'बहुत अधिक अनुरोध। {retryAfter} सेकंड बाद फिर से कोशिश करें।',
  },
  PAYLOAD_TOO_LARGE: { en: 'The request or upload is too large.', hi: 'अनुरोध या अपलोड बहुत बड़ा है।' },
  BAD_REQUEST: { en: 'The request is not valid.', hi: 'अनुरोध मान्य नहीं है।' },
  MALFORMED_JSON: {
    en: 'The request body is not valid JSON.',
    hi: 'अनुरोध का मुख्य भाग (बॉडी) मान्य JSON नहीं है।',
  },
  EMPTY_JSON_BODY: {
    en: 'The request says it sends JSON but its body is empty.',
    hi: 'अनुरोध JSON भेजने की बात कहता है, पर उसका मुख्य भाग (बॉडी) ख़ाली है।',
  },
  INVALID_CONTENT_LENGTH: {
    en: 'The Content-Length header does not match the body that was sent.',
    hi: 'Content-Length हेडर भेजे गए मुख्य भाग (बॉडी) से मेल नहीं खाता।',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    en: 'This kind of content (Content-Type) is not accepted here. Send JSON unless the API says otherwise.',
    hi: 'यहाँ इस प्रकार की सामग्री (Content-Type) स्वीकार नहीं है। जब तक API कुछ और न कहे, JSON भेजें।',
  },
  NOT_ACCEPTABLE: { en: 'The request is not in a form this address accepts.', hi: 'अनुरोध उस रूप में नहीं है जो यह पता स्वीकार करता है।' },
  URI_TOO_LONG: { en: 'The address (URL) is too long.', hi: 'पता (URL) बहुत लंबा है।' },
  BAD_URL: { en: 'The address (URL) is not valid.', hi: 'पता (URL) मान्य नहीं है।' },
  METHOD_NOT_ALLOWED: { en: 'This method is not allowed here.', hi: 'यहाँ यह तरीका (method) अनुमत नहीं है।' },
  REQUEST_TIMEOUT: { en: 'The request took too long to arrive.', hi: 'अनुरोध आने में बहुत समय लगा।' },
  HEADERS_TOO_LARGE: { en: 'The request headers are too large.', hi: 'अनुरोध के हेडर बहुत बड़े हैं।' },
  RANGE_NOT_SATISFIABLE: { en: 'The requested byte range is outside the file.', hi: 'माँगी गई बाइट सीमा फ़ाइल के बाहर है।' },
  CONFLICT: {
    en: 'This record was changed by someone else. Reload and try again.',
    hi: 'इस रिकॉर्ड को किसी और ने बदल दिया है। दोबारा लोड करके फिर से कोशिश करें।',
  },
  INTERNAL: {
    en: 'Something went wrong on our side. Please try again.',
    hi: 'हमारी ओर से कुछ गड़बड़ हुई। कृपया फिर से कोशिश करें।',
  },
});

export interface FieldError {
  field: string;
  code: string;
  message?: Bilingual;
}

/** A typed error with a stable code, an HTTP status and a bilingual message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Bilingual,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(code);
  }
}

/** Shorthands for the common platform errors. */
export const errors = {
  validation: (fields: FieldError[]) =>
    new AppError(400, 'VALIDATION_FAILED', platformErrors.VALIDATION_FAILED, {}, fields),
  unauthenticated: () => new AppError(401, 'UNAUTHENTICATED', platformErrors.UNAUTHENTICATED),
  forbidden: () => new AppError(403, 'FORBIDDEN', platformErrors.FORBIDDEN),
  notFound: () => new AppError(404, 'NOT_FOUND', platformErrors.NOT_FOUND),
  conflict: () => new AppError(409, 'CONFLICT', platformErrors.CONFLICT),
  rateLimited: (retryAfter: number) =>
    new AppError(429, 'RATE_LIMITED', platformErrors.RATE_LIMITED, { retryAfter }),
};
