import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCourseEditing } from '../../api/authoring';
import { ApiError } from '../../api/errors';
import type { AuthoringCourse } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { FormField, TextField } from '../../components/FormField';

type Lang = 'en' | 'hi';

/** The draft's title, summary and description in each course language, and its length. */
export function TextsForm({ course, editable }: { course: AuthoringCourse; editable: boolean }) {
  const { t } = useTranslation();
  const edit = useCourseEditing(course.id);
  const v = course.version;
  const langs = v.languages.filter((l): l is Lang => l === 'en' || l === 'hi');
  const text = (l: Lang) => v.texts[l] ?? { title: '', summary: '', description: '' };
  const { register, handleSubmit } = useForm({
    values: {
      en: text('en'),
      hi: text('hi'),
      durationMinutes: String(v.durationMinutes),
    },
  });
  const fieldError = (field: string) => (edit.updateDraft.error instanceof ApiError ? edit.updateDraft.error.fields.find((x) => x.field.endsWith(field))?.message : undefined);
  const submit = handleSubmit((values) =>
    edit.updateDraft.mutate({
      durationMinutes: Number(values.durationMinutes) || 0,
      texts: Object.fromEntries(langs.map((l) => [l, { title: values[l].title.trim(), summary: values[l].summary.trim(), description: values[l].description.trim() }])),
    }),
  );
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="texts-heading">
      <h2 id="texts-heading">{t('authoring.texts')}</h2>
      <fieldset disabled={!editable}>
        {langs.map((l) => (
          <div key={l} className="form" lang={l}>
            <h3>{t(`language.${l}`)}</h3>
            <TextField label={t('authoring.courseTitle')} maxLength={200} registration={register(`${l}.title`)} error={fieldError(`${l}.title`)} />
            <TextField label={t('authoring.summary')} maxLength={1000} registration={register(`${l}.summary`)} error={fieldError(`${l}.summary`)} />
            <FormField label={t('authoring.description')} error={fieldError(`${l}.description`)}>
              {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} rows={4} maxLength={20000} {...register(`${l}.description`)} />}
            </FormField>
          </div>
        ))}
        <TextField label={t('authoring.durationMinutes')} type="number" min={0} inputMode="numeric" registration={register('durationMinutes')} error={fieldError('durationMinutes')} />
      </fieldset>
      <ErrorMessage error={edit.updateDraft.error} />
      {edit.updateDraft.isSuccess ? <StatusMessage>{t('common.saved')}</StatusMessage> : null}
      {editable ? <Button type="submit" busy={edit.updateDraft.isPending}>{t('common.save')}</Button> : null}
    </form>
  );
}
