import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useProgrammes, type ProgrammeCard } from '../../api/programmes';
import { CONTENT_ROLES, hasRole, useMe } from '../../api/session';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';

/** Curated programmes: search by a word of the title in Hindi or English and page through them. */
export function ProgrammesPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const search = useSearch({ from: '/programmes' });
  const navigate = useNavigate({ from: '/programmes' });
  const page = search.page ?? 1;
  const list = useProgrammes({ q: search.q, lang: i18n.language === 'hi' ? 'hi' : 'en', page });
  const { register, handleSubmit } = useForm({ values: { q: search.q ?? '' } });
  const apply = handleSubmit((v) => void navigate({ search: { q: v.q.trim() || undefined, page: undefined } }));
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / Math.max(1, data.pageSize))) : 1;
  return (
    <Page title={t('programmes.title')} intro={t('programmes.intro')}>
      <p className="small">
        <Link to="/courses">{t('programmes.browseCourses')}</Link>
        {hasRole(me, CONTENT_ROLES) ? (
          <>
            {' · '}
            <Link to="/authoring/programmes">{t('programmes.manage')}</Link>
          </>
        ) : null}
      </p>
      <form role="search" className="form filters" onSubmit={apply} aria-label={t('programmes.searchLabel')}>
        <TextField label={t('programmes.search')} hint={t('programmes.searchHint')} type="search" registration={register('q')} />
        <Button type="submit">{t('programmes.apply')}</Button>
      </form>
      {list.isPending ? <Loading /> : null}
      <ErrorMessage error={list.error} />
      {data ? (
        <>
          <p role="status">{t('programmes.count', { count: data.total, n: f.number(data.total) })}</p>
          {data.items.length ? (
            <ul className="card-list">
              {data.items.map((p) => (
                <ProgrammeCardItem key={p.id} programme={p} />
              ))}
            </ul>
          ) : (
            <p className="muted">{t('programmes.none')}</p>
          )}
          {pages > 1 ? (
            <nav aria-label={t('programmes.pages')} className="pager">
              {page > 1 ? <Link from="/programmes" search={(s) => ({ ...s, page: page - 1 > 1 ? page - 1 : undefined })}>{t('common.previous')}</Link> : <span />}
              <span>{t('common.pageOf', { page: f.number(page), pages: f.number(pages) })}</span>
              {page < pages ? <Link from="/programmes" search={(s) => ({ ...s, page: page + 1 })}>{t('common.next')}</Link> : <span />}
            </nav>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}

function ProgrammeCardItem({ programme: p }: { programme: ProgrammeCard }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <li className="card course-card" data-testid="programme-result">
      <h2 className="h3">
        <Link to="/programmes/$ref" params={{ ref: p.code }}>{p.title}</Link>
      </h2>
      <p className="small muted">{f.name(p.provider)}</p>
      {p.summary ? <p className="small">{p.summary}</p> : null}
      <ul className="meta-list small">
        <li>{t('programmes.duration', { value: f.minutes(p.durationMinutes) })}</li>
        <li>{t('programmes.coursesSummary', { total: f.number(p.courseCount), required: f.number(p.requiredCount) })}</li>
        <li>{t('programmes.completions', { count: p.completionCount, n: f.number(p.completionCount) })}</li>
      </ul>
      {p.myStatus ? <span className={`tag status-${p.myStatus}`}>{t(`programmes.myStatus.${p.myStatus}`)}</span> : null}
    </li>
  );
}
