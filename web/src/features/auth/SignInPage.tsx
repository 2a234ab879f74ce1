import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { useLogin } from '../../api/session';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormField';
import { applyServerErrors } from '../../components/form-errors';
import { Page } from '../../components/Page';
import { PasswordField } from '../../components/PasswordField';
import { makeRules } from '../../components/validation';

interface Values {
  identifier: string;
  password: string;
}

/** Sign in with e-mail, mobile number or employee ID. */
export function SignInPage() {
  const { t } = useTranslation();
  const rules = makeRules(t);
  const navigate = useNavigate();
  const search = useSearch({ from: '/sign-in' });
  const login = useLogin();
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: { identifier: search.identifier ?? '', password: '' },
  });

  const onSubmit = handleSubmit((values) =>
    login.mutate(
      { identifier: values.identifier.trim(), password: values.password },
      {
        onSuccess: () => void navigate({ to: '/' }),
        onError: (error) => applyServerErrors(error, setError, ['identifier', 'password']),
      },
    ),
  );

  return (
    <Page title={t('signIn.title')}>
      <form onSubmit={onSubmit} noValidate className="form">
        <SignInProblem error={login.error} />
        <TextField
          label={t('signIn.identifier')}
          hint={t('signIn.identifierHint')}
          autoComplete="username"
          registration={register('identifier', rules.required)}
          error={formState.errors.identifier?.message}
        />
        <PasswordField label={t('fields.password')} registration={register('password', rules.required)} error={formState.errors.password?.message} />
        <Button type="submit" busy={login.isPending}>
          {t('signIn.submit')}
        </Button>
      </form>
      <ul className="link-list">
        <li>
          <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        </li>
        <li>
          <Link to="/register">{t('signIn.noAccount')}</Link>
        </li>
      </ul>
    </Page>
  );
}

/** The server's reason for refusing, with the next step where there is one. */
function SignInProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiError)) return <ErrorMessage error={error} />;
  const registrationId = error.stringParam('registrationId');
  const reason = error.stringParam('reason');
  return (
    <div className="alert alert-error" role="alert">
      <p>{error.message}</p>
      {error.code === 'REGISTRATION_REJECTED' && reason && !error.message.includes(reason) ? (
        <p>{t('signIn.rejectedReason', { reason })}</p>
      ) : null}
      {error.code === 'REGISTRATION_INCOMPLETE' && registrationId ? (
        <p>
          <Link to="/register/$id" params={{ id: registrationId }}>
            {t('signIn.continueRegistration')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
