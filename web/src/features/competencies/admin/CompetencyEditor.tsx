import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSaveCompetency, type Competency, type Framework } from '../../../api/competencies';
import { ApiError } from '../../../api/errors';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField, TextField } from '../../../components/FormField';
import { useFormat } from '../../../i18n/format';

interface Values {
  code: string;
  themeCode: string;
  nameEn: string;
  nameHi: string;
  descriptionEn: string;
  descriptionHi: string;
  levels: { en: string; hi: string }[];
}
const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Adds a competency (no `competency`) or edits one, with its five level descriptors in both languages. */
export function CompetencyEditor({ framework, competency, onDone }: { framework: Framework; competency?: Competency; onDone: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const save = useSaveCompetency();
  const { register, handleSubmit, formState } = useForm<Values>({
    defaultValues: {
      code: competency?.code ?? '',
      themeCode: competency?.themeCode ?? '',
      nameEn: competency?.nameEn ?? '',
      nameHi: competency?.nameHi ?? '',
      descriptionEn: competency?.descriptionEn ?? '',
      descriptionHi: competency?.descriptionHi ?? '',
      levels: [0, 1, 2, 3, 4].map((i) => ({ en: competency?.levels[i]?.en ?? '', hi: competency?.levels[i]?.hi ?? '' })),
    },
  });
  const required = { required: t('validation.required'), maxLength: { value: 500, message: t('validation.tooLong') } };
  const serverField = (name: string) => (save.error instanceof ApiError ? save.error.fields.find((x) => x.field === name)?.message : undefined);
  const onSubmit = handleSubmit(({ code, ...body }) => save.mutate({ code, body }, { onSuccess: onDone }));
  const e = formState.errors;
  return (
    <form className="form card" onSubmit={onSubmit} noValidate aria-label={competency ? t('competencies.admin.framework.edit', { name: f.name(competency) }) : t('competencies.admin.framework.add')}>
      <ErrorMessage error={save.error} />
      <TextField
        label={t('competencies.admin.framework.code')}
        hint={t('competencies.admin.framework.codeHint')}
        readOnly={competency !== undefined}
        error={e.code?.message}
        registration={register('code', { required: t('validation.required'), pattern: { value: CODE, message: t('competencies.admin.framework.codeHint') } })}
      />
      <SelectField label={t('competencies.admin.framework.theme')} error={e.themeCode?.message ?? serverField('themeCode')} registration={register('themeCode', { required: t('validation.required') })}>
        <option value="">{t('competencies.choose')}</option>
        {framework.areas.map((area) => (
          <optgroup key={area.code} label={`${t(`competencies.type.${area.type}`)}: ${f.name(area)}`}>
            {area.themes.map((theme) => (
              <option key={theme.code} value={theme.code}>{f.name(theme)}</option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <TextField label={t('competencies.admin.framework.nameEn')} lang="en" error={e.nameEn?.message} registration={register('nameEn', required)} />
      <TextField label={t('competencies.admin.framework.nameHi')} lang="hi" error={e.nameHi?.message} registration={register('nameHi', required)} />
      <TextField label={t('competencies.admin.framework.descriptionEn')} lang="en" optional registration={register('descriptionEn')} />
      <TextField label={t('competencies.admin.framework.descriptionHi')} lang="hi" optional registration={register('descriptionHi')} />
      {[0, 1, 2, 3, 4].map((i) => (
        <fieldset key={i} className="module-block">
          <legend>{t('competencies.levelOf', { level: i + 1 })}</legend>
          <TextField label={t('competencies.admin.framework.levelEn', { n: i + 1 })} lang="en" error={e.levels?.[i]?.en?.message} registration={register(`levels.${i}.en`, required)} />
          <TextField label={t('competencies.admin.framework.levelHi', { n: i + 1 })} lang="hi" error={e.levels?.[i]?.hi?.message} registration={register(`levels.${i}.hi`, required)} />
        </fieldset>
      ))}
      <div className="actions">
        <Button type="submit" busy={save.isPending}>{t('competencies.admin.framework.save')}</Button>
        <Button variant="secondary" onClick={onDone}>{t('competencies.admin.framework.cancel')}</Button>
      </div>
    </form>
  );
}
