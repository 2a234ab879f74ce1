import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssessmentSummary, useAttempt, useStartAttempt } from '../../api/assessments';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { AttemptForm } from './AttemptForm';
import { AttemptResultView } from './AttemptResultView';

/** A quiz or final assessment: rules and past attempts, then start or resume, answer, submit and see the result. */
export function AssessmentPlayer({ courseId, lessonKey }: { courseId: string; lessonKey: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const summary = useAssessmentSummary(courseId, lessonKey);
  const start = useStartAttempt(courseId, lessonKey);
  const [attemptId, setAttemptId] = useState<string | null>(null);
  const attempt = useAttempt(attemptId);
  if (summary.isPending) return <Loading />;
  if (!summary.data) return <ErrorMessage error={summary.error} />;
  const s = summary.data;
  const a = attempt.data;
  const begin = () => start.mutate(undefined, { onSuccess: (started) => setAttemptId(started.id) });
  if (a && a.status === 'in_progress') return <AttemptForm key={a.id} attempt={a} />;
  return (
    <div>
      {a?.result ? <AttemptResultView attempt={a} result={a.result} /> : null}
      {a && a.status === 'expired' && !a.result ? <p className="alert alert-error">{t('attempt.expired')}</p> : null}
      <dl className="details card">
        <dt>{t('attempt.questions')}</dt>
        <dd>{f.number(s.questionCount)}</dd>
        <dt>{t('attempt.passMark')}</dt>
        <dd>{f.number(s.passMark)}%</dd>
        <dt>{t('attempt.timeLimit')}</dt>
        <dd>{s.timeLimitSeconds ? f.minutes(Math.ceil(s.timeLimitSeconds / 60)) : t('attempt.untimed')}</dd>
        <dt>{t('attempt.attemptsLeft')}</dt>
        <dd>{s.attemptsLeft === null ? t('attempt.unlimited') : f.number(s.attemptsLeft)}</dd>
        <dt>{t('attempt.best')}</dt>
        <dd>{s.bestScorePercent === null ? t('common.none') : `${f.number(Math.round(s.bestScorePercent))}%`}</dd>
      </dl>
      {s.passed ? <p className="alert alert-success">{t('attempt.alreadyPassed')}</p> : null}
      <ErrorMessage error={start.error ?? attempt.error} />
      {s.inProgressAttemptId ? (
        <Button onClick={begin} busy={start.isPending}>{t('attempt.resume')}</Button>
      ) : s.attemptsLeft === 0 ? (
        <p className="alert alert-info">{t('attempt.noAttemptsLeft')}</p>
      ) : (
        <Button onClick={begin} busy={start.isPending}>{a ? t('attempt.tryAgain') : t('attempt.start')}</Button>
      )}
    </div>
  );
}
