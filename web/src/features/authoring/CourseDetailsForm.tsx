import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCourseEditing } from '../../api/authoring';
import { ApiError } from '../../api/errors';
import type { AuthoringCourse } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';

const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;
const asDifficulty = (s: string) => DIFFICULTIES.find((d) => d === s) ?? 'beginner';
const CODE = /^[a-z0-9][a-z0-9-]{0,79}$/;

interface Values {
  difficulty: string;
  tags: string;
  competencies: { code: string; level: string }[];
}

/** Difficulty, the competencies the course builds (code and proficiency level 1–5) and its search tags. */
export function CourseDetailsForm({ course, editable }: { course: AuthoringCourse; editable: boolean }) {
  const { t } = useTranslation();
  const edit = useCourseEditing(course.id);
  const v = course.version;
  const { register, handleSubmit, control, formState } = useForm<Values>({
    values: { difficulty: v.difficulty, tags: v.tags.join(', '), competencies: v.competencies.map((c) => ({ code: c.code, level: String(c.level) })) },
  });
  const rows = useFieldArray({ control, name: 'competencies' });
  const serverError = (field: string) => (edit.updateDraft.error instanceof ApiError ? edit.updateDraft.error.fields.find((x) => x.field.startsWith(field))?.message : undefined);
  const submit = handleSubmit((values) =>
    edit.updateDraft.mutate({
      difficulty: asDifficulty(values.difficulty),
      tags: [...new Set(values.tags.split(',').map((s) => s.trim()).filter(Boolean))],
      competencies: values.competencies
        .filter((c) => c.code.trim())
        .map((c) => ({ code: c.code.trim().toLowerCase(), level: Math.min(5, Math.max(1, Number(c.level) || 1)) })),
    }),
  );
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="details-heading">
      <h2 id="details-heading">{t('authoring.details')}</h2>
      <fieldset disabled={!editable}>
        <SelectField label={t('course.difficulty')} registration={register('difficulty')}>
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>{t(`difficulty.${d}`)}</option>
          ))}
        </SelectField>
        <fieldset>
          <legend>{t('authoring.competencies')}</legend>
          <p className="hint">{t('authoring.competenciesHint')}</p>
          <ol className="plain-list editor-rows">
            {rows.fields.map((field, i) => (
              <li key={field.id} className="editor-row competency-row">
                <TextField
                  label={t('authoring.competencyCodeN', { n: i + 1 })}
                  autoCapitalize="none"
                  spellCheck={false}
                  registration={register(`competencies.${i}.code`, { pattern: { value: CODE, message: t('authoring.competencyCodeInvalid') } })}
                  error={formState.errors.competencies?.[i]?.code?.message ?? serverError(`competencies.${i}`)}
                />
                <SelectField label={t('authoring.competencyLevelN', { n: i + 1 })} registration={register(`competencies.${i}.level`)}>
                  {[1, 2, 3, 4, 5].map((n) => (
                    <option key={n} value={String(n)}>{t('authoring.level', { n })}</option>
                  ))}
                </SelectField>
                {editable ? <Button variant="link" onClick={() => rows.remove(i)}>{t('authoring.removeCompetencyN', { n: i + 1 })}</Button> : null}
              </li>
            ))}
          </ol>
          {editable ? (
            <Button variant="secondary" disabled={rows.fields.length >= 30} onClick={() => rows.append({ code: '', level: '2' })}>
              {t('authoring.addCompetency')}
            </Button>
          ) : null}
        </fieldset>
        <TextField label={t('authoring.tags')} hint={t('authoring.tagsHint')} registration={register('tags')} error={serverError('tags')} />
      </fieldset>
      <ErrorMessage error={edit.updateDraft.error} />
      {edit.updateDraft.isSuccess ? <StatusMessage>{t('common.saved')}</StatusMessage> : null}
      {editable ? <Button type="submit" busy={edit.updateDraft.isPending}>{t('common.save')}</Button> : null}
    </form>
  );
}
