import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useRequirementsList } from '../../../api/competencies';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/format';
import { CompetencyAdminTabs } from './CompetencyAdminTabs';

/** Every post with its role requirements summary; the ones this admin may edit first. */
export function RequirementsListPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const list = useRequirementsList();
  const [mineOnly, setMineOnly] = useState(true);
  const items = (list.data?.items ?? []).filter((i) => !mineOnly || i.editable);
  return (
    <Page title={t('competencies.admin.requirements.title')} intro={t('competencies.admin.requirements.intro')}>
      <CompetencyAdminTabs />
      {list.isPending ? <Loading /> : null}
      <ErrorMessage error={list.error} />
      <label className="check">
        <input type="checkbox" checked={mineOnly} onChange={(e) => setMineOnly(e.target.checked)} /> {t('competencies.admin.requirements.editableOnly')}
      </label>
      {list.data ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('competencies.admin.requirements.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('competencies.admin.requirements.designation')}</th>
                <th scope="col">{t('competencies.admin.requirements.roles')}</th>
                <th scope="col">{t('competencies.admin.requirements.competencies')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.designation.id}>
                  <td>
                    <Link to="/admin/competencies/requirements/$designationId" params={{ designationId: i.designation.id }}>
                      {f.name(i.designation)}
                    </Link>
                    {i.updatedAt ? <div className="small muted">{t('competencies.admin.requirements.updated', { date: f.date(i.updatedAt) })}</div> : null}
                  </td>
                  <td>{i.version > 0 ? f.number(i.roles) : <span className="muted">{t('competencies.admin.requirements.none')}</span>}</td>
                  <td>{f.number(i.competencies)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
