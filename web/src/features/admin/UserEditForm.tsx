import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUserActions } from '../../api/admin';
import type { AdminUser, EmployeeGroup } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { applyServerErrors } from '../../components/form-errors';
import { PERSON_FIELDS, PersonFields, type PersonValues } from './UserFormFields';

const GROUPS = new Set<string>(['A', 'B', 'C', 'D', 'contractual', 'honorarium', 'other']);
const asGroup = (g: string): EmployeeGroup | '' => (GROUPS.has(g) ? (g as EmployeeGroup) : '');

/** Corrects a user's personal details. */
export function UserEditForm({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const { update } = useUserActions(user.id);
  const [formError, setFormError] = useState<unknown>(null);
  const { register, handleSubmit, setError, formState } = useForm<PersonValues>({
    defaultValues: {
      employeeId: user.employeeId,
      fullName: user.fullName,
      fullNameHi: user.fullNameHi ?? '',
      email: user.email,
      mobile: user.mobile,
      employeeGroup: asGroup(user.employeeGroup),
      cadre: user.cadre ?? '',
      service: user.service ?? '',
      orgId: user.org.id,
      designationId: user.designation?.id ?? '',
    },
  });
  const onSubmit = handleSubmit((v) => {
    setFormError(null);
    update.mutate(
      {
        fullName: v.fullName.trim(),
        fullNameHi: v.fullNameHi.trim() || null,
        email: v.email.trim(),
        mobile: v.mobile.replace(/\s/g, ''),
        employeeGroup: v.employeeGroup || undefined,
        cadre: v.cadre.trim() || null,
        service: v.service.trim() || null,
      },
      { onError: (e) => setFormError(applyServerErrors(e, setError, PERSON_FIELDS)) },
    );
  });
  return (
    <details className="card">
      <summary>{t('admin.users.edit')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorMessage error={formError} />
        {update.isSuccess ? <StatusMessage>{t('common.saved')}</StatusMessage> : null}
        <PersonFields register={register} errors={formState.errors} editing />
        <Button type="submit" busy={update.isPending}>{t('common.save')}</Button>
      </form>
    </details>
  );
}
