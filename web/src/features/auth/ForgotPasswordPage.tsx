import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useConfirmPasswordReset, useRequestPasswordReset } from '../../api/session';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormField';
import { applyServerErrors } from '../../components/form-errors';
import { Page } from '../../components/Page';
import { ResendButton } from '../../components/ResendButton';
import { makeRules } from '../../components/validation';
import { PasswordField } from '../../components/PasswordField';

interface Sent {
  identifier: string;
  sentTo: string;
  channel: string;
  cooldownSeconds: number;
  at: number;
}

/** Password reset in two steps: ask for a code, then enter it with the new password. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState<Sent | null>(null);
  const request = useRequestPasswordReset();
  const confirm = useConfirmPasswordReset();
  const send = (identifier: string) =>
    request.mutate({ identifier }, { onSuccess: (r) => setSent({ identifier, ...r, at: Date.now() }) });

  if (confirm.isSuccess) {
    return (
      <Page title={t('reset.title')}>
        <StatusMessage>{t('reset.done')}</StatusMessage>
        <Link to="/sign-in" search={{ identifier: sent?.identifier }} className="btn btn-primary">
          {t('nav.signIn')}
        </Link>
      </Page>
    );
  }
  return (
    <Page title={t('reset.title')} intro={sent ? undefined : t('reset.intro')}>
      {sent ? (
        <ConfirmStep sent={sent} onResend={() => send(sent.identifier)} resending={request.isPending} resendError={request.error} confirm={confirm} />
      ) : (
        <RequestStep onSubmit={send} busy={request.isPending} error={request.error} />
      )}
    </Page>
  );
}

function RequestStep({ onSubmit, busy, error }: { onSubmit: (identifier: string) => void; busy: boolean; error: unknown }) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState } = useForm<{ identifier: string }>();
  return (
    <form className="form" noValidate onSubmit={handleSubmit((v) => onSubmit(v.identifier.trim()))}>
      <ErrorMessage error={error} />
      <TextField
        label={t('signIn.identifier')}
        hint={t('signIn.identifierHint')}
        autoComplete="username"
        registration={register('identifier', makeRules(t).required)}
        error={formState.errors.identifier?.message}
      />
      <Button type="submit" busy={busy}>
        {t('reset.sendCode')}
      </Button>
    </form>
  );
}

interface ConfirmValues {
  code: string;
  newPassword: string;
}

function ConfirmStep({
  sent,
  onResend,
  resending,
  resendError,
  confirm,
}: {
  sent: Sent;
  onResend: () => void;
  resending: boolean;
  resendError: unknown;
  confirm: ReturnType<typeof useConfirmPasswordReset>;
}) {
  const { t } = useTranslation();
  const rules = makeRules(t);
  const { register, handleSubmit, setError, formState } = useForm<ConfirmValues>();
  const onSubmit = handleSubmit((v) =>
    confirm.mutate(
      { identifier: sent.identifier, code: v.code, newPassword: v.newPassword },
      { onError: (e) => applyServerErrors(e, setError, ['code', 'newPassword']) },
    ),
  );
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <StatusMessage>{t(sent.channel === 'sms' ? 'reset.sentSms' : 'reset.sentEmail', { to: sent.sentTo })}</StatusMessage>
      <ErrorMessage error={confirm.error ?? resendError} />
      <TextField
        label={t('fields.otp')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        registration={register('code', rules.otp)}
        error={formState.errors.code?.message}
      />
      <PasswordField isNew label={t('fields.newPassword')} registration={register('newPassword', rules.password)} error={formState.errors.newPassword?.message} />
      <div className="actions">
        <Button type="submit" busy={confirm.isPending}>
          {t('reset.submit')}
        </Button>
        <ResendButton seconds={sent.cooldownSeconds} since={sent.at} onResend={onResend} busy={resending} />
      </div>
    </form>
  );
}
