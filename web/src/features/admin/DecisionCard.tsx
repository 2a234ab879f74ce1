import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ReasonForm } from '../../components/ReasonForm';

/** A request card with approve / reject-with-reason buttons (omit onDecide for read-only cards). */
export function DecisionCard({
  title,
  children,
  approveLabel,
  onDecide,
  busy,
  error,
}: {
  title: string;
  children: ReactNode;
  approveLabel: string;
  onDecide?: (reason?: string) => void;
  busy: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [rejecting, setRejecting] = useState(false);
  return (
    <li className="card">
      <h2 className="h3">{title}</h2>
      {children}
      <ErrorMessage error={error} />
      {!onDecide ? null : rejecting ? (
        <ReasonForm busy={busy} onCancel={() => setRejecting(false)} onSubmit={(reason) => onDecide(reason)} />
      ) : (
        <div className="actions">
          <Button busy={busy} onClick={() => onDecide()}>{approveLabel}</Button>
          <Button variant="secondary" onClick={() => setRejecting(true)}>{t('admin.reject')}</Button>
        </div>
      )}
    </li>
  );
}
