import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { get, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useAuthoringProgramme, useProgrammeEditing, type AuthoringProgramme } from '../../api/programmes';
import { CONTENT_ROLES } from '../../api/session';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { FormField, TextField } from '../../components/FormField';
import { applyServerErrors } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { CourseListEditor, type EditedCourse } from './CourseListEditor';

type Lang = 'en' | 'hi';
const LANGS: readonly Lang[] = ['en', 'hi'];

/** One programme for its authors: texts, the ordered course list, and publish / retire / delete. */
export function ProgrammeEditorPage() {
  return <RequireAuth roles={CONTENT_ROLES}>{() => <Editor />}</RequireAuth>;
}

function Editor() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id } = useParams({ from: '/authoring/programmes/$id' });
  const programme = useAuthoringProgramme(id);
  if (programme.isPending) return <Loading />;
  if (!programme.data) {
    return (
      <Page title={t('programmes.authoring.notFound')}>
        <ErrorMessage error={programme.error} />
        <Link to="/authoring/programmes">{t('programmes.authoring.title')}</Link>
      </Page>
    );
  }
  const p = programme.data;
  const editable = p.status === 'draft' && p.permissions.edit;
  return (
    <Page title={f.local(p.texts)?.title || t('programmes.authoring.untitled')}>
      <p className="small">
        <Link to="/authoring/programmes">{t('programmes.authoring.title')}</Link> · {f.name(p.provider)} ·{' '}
        <span className={p.status === 'published' ? 'tag status-completed' : 'tag'}>{t(`programmes.status.${p.status}`)}</span>
        {p.status !== 'draft' ? (
          <>
            {' · '}
            <Link to="/programmes/$ref" params={{ ref: p.code }}>{t('programmes.authoring.viewLive')}</Link>
          </>
        ) : null}
      </p>
      {p.status !== 'draft' ? (
        <p className="small">{t('programmes.authoring.enrolments', { n: f.number(p.enrolmentCount), m: f.number(p.completionCount) })}</p>
      ) : null}
      {!editable ? <p className="alert alert-info">{t('programmes.authoring.readOnly')}</p> : null}
      <ProgrammeForm key={p.updatedAt} programme={p} editable={editable} />
      <PublishPanel programme={p} />
    </Page>
  );
}

