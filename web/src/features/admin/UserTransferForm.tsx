import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUserActions } from '../../api/admin';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormField';
import { applyServerErrors } from '../../components/form-errors';
import { DesignationSelect } from '../registration/DesignationSelect';
import { OrgPicker } from '../registration/OrgPicker';

interface Values {
  toOrgId: string;
  toDesignationId: string;
  effectiveDate: string;
}

/** Starts a transfer to another organisation (its admin accepts it). */
export function UserTransferForm({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { transfer } = useUserActions(userId);
  const [formError, setFormError] = useState<unknown>(null);
  const { control, register, handleSubmit, watch, setValue, setError, formState } = useForm<Values>({
    defaultValues: { toOrgId: '', toDesignationId: '', effectiveDate: new Date().toISOString().slice(0, 10) },
  });
  const orgId = watch('toOrgId') || null;
  const onSubmit = handleSubmit((v) =>
    transfer.mutate(v, { onError: (e) => setFormError(applyServerErrors(e, setError, ['toOrgId', 'toDesignationId', 'effectiveDate'])) }),
  );
  return (
    <details className="card">
      <summary>{t('admin.users.transfer')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorMessage error={formError} />
        {transfer.isSuccess ? <StatusMessage>{t('admin.users.transferStarted')}</StatusMessage> : null}
        <Controller
          control={control}
          name="toOrgId"
          rules={{ required: t('validation.chooseOrg') }}
          render={({ field, fieldState }) => (
            <OrgPicker
              legend={t('admin.users.transferTo')}
              value={field.value || null}
              onChange={(id) => {
                field.onChange(id ?? '');
                setValue('toDesignationId', '');
              }}
              error={fieldState.error?.message}
            />
          )}
        />
        <DesignationSelect orgId={orgId} registration={register('toDesignationId', { required: t('validation.required') })} error={formState.errors.toDesignationId?.message} />
        <TextField label={t('fields.effectiveDate')} type="date" registration={register('effectiveDate', { required: t('validation.required') })} error={formState.errors.effectiveDate?.message} />
        <Button type="submit" busy={transfer.isPending}>{t('admin.users.transferSubmit')}</Button>
      </form>
    </details>
  );
}
