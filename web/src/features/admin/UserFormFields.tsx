import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EmployeeGroup } from '../../api/types';
import { TextField } from '../../components/FormField';
import { makeRules } from '../../components/validation';
import { EmployeeGroupSelect } from '../registration/EmployeeGroupSelect';

/** The personal fields an admin fills in or edits for a user. */
export interface PersonValues {
  employeeId: string;
  fullName: string;
  fullNameHi: string;
  email: string;
  mobile: string;
  employeeGroup: EmployeeGroup | '';
  cadre: string;
  service: string;
  /** Only used when creating a user. */
  orgId: string;
  designationId: string;
}

export const PERSON_FIELDS = ['employeeId', 'fullName', 'fullNameHi', 'email', 'mobile', 'employeeGroup', 'cadre', 'service'] as const;

/** Inputs for PersonValues, with the same rules as registration. */
export function PersonFields({ register, errors, editing = false }: { register: UseFormRegister<PersonValues>; errors: FieldErrors<PersonValues>; editing?: boolean }) {
  const { t } = useTranslation();
  const rules = makeRules(t);
  return (
    <>
      <TextField label={t('fields.employeeId')} readOnly={editing} hint={editing ? t('admin.users.employeeIdFixed') : undefined} registration={register('employeeId', rules.employeeId)} error={errors.employeeId?.message} />
      <TextField label={t('fields.fullName')} registration={register('fullName', rules.fullName)} error={errors.fullName?.message} />
      <TextField label={t('fields.fullNameHi')} optional lang="hi" registration={register('fullNameHi')} error={errors.fullNameHi?.message} />
      <TextField label={t('fields.email')} type="email" registration={register('email', rules.email)} error={errors.email?.message} />
      <TextField label={t('fields.mobile')} type="tel" registration={register('mobile', rules.mobile)} error={errors.mobile?.message} />
      <EmployeeGroupSelect registration={register('employeeGroup', rules.required)} error={errors.employeeGroup?.message} />
      <TextField label={t('fields.cadre')} optional registration={register('cadre')} error={errors.cadre?.message} />
      <TextField label={t('fields.service')} optional registration={register('service')} error={errors.service?.message} />
    </>
  );
}

/** Empty strings become "not given". */
export const trimmedOrUndefined = (v: string) => (v.trim() ? v.trim() : undefined);
