import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useAuthoringCourses, useCreateCourse } from '../../api/authoring';
import { ApiError } from '../../api/errors';
import { CONTENT_ROLES } from '../../api/session';
import type { AuthoringState, Me } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';

const STATES: readonly AuthoringState[] = ['draft', 'in_review', 'published', 'retired'];
const asState = (s: string | undefined) => STATES.find((x) => x === s);

/** Authoring home: the courses of the user's organisations by state (the review and publish queues), and a new course. */
export function AuthoringListPage() {
  return <RequireAuth roles={CONTENT_ROLES}>{(me) => <AuthoringList me={me} />}</RequireAuth>;
}

function AuthoringList({ me }: { me: Me }) {
  const { t } = useTranslation();
  const f = useFormat();
  const search = useSearch({ from: '/authoring' });
  const state = asState(search.state);
  const list = useAuthoringCourses({ state, page: search.page });
  const creatorOrgs = me.roles.filter((r) => r.role === 'content_creator').map((r) => ({ id: r.orgId, nameEn: r.orgNameEn, nameHi: r.orgNameHi }));
  return (
    <Page title={t('authoring.title')}>
      <nav aria-label={t('authoring.states')} className="sub-tabs">
        <ul>
          <li>
            <Link to="/authoring" search={{}} activeOptions={{ includeSearch: true }}>{t('authoring.all')}</Link>
          </li>
          {STATES.map((s) => (
            <li key={s}>
              <Link to="/authoring" search={{ state: s }} activeOptions={{ includeSearch: true }}>{t(`authoring.state.${s}`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {state === 'in_review' ? <p className="small muted">{t('authoring.queueHint')}</p> : null}
      {list.isPending ? <Loading /> : null}
      <ErrorMessage error={list.error} />
      {list.data ? (
        list.data.items.length ? (
          <ul className="card-list">
            {list.data.items.map((c) => (
              <li key={c.id} className="card">
                <Link to="/authoring/$courseId" params={{ courseId: c.id }}><strong>{c.title || t('authoring.untitled')}</strong></Link>
                <p className="small">
                  {f.name(c.provider)} · {t('authoring.versionN', { n: c.versionNo })} · {f.date(c.updatedAt)}
                </p>
                <span className="tag">{t(`authoring.state.${c.state}`, { defaultValue: c.state })}</span>{' '}
                {c.approved ? <span className="tag status-completed">{t('authoring.approved')}</span> : null}{' '}
                {c.published ? <span className="tag">{t('authoring.live')}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('authoring.none')}</p>
        )
      ) : null}
      {creatorOrgs.length ? <CreateCourse orgs={creatorOrgs} /> : null}
    </Page>
  );
}

function CreateCourse({ orgs }: { orgs: { id: string; nameEn: string; nameHi: string }[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const create = useCreateCourse();
  const { register, handleSubmit, formState } = useForm({
    defaultValues: { providerOrgId: orgs[0]?.id ?? '', titleEn: '', titleHi: '', languages: 'en,hi' },
  });
  const fieldError = (field: string) => (create.error instanceof ApiError ? create.error.fields.find((x) => x.field.includes(field))?.message : undefined);
  const submit = handleSubmit((v) =>
    create.mutate(
      {
        providerOrgId: v.providerOrgId,
        languages: v.languages === 'en' ? ['en'] : v.languages === 'hi' ? ['hi'] : ['en', 'hi'],
        texts: {
          ...(v.titleEn.trim() ? { en: { title: v.titleEn.trim() } } : {}),
          ...(v.titleHi.trim() ? { hi: { title: v.titleHi.trim() } } : {}),
        },
      },
      { onSuccess: (course) => void navigate({ to: '/authoring/$courseId', params: { courseId: course.id } }) },
    ),
  );
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="new-course">
      <h2 id="new-course">{t('authoring.newCourse')}</h2>
      <SelectField label={t('catalog.provider')} registration={register('providerOrgId', { required: true })}>
        {orgs.map((o) => (
          <option key={o.id} value={o.id}>{f.name(o)}</option>
        ))}
      </SelectField>
      <SelectField label={t('course.languages')} registration={register('languages')}>
        <option value="en,hi">{t('authoring.bothLanguages')}</option>
        <option value="en">{t('language.en')}</option>
        <option value="hi">{t('language.hi')}</option>
      </SelectField>
      <TextField label={t('authoring.titleEn')} lang="en" maxLength={200} registration={register('titleEn')} error={fieldError('en.title')} />
      <TextField label={t('authoring.titleHi')} lang="hi" maxLength={200} registration={register('titleHi')} error={fieldError('hi.title')} />
      {formState.errors.providerOrgId ? <p className="field-error">{t('validation.required')}</p> : null}
      <ErrorMessage error={create.error} />
      <Button type="submit" busy={create.isPending}>{t('authoring.create')}</Button>
    </form>
  );
}
