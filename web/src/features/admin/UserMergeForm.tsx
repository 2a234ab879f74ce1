import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUserActions } from '../../api/admin';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormField';

/** Merges this (duplicate) account into the person's main account. */
export function UserMergeForm({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { merge } = useUserActions(userId);
  const { register, handleSubmit, formState } = useForm<{ intoUserId: string }>();
  const onSubmit = handleSubmit((v) => {
    if (window.confirm(t('admin.users.mergeConfirm'))) merge.mutate(v.intoUserId.trim());
  });
  return (
    <details className="card">
      <summary>{t('admin.users.merge')}</summary>
      <p>{t('admin.users.mergeHelp')}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorMessage error={merge.error} />
        {merge.isSuccess ? <StatusMessage>{t('admin.users.merged')}</StatusMessage> : null}
        <TextField
          label={t('admin.users.mergeInto')}
          registration={register('intoUserId', {
            required: t('validation.required'),
            pattern: { value: /^[0-9a-f-]{36}$/i, message: t('validation.userId') },
          })}
          error={formState.errors.intoUserId?.message}
        />
        <Button type="submit" variant="danger" busy={merge.isPending}>{t('admin.users.mergeSubmit')}</Button>
      </form>
    </details>
  );
}
