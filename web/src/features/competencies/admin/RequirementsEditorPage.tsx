import { useState } from 'react';
import { Link, useParams } from '@tanstack/react-router';
import { useFieldArray, useForm, type Control, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useRequirements, useSaveRequirements, type Frac } from '../../../api/competencies';
import { ApiError } from '../../../api/errors';
import { Button } from '../../../components/Button';
import { ErrorMessage, StatusMessage } from '../../../components/ErrorMessage';
import { FormField, TextField } from '../../../components/FormField';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/format';
import { CompetencySelect, LevelOptions } from '../CompetencySelect';
import { CompetencyAdminTabs } from './CompetencyAdminTabs';

interface Values {
  roles: { nameEn: string; nameHi: string; activities: { nameEn: string; nameHi: string; competencies: { code: string; level: string }[] }[] }[];
}
type ServerError = (field: string) => string | undefined;

/** A post's role requirements (FRAC): roles → activities → competencies with a level; editable by its admins. */
export function RequirementsEditorPage() {
  const { designationId } = useParams({ from: '/admin/competencies/requirements/$designationId' });
  const { t } = useTranslation();
  const f = useFormat();
  const frac = useRequirements(designationId);
  const data = frac.data;
  return (
    <Page title={data ? t('competencies.admin.requirements.editorTitle', { post: f.name(data.designation) }) : t('competencies.admin.requirements.title')}>
      <CompetencyAdminTabs />
      <p>
        <Link to="/admin/competencies/requirements">{t('competencies.admin.requirements.back')}</Link>
      </p>
      {frac.isPending ? <Loading /> : null}
      <ErrorMessage error={frac.error} />
      {data ? (
        <>
          <Summary frac={data} />
          {data.permissions.edit ? <FracEditor frac={data} designationId={designationId} /> : <FracView frac={data} />}
        </>
      ) : null}
    </Page>
  );
}

