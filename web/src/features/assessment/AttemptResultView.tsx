import { useTranslation } from 'react-i18next';
import type { Attempt, AttemptResult } from '../../api/types';
import { useFormat } from '../../i18n/format';

/** Score, pass or fail, and each question's explanation after submission. */
export function AttemptResultView({ attempt, result }: { attempt: Attempt; result: AttemptResult }) {
  const { t } = useTranslation();
  const f = useFormat();
  const prompts = new Map(attempt.questions.map((q, i) => [q.id, { n: i + 1, prompt: f.local(q.prompt) }]));
  return (
    <section className="card" aria-labelledby="result-heading" data-testid="attempt-result">
      <h2 id="result-heading">{t('attempt.resultTitle')}</h2>
      <p className={`alert ${result.passed ? 'alert-success' : 'alert-error'}`}>
        {result.passed ? t('attempt.passed') : t('attempt.failed')}{' '}
        {t('attempt.score', { score: f.number(Math.round(result.scorePercent)), pass: f.number(attempt.passMark) })}
      </p>
      <p className="small">{t('attempt.pointsOf', { earned: f.number(result.earnedPoints), max: f.number(result.maxPoints) })}</p>
      <ol className="plain-list">
        {result.questions.map((q) => {
          const info = prompts.get(q.id);
          const explanation = f.local(q.explanation);
          return (
            <li key={q.id}>
              <p>
                <strong>{t('attempt.questionN', { n: info?.n ?? 0 })}</strong> {info?.prompt}
              </p>
              <p className={q.correct ? 'ok' : 'not-ok'}>
                {q.correct ? t('attempt.correct') : t('attempt.incorrect')} · {t('attempt.pointsOf', { earned: f.number(q.earned), max: f.number(q.points) })}
              </p>
              {explanation ? <p className="small pre">{explanation}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
