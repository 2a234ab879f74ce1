import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../../api/admin';
import type { UserStatus } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';

export const USER_STATUSES: readonly UserStatus[] = ['active', 'pending_verification', 'pending_approval', 'rejected', 'deactivated', 'merged'];
const asStatus = (s: string | undefined): UserStatus | undefined => USER_STATUSES.find((x) => x === s);

/** Search and filter the users in the admin's organisations. */
export function UsersPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const search = useSearch({ from: '/admin/users' });
  const navigate = useNavigate({ from: '/admin/users' });
  const page = search.page ?? 1;
  const users = useUsers({ q: search.q, status: asStatus(search.status), page });
  const { register, handleSubmit } = useForm({ values: { q: search.q ?? '', status: search.status ?? '' } });
  const apply = handleSubmit((v) => void navigate({ search: { q: v.q.trim() || undefined, status: v.status || undefined, page: undefined } }));
  const data = users.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / Math.max(1, data.pageSize))) : 1;
  return (
    <Page title={t('admin.users.title')}>
      <p>
        <Link to="/admin/users/new" className="btn btn-secondary">{t('admin.users.create')}</Link>
      </p>
      <form role="search" className="form filters" onSubmit={apply}>
        <TextField label={t('admin.users.search')} type="search" registration={register('q')} />
        <SelectField label={t('admin.users.status')} registration={register('status')}>
          <option value="">{t('admin.users.anyStatus')}</option>
          {USER_STATUSES.map((s) => (
            <option key={s} value={s}>{t(`status.${s}`)}</option>
          ))}
        </SelectField>
        <Button type="submit">{t('admin.users.apply')}</Button>
      </form>
      {users.isPending ? <Loading /> : null}
      <ErrorMessage error={users.error} />
      {data ? (
        <>
          <p role="status">{t('admin.users.count', { count: data.total, n: f.number(data.total) })}</p>
          <ul className="card-list">
            {data.items.map((u) => (
              <li key={u.id} className="card">
                <Link to="/admin/users/$id" params={{ id: u.id }}><strong>{u.fullName}</strong></Link>
                <p className="small">{u.employeeId} · {f.name(u.org)}{u.designation ? ` · ${f.name(u.designation)}` : ''}</p>
                <span className={`tag status-${u.status}`}>{t(`status.${u.status}`, { defaultValue: u.status })}</span>
              </li>
            ))}
          </ul>
          {pages > 1 ? (
            <nav aria-label={t('admin.users.pages')} className="pager">
              {page > 1 ? <Link from="/admin/users" search={(s) => ({ ...s, page: page - 1 > 1 ? page - 1 : undefined })}>{t('common.previous')}</Link> : <span />}
              <span>{t('common.pageOf', { page: f.number(page), pages: f.number(pages) })}</span>
              {page < pages ? <Link from="/admin/users" search={(s) => ({ ...s, page: page + 1 })}>{t('common.next')}</Link> : <span />}
            </nav>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
