import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REPORT_ROLES, usePeople, type PeopleBucket } from '../../api/reports';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { ReportsNav } from './ReportsNav';

export const BUCKETS: readonly PeopleBucket[] = ['all', 'none', 'fewer_than_three', 'completed_one', 'three_or_more'];
const asBucket = (s: string | undefined): PeopleBucket | undefined => BUCKETS.find((b) => b === s);

/** Drill-down to people: a subtree's people by how many courses they completed, PII masked by the viewer's role. */
export function PeoplePage() {
  return <RequireAuth roles={REPORT_ROLES}>{() => <People />}</RequireAuth>;
}

function People() {
  const { t } = useTranslation();
  const f = useFormat();
  const search = useSearch({ from: '/reports/people' });
  const navigate = useNavigate({ from: '/reports/people' });
  const page = search.page ?? 1;
  const people = usePeople(search.org ?? '', { bucket: asBucket(search.bucket), q: search.q, page, pageSize: 25 });
  const { register, handleSubmit } = useForm({ values: { q: search.q ?? '', bucket: search.bucket ?? 'all' } });
  const apply = handleSubmit((v) => void navigate({ search: { org: search.org, q: v.q.trim() || undefined, bucket: v.bucket === 'all' ? undefined : v.bucket, page: undefined } }));
  const data = people.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <Page title={t('reports.people.pageTitle')}>
      <ReportsNav org={search.org} />
      {!search.org ? <p>{t('reports.people.pickOrg')} <Link to="/reports">{t('reports.dashboard.menu')}</Link></p> : null}
      <form role="search" className="form filters" onSubmit={apply}>
        <TextField label={t('reports.people.search')} type="search" registration={register('q')} />
        <SelectField label={t('reports.people.bucket')} registration={register('bucket')}>
          {BUCKETS.map((b) => <option key={b} value={b}>{t(`reports.people.buckets.${b}`)}</option>)}
        </SelectField>
        <Button type="submit">{t('reports.range.apply')}</Button>
      </form>
      {people.isPending && search.org ? <Loading /> : null}
      <ErrorMessage error={search.org ? people.error : null} />
      {data ? (
        <>
          <p role="status">{t('reports.people.count', { n: f.number(data.total) })}</p>
          {data.mask !== 'none' ? <p className="muted small">{t(`reports.people.masked.${data.mask}`)}</p> : null}
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('reports.people.pageTitle')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('reports.people.name')}</th>
                  <th scope="col">{t('reports.people.employeeId')}</th>
                  <th scope="col">{t('reports.people.org')}</th>
                  <th scope="col" className="num">{t('reports.activity.completions')}</th>
                  <th scope="col" className="num">{t('reports.activity.learningHours')}</th>
                  <th scope="col">{t('reports.people.contact')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((p) => (
                  <tr key={p.userId}>
                    <th scope="row">
                      {p.name}
                      {p.designation ? <span className="small muted"><br />{f.local<string>(p.designation)}</span> : null}
                    </th>
                    <td>{p.employeeId}</td>
                    <td>{f.local<string>(p.org.name)}</td>
                    <td className="num">{f.number(p.completions)}</td>
                    <td className="num">{f.hours(p.learningHours)}</td>
                    <td className="break small">{[p.email, p.mobile].filter(Boolean).join(' · ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 ? (
            <nav aria-label={t('reports.people.pages')} className="pager">
              {page > 1 ? <Link from="/reports/people" search={(s) => ({ ...s, page: page - 1 > 1 ? page - 1 : undefined })}>{t('common.previous')}</Link> : <span />}
              <span>{t('common.pageOf', { page: f.number(page), pages: f.number(pages) })}</span>
              {page < pages ? <Link from="/reports/people" search={(s) => ({ ...s, page: page + 1 })}>{t('common.next')}</Link> : <span />}
            </nav>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
