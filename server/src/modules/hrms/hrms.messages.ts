import { AppError, type FieldError } from '../../platform/errors';
import { defineMessages } from '../../platform/i18n';

/** Errors of the HRMS machine API and of token and webhook administration. */
export const hrmsErrors = defineMessages({
  HRMS_TOKEN_INVALID: {
    en: 'Send a valid, unrevoked API token as "Authorization: Bearer <token>".',
    hi: 'मान्य और निरस्त न किया गया API टोकन "Authorization: Bearer <token>" के रूप में भेजें।',
  },
  EMPLOYEE_NOT_FOUND: {
    en: 'No employee with this ID in the organisations this token covers.',
    hi: 'इस टोकन के दायरे वाले संगठनों में इस आईडी का कोई कर्मचारी नहीं है।',
  },
  EMPLOYEE_AMBIGUOUS: {
    en: 'More than one employer uses this employee ID; use a token scoped to the employer.',
    hi: 'यह कर्मचारी आईडी एक से अधिक नियोक्ताओं में है; नियोक्ता तक सीमित टोकन का उपयोग करें।',
  },
  CURSOR_INVALID: { en: 'This cursor is not valid; start again without one.', hi: 'यह कर्सर मान्य नहीं है; इसके बिना फिर से शुरू करें।' },
  TOKEN_NOT_FOUND: { en: 'This API token was not found.', hi: 'यह API टोकन नहीं मिला।' },
  WEBHOOK_NOT_FOUND: { en: 'This webhook was not found.', hi: 'यह वेबहुक नहीं मिला।' },
  WEBHOOK_URL_INVALID: {
    en: 'The webhook address must be a full https:// URL.',
    hi: 'वेबहुक का पता पूरा https:// URL होना चाहिए।',
  },
  ORG_OUT_OF_SCOPE: {
    en: 'You can manage API access only for organisations you administer.',
    hi: 'आप केवल उन्हीं संगठनों के लिए API पहुँच प्रबंधित कर सकते हैं जिनका प्रशासन आप करते हैं।',
  },
  ALREADY_REVOKED: { en: 'This has already been revoked.', hi: 'यह पहले ही निरस्त किया जा चुका है।' },
});
export type HrmsErrorCode = keyof typeof hrmsErrors;

/** An HRMS error with its bilingual message. */
export function hrmsError(status: number, code: HrmsErrorCode, fields: FieldError[] = []): AppError {
  return new AppError(status, code, hrmsErrors[code], {}, fields);
}
