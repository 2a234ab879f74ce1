import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EmployeeGroup } from '../../api/types';
import { SelectField } from '../../components/FormField';

export const EMPLOYEE_GROUPS: readonly EmployeeGroup[] = ['A', 'B', 'C', 'D', 'contractual', 'honorarium', 'other'];

/** Group A–D, contractual, honorarium or other. */
export function EmployeeGroupSelect({ registration, error }: { registration: UseFormRegisterReturn; error?: string }) {
  const { t } = useTranslation();
  return (
    <SelectField label={t('fields.employeeGroup')} registration={registration} error={error}>
      <option value="">{t('common.choose')}</option>
      {EMPLOYEE_GROUPS.map((g) => (
        <option key={g} value={g}>
          {t(`employeeGroup.${g}`)}
        </option>
      ))}
    </SelectField>
  );
}
