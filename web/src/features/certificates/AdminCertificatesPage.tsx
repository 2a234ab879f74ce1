import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_STATUSES, useAdminCertificates, type AdminCertificateQuery } from '../../api/certificates';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useAdminOrgs } from '../admin/AdminOrgSelect';
import { AdminCertificateCard } from './AdminCertificateCard';
import { BulkDownloadForm } from './BulkDownloadForm';

type Status = NonNullable<AdminCertificateQuery['status']>;
const asStatus = (s: string | undefined): Status | undefined => CERTIFICATE_STATUSES.find((x) => x === s);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The MDO admin's certificates: their people's (or their organisations' courses'), filtered; actions and a zip download. */
export function AdminCertificatesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const orgs = useAdminOrgs();
  const search = useSearch({ from: '/admin/certificates' });
  const navigate = useNavigate({ from: '/admin/certificates' });
  const page = search.page ?? 1;
  const query: AdminCertificateQuery = {
    party: search.party === 'issuer' ? 'issuer' : 'holder',
    status: asStatus(search.status),
    orgId: search.orgId,
    subjectId: search.subjectId,
    from: search.from && DATE.test(search.from) ? search.from : undefined,
    to: search.to && DATE.test(search.to) ? search.to : undefined,
    page,
  };
  const list = useAdminCertificates(query);
  const defaults = { party: query.party ?? 'holder', status: search.status ?? '', orgId: search.orgId ?? '', from: query.from ?? '', to: query.to ?? '' };
  const { register, handleSubmit } = useForm({ values: defaults });
  const apply = handleSubmit(
    (v) =>
      void navigate({
        search: (s) => ({
          ...s,
          party: v.party === 'issuer' ? 'issuer' : undefined,
          status: v.status || undefined,
          orgId: v.orgId || undefined,
          from: v.from || undefined,
          to: v.to || undefined,
          page: undefined,
        }),
      }),
  );
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / Math.max(1, data.pageSize))) : 1;
  return (
    <Page title={t('certificates.admin.title')} intro={t('certificates.admin.intro')}>
      <form role="search" aria-label={t('certificates.admin.filters')} className="form filters" onSubmit={apply}>
        <SelectField label={t('certificates.admin.party')} registration={register('party')}>
          <option value="holder">{t('certificates.admin.partyHolder')}</option>
          <option value="issuer">{t('certificates.admin.partyIssuer')}</option>
        </SelectField>
        <SelectField label={t('certificates.admin.status')} registration={register('status')}>
          <option value="">{t('certificates.admin.anyStatus')}</option>
          {CERTIFICATE_STATUSES.map((s) => (
            <option key={s} value={s}>{t(`certificates.status.${s}`)}</option>
          ))}
        </SelectField>
        <SelectField label={t('certificates.admin.org')} registration={register('orgId')}>
          <option value="">{t('certificates.admin.allOrgs')}</option>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>{f.name(o)}</option>
          ))}
        </SelectField>
        <TextField label={t('certificates.admin.from')} type="date" registration={register('from')} optional />
        <TextField label={t('certificates.admin.to')} type="date" registration={register('to')} optional />
        <Button type="submit">{t('certificates.admin.apply')}</Button>
      </form>
      {search.subjectId ? (
        <p className="card small">
          {t('certificates.admin.oneCourse')}{' '}
          <Link from="/admin/certificates" search={(s) => ({ ...s, subjectId: undefined, page: undefined })}>{t('certificates.admin.allCourses')}</Link>
        </p>
      ) : null}
      {list.isPending ? <Loading /> : null}
      <ErrorMessage error={list.error} />
      {data ? (
        <>
          <p role="status">{t('certificates.admin.count', { count: data.total, n: f.number(data.total) })}</p>
          <ul className="card-list" data-testid="admin-certificates">
            {data.items.map((c) => (
              <AdminCertificateCard key={c.id} certificate={c} />
            ))}
          </ul>
          {pages > 1 ? (
            <nav aria-label={t('certificates.admin.pages')} className="pager">
              {page > 1 ? <Link from="/admin/certificates" search={(s) => ({ ...s, page: page - 1 > 1 ? page - 1 : undefined })}>{t('common.previous')}</Link> : <span />}
              <span>{t('common.pageOf', { page: f.number(page), pages: f.number(pages) })}</span>
              {page < pages ? <Link from="/admin/certificates" search={(s) => ({ ...s, page: page + 1 })}>{t('common.next')}</Link> : <span />}
            </nav>
          ) : null}
        </>
      ) : null}
      <BulkDownloadForm />
    </Page>
  );
}
