import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from './Page';

/** Shown for addresses the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <Link to="/">{t('nav.home')}</Link>
    </Page>
  );
}
