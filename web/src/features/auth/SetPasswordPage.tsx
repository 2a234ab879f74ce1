import { Link, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSetPassword } from '../../api/session';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { applyServerErrors } from '../../components/form-errors';
import { Page } from '../../components/Page';
import { makeRules } from '../../components/validation';
import { PasswordField } from '../../components/PasswordField';

interface Values {
  newPassword: string;
}

/** First password for an account an admin created or imported (link from the invitation message). */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const rules = makeRules(t);
  const { token } = useSearch({ from: '/set-password' });
  const setPassword = useSetPassword();
  const { register, handleSubmit, setError, formState } = useForm<Values>();

  if (!token) {
    return (
      <Page title={t('setPassword.title')}>
        <ErrorMessage error={t('setPassword.noToken')} />
      </Page>
    );
  }
  if (setPassword.isSuccess) {
    return (
      <Page title={t('setPassword.title')}>
        <StatusMessage>{t('setPassword.done')}</StatusMessage>
        <Link to="/sign-in" className="btn btn-primary">
          {t('nav.signIn')}
        </Link>
      </Page>
    );
  }
  const onSubmit = handleSubmit((v) =>
    setPassword.mutate(
      { token, newPassword: v.newPassword },
      { onError: (e) => applyServerErrors(e, setError, ['newPassword']) },
    ),
  );
  return (
    <Page title={t('setPassword.title')} intro={t('setPassword.intro')}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorMessage error={setPassword.error} />
        <PasswordField isNew label={t('fields.newPassword')} registration={register('newPassword', rules.password)} error={formState.errors.newPassword?.message} />
        <Button type="submit" busy={setPassword.isPending}>
          {t('setPassword.submit')}
        </Button>
      </form>
    </Page>
  );
}
