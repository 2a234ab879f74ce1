import { useId } from 'react';
import { useFieldArray, useForm, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField, SelectField, TextField } from '../../components/FormField';
import { QUESTION_TYPES, questionBody, type Lang, type QuestionValues } from './question-form';

type Body = ReturnType<typeof questionBody>;

/**
 * Writes or edits one question of any type, with its explanation, in every language of the course: options with
 * the right one(s) marked, true/false, accepted answers per language, a number with its tolerance, or the pairs.
 */
export function QuestionForm({
  initial,
  langs,
  label,
  submitLabel,
  busy,
  error,
  onSave,
  onCancel,
}: {
  initial: QuestionValues;
  langs: Lang[];
  label: string;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSave: (body: Body, reset: () => void) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const uid = useId();
  const { register, handleSubmit, watch, control, reset } = useForm<QuestionValues>({ defaultValues: initial });
  const options = useFieldArray({ control, name: 'options' });
  const pairs = useFieldArray({ control, name: 'pairs' });
  const type = watch('type');
  const fieldError = (field: string) => (error instanceof ApiError ? error.fields.find((x) => x.field === field || x.field.startsWith(`${field}.`))?.message : undefined);
  const inLang = (key: string, l: Lang) => t(key, { language: t(`language.${l}`) });
  const submit = handleSubmit((v) => onSave(questionBody(v, langs), () => reset(initial)));
  return (
    <form className="form question-form" onSubmit={submit} aria-label={label}>
      <SelectField label={t('authoring.questionType')} registration={register('type')}>
        {QUESTION_TYPES.map((x) => (
          <option key={x} value={x}>{t(`authoring.qtype.${x}`)}</option>
        ))}
      </SelectField>
      {langs.map((l) => (
        <FormField key={l} label={inLang('authoring.promptIn', l)} error={fieldError(`prompt.${l}`) ?? (l === langs[0] ? fieldError('prompt') : undefined)}>
          {({ id, describedBy }) => <textarea id={id} lang={l} aria-describedby={describedBy} rows={2} maxLength={2000} {...register(`prompt.${l}`)} />}
        </FormField>
      ))}

      {type === 'single_choice' || type === 'multiple_choice' ? (
        <fieldset>
          <legend>{t(type === 'single_choice' ? 'authoring.optionsSingle' : 'authoring.optionsMultiple')}</legend>
          <ErrorMessage error={fieldError('options')} />
          <ol className="plain-list editor-rows">
            {options.fields.map((field, i) => (
              <li key={field.id} className="editor-row">
                {langs.map((l) => (
                  <TextField key={l} label={t('authoring.optionN', { n: i + 1, language: t(`language.${l}`) })} lang={l} maxLength={500} registration={register(`options.${i}.text.${l}`)} />
                ))}
                <div className="check">
                  {type === 'single_choice' ? (
                    <input type="radio" id={`${uid}-c${i}`} value={String(i)} {...register('single')} />
                  ) : (
                    <input type="checkbox" id={`${uid}-c${i}`} {...register(`options.${i}.correct`)} />
                  )}
                  <label htmlFor={`${uid}-c${i}`}>{t('authoring.correctOptionN', { n: i + 1 })}</label>
                </div>
                <Button variant="link" disabled={options.fields.length <= 2} onClick={() => options.remove(i)}>{t('authoring.removeOptionN', { n: i + 1 })}</Button>
              </li>
            ))}
          </ol>
          <Button variant="secondary" disabled={options.fields.length >= 10} onClick={() => options.append({ text: { en: '', hi: '' }, correct: false })}>
            {t('authoring.addOption')}
          </Button>
        </fieldset>
      ) : null}

      {type === 'true_false' ? (
        <SelectField label={t('authoring.correctAnswer')} registration={register('answer')}>
          <option value="true">{t('attempt.true')}</option>
          <option value="false">{t('attempt.false')}</option>
        </SelectField>
      ) : null}

      {type === 'fill_text'
        ? langs.map((l) => (
            <FormField key={l} label={inLang('authoring.acceptedIn', l)} hint={t('authoring.acceptedLinesHint')} error={fieldError(`accepted.${l}`) ?? (l === langs[0] ? fieldError('accepted') : undefined)}>
              {({ id, describedBy }) => <textarea id={id} lang={l} aria-describedby={describedBy} rows={3} {...register(`accepted.${l}`)} />}
            </FormField>
          ))
        : null}

      {type === 'fill_numeric' ? (
        <>
          <TextField label={t('authoring.numericValue')} type="number" step="any" inputMode="decimal" registration={register('value', { required: true })} error={fieldError('value')} />
          <TextField label={t('authoring.tolerance')} hint={t('authoring.toleranceHint')} type="number" step="any" min={0} inputMode="decimal" registration={register('tolerance')} error={fieldError('tolerance')} />
        </>
      ) : null}

      {type === 'match' ? (
        <fieldset>
          <legend>{t('authoring.pairs')}</legend>
          <ErrorMessage error={fieldError('pairs')} />
          <ol className="plain-list editor-rows">
            {pairs.fields.map((field, i) => (
              <li key={field.id} className="editor-row">
                <PairSide register={register} index={i} side="left" langs={langs} />
                <PairSide register={register} index={i} side="right" langs={langs} />
                <Button variant="link" disabled={pairs.fields.length <= 2} onClick={() => pairs.remove(i)}>{t('authoring.removePairN', { n: i + 1 })}</Button>
              </li>
            ))}
          </ol>
          <Button variant="secondary" disabled={pairs.fields.length >= 10} onClick={() => pairs.append({ left: { en: '', hi: '' }, right: { en: '', hi: '' } })}>
            {t('authoring.addPair')}
          </Button>
        </fieldset>
      ) : null}

      {langs.map((l) => (
        <FormField key={l} label={inLang('authoring.explanationIn', l)} hint={l === langs[0] ? t('authoring.explanationHint') : undefined} error={fieldError(`explanation.${l}`) ?? (l === langs[0] ? fieldError('explanation') : undefined)}>
          {({ id, describedBy }) => <textarea id={id} lang={l} aria-describedby={describedBy} rows={2} maxLength={2000} {...register(`explanation.${l}`)} />}
        </FormField>
      ))}
      <TextField label={t('authoring.points')} type="number" min={1} max={100} inputMode="numeric" registration={register('points')} error={fieldError('points')} />
      <ErrorMessage error={error} />
      <div className="actions">
        <Button type="submit" busy={busy}>{submitLabel}</Button>
        {onCancel ? <Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button> : null}
      </div>
    </form>
  );
}

function PairSide({ register, index, side, langs }: { register: UseFormRegister<QuestionValues>; index: number; side: 'left' | 'right'; langs: Lang[] }) {
  const { t } = useTranslation();
  return (
    <>
      {langs.map((l) => (
        <TextField
          key={l}
          label={t(side === 'left' ? 'authoring.pairLeftN' : 'authoring.pairRightN', { n: index + 1, language: t(`language.${l}`) })}
          lang={l}
          maxLength={500}
          registration={register(`pairs.${index}.${side}.${l}`)}
        />
      ))}
    </>
  );
}
