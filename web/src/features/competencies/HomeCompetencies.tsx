import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useOnboarding, useRecommendations, useSkipOnboarding } from '../../api/competencies';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../i18n/format';

/** The home page's competency part: the first-sign-in prompt while pending, and recommended courses with reasons. */
export function HomeCompetencies() {
  return (
    <>
      <OnboardingPrompt />
      <RecommendedCourses />
    </>
  );
}

function OnboardingPrompt() {
  const { t } = useTranslation();
  const onboarding = useOnboarding();
  const skip = useSkipOnboarding();
  if (onboarding.data?.state !== 'pending') return null;
  return (
    <section className="card alert-info" aria-labelledby="onboarding-prompt">
      <h2 id="onboarding-prompt">{t('competencies.prompt.title')}</h2>
      <p>{t('competencies.prompt.body')}</p>
      <ErrorMessage error={skip.error} />
      <div className="actions">
        <Link to="/competencies/start" className="btn btn-primary">{t('competencies.prompt.start')}</Link>
        <Button variant="secondary" busy={skip.isPending} onClick={() => skip.mutate()}>{t('competencies.prompt.skip')}</Button>
      </div>
    </section>
  );
}

function RecommendedCourses() {
  const { t } = useTranslation();
  const f = useFormat();
  const recs = useRecommendations(5);
  const data = recs.data;
  return (
    <section aria-labelledby="recommended" className="card">
      <h2 id="recommended">{t('recommendations.title')}</h2>
      <ErrorMessage error={recs.error} />
      {data && data.items.length === 0 ? <p className="muted">{t('recommendations.none')}</p> : null}
      {data && data.items.length > 0 ? (
        <>
          <p className="small muted">
            {data.target ? t('recommendations.basisTarget', { post: f.name(data.current), target: f.name(data.target) }) : data.current ? t('recommendations.basis', { post: f.name(data.current) }) : null}
          </p>
          <ol className="lesson-list">
            {data.items.map((item) => (
              <li key={item.course.id}>
                <Link to="/courses/$courseId" params={{ courseId: item.course.id }}>
                  {item.course.title}
                </Link>
                <div className="lesson-meta small">
                  <span>{f.minutes(item.course.durationMinutes)}</span>
                  {!item.course.inYourLanguage ? <span className="tag tag-muted">{t('recommendations.notInYourLanguage')}</span> : null}
                </div>
                {item.reasons.map((r) => (
                  <p key={`${r.kind}-${r.competency?.code ?? r.count}`} className="small">
                    {r.message}
                  </p>
                ))}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <p className="small">
        <Link to="/competencies">{t('competencies.title')}</Link> · <Link to="/competencies/gaps" search={{ for: 'current' }}>{t('competencies.gaps.title')}</Link> · <Link to="/career">{t('career.title')}</Link>
      </p>
    </section>
  );
}
