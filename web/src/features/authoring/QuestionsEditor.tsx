import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuestionEditing, useQuestions } from '../../api/authoring';
import type { AuthoringQuestion } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { emptyQuestion, questionValues, type Lang } from './question-form';
import { QuestionForm } from './QuestionForm';

/**
 * The question bank of a quiz or final assessment: each question with its answer key at a glance; while the
 * version is a draft, add, edit (any type, every course language, explanations) and delete.
 */
export function QuestionsEditor({ courseId, lessonKey, languages }: { courseId: string; lessonKey: string; languages: string[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const langs = languages.filter((l): l is Lang => l === 'en' || l === 'hi');
  const questions = useQuestions(courseId, lessonKey);
  const edit = useQuestionEditing(courseId, lessonKey);
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  if (questions.isPending) return <Loading />;
  const data = questions.data;
  return (
    <div className="questions-editor">
      <ErrorMessage error={questions.error ?? edit.remove.error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      {data && data.questions.length === 0 ? <p className="muted">{t('authoring.noQuestions')}</p> : null}
      <ol className="plain-list question-list">
        {(data?.questions ?? []).map((q, i) => {
          const name = t('authoring.questionN', { n: i + 1 });
          return (
            <li key={q.id} className="question-item">
              <p>
                <strong>{name}.</strong> {f.local(q.prompt)} <span className="tag">{t(`authoring.qtype.${q.type}`, { defaultValue: q.type })}</span>{' '}
                <span className="small muted">{t('authoring.pointsN', { count: q.points, n: f.number(q.points) })}</span>
              </p>
              <p className="small muted">{answerSummary(q, f.local, [t('attempt.true'), t('attempt.false')])}</p>
              {data?.editable ? (
                <div className="actions">
                  <Button variant="link" aria-expanded={editing === q.id} onClick={() => setEditing(editing === q.id ? null : q.id)} aria-label={t('authoring.editNamed', { name })}>
                    {t('authoring.edit')}
                  </Button>
                  <Button
                    variant="link"
                    aria-label={t('authoring.deleteNamed', { name })}
                    onClick={() => window.confirm(t('authoring.confirmDelete', { name })) && edit.remove.mutate(q.id, { onSuccess: () => setSaved(t('authoring.questionDeleted')) })}
                  >
                    {t('authoring.delete')}
                  </Button>
                </div>
              ) : null}
              {editing === q.id ? (
                <QuestionForm
                  key={q.id}
                  initial={questionValues(q)}
                  langs={langs}
                  label={t('authoring.editNamed', { name })}
                  submitLabel={t('authoring.saveQuestion')}
                  busy={edit.update.isPending}
                  error={edit.update.error}
                  onCancel={() => setEditing(null)}
                  onSave={(body) =>
                    edit.update.mutate(
                      { id: q.id, body },
                      {
                        onSuccess: () => {
                          setEditing(null);
                          setSaved(t('authoring.questionSaved'));
                        },
                      },
                    )
                  }
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      {data?.editable ? (
        <details className="add-question">
          <summary>{t('authoring.addQuestion')}</summary>
          <QuestionForm
            initial={emptyQuestion()}
            langs={langs}
            label={t('authoring.addQuestion')}
            submitLabel={t('authoring.addQuestion')}
            busy={edit.add.isPending}
            error={edit.add.error}
            onSave={(body, reset) =>
              edit.add.mutate(
                { ...body, lessonKey },
                {
                  onSuccess: () => {
                    reset();
                    setSaved(t('authoring.questionAdded'));
                  },
                },
              )
            }
          />
        </details>
      ) : null}
    </div>
  );
}

/** The answer key in one line, so an author can check a bank without opening every question. */
function answerSummary(q: AuthoringQuestion, local: <T>(x: { en?: T; hi?: T } | null | undefined) => T | undefined, [yes, no]: [string, string]): string {
  if (q.options) return q.options.filter((o) => o.correct).map((o) => `✓ ${local(o.text) ?? ''}`).join(' · ');
  if (q.answer !== undefined) return `✓ ${q.answer ? yes : no}`;
  if (q.accepted) return `✓ ${[...(q.accepted.en ?? []), ...(q.accepted.hi ?? [])].join(', ')}`;
  if (q.value !== undefined) return `✓ ${q.value}${q.tolerance ? ` ± ${q.tolerance}` : ''}`;
  if (q.pairs) return q.pairs.map((p) => `${local(p.left.text) ?? ''} → ${local(p.right.text) ?? ''}`).join(' · ');
  return '';
}
