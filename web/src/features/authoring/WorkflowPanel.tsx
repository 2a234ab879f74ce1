import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCourseEditing } from '../../api/authoring';
import type { AuthoringCourse } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { useFormat } from '../../i18n/format';

/** Submit, approve, send back, publish, retire and new version — only the actions the server says this user may take. */
export function WorkflowPanel({ course }: { course: AuthoringCourse }) {
  const { t } = useTranslation();
  const f = useFormat();
  const edit = useCourseEditing(course.id);
  const [comment, setComment] = useState('');
  const [missingComment, setMissingComment] = useState(false);
  const p = course.permissions;
  const v = course.version;
  const state = v.state;
  const actions = [edit.submit, edit.approve, edit.sendBack, edit.publish, edit.retire, edit.newVersion];
  const error = actions.find((a) => a.error)?.error;
  const busy = actions.some((a) => a.isPending);
  const done = () => setComment('');
  const canSubmit = state === 'draft' && p.submit;
  const canReview = state === 'in_review' && p.review && !v.approved;
  const canPublish = state === 'in_review' && p.publish && v.approved;
  const canRetire = !!course.publishedVersionId && !course.retiredAt && p.retire;
  const canVersion = state === 'published' && p.newVersion;
  return (
    <section className="card" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{t('authoring.workflow')}</h2>
      <p>
        <span className="tag">{t(`authoring.state.${state}`, { defaultValue: state })}</span> {v.approved ? <span className="tag status-completed">{t('authoring.approved')}</span> : null}{' '}
        {t('authoring.versionN', { n: v.versionNo })}
      </p>
      {canSubmit || canReview || canRetire ? (
        <FormField label={t('authoring.comment')} optional={!canReview} error={missingComment ? t('authoring.commentNeeded') : undefined}>
          {({ id, describedBy, invalid }) => (
            <textarea id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} rows={2} maxLength={4000} value={comment} onChange={(e) => setComment(e.target.value)} />
          )}
        </FormField>
      ) : null}
      <div className="actions">
        {canSubmit ? <Button busy={busy} onClick={() => edit.submit.mutate(comment.trim() || undefined, { onSuccess: done })}>{t('authoring.submit')}</Button> : null}
        {canReview ? (
          <>
            <Button busy={busy} onClick={() => edit.approve.mutate(comment.trim() || undefined, { onSuccess: done })}>{t('authoring.approve')}</Button>
            <Button
              variant="secondary"
              busy={busy}
              onClick={() => {
                setMissingComment(!comment.trim());
                if (comment.trim()) edit.sendBack.mutate(comment.trim(), { onSuccess: done });
              }}
            >
              {t('authoring.sendBack')}
            </Button>
          </>
        ) : null}
        {canPublish ? <Button busy={busy} onClick={() => edit.publish.mutate()}>{t('authoring.publish')}</Button> : null}
        {canVersion ? <Button variant="secondary" busy={busy} onClick={() => edit.newVersion.mutate()}>{t('authoring.newVersion')}</Button> : null}
        {canRetire ? <Button variant="danger" busy={busy} onClick={() => edit.retire.mutate(comment.trim() || undefined, { onSuccess: done })}>{t('authoring.retire')}</Button> : null}
      </div>
      <ErrorMessage error={error} />
      {course.reviews.length ? (
        <>
          <h3>{t('authoring.history')}</h3>
          <ul className="timeline">
            {course.reviews.map((r, i) => (
              <li key={`${r.at}-${i}`}>
                <p className="small">
                  <strong>{t(`authoring.action.${r.action}`, { defaultValue: r.action })}</strong> · {r.actor.name} · {f.dateTime(r.at)} · {t('authoring.versionN', { n: r.versionNo })}
                </p>
                {r.comment ? <p className="pre">{r.comment}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
