import { useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCreateUser } from '../../api/admin';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { applyServerErrors } from '../../components/form-errors';
import { Page } from '../../components/Page';
import { DesignationSelect } from '../registration/DesignationSelect';
import { OrgPicker } from '../registration/OrgPicker';
import { PERSON_FIELDS, PersonFields, trimmedOrUndefined, type PersonValues } from './UserFormFields';

/** An admin creates an account; the person gets a link to set their password. */
export function CreateUserPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUser();
  const [formError, setFormError] = useState<unknown>(null);
  const { register, control, handleSubmit, watch, setValue, setError, formState } = useForm<PersonValues>({
    defaultValues: { employeeGroup: '', orgId: '', designationId: '' },
  });
  const orgId = watch('orgId') || null;
  const onSubmit = handleSubmit((v) => {
    if (!v.employeeGroup) return;
    setFormError(null);
    create.mutate(
      {
        employeeId: v.employeeId.trim(),
        fullName: v.fullName.trim(),
        fullNameHi: trimmedOrUndefined(v.fullNameHi),
        email: v.email.trim(),
        mobile: v.mobile.replace(/\s/g, ''),
        orgId: v.orgId,
        designationId: v.designationId,
        employeeGroup: v.employeeGroup,
        cadre: trimmedOrUndefined(v.cadre),
        service: trimmedOrUndefined(v.service),
      },
      {
        onSuccess: (user) => void navigate({ to: '/admin/users/$id', params: { id: user.id } }),
        onError: (e) => setFormError(applyServerErrors(e, setError, [...PERSON_FIELDS, 'orgId', 'designationId'])),
      },
    );
  });
  return (
    <Page title={t('admin.users.create')} intro={t('admin.users.createHelp')}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorMessage error={formError} />
        <PersonFields register={register} errors={formState.errors} />
        <Controller
          control={control}
          name="orgId"
          rules={{ required: t('validation.chooseOrg') }}
          render={({ field, fieldState }) => (
            <OrgPicker
              legend={t('fields.org')}
              value={field.value || null}
              onChange={(id) => {
                field.onChange(id ?? '');
                setValue('designationId', '');
              }}
              error={fieldState.error?.message}
            />
          )}
        />
        <DesignationSelect orgId={orgId} registration={register('designationId', { required: t('validation.required') })} error={formState.errors.designationId?.message} />
        <Button type="submit" busy={create.isPending}>{t('admin.users.createSubmit')}</Button>
      </form>
    </Page>
  );
}
