import { defineMessages } from '../../platform/i18n';

/** Errors of registration, verification, sign-in and passwords. */
export const identityErrors = defineMessages({
  ORG_UNKNOWN: { en: 'This organisation does not exist. Choose it again from the list.', hi: 'यह संगठन मौजूद नहीं है। सूची से फिर से चुनें।' },
  EMAIL_DOMAIN_NOT_ALLOWED: {
    en: 'This government e-mail domain is not allowed for the chosen organisation. Allowed: {domains}.',
    hi: 'चुने गए संगठन के लिए यह सरकारी ई-मेल डोमेन अनुमत नहीं है। अनुमत: {domains}।',
  },
  EMPLOYEE_ID_TAKEN: {
    en: 'This employee ID is already registered in this organisation tree. If it is yours, sign in or reset your password.',
    hi: 'यह कर्मचारी आईडी इस संगठन में पहले से पंजीकृत है। यदि यह आपकी है, तो साइन इन करें या पासवर्ड रीसेट करें।',
  },
  EMAIL_TAKEN: { en: 'This e-mail address is already in use by another account.', hi: 'यह ई-मेल पता पहले से किसी अन्य खाते में उपयोग हो रहा है।' },
  MOBILE_TAKEN: { en: 'This mobile number is already in use by another account.', hi: 'यह मोबाइल नंबर पहले से किसी अन्य खाते में उपयोग हो रहा है।' },
  MOBILE_INVALID: { en: 'Enter a 10-digit Indian mobile number starting with 6, 7, 8 or 9.', hi: '6, 7, 8 या 9 से शुरू होने वाला 10 अंकों का भारतीय मोबाइल नंबर दर्ज करें।' },
  DESIGNATION_NOT_IN_ORG: { en: 'This designation is not used in the chosen organisation.', hi: 'यह पदनाम चुने गए संगठन में उपयोग नहीं होता।' },
  REGISTRATION_LINK_INVALID: {
    en: 'This registration link is not valid (it may have been replaced). Ask your nodal officer for the current link.',
    hi: 'यह पंजीकरण लिंक मान्य नहीं है (शायद बदल दिया गया है)। अपने नोडल अधिकारी से वर्तमान लिंक माँगें।',
  },
  PASSWORD_TOO_SHORT: { en: 'The password must have at least 8 characters.', hi: 'पासवर्ड में कम से कम 8 अक्षर होने चाहिए।' },
  PASSWORD_TOO_WEAK: { en: 'The password must contain at least one letter and one digit.', hi: 'पासवर्ड में कम से कम एक अक्षर और एक अंक होना चाहिए।' },
  OTP_WRONG: { en: 'The code is wrong. {triesLeft} tries left.', hi: 'कोड गलत है। {triesLeft} प्रयास शेष।' },
  OTP_EXPIRED: { en: 'The code has expired. Ask for a new one.', hi: 'कोड की समय-सीमा समाप्त हो गई है। नया कोड मँगाएँ।' },
  OTP_TOO_MANY_TRIES: { en: 'Too many wrong tries for this code. Ask for a new one.', hi: 'इस कोड के लिए बहुत अधिक गलत प्रयास। नया कोड मँगाएँ।' },
  OTP_NOT_REQUESTED: { en: 'No code was sent for this step. Ask for a code first.', hi: 'इस चरण के लिए कोई कोड नहीं भेजा गया। पहले कोड मँगाएँ।' },
  OTP_COOLDOWN: { en: 'A code was just sent. You can ask for another in {retryAfter} seconds.', hi: 'अभी-अभी कोड भेजा गया है। {retryAfter} सेकंड बाद दूसरा कोड मँगा सकते हैं।' },
  OTP_RATE_LIMITED: {
    en: 'Too many codes were sent to this address. Try again in {retryAfter} seconds.',
    hi: 'इस पते पर बहुत अधिक कोड भेजे गए। {retryAfter} सेकंड बाद फिर से कोशिश करें।',
  },
  REGISTRATION_NOT_FOUND: { en: 'This registration was not found. Please register again.', hi: 'यह पंजीकरण नहीं मिला। कृपया फिर से पंजीकरण करें।' },
  REGISTRATION_ALREADY_VERIFIED: { en: 'This registration is already verified.', hi: 'यह पंजीकरण पहले से सत्यापित है।' },
  INVALID_CREDENTIALS: {
    en: 'The sign-in details do not match any account. Check your e-mail, mobile or employee ID and password.',
    hi: 'साइन-इन विवरण किसी खाते से मेल नहीं खाते। अपना ई-मेल, मोबाइल या कर्मचारी आईडी और पासवर्ड जाँचें।',
  },
  ACCOUNT_LOCKED: {
    en: 'Too many failed sign-in attempts. Try again in {retryAfter} seconds, or reset your password.',
    hi: 'बहुत अधिक असफल साइन-इन प्रयास। {retryAfter} सेकंड बाद फिर से कोशिश करें, या पासवर्ड रीसेट करें।',
  },
  REGISTRATION_INCOMPLETE: {
    en: 'Your registration is not verified yet. Verify your e-mail and mobile to continue.',
    hi: 'आपका पंजीकरण अभी सत्यापित नहीं है। आगे बढ़ने के लिए अपना ई-मेल और मोबाइल सत्यापित करें।',
  },
  AWAITING_APPROVAL: {
    en: 'Your registration is verified and waits for approval by your department nodal officer.',
    hi: 'आपका पंजीकरण सत्यापित है और आपके विभाग के नोडल अधिकारी की स्वीकृति की प्रतीक्षा में है।',
  },
  REGISTRATION_REJECTED: {
    en: 'Your registration was not approved. Reason: {reason}. You may register again with corrected details.',
    hi: 'आपका पंजीकरण स्वीकृत नहीं हुआ। कारण: {reason}। आप सही विवरण के साथ फिर से पंजीकरण कर सकते हैं।',
  },
  ACCOUNT_DEACTIVATED: {
    en: 'This account has been deactivated. Contact your department nodal officer.',
    hi: 'यह खाता निष्क्रिय कर दिया गया है। अपने विभाग के नोडल अधिकारी से संपर्क करें।',
  },
  PASSWORD_NOT_SET: {
    en: 'This account has no password yet. Use the link sent to you, or reset your password.',
    hi: 'इस खाते का अभी कोई पासवर्ड नहीं है। भेजे गए लिंक का उपयोग करें, या पासवर्ड रीसेट करें।',
  },
  CURRENT_PASSWORD_WRONG: { en: 'The current password is wrong.', hi: 'वर्तमान पासवर्ड गलत है।' },
  TOKEN_INVALID: {
    en: 'This link is not valid or has expired. Ask for a new one or reset your password.',
    hi: 'यह लिंक मान्य नहीं है या समाप्त हो गया है। नया लिंक माँगें या पासवर्ड रीसेट करें।',
  },
  ACCOUNT_NOT_FOUND: { en: 'No active account matches these details.', hi: 'इन विवरणों से कोई सक्रिय खाता मेल नहीं खाता।' },
});
