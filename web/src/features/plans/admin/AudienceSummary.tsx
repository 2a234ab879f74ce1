import { useTranslation } from 'react-i18next';
import { useOrgs } from '../../../api/orgs';
import { useAllDesignations, type AdminPlan } from '../../../api/plans';
import { useFormat } from '../../../i18n/format';

type Audience = AdminPlan['audience'];

/** A plan's audience in words: each group's criteria, and how many people were added or excluded one by one. */
export function AudienceSummary({ audience }: { audience: Audience }) {
  const { t } = useTranslation();
  const f = useFormat();
  const designations = useAllDesignations();
  const orgs = useOrgs(audience.groups.flatMap((g) => g.orgIds ?? []));
  const orgName = (id: string) => f.name(orgs.find((q) => q.data?.org.id === id)?.data?.org) || '…';
  const desName = (id: string) => f.name((designations.data ?? []).find((x) => x.id === id)) || '…';
  const date = (iso: string) => f.date(`${iso}T12:00:00+05:30`);
  const criteria = (g: Audience['groups'][number]) =>
    [
      g.orgIds?.length ? `${t('plans.form.orgs')}: ${g.orgIds.map(orgName).join(', ')}` : '',
      g.designationIds?.length ? `${t('plans.form.designations')}: ${g.designationIds.map(desName).join(', ')}` : '',
      g.employeeGroups?.length ? `${t('plans.form.groups')}: ${g.employeeGroups.map((x) => t(`plans.group.${x}`)).join(', ')}` : '',
      g.cadres?.length ? `${t('plans.form.cadres')}: ${g.cadres.join(', ')}` : '',
      g.services?.length ? `${t('plans.form.services')}: ${g.services.join(', ')}` : '',
      g.postedFrom ? `${t('plans.form.postedFrom')} ${date(g.postedFrom)}` : '',
      g.postedTo ? `${t('plans.form.postedTo')} ${date(g.postedTo)}` : '',
    ].filter(Boolean);
  const people = [
    audience.includeUserIds.length ? t('plans.admin.includedCount', { count: audience.includeUserIds.length }) : '',
    audience.excludeUserIds.length ? t('plans.admin.excludedCount', { count: audience.excludeUserIds.length }) : '',
  ].filter(Boolean);
  return (
    <>
      {audience.mode === 'all' ? t('plans.form.audience_all') : t('plans.admin.groups', { count: audience.groups.length })}
      {audience.mode === 'criteria' && audience.groups.length ? (
        <>
          {audience.groups.length > 1 ? <p className="small">{t('plans.admin.anyGroup')}</p> : null}
          <ol data-testid="plan-audience-groups">
            {audience.groups.map((g, i) => (
              <li key={i}>{criteria(g).join(' · ')}</li>
            ))}
          </ol>
        </>
      ) : null}
      {people.length ? <p className="small">{people.join(' · ')}</p> : null}
    </>
  );
}
