import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useAdminPlans } from '../../../api/plans';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/format';
import { PlanStatus } from '../PlanStatus';

const STATUSES = ['draft', 'live', 'retired'] as const;
type Status = (typeof STATUSES)[number];
const asStatus = (s: string | undefined): Status | undefined => STATUSES.find((x) => x === s);

/** Training plans the admin owns or whose audience covers their people. */
export function PlansListPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const search = useSearch({ from: '/admin/plans' });
  const navigate = useNavigate({ from: '/admin/plans' });
  const page = search.page ?? 1;
  const plans = useAdminPlans({ status: asStatus(search.status), page });
  const data = plans.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / Math.max(1, data.pageSize))) : 1;
  return (
    <Page title={t('plans.admin.title')} intro={t('plans.admin.intro')}>
      <p className="actions">
        <Link to="/admin/plans/new" className="btn btn-primary">{t('plans.admin.create')}</Link>
        <Link to="/admin/hrms" className="btn btn-secondary">{t('plans.hrms.title')}</Link>
      </p>
      <div className="segmented" role="group" aria-label={t('plans.admin.filter')}>
        {[undefined, ...STATUSES].map((s) => (
          <button key={s ?? 'all'} type="button" aria-pressed={search.status === s} onClick={() => void navigate({ search: { status: s, page: undefined } })}>
            {s ? t(`plans.planStatus.${s}`) : t('plans.admin.all')}
          </button>
        ))}
      </div>
      {plans.isPending ? <Loading /> : null}
      <ErrorMessage error={plans.error} />
      {data ? (
        <>
          {data.items.length === 0 ? <p className="muted">{t('plans.admin.none')}</p> : null}
          <ul className="card-list">
            {data.items.map((p) => (
              <li key={p.id} className="card">
                <Link to="/admin/plans/$id" params={{ id: p.id }}><strong>{f.local(p.name)}</strong></Link>
                <p className="small">
                  {f.name(p.ownerOrg)} · {t('plans.admin.requirementCount', { count: p.requirementCount })}
                  {p.acrLinked ? ` · ${t('plans.acr')}` : ''}
                </p>
                <PlanStatus status={p.status === 'live' ? 'live' : p.status} />
              </li>
            ))}
          </ul>
          {pages > 1 ? (
            <nav aria-label={t('plans.admin.pages')} className="pager">
              {page > 1 ? <Link from="/admin/plans" search={(s) => ({ ...s, page: page - 1 > 1 ? page - 1 : undefined })}>{t('common.previous')}</Link> : <span />}
              <span>{t('common.pageOf', { page: f.number(page), pages: f.number(pages) })}</span>
              {page < pages ? <Link from="/admin/plans" search={(s) => ({ ...s, page: page + 1 })}>{t('common.next')}</Link> : <span />}
            </nav>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