function Summary({ frac }: { frac: Frac }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className="card" aria-labelledby="required-summary">
      <h2 id="required-summary">{t('competencies.admin.requirements.summary')}</h2>
      {frac.required.length === 0 ? <p className="muted">{t('competencies.admin.requirements.none')}</p> : null}
      <ul className="plain-list small">
        {frac.required.map((r) => (
          <li key={r.competency.code}>
            {f.name(r.competency)}: {t('competencies.levelOf', { level: r.level })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function FracView({ frac }: { frac: Frac }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <p className="small muted">{t('competencies.admin.requirements.readOnly')}</p>
      {frac.roles.map((role, r) => (
        <section key={r} className="card" aria-labelledby={`role-${r}`}>
          <h2 id={`role-${r}`}>{f.local({ en: role.nameEn, hi: role.nameHi })}</h2>
          {role.activities.map((a, i) => (
            <div key={i}>
              <h3>{f.local({ en: a.nameEn, hi: a.nameHi })}</h3>
              <ul className="small">
                {a.competencies.map((c) => (
                  <li key={c.competency.code}>{f.name(c.competency)}: {t('competencies.level', { level: c.level })}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

function FracEditor({ frac, designationId }: { frac: Frac; designationId: string }) {
  const { t } = useTranslation();
  const save = useSaveRequirements(designationId);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const { register, control, handleSubmit } = useForm<Values>({
    defaultValues: {
      roles: frac.roles.map((r) => ({
        nameEn: r.nameEn,
        nameHi: r.nameHi,
        activities: r.activities.map((a) => ({ nameEn: a.nameEn, nameHi: a.nameHi, competencies: a.competencies.map((c) => ({ code: c.competency.code, level: String(c.level) })) })),
      })),
    },
  });
  const roles = useFieldArray({ control, name: 'roles' });
  const serverError: ServerError = (field) => (save.error instanceof ApiError ? save.error.fields.find((x) => x.field === field)?.message : undefined);
  const onSubmit = handleSubmit((v) => {
    setSavedVersion(null);
    const body = {
      version: frac.version,
      roles: v.roles.map((r) => ({
        nameEn: r.nameEn,
        nameHi: r.nameHi,
        activities: r.activities.map((a) => ({ nameEn: a.nameEn, nameHi: a.nameHi, competencies: a.competencies.filter((c) => c.code).map((c) => ({ code: c.code, level: Number(c.level) })) })),
      })),
    };
    save.mutate(body, { onSuccess: (saved) => setSavedVersion(saved.version) });
  });
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {roles.fields.map((field, r) => (
        <fieldset key={field.id} className="card">
          <legend>{t('competencies.admin.requirements.role', { n: r + 1 })}</legend>
          <TextField label={t('competencies.admin.requirements.roleNameEn', { n: r + 1 })} lang="en" error={serverError(`roles.${r}.nameEn`)} registration={register(`roles.${r}.nameEn`, { required: true })} />
          <TextField label={t('competencies.admin.requirements.roleNameHi', { n: r + 1 })} lang="hi" error={serverError(`roles.${r}.nameHi`)} registration={register(`roles.${r}.nameHi`, { required: true })} />
          <Activities control={control} register={register} role={r} serverError={serverError} />
          <Button variant="link" onClick={() => roles.remove(r)}>{t('competencies.admin.requirements.removeRole', { n: r + 1 })}</Button>
        </fieldset>
      ))}
      <div className="actions">
        <Button variant="secondary" onClick={() => roles.append({ nameEn: '', nameHi: '', activities: [{ nameEn: '', nameHi: '', competencies: [{ code: '', level: '1' }] }] })}>
          {t('competencies.admin.requirements.addRole')}
        </Button>
      </div>
      <div aria-live="polite">
        <ErrorMessage error={save.error} />
        {savedVersion !== null ? <StatusMessage>{t('competencies.admin.requirements.saved', { version: savedVersion })}</StatusMessage> : null}
      </div>
      <Button type="submit" busy={save.isPending}>{t('competencies.admin.requirements.save')}</Button>
    </form>
  );
}

function Activities({ control, register, role, serverError }: { control: Control<Values>; register: UseFormRegister<Values>; role: number; serverError: ServerError }) {
  const { t } = useTranslation();
  const activities = useFieldArray({ control, name: `roles.${role}.activities` });
  return (
    <>
      {activities.fields.map((field, a) => {
        const path = `roles.${role}.activities.${a}` as const;
        return (
          <fieldset key={field.id} className="module-block">
            <legend>{t('competencies.admin.requirements.activity', { n: a + 1 })}</legend>
            <TextField label={t('competencies.admin.requirements.activityNameEn', { n: a + 1 })} lang="en" error={serverError(`${path}.nameEn`)} registration={register(`${path}.nameEn`, { required: true })} />
            <TextField label={t('competencies.admin.requirements.activityNameHi', { n: a + 1 })} lang="hi" error={serverError(`${path}.nameHi`)} registration={register(`${path}.nameHi`, { required: true })} />
            <Requirements control={control} register={register} path={path} serverError={serverError} />
            <Button variant="link" onClick={() => activities.remove(a)}>{t('competencies.admin.requirements.removeActivity', { n: a + 1 })}</Button>
          </fieldset>
        );
      })}
      <Button variant="link" onClick={() => activities.append({ nameEn: '', nameHi: '', competencies: [{ code: '', level: '1' }] })}>
        {t('competencies.admin.requirements.addActivity')}
      </Button>
    </>
  );
}

function Requirements({ control, register, path, serverError }: { control: Control<Values>; register: UseFormRegister<Values>; path: `roles.${number}.activities.${number}`; serverError: ServerError }) {
  const { t } = useTranslation();
  const competencies = useFieldArray({ control, name: `${path}.competencies` });
  return (
    <>
      {competencies.fields.map((field, i) => (
        <div key={field.id} className="module-block">
          <FormField label={t('competencies.admin.requirements.competency', { n: i + 1 })} error={serverError(`${path}.competencies.${i}.code`)}>
            {({ id, describedBy, invalid }) => <CompetencySelect id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...register(`${path}.competencies.${i}.code`)} />}
          </FormField>
          <FormField label={t('competencies.admin.requirements.level', { n: i + 1 })}>
            {({ id, describedBy }) => (
              <select id={id} aria-describedby={describedBy} {...register(`${path}.competencies.${i}.level`)}>
                <LevelOptions />
              </select>
            )}
          </FormField>
          <Button variant="link" onClick={() => competencies.remove(i)}>{t('competencies.admin.requirements.removeCompetency', { n: i + 1 })}</Button>
        </div>
      ))}
      <Button variant="link" onClick={() => competencies.append({ code: '', level: '1' })}>{t('competencies.admin.requirements.addCompetency')}</Button>
    </>
  );
}
