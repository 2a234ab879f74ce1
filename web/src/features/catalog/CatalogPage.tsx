import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../api/catalog';
import type { CatalogQuery, CatalogSort } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { CourseCard } from './CourseCard';

export const SORTS: readonly CatalogSort[] = ['relevance', 'newest', 'most_completed', 'rating'];
/** Duration bands offered as a filter, in minutes. */
const DURATIONS: Record<string, { minDuration?: number; maxDuration?: number }> = {
  short: { maxDuration: 60 },
  medium: { minDuration: 60, maxDuration: 240 },
  long: { minDuration: 240 },
};
const asSort = (s: string | undefined) => SORTS.find((x) => x === s);
const asLanguage = (s: string | undefined) => (s === 'en' || s === 'hi' ? s : undefined);

/** The course catalog: search in Hindi or English, filter, sort and page through published courses. */
export function CatalogPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const search = useSearch({ from: '/courses' });
  const navigate = useNavigate({ from: '/courses' });
  const page = search.page ?? 1;
  const query: CatalogQuery = {
    q: search.q,
    lang: i18n.language === 'hi' ? 'hi' : 'en',
    language: asLanguage(search.language),
    provider: search.provider,
    competency: search.competency,
    ...(search.duration ? DURATIONS[search.duration] : {}),
    sort: asSort(search.sort),
    page,
  };
  const catalog = useCatalog(query);
  const values = {
    q: search.q ?? '',
    language: search.language ?? '',
    provider: search.provider ?? '',
    duration: search.duration ?? '',
    competency: search.competency ?? '',
    sort: search.sort ?? '',
  };
  const { register, handleSubmit } = useForm({ values });
  const apply = handleSubmit((v) => {
    const clean = (s: string) => s.trim() || undefined;
    void navigate({
      search: {
        q: clean(v.q),
        language: clean(v.language),
        provider: clean(v.provider),
        duration: clean(v.duration),
        competency: clean(v.competency),
        sort: clean(v.sort),
        page: undefined,
      },
    });
  });
  const data = catalog.data;
  // Providers and competencies to filter by come from the courses seen so far (the API has no facet list).
  const providers = useMemo(() => {
    const seen = new Map<string, { id: string; nameEn: string; nameHi: string }>();
    for (const c of data?.items ?? []) seen.set(c.provider.id, c.provider);
    return [...seen.values()];
  }, [data]);
  const competencies = useMemo(() => [...new Set((data?.items ?? []).flatMap((c) => c.competencies.map((x) => x.code)))].sort(), [data]);
  const pages = data ? Math.max(1, Math.ceil(data.total / Math.max(1, data.pageSize))) : 1;
  return (
    <Page title={t('catalog.title')} intro={t('catalog.intro')}>
      <form role="search" className="form filters" onSubmit={apply} aria-label={t('catalog.searchLabel')}>
        <TextField label={t('catalog.search')} hint={t('catalog.searchHint')} type="search" registration={register('q')} />
        <details className="filter-more" open={!!(search.language || search.provider || search.duration || search.competency)}>
          <summary>{t('catalog.filters')}</summary>
          <div className="filter-grid">
            <SelectField label={t('catalog.language')} registration={register('language')}>
              <option value="">{t('catalog.any')}</option>
              <option value="en">{t('language.en')}</option>
              <option value="hi">{t('language.hi')}</option>
            </SelectField>
            <SelectField label={t('catalog.provider')} registration={register('provider')}>
              <option value="">{t('catalog.any')}</option>
              {search.provider && !providers.some((p) => p.id === search.provider) ? <option value={search.provider}>{t('catalog.chosenProvider')}</option> : null}
              {providers.map((p) => (
                <option key={p.id} value={p.id}>{f.name(p)}</option>
              ))}
            </SelectField>
            <SelectField label={t('catalog.durationFilter')} registration={register('duration')}>
              <option value="">{t('catalog.any')}</option>
              {Object.keys(DURATIONS).map((d) => (
                <option key={d} value={d}>{t(`catalog.durations.${d}`)}</option>
              ))}
            </SelectField>
            <SelectField label={t('catalog.competency')} registration={register('competency')}>
              <option value="">{t('catalog.any')}</option>
              {search.competency && !competencies.includes(search.competency) ? <option value={search.competency}>{search.competency}</option> : null}
              {competencies.map((c) => (
                <option key={c} value={c}>{c}</option>
              ))}
            </SelectField>
          </div>
        </details>
        <SelectField label={t('catalog.sort')} registration={register('sort')}>
          {SORTS.map((s) => (
            <option key={s} value={s === 'relevance' ? '' : s}>{t(`catalog.sorts.${s}`)}</option>
          ))}
        </SelectField>
        <Button type="submit">{t('catalog.apply')}</Button>
      </form>
      {catalog.isPending ? <Loading /> : null}
      <ErrorMessage error={catalog.error} />
      {data ? (
        <>
          <p role="status">{t('catalog.count', { count: data.total, n: f.number(data.total) })}</p>
          <ul className="card-list">
            {data.items.map((c) => (
              <CourseCard key={c.id} course={c} />
            ))}
          </ul>
          {pages > 1 ? (
            <nav aria-label={t('catalog.pages')} className="pager">
              {page > 1 ? <Link from="/courses" search={(s) => ({ ...s, page: page - 1 > 1 ? page - 1 : undefined })}>{t('common.previous')}</Link> : <span />}
              <span>{t('common.pageOf', { page: f.number(page), pages: f.number(pages) })}</span>
              {page < pages ? <Link from="/courses" search={(s) => ({ ...s, page: page + 1 })}>{t('common.next')}</Link> : <span />}
            </nav>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
