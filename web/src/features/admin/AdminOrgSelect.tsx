import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ADMIN_ROLES, useMe } from '../../api/session';
import { useFormat } from '../../i18n/format';

/** The organisations this admin administers (one option per admin role grant). */
export function useAdminOrgs() {
  const me = useMe();
  const seen = new Set<string>();
  return (me?.roles ?? [])
    .filter((r) => (ADMIN_ROLES as readonly string[]).includes(r.role))
    .filter((r) => (seen.has(r.orgId) ? false : (seen.add(r.orgId), true)))
    .map((r) => ({ id: r.orgId, nameEn: r.orgNameEn, nameHi: r.orgNameHi }));
}

/** A labelled select of the admin's organisations. */
export function AdminOrgSelect({ value, onChange, label }: { value: string; onChange: (id: string) => void; label: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = useId();
  const orgs = useAdminOrgs();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {orgs.length === 0 ? <option value="">{t('common.none')}</option> : null}
        {orgs.map((o) => (
          <option key={o.id} value={o.id}>{f.name(o)}</option>
        ))}
      </select>
    </div>
  );
}
