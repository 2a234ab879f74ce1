import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useDesignations } from '../../api/orgs';
import { SelectField } from '../../components/FormField';
import { useFormat } from '../../i18n/format';

/** The designations available in the chosen organisation. */
export function DesignationSelect({ orgId, registration, error }: { orgId: string | null; registration: UseFormRegisterReturn; error?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const designations = useDesignations(orgId);
  return (
    <SelectField
      label={t('fields.designation')}
      hint={orgId ? undefined : t('fields.designationChooseOrgFirst')}
      registration={registration}
      error={error}
      disabled={!orgId || designations.isPending}
    >
      <option value="">{t('common.choose')}</option>
      {(designations.data ?? []).map((d) => (
        <option key={d.id} value={d.id}>
          {f.name(d)}
          {d.abbr ? ` (${d.abbr})` : ''}
        </option>
      ))}
    </SelectField>
  );
}
