import { defineMessages } from '../../platform/i18n';
import { AppError } from '../../platform/errors';

/** Errors of org-tree maintenance (create, rename, move, close), in English and Hindi. */
export const orgErrors = defineMessages({
  ORG_NOT_FOUND: { en: 'This organisation was not found.', hi: 'यह संगठन नहीं मिला।' },
  ORG_CODE_TAKEN: { en: 'Another organisation already uses this code.', hi: 'यह कोड किसी दूसरे संगठन का है।' },
  ORG_CLOSED: { en: 'This organisation is closed.', hi: 'यह संगठन बंद है।' },
  ORG_TYPE_NOT_ALLOWED: {
    en: 'You may not create an organisation of this kind here.',
    hi: 'आप यहाँ इस प्रकार का संगठन नहीं बना सकते।',
  },
  ORG_ROOT_FIXED: {
    en: 'The country, a state and the centre cannot be moved or closed here.',
    hi: 'देश, राज्य और केंद्र को यहाँ से न तो दूसरी जगह ले जाया जा सकता है, न बंद किया जा सकता है।',
  },
  ORG_MOVE_CYCLE: {
    en: 'An organisation cannot be moved under itself or one of its own units.',
    hi: 'किसी संगठन को उसके अपने नीचे या उसकी अपनी किसी इकाई के नीचे नहीं ले जाया जा सकता।',
  },
  ORG_MOVE_CROSS_TENANT: {
    en: 'An organisation can move only within its own state (or the centre).',
    hi: 'संगठन केवल अपने ही राज्य (या केंद्र) के भीतर ले जाया जा सकता है।',
  },
  ORG_MOVE_SAME_PARENT: { en: 'The organisation is already under this parent.', hi: 'संगठन पहले से इसी मूल संगठन के अधीन है।' },
  ORG_HAS_CHILDREN: {
    en: 'Move or close its {count} open units first.',
    hi: 'पहले इसकी {count} खुली इकाइयों को कहीं और ले जाएँ या बंद करें।',
  },
  ORG_HAS_PEOPLE: {
    en: '{count} people still work here: choose the organisation they move to.',
    hi: 'यहाँ अभी {count} लोग कार्यरत हैं: वह संगठन चुनें जहाँ वे जाएँगे।',
  },
  ORG_HAS_PENDING_REGISTRATIONS: {
    en: 'Decide the {count} registrations waiting for approval here first.',
    hi: 'पहले यहाँ स्वीकृति की प्रतीक्षा कर रहे {count} पंजीकरणों पर निर्णय लें।',
  },
  ORG_CLOSE_TARGET_INVALID: {
    en: 'People must move to another open organisation outside the one being closed.',
    hi: 'लोगों को बंद किए जा रहे संगठन से बाहर किसी दूसरे खुले संगठन में भेजना होगा।',
  },
  ORG_TOO_LARGE_TO_CLOSE: {
    en: 'This organisation has more than {limit} people; move them by transfer or import in parts first.',
    hi: 'इस संगठन में {limit} से अधिक लोग हैं; पहले उन्हें भागों में स्थानांतरण या आयात से भेजें।',
  },
  ORG_TREE_BUSY: { en: 'Someone else changed this organisation at the same time. Reload and try again.', hi: 'इसी समय किसी और ने यह संगठन बदला। पृष्ठ फिर से लोड करके दोबारा प्रयास करें।' },
});
export type OrgErrorCode = keyof typeof orgErrors;

/** A typed org error, with the field it concerns when there is one. */
export function orgFail(status: number, code: OrgErrorCode, field?: string, params: Record<string, unknown> = {}): AppError {
  const text = orgErrors[code];
  return new AppError(status, code, text, params, field ? [{ field, code, message: text }] : []);
}
