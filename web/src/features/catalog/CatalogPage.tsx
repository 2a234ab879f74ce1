import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCatalog, useCatalogFilters } from '../../api/catalog';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { CourseCard } from './CourseCard';
import { asType, catalogQuery, DURATION_KEYS, SORTS } from './catalog-query';

const FILTER_KEYS = ['language', 'provider', 'competency', 'type', 'duration'] as const;

/**
 * The course catalog: search in Hindi or English, filter by language, provider, competency, lesson type and length
 * (options and counts from the server), sort, and page. Every choice lives in the URL, so a search can be shared.
 */
export function CatalogPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const search = useSearch({ from: '/courses' });
  const navigate = useNavigate({ from: '/courses' });
  const page = search.page ?? 1;
  const query = catalogQuery(search, i18n.language === 'hi' ? 'hi' : 'en');
  const catalog = useCatalog(query);
  const filters = useCatalogFilters();
  const options = filters.data;
  const values = {
    q: search.q ?? '',
    language: search.language ?? '',
    provider: search.provider ?? '',
    competency: search.competency ?? '',
    type: search.type ?? '',
    duration: search.duration ?? '',
    sort: search.sort ?? '',
  };
  const { register, handleSubmit, reset } = useForm({ values });
  // Once the options arrive, values from a shared URL select the real options; what the user already changed stays.
  const loaded = options !== undefined;
  useEffect(() => {
    if (loaded) reset(undefined, { keepDirtyValues: true });
  }, [loaded, reset]);
  const clean = (s: string) => s.trim() || undefined;
  const apply = handleSubmit((v) => {
    void navigate({
      search: {
        q: clean(v.q),
        language: clean(v.language),
        provider: clean(v.provider),
        competency: clean(v.competency),
        type: clean(v.type),
        duration: clean(v.duration),
        sort: clean(v.sort),
        page: undefined,
      },
    });
  });
  const active = FILTER_KEYS.filter((k) => search[k]).length;
  const withCount = (label: string, count: number) => t('catalog.optionCount', { label, n: f.number(count) });
  const data = catalog.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / Math.max(1, data.pageSize))) : 1;
  // A value from a shared link that the options do not (or not yet) list is still shown as chosen.
  const keep = (value: string | undefined, listed: boolean, label: string) => (value && !listed ? <option value={value}>{label}</option> : null);
  return (
    <Page title={t('catalog.title')} intro={t('catalog.intro')}>
      <form role="search" className="form filters" onSubmit={apply} aria-label={t('catalog.searchLabel')}>
        <TextField label={t('catalog.search')} hint={t('catalog.searchHint')} type="search" registration={register('q')} />
        {/* A disclosure, closed at first so the results stay near the top on a phone; its label counts the filters in use. */}
        <details className="filter-more">
          <summary>{active ? t('catalog.filtersActive', { count: active, n: f.number(active) }) : t('catalog.filters')}</summary>
          <ErrorMessage error={filters.error} />
          <div className="filter-grid" data-testid="catalog-filters">
            <SelectField label={t('catalog.language')} registration={register('language')}>
              <option value="">{t('catalog.any')}</option>
              {(options?.languages ?? []).map((l) => (
                <option key={l.code} value={l.code}>{withCount(t(`language.${l.code}`), l.count)}</option>
              ))}
              {keep(search.language, !!options?.languages.some((l) => l.code === search.language), t(`language.${search.language ?? 'en'}`, { defaultValue: search.language }))}
            </SelectField>
            <SelectField label={t('catalog.provider')} registration={register('provider')}>
              <option value="">{t('catalog.any')}</option>
              {(options?.providers ?? []).map((p) => (
                <option key={p.id} value={p.id}>{withCount(f.name(p), p.count)}</option>
              ))}
              {keep(search.provider, !!options?.providers.some((p) => p.id === search.provider), t('catalog.chosenProvider'))}
            </SelectField>
            <SelectField label={t('catalog.competency')} registration={register('competency')}>
              <option value="">{t('catalog.any')}</option>
              {(options?.competencies ?? []).map((c) => (
                <option key={c.code} value={c.code}>{withCount(f.local(c.label) ?? c.code, c.count)}</option>
              ))}
              {keep(search.competency, !!options?.competencies.some((c) => c.code === search.competency), search.competency ?? '')}
            </SelectField>
            <SelectField label={t('catalog.lessonType')} registration={register('type')}>
              <option value="">{t('catalog.any')}</option>
              {(options?.lessonTypes ?? []).map((x) => (
                <option key={x.type} value={x.type}>{withCount(t(`lessonType.${x.type}`), x.count)}</option>
              ))}
              {keep(asType(search.type), !!options?.lessonTypes.some((x) => x.type === search.type), t(`lessonType.${search.type ?? 'html'}`))}
            </SelectField>
            <SelectField label={t('catalog.durationFilter')} registration={register('duration')}>
              <option value="">{t('catalog.any')}</option>
              {DURATION_KEYS.map((d) => {
                const count = options?.durations.find((x) => x.key === d)?.count;
                const label = t(`catalog.durations.${d}`);
                return <option key={d} value={d}>{count === undefined ? label : withCount(label, count)}</option>;
              })}
            </SelectField>
          </div>
        </details>
        <SelectField label={t('catalog.sort')} hint={t('catalog.sortHint')} registration={register('sort')}>
          {SORTS.map((s) => (
            <option key={s} value={s === 'relevance' ? '' : s}>{t(`catalog.sorts.${s}`)}</option>
          ))}
        </SelectField>
        <div className="actions">
          <Button type="submit">{t('catalog.apply')}</Button>
          {active || search.q || search.sort ? (
            <Link to="/courses" search={{}} className="btn btn-secondary">{t('catalog.clear')}</Link>
          ) : null}
        </div>
      </form>
      {catalog.isPending ? <Loading /> : null}
      <ErrorMessage error={catalog.error} />
      {data ? (
        <>
          <p role="status">{t('catalog.count', { count: data.total, n: f.number(data.total) })}</p>
          {data.total === 0 ? (
            <p className="muted">
              {active ? t('catalog.noneSuggestion') : t('catalog.noneSuggestionPlain')}{' '}
              {active || search.q ? <Link to="/courses" search={{}}>{t('catalog.clear')}</Link> : null}
            </p>
          ) : null}
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
