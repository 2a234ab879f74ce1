import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { useResendOtp, useVerifyOtp } from '../../api/registrations';
import type { Registration } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormField';
import { applyServerErrors } from '../../components/form-errors';
import { ResendButton } from '../../components/ResendButton';
import { makeRules } from '../../components/validation';

type Channel = 'email' | 'sms';

/** One OTP step: enter the code sent by e-mail or SMS, or ask for a new one after the cool-down. */
export function OtpStep({ registration, channel, loadedAt }: { registration: Registration; channel: Channel; loadedAt: number }) {
  const { t } = useTranslation();
  const verify = useVerifyOtp(registration.id);
  const resend = useResendOtp(registration.id);
  const [cooldown, setCooldown] = useState({ seconds: registration.resend[channel].availableInSeconds, since: loadedAt });
  const [resent, setResent] = useState(false);
  const { register, handleSubmit, setError, reset, formState } = useForm<{ code: string }>({ defaultValues: { code: '' } });
  const to = channel === 'email' ? registration.emailMasked : registration.mobileMasked;

  const onVerify = handleSubmit((v) => {
    setResent(false);
    verify.mutate(
      { channel, code: v.code.trim() },
      { onError: (e) => applyServerErrors(e, setError, ['code']) },
    );
  });
  const onResend = () => {
    verify.reset();
    resend.mutate(channel, {
      onSuccess: (r) => {
        reset({ code: '' });
        setResent(true);
        setCooldown({ seconds: r.resend[channel].availableInSeconds, since: Date.now() });
      },
      onError: (e) => {
        const retryAfter = e instanceof ApiError ? e.numberParam('retryAfter') : undefined;
        if (retryAfter) setCooldown({ seconds: retryAfter, since: Date.now() });
      },
    });
  };
  const verifyError = verify.error instanceof ApiError ? verify.error : null;
  const needsNewCode = verifyError && (verifyError.code === 'OTP_EXPIRED' || verifyError.code === 'OTP_TOO_MANY_TRIES');

  return (
    <section className="card" aria-labelledby={`otp-${channel}-title`}>
      <p className="step">{t('otp.step', { step: channel === 'email' ? 1 : 2, total: 2 })}</p>
      <h2 id={`otp-${channel}-title`}>{t(channel === 'email' ? 'otp.emailTitle' : 'otp.smsTitle')}</h2>
      <p>{t(channel === 'email' ? 'otp.sentEmail' : 'otp.sentSms', { to })}</p>
      <form className="form" onSubmit={onVerify} noValidate>
        {resent ? <StatusMessage>{t('otp.resent', { to })}</StatusMessage> : null}
        <ErrorMessage error={verify.error && !formState.errors.code ? verify.error : null} />
        {needsNewCode ? <p className="hint">{t('otp.askNew')}</p> : null}
        <ErrorMessage error={resend.error} />
        <TextField
          label={t(channel === 'email' ? 'otp.emailLabel' : 'otp.smsLabel')}
          hint={t('otp.hint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          data-testid={`otp-${channel}`}
          registration={register('code', makeRules(t).otp)}
          error={formState.errors.code?.message}
        />
        <div className="actions">
          <Button type="submit" busy={verify.isPending}>
            {t('otp.verify')}
          </Button>
          <ResendButton seconds={cooldown.seconds} since={cooldown.since} onResend={onResend} busy={resend.isPending} />
        </div>
      </form>
    </section>
  );
}
