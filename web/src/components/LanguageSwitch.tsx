import { useTranslation } from 'react-i18next';
import { useMe } from '../api/session';
import { useUpdateMe } from '../api/me';
import { rememberLanguage, setLanguage, type Language } from '../i18n';

/** Switches between हिन्दी and English; remembered in the browser and, when signed in, on the account. */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const me = useMe();
  const updateMe = useUpdateMe();
  const next: Language = i18n.language === 'hi' ? 'en' : 'hi';

  const change = async () => {
    rememberLanguage(next);
    await setLanguage(next);
    if (me) updateMe.mutate({ language: next });
  };

  return (
    <button type="button" className="lang-switch" onClick={() => void change()}>
      <span lang={next}>{next === 'hi' ? 'हिन्दी' : 'English'}</span>
    </button>
  );
}
