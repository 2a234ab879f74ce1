import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useAuthoringProgrammes, useCreateProgramme, type ProgrammeStatus } from '../../api/programmes';
import { CONTENT_ROLES } from '../../api/session';
import type { Me } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';
import { applyServerErrors } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';

const STATUSES: readonly ProgrammeStatus[] = ['draft', 'published', 'retired'];
const asStatus = (s: string | undefined) => STATUSES.find((x) => x === s);

/** Programme authoring home: the programmes of the user's organisations by status, and a new programme. */
export function ProgrammeAuthoringListPage() {
  return <RequireAuth roles={CONTENT_ROLES}>{(me) => <List me={me} />}</RequireAuth>;
}

function List({ me }: { me: Me }) {
  const { t } = useTranslation();
  const f = useFormat();
  const search = useSearch({ from: '/authoring/programmes' });
  const status = asStatus(search.status);
  const list = useAuthoringProgrammes({ status, page: search.page });
  const creatorOrgs = me.roles.filter((r) => r.role === 'content_creator').map((r) => ({ id: r.orgId, nameEn: r.orgNameEn, nameHi: r.orgNameHi }));
  return (
    <Page title={t('programmes.authoring.title')}>
      <p className="small">
        <Link to="/authoring">{t('programmes.authoring.courseAuthoring')}</Link> · <Link to="/programmes">{t('programmes.title')}</Link>
      </p>
      <nav aria-label={t('programmes.authoring.statuses')} className="sub-tabs">
        <ul>
          <li>
            <Link to="/authoring/programmes" search={{}} activeOptions={{ includeSearch: true }}>{t('programmes.authoring.all')}</Link>
          </li>
          {STATUSES.map((s) => (
            <li key={s}>
              <Link to="/authoring/programmes" search={{ status: s }} activeOptions={{ includeSearch: true }}>{t(`programmes.status.${s}`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.isPending ? <Loading /> : null}
      <ErrorMessage error={list.error} />
      {list.data ? (
        list.data.items.length ? (
          <ul className="card-list">
            {list.data.items.map((p) => (
              <li key={p.id} className="card" data-testid="authoring-programme">
                <Link to="/authoring/programmes/$id" params={{ id: p.id }}><strong>{p.title || t('programmes.authoring.untitled')}</strong></Link>
                <p className="small">
                  {f.name(p.provider)} · {t('programmes.courseCount', { count: p.courseCount, n: f.number(p.courseCount) })} · {f.date(p.updatedAt)}
                </p>
                <span className={p.status === 'published' ? 'tag status-completed' : 'tag'}>{t(`programmes.status.${p.status}`)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('programmes.authoring.none')}</p>
        )
      ) : null}
      {creatorOrgs.length ? <CreateProgramme orgs={creatorOrgs} /> : null}
    </Page>
  );
}

function CreateProgramme({ orgs }: { orgs: { id: string; nameEn: string; nameHi: string }[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const create = useCreateProgramme();
  const [topError, setTopError] = useState<unknown>(null);
  const { register, handleSubmit, setError, formState } = useForm({
    defaultValues: { providerOrgId: orgs[0]?.id ?? '', code: '', titleEn: '', titleHi: '' },
  });
  const submit = handleSubmit((v) => {
    setTopError(null);
    create.mutate(
      {
        providerOrgId: v.providerOrgId,
        code: v.code.trim(),
        texts: {
          ...(v.titleEn.trim() ? { en: { title: v.titleEn.trim() } } : {}),
          ...(v.titleHi.trim() ? { hi: { title: v.titleHi.trim() } } : {}),
        },
      },
      {
        onSuccess: (p) => void navigate({ to: '/authoring/programmes/$id', params: { id: p.id } }),
        onError: (error) => setTopError(applyServerErrors(error, setError, ['code', 'providerOrgId'], { 'texts.en.title': 'titleEn', 'texts.hi.title': 'titleHi' })),
      },
    );
  });
  const codeError = formState.errors.code?.message || (formState.errors.code ? t('programmes.authoring.codeHint') : undefined);
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="new-programme" noValidate>
      <h2 id="new-programme">{t('programmes.authoring.newProgramme')}</h2>
      <SelectField label={t('programmes.provider')} registration={register('providerOrgId', { required: true })}>
        {orgs.map((o) => (
          <option key={o.id} value={o.id}>{f.name(o)}</option>
        ))}
      </SelectField>
      <TextField
        label={t('programmes.authoring.code')}
        hint={t('programmes.authoring.codeHint')}
        lang="en"
        maxLength={80}
        autoCapitalize="none"
        registration={register('code', { required: true, pattern: /^[a-z0-9][a-z0-9-]{1,79}$/ })}
        error={codeError}
      />
      <TextField label={t('programmes.authoring.titleEn')} lang="en" maxLength={200} registration={register('titleEn')} error={formState.errors.titleEn?.message} />
      <TextField label={t('programmes.authoring.titleHi')} lang="hi" maxLength={200} registration={register('titleHi')} error={formState.errors.titleHi?.message} />
      <ErrorMessage error={topError} />
      <Button type="submit" busy={create.isPending}>{t('programmes.authoring.create')}</Button>
    </form>
  );
}