function ProgrammeForm({ programme: p, editable }: { programme: AuthoringProgramme; editable: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { save } = useProgrammeEditing(p.id);
  const [courses, setCourses] = useState<EditedCourse[]>(p.courses);
  const [topError, setTopError] = useState<unknown>(null);
  const text = (l: Lang) => p.texts[l] ?? { title: '', summary: '', description: '' };
  const { register, handleSubmit, setError, formState } = useForm({
    values: {
      code: p.code,
      en: text('en'),
      hi: text('hi'),
      durationMinutes: p.durationMinutes === null ? '' : String(p.durationMinutes),
      thumbnailUrl: p.thumbnailUrl ?? '',
    },
  });
  const fields = ['code', 'durationMinutes', 'thumbnailUrl', 'en.title', 'en.summary', 'en.description', 'hi.title', 'hi.summary', 'hi.description'] as const;
  const aliases = Object.fromEntries(LANGS.flatMap((l) => (['title', 'summary', 'description'] as const).map((k) => [`texts.${l}.${k}`, `${l}.${k}` as const])));
  const submit = handleSubmit((v) => {
    setTopError(null);
    save.mutate(
      {
        code: v.code.trim(),
        texts: Object.fromEntries(LANGS.map((l) => [l, { title: v[l].title.trim(), summary: v[l].summary.trim(), description: v[l].description.trim() }])),
        durationMinutes: v.durationMinutes.trim() ? Number(v.durationMinutes) : null,
        thumbnailUrl: v.thumbnailUrl.trim() || null,
        ...(courses.length ? { courses: courses.map((c) => ({ courseId: c.courseId, required: c.required })) } : {}),
      },
      { onError: (error) => setTopError(applyServerErrors(error, setError, fields, aliases)) },
    );
  });
  const err = (name: (typeof fields)[number]): string | undefined => (get(formState.errors, name) as { message?: string } | undefined)?.message;
  return (
    <>
      <form id="programme-form" className="form card" onSubmit={submit} aria-labelledby="programme-texts-heading" noValidate>
        <h2 id="programme-texts-heading">{t('programmes.authoring.texts')}</h2>
        <fieldset disabled={!editable}>
          <TextField label={t('programmes.authoring.code')} hint={t('programmes.authoring.codeHint')} lang="en" maxLength={80} autoCapitalize="none" registration={register('code')} error={err('code')} />
          {LANGS.map((l) => (
            <div key={l} className="form" lang={l}>
              <h3>{t(`language.${l}`)}</h3>
              <TextField label={t('programmes.authoring.titleField')} maxLength={200} registration={register(`${l}.title`)} error={err(`${l}.title`)} />
              <TextField label={t('programmes.authoring.summary')} maxLength={1000} registration={register(`${l}.summary`)} error={err(`${l}.summary`)} />
              <FormField label={t('programmes.authoring.description')} error={err(`${l}.description`)}>
                {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} rows={4} maxLength={20000} {...register(`${l}.description`)} />}
              </FormField>
            </div>
          ))}
          <TextField
            label={t('programmes.authoring.duration')}
            hint={t('programmes.authoring.durationHint', { value: f.minutes(courses.filter((c) => c.required).reduce((s, c) => s + c.durationMinutes, 0)) })}
            type="number"
            min={1}
            inputMode="numeric"
            optional
            registration={register('durationMinutes')}
            error={err('durationMinutes')}
          />
          <TextField label={t('programmes.authoring.thumbnail')} hint={t('programmes.authoring.thumbnailHint')} lang="en" optional registration={register('thumbnailUrl')} error={err('thumbnailUrl')} />
        </fieldset>
      </form>
      <CourseListEditor courses={courses} onChange={setCourses} editable={editable} />
      {editable ? (
        <div className="actions card">
          <ErrorMessage error={topError} />
          {save.isSuccess ? <StatusMessage>{t('common.saved')}</StatusMessage> : null}
          <Button type="submit" form="programme-form" busy={save.isPending} data-testid="programme-save">
            {t('programmes.authoring.save')}
          </Button>
        </div>
      ) : null}
    </>
  );
}

function PublishPanel({ programme: p }: { programme: AuthoringProgramme }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { publish, retire, remove } = useProgrammeEditing(p.id);
  const canPublish = p.status === 'draft' && p.permissions.publish;
  const canRetire = p.status === 'published' && p.permissions.retire;
  const canDelete = p.status === 'draft' && p.permissions.delete;
  if (!canPublish && !canRetire && !canDelete) return null;
  return (
    <section className="card" aria-labelledby="programme-publish-heading">
      <h2 id="programme-publish-heading">{t('programmes.authoring.workflow')}</h2>
      {canPublish ? <p className="small">{t('programmes.authoring.publishHint')}</p> : null}
      <div className="actions">
        {canPublish ? (
          <Button busy={publish.isPending} onClick={() => publish.mutate()} data-testid="programme-publish">
            {t('programmes.authoring.publish')}
          </Button>
        ) : null}
        {canRetire ? (
          <Button variant="danger" busy={retire.isPending} onClick={() => window.confirm(t('programmes.authoring.confirmRetire')) && retire.mutate()}>
            {t('programmes.authoring.retire')}
          </Button>
        ) : null}
        {canDelete ? (
          <Button
            variant="secondary"
            busy={remove.isPending}
            onClick={() => window.confirm(t('programmes.authoring.confirmDelete')) && remove.mutate(undefined, { onSuccess: () => void navigate({ to: '/authoring/programmes' }) })}
          >
            {t('programmes.authoring.delete')}
          </Button>
        ) : null}
      </div>
      <ErrorMessage error={publish.error ?? retire.error ?? remove.error} />
    </section>
  );
}
