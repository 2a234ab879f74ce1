import { useEffect, useRef } from 'react';
import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/session';
import { rememberLanguage, setLanguage } from '../i18n';
import { SiteHeader } from './SiteHeader';

/** After sign-in the language saved on the account wins over the browser's. */
function useAccountLanguage() {
  const me = useMe();
  const { i18n } = useTranslation();
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!me) {
      appliedFor.current = null;
      return;
    }
    if (appliedFor.current === me.id) return;
    appliedFor.current = me.id;
    if (me.language !== i18n.language) {
      rememberLanguage(me.language);
      void setLanguage(me.language);
    }
  }, [me, i18n]);
}

/** The page frame: skip link, header (name, language switch, navigation behind a menu on phones), main region, footer. */
export function Layout() {
  const { t } = useTranslation();
  useAccountLanguage();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.tagline')}</p>
        <p>
          <Link to="/dev/outbox">{t('nav.outbox')}</Link>
        </p>
      </footer>
    </>
  );
}
