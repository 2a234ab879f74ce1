import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { useCountdown } from './useCountdown';
import { Button } from './Button';

/** "Resend code", disabled with a visible countdown until the cool-down has passed. */
export function ResendButton({ seconds, since, onResend, busy }: { seconds: number; since: number; onResend: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const left = useCountdown(seconds, since);
  return (
    <div className="resend">
      <Button variant="secondary" onClick={onResend} disabled={left > 0} busy={busy}>
        {t('otp.resend')}
      </Button>
      {left > 0 ? (
        <p className="muted small" aria-live="off">
          {t('otp.resendIn', { time: f.duration(left) })}
        </p>
      ) : null}
    </div>
  );
}
