import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmitAttempt } from '../../api/assessments';
import type { Answer, Attempt } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useCountdown } from '../../components/useCountdown';
import { useFormat } from '../../i18n/format';
import { QuestionInput } from './QuestionInput';
import { useAutosave, type SaveState } from './useAutosave';

/** An attempt in progress: every question, autosave with a visible status, the timer, and submit with confirmation. */
export function AttemptForm({ attempt }: { attempt: Attempt }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, Answer>>(attempt.answers);
  const [timing, setTiming] = useState({ seconds: attempt.remainingSeconds, since: Date.now() });
  const [confirming, setConfirming] = useState(false);
  const onRemaining = useCallback((seconds: number | null) => setTiming({ seconds, since: Date.now() }), []);
  const autosave = useAutosave(attempt.id, onRemaining);
  const submit = useSubmitAttempt(attempt.courseId, attempt.lessonKey);
  const answered = attempt.questions.filter((q) => answers[q.id] !== undefined).length;

  const send = useCallback(() => {
    if (submit.isPending || submit.isSuccess) return;
    submit.mutate({ id: attempt.id, answers: autosave.takePending() });
  }, [submit, attempt.id, autosave]);

  const change = (questionId: string, answer: Answer | null) => {
    setAnswers((prev) => {
      const next = { ...prev };
      if (answer) next[questionId] = answer;
      else delete next[questionId];
      return next;
    });
    autosave.change(questionId, answer);
  };

  return (
    <form
      className="form attempt"
      onSubmit={(e) => {
        e.preventDefault();
        setConfirming(true);
      }}
    >
      <div className="attempt-bar" aria-label={t('attempt.statusBar')} role="group">
        {timing.seconds !== null ? <Timer seconds={timing.seconds} since={timing.since} onExpire={send} /> : null}
        <SaveStatus state={autosave.state} />
      </div>
      {attempt.questions.map((q, i) => (
        <QuestionInput key={q.id} question={q} number={i + 1} answer={answers[q.id]} onChange={(a) => change(q.id, a)} disabled={submit.isPending} />
      ))}
      <ErrorMessage error={submit.error} />
      {confirming ? (
        <div className="alert alert-info" role="alertdialog" aria-labelledby="confirm-submit">
          <p id="confirm-submit">{t('attempt.confirm', { answered, total: attempt.questions.length })}</p>
          <div className="actions">
            <Button onClick={send} busy={submit.isPending} data-testid="attempt-submit-confirm" autoFocus>
              {t('attempt.confirmYes')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="submit" data-testid="attempt-submit">
          {t('attempt.submit')}
        </Button>
      )}
    </form>
  );
}

function Timer({ seconds, since, onExpire }: { seconds: number; since: number; onExpire: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const left = useCountdown(seconds, since);
  const fired = useRef(false);
  useEffect(() => {
    if (left <= 0 && !fired.current) {
      fired.current = true;
      onExpire();
    }
  }, [left, onExpire]);
  // Announce only at whole minutes (and the last minute) so screen readers are not flooded.
  const announce = left % 60 === 0 || left === 30 || left === 10;
  return (
    <p className={`timer${left < 60 ? ' timer-low' : ''}`} data-testid="attempt-timer">
      {t('attempt.timeLeft', { time: f.duration(left) })}
      <span className="visually-hidden" aria-live="polite">{announce ? t('attempt.timeLeft', { time: f.duration(left) }) : ''}</span>
    </p>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const f = useFormat();
  const text =
    state.kind === 'saving'
      ? t('attempt.saving')
      : state.kind === 'saved'
        ? t('attempt.savedAt', { time: f.time(state.at) })
        : state.kind === 'error'
          ? t('attempt.saveFailed')
          : t('attempt.autosaveOn');
  return (
    <p className={`save-status${state.kind === 'error' ? ' field-error' : ''}`} role="status" data-testid="attempt-save-status" data-state={state.kind}>
      {text}
    </p>
  );
}
