import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useQuestionEditing, useQuestions } from '../../api/authoring';
import { ApiError } from '../../api/errors';
import type { QuestionInput } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField, SelectField, TextField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';

const TYPES = ['single_choice', 'multiple_choice', 'true_false', 'fill_text', 'fill_numeric', 'match'] as const;
type QType = (typeof TYPES)[number];

/** "English | हिंदी" → {en, hi}, leaving out an empty side. */
function bilingual(line: string): { en?: string; hi?: string } {
  const [en = '', hi = ''] = line.split('|').map((s) => s.trim());
  return { ...(en ? { en } : {}), ...(hi ? { hi } : {}) };
}
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

interface Values {
  type: QType;
  promptEn: string;
  promptHi: string;
  explanationEn: string;
  explanationHi: string;
  points: string;
  options: string;
  answer: string;
  acceptedEn: string;
  acceptedHi: string;
  value: string;
  tolerance: string;
  pairs: string;
}

function toInput(v: Values, lessonKey: string): QuestionInput {
  const common = {
    lessonKey,
    prompt: { ...(v.promptEn.trim() ? { en: v.promptEn.trim() } : {}), ...(v.promptHi.trim() ? { hi: v.promptHi.trim() } : {}) },
    explanation: { ...(v.explanationEn.trim() ? { en: v.explanationEn.trim() } : {}), ...(v.explanationHi.trim() ? { hi: v.explanationHi.trim() } : {}) },
    points: Number(v.points) || 1,
  };
  const options = lines(v.options).map((l) => ({ correct: l.startsWith('*'), text: bilingual(l.replace(/^\*/, '')) }));
  const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
  switch (v.type) {
    case 'single_choice':
      return { ...common, type: 'single_choice', options };
    case 'multiple_choice':
      return { ...common, type: 'multiple_choice', options };
    case 'true_false':
      return { ...common, type: 'true_false', answer: v.answer === 'true' };
    case 'fill_text':
      return { ...common, type: 'fill_text', accepted: { ...(list(v.acceptedEn).length ? { en: list(v.acceptedEn) } : {}), ...(list(v.acceptedHi).length ? { hi: list(v.acceptedHi) } : {}) } };
    case 'fill_numeric':
      return { ...common, type: 'fill_numeric', value: Number(v.value), tolerance: Number(v.tolerance) || 0 };
    case 'match':
      return {
        ...common,
        type: 'match',
        pairs: lines(v.pairs).map((l) => {
          const [left = '', right = ''] = l.split('=');
          return { left: bilingual(left), right: bilingual(right) };
        }),
      };
  }
}

/** The question bank of a quiz or final assessment: list, add (every type) and delete while the version is a draft. */
export function QuestionsEditor({ courseId, lessonKey }: { courseId: string; lessonKey: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const questions = useQuestions(courseId, lessonKey);
  const edit = useQuestionEditing(courseId, lessonKey);
  const { register, handleSubmit, watch, reset } = useForm<Values>({
    defaultValues: { type: 'single_choice', promptEn: '', promptHi: '', explanationEn: '', explanationHi: '', points: '1', options: '', answer: 'true', acceptedEn: '', acceptedHi: '', value: '', tolerance: '', pairs: '' },
  });
  const type = watch('type');
  const fieldError = (field: string) => (edit.add.error instanceof ApiError ? edit.add.error.fields.find((x) => x.field.startsWith(field))?.message : undefined);
  const submit = handleSubmit((v) => edit.add.mutate(toInput(v, lessonKey), { onSuccess: () => reset({ ...v, promptEn: '', promptHi: '', explanationEn: '', explanationHi: '', options: '', pairs: '' }) }));
  if (questions.isPending) return <Loading />;
  const data = questions.data;
  return (
    <div className="questions-editor">
      <ErrorMessage error={questions.error ?? edit.remove.error} />
      <ol className="plain-list">
        {(data?.questions ?? []).map((q) => (
          <li key={q.id}>
            <p>
              {f.local(q.prompt)} <span className="tag">{t(`authoring.qtype.${q.type}`, { defaultValue: q.type })}</span>
            </p>
            {data?.editable ? (
              <Button variant="link" onClick={() => edit.remove.mutate(q.id)}>{t('authoring.deleteQuestion')}</Button>
            ) : null}
          </li>
        ))}
      </ol>
      {data?.editable ? (
        <form className="form" onSubmit={submit} aria-label={t('authoring.addQuestion')}>
          <SelectField label={t('authoring.questionType')} registration={register('type')}>
            {TYPES.map((x) => (
              <option key={x} value={x}>{t(`authoring.qtype.${x}`)}</option>
            ))}
          </SelectField>
          <TextField label={t('authoring.promptEn')} lang="en" registration={register('promptEn')} error={fieldError('prompt')} />
          <TextField label={t('authoring.promptHi')} lang="hi" registration={register('promptHi')} />
          {type === 'single_choice' || type === 'multiple_choice' ? (
            <FormField label={t('authoring.options')} hint={t('authoring.optionsHint')} error={fieldError('options')}>
              {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} rows={4} {...register('options')} />}
            </FormField>
          ) : null}
          {type === 'true_false' ? (
            <SelectField label={t('authoring.correctAnswer')} registration={register('answer')}>
              <option value="true">{t('attempt.true')}</option>
              <option value="false">{t('attempt.false')}</option>
            </SelectField>
          ) : null}
          {type === 'fill_text' ? (
            <>
              <TextField label={t('authoring.acceptedEn')} hint={t('authoring.acceptedHint')} registration={register('acceptedEn')} error={fieldError('accepted')} />
              <TextField label={t('authoring.acceptedHi')} lang="hi" registration={register('acceptedHi')} />
            </>
          ) : null}
          {type === 'fill_numeric' ? (
            <>
              <TextField label={t('authoring.numericValue')} type="number" step="any" registration={register('value', { required: true })} error={fieldError('value')} />
              <TextField label={t('authoring.tolerance')} type="number" step="any" min={0} optional registration={register('tolerance')} />
            </>
          ) : null}
          {type === 'match' ? (
            <FormField label={t('authoring.pairs')} hint={t('authoring.pairsHint')} error={fieldError('pairs')}>
              {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} rows={4} {...register('pairs')} />}
            </FormField>
          ) : null}
          <TextField label={t('authoring.explanationEn')} lang="en" registration={register('explanationEn')} error={fieldError('explanation')} />
          <TextField label={t('authoring.explanationHi')} lang="hi" registration={register('explanationHi')} />
          <TextField label={t('authoring.points')} type="number" min={1} max={100} registration={register('points')} />
          <ErrorMessage error={edit.add.error} />
          <Button type="submit" busy={edit.add.isPending}>{t('authoring.addQuestion')}</Button>
        </form>
      ) : null}
    </div>
  );
}
