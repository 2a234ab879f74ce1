import { defineMessages } from '../../platform/i18n';

/** Errors of the user-administration workflows: approvals, accounts, roles, transfers, merges, profile changes. */
export const userAdminErrors = defineMessages({
  USER_NOT_FOUND: { en: 'This user was not found.', hi: 'यह उपयोगकर्ता नहीं मिला।' },
  REGISTRATION_NOT_PENDING: {
    en: 'This registration has already been decided (or is not waiting for approval).',
    hi: 'इस पंजीकरण पर पहले ही निर्णय हो चुका है (या यह स्वीकृति की प्रतीक्षा में नहीं है)।',
  },
  UNDO_WINDOW_PASSED: {
    en: 'The time to undo this decision has passed; the decision stands.',
    hi: 'इस निर्णय को वापस लेने का समय निकल चुका है; निर्णय लागू रहेगा।',
  },
  NOTHING_TO_UNDO: {
    en: 'There is no decision on this registration to undo (it may have been undone already).',
    hi: 'इस पंजीकरण पर वापस लेने के लिए कोई निर्णय नहीं है (हो सकता है वह पहले ही वापस लिया जा चुका हो)।',
  },
  UNDO_NOT_POSSIBLE: {
    en: 'This account has changed since the decision, so it can no longer be undone.',
    hi: 'निर्णय के बाद से यह खाता बदल चुका है, इसलिए इसे अब वापस नहीं लिया जा सकता।',
  },
  REASON_REQUIRED: { en: 'Give a reason; the person will see it.', hi: 'कारण लिखें; व्यक्ति इसे देखेगा।' },
  USER_NOT_ACTIVE: { en: 'This account is not active.', hi: 'यह खाता सक्रिय नहीं है।' },
  USER_NOT_DEACTIVATED: { en: 'This account is not deactivated.', hi: 'यह खाता निष्क्रिय नहीं है।' },
  ACCOUNT_CLOSED: {
    en: 'This account is closed (merged or rejected) and cannot be changed.',
    hi: 'यह खाता बंद है (मिलाया गया या अस्वीकृत) और इसे बदला नहीं जा सकता।',
  },
  CANNOT_ACT_ON_SELF: { en: 'You cannot do this to your own account.', hi: 'आप यह अपने ही खाते पर नहीं कर सकते।' },
  NOTHING_TO_CHANGE: { en: 'Nothing to change.', hi: 'बदलने के लिए कुछ नहीं है।' },
  ROLE_NOT_GRANTABLE: {
    en: 'You may not grant or remove this role in this organisation.',
    hi: 'आप इस संगठन में यह भूमिका न दे सकते हैं न हटा सकते हैं।',
  },
  ROLE_ALREADY_HELD: { en: 'The user already holds this role in this organisation.', hi: 'उपयोगकर्ता के पास इस संगठन में यह भूमिका पहले से है।' },
  ROLE_NOT_HELD: { en: 'The user does not hold this role in this organisation.', hi: 'उपयोगकर्ता के पास इस संगठन में यह भूमिका नहीं है।' },
  LEADER_EXISTS: {
    en: 'This organisation already has an MDO leader. Remove that role first.',
    hi: 'इस संगठन का एक एमडीओ प्रमुख पहले से है। पहले वह भूमिका हटाएँ।',
  },
  TRANSFER_PENDING: {
    en: 'This user already has a pending transfer. Cancel it or wait for the decision.',
    hi: 'इस उपयोगकर्ता का एक स्थानांतरण पहले से लंबित है। उसे रद्द करें या निर्णय की प्रतीक्षा करें।',
  },
  TRANSFER_SAME_ORG: { en: 'The user is already posted in this organisation.', hi: 'उपयोगकर्ता पहले से इसी संगठन में तैनात है।' },
  TRANSFER_NOT_FOUND: { en: 'This transfer was not found.', hi: 'यह स्थानांतरण नहीं मिला।' },
  TRANSFER_NOT_PENDING: { en: 'This transfer has already been decided or cancelled.', hi: 'इस स्थानांतरण पर पहले ही निर्णय हो चुका है या यह रद्द हो चुका है।' },
  TRANSFER_STALE: {
    en: 'The user is no longer posted where this transfer started. Cancel it and start a new one.',
    hi: 'उपयोगकर्ता अब उस संगठन में नहीं है जहाँ से यह स्थानांतरण शुरू हुआ था। इसे रद्द करके नया शुरू करें।',
  },
  EFFECTIVE_DATE_INVALID: {
    en: 'The effective date must be within a year before or after today.',
    hi: 'प्रभावी तिथि आज से एक वर्ष पहले या बाद के भीतर होनी चाहिए।',
  },
  MERGE_INTO_SELF: { en: 'An account cannot be merged into itself.', hi: 'किसी खाते को उसी में नहीं मिलाया जा सकता।' },
  MERGE_TARGET_CLOSED: {
    en: 'The account to keep is closed (merged, rejected or deactivated). Choose an open account.',
    hi: 'रखा जाने वाला खाता बंद है (मिलाया गया, अस्वीकृत या निष्क्रिय)। कोई खुला खाता चुनें।',
  },
  ALREADY_MERGED: { en: 'This account has already been merged into another.', hi: 'यह खाता पहले ही किसी अन्य खाते में मिलाया जा चुका है।' },
  PROFILE_CHANGE_PENDING: {
    en: 'You already have a pending request. Cancel it before making a new one.',
    hi: 'आपका एक अनुरोध पहले से लंबित है। नया अनुरोध करने से पहले उसे रद्द करें।',
  },
  PROFILE_CHANGE_NOT_FOUND: { en: 'This request was not found.', hi: 'यह अनुरोध नहीं मिला।' },
  PROFILE_CHANGE_NOT_PENDING: { en: 'This request has already been decided or cancelled.', hi: 'इस अनुरोध पर पहले ही निर्णय हो चुका है या यह रद्द हो चुका है।' },
  PROFILE_CHANGE_SAME: {
    en: 'This is already your organisation and designation.',
    hi: 'यह पहले से आपका संगठन और पदनाम है।',
  },
});

export type UserAdminErrorCode = keyof typeof userAdminErrors;
