import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';

/** Shows an error (already in the user's language when it came from the server) as an alert. */
export function ErrorMessage({ error, id }: { error: unknown; id?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : typeof error === 'string' ? error : t('errors.generic');
  return (
    <div className="alert alert-error" role="alert" id={id}>
      {message}
    </div>
  );
}

/** A polite status message, e.g. "Saved". */
export function StatusMessage({ children }: { children: React.ReactNode }) {
  if (!children) return null;
  return (
    <div className="alert alert-success" role="status">
      {children}
    </div>
  );
}
