import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../../api/me';
import { useLogout } from '../../api/session';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { applyServerErrors } from '../../components/form-errors';
import { makeRules } from '../../components/validation';
import { PasswordField } from '../../components/PasswordField';

interface Values {
  currentPassword: string;
  newPassword: string;
}

/** Change password, and sign out of every device. */
export function AccountSecurity() {
  const { t } = useTranslation();
  const rules = makeRules(t);
  const navigate = useNavigate();
  const change = useChangePassword();
  const logoutAll = useLogout(true);
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>();
  const onSubmit = handleSubmit((v) =>
    change.mutate(
      { currentPassword: v.currentPassword, newPassword: v.newPassword },
      {
        onSuccess: () => reset(),
        onError: (e) => applyServerErrors(e, setError, ['currentPassword', 'newPassword']),
      },
    ),
  );
  return (
    <section className="card" aria-labelledby="profile-security">
      <h2 id="profile-security">{t('profile.security')}</h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        <h3>{t('profile.changePassword')}</h3>
        {change.isSuccess ? <StatusMessage>{t('profile.passwordChanged')}</StatusMessage> : null}
        <ErrorMessage error={change.error} />
        <PasswordField label={t('fields.currentPassword')} registration={register('currentPassword', rules.required)} error={formState.errors.currentPassword?.message} />
        <PasswordField isNew label={t('fields.newPassword')} registration={register('newPassword', rules.password)} error={formState.errors.newPassword?.message} />
        <Button type="submit" busy={change.isPending}>
          {t('profile.changePassword')}
        </Button>
      </form>
      <h3>{t('profile.signOutEverywhere')}</h3>
      <p>{t('profile.signOutEverywhereHelp')}</p>
      <ErrorMessage error={logoutAll.error} />
      <Button variant="danger" busy={logoutAll.isPending} onClick={() => logoutAll.mutate(undefined, { onSuccess: () => void navigate({ to: '/sign-in' }) })}>
        {t('profile.signOutEverywhere')}
      </Button>
    </section>
  );
}
