import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCareer, useSetTarget, type CareerHub } from '../../api/competencies';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { CompetencyTabs } from './CompetencyTabs';

/** The career hub: ladders of posts, where the learner stands, and the target post. */
export function CareerPage() {
  return <RequireAuth>{() => <Career />}</RequireAuth>;
}

function Career() {
  const { t } = useTranslation();
  const f = useFormat();
  const hub = useCareer();
  const setTarget = useSetTarget();
  const data = hub.data;
  return (
    <Page title={t('career.title')} intro={t('career.intro')}>
      <CompetencyTabs />
      {hub.isPending ? <Loading /> : null}
      <ErrorMessage error={hub.error ?? setTarget.error} />
      {data ? (
        <>
          <section className="card" aria-labelledby="target-heading" aria-live="polite">
            <h2 id="target-heading">{t('career.yourTarget')}</h2>
            {data.target ? (
              <>
                <p>{f.name(data.target)}</p>
                <div className="actions">
                  <Link to="/competencies/gaps" search={{ for: 'target' }} className="btn btn-primary">{t('career.seeGap')}</Link>
                  <Button variant="secondary" busy={setTarget.isPending && setTarget.variables === null} onClick={() => setTarget.mutate(null)}>
                    {t('career.clearTarget')}
                  </Button>
                </div>
              </>
            ) : (
              <p className="muted">{t('career.noTarget')}</p>
            )}
          </section>
          {data.paths.map((p) => (
            <Ladder key={p.code} path={p} busyFor={setTarget.isPending ? setTarget.variables : undefined} onTarget={(id) => setTarget.mutate(id)} />
          ))}
        </>
      ) : null}
    </Page>
  );
}

function Ladder({ path, busyFor, onTarget }: { path: CareerHub['paths'][number]; busyFor: string | null | undefined; onTarget: (id: string) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const headingId = `path-${path.code}`;
  // Within the learner's own ladder only the posts above theirs make sense as a target.
  const currentIndex = path.steps.findIndex((s) => s.current);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{f.name(path)}</h2>
      <p className="small muted">{t('career.cadre', { name: f.local({ en: path.cadreEn, hi: path.cadreHi }) })}</p>
      <ol className="lesson-list">
        {path.steps.map((s, index) => {
          const post = f.name(s.designation);
          return (
            <li key={s.designation.id} className={s.current ? 'current' : undefined}>
              <strong>{post}</strong>
              <div className="lesson-meta small">
                {s.current ? <span className="tag status-in_progress">{t('career.youAreHere')}</span> : null}
                {s.target ? <span className="tag status-completed">{t('career.yourTarget')}</span> : null}
                <span>{t('career.requirements', { count: s.requiredCompetencies, n: f.number(s.requiredCompetencies) })}</span>
              </div>
              {index > currentIndex && !s.target ? (
                <Button variant="link" busy={busyFor === s.designation.id} onClick={() => onTarget(s.designation.id)}>
                  {t('career.setTarget', { post })}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
