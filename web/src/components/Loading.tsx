import { useTranslation } from 'react-i18next';

/** A polite loading notice. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}
