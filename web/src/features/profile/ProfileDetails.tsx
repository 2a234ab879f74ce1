import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import { useFormat } from '../../i18n/format';

/** The facts on record about the user. */
export function ProfileDetails({ me }: { me: Me }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows: [string, string][] = [
    [t('fields.fullName'), me.fullName],
    [t('fields.fullNameHi'), me.fullNameHi ?? t('common.none')],
    [t('fields.employeeId'), me.employeeId],
    [t('fields.email'), me.email],
    [t('fields.mobile'), me.mobile],
    [t('profile.org'), f.name(me.org)],
    [t('profile.designation'), me.designation ? f.name(me.designation) : t('common.none')],
    [t('fields.employeeGroup'), t(`employeeGroup.${me.employeeGroup}`, { defaultValue: me.employeeGroup })],
    [t('fields.cadre'), me.cadre ?? t('common.none')],
    [t('fields.service'), me.service ?? t('common.none')],
    [t('profile.status'), t(`status.${me.status}`, { defaultValue: me.status })],
  ];
  return (
    <section className="card" aria-labelledby="profile-details">
      <h2 id="profile-details">{t('profile.details')}</h2>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="break">{value}</dd>
          </div>
        ))}
      </dl>
      {me.roles.length > 0 ? (
        <>
          <h3>{t('profile.roles')}</h3>
          <ul>
            {me.roles.map((r) => (
              <li key={`${r.role}-${r.orgId}`}>
                {t(`role.${r.role}`, { defaultValue: r.role })} — {f.name({ nameEn: r.orgNameEn, nameHi: r.orgNameHi })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
