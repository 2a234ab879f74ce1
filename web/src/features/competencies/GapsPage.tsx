import { Link, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useGaps, type GapReport } from '../../api/competencies';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { CompetencyTabs } from './CompetencyTabs';

/** Gap analysis for the current post or the target post (`?for=target`). */
export function GapsPage() {
  const search = useSearch({ from: '/competencies/gaps' });
  return <RequireAuth>{() => <Gaps which={search.for === 'target' ? 'target' : 'current'} />}</RequireAuth>;
}

function Gaps({ which }: { which: 'current' | 'target' }) {
  const { t } = useTranslation();
  const gaps = useGaps(which);
  return (
    <Page title={t('competencies.gaps.title')} intro={t('competencies.gaps.intro')}>
      <CompetencyTabs />
      <nav aria-label={t('competencies.gaps.which')} className="sub-tabs">
        <ul>
          {(['current', 'target'] as const).map((w) => (
            <li key={w}>
              <Link to="/competencies/gaps" search={{ for: w }} activeOptions={{ includeSearch: true }}>
                {t(`competencies.gaps.${w}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {gaps.isPending ? <Loading /> : null}
      <ErrorMessage error={gaps.error} />
      {gaps.data ? <Report report={gaps.data} /> : null}
    </Page>
  );
}

function Report({ report }: { report: GapReport }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!report.designation) {
    return report.for === 'current' ? (
      <p className="card">{t('competencies.gaps.noDesignation')}</p>
    ) : (
      <p className="card">
        {t('competencies.gaps.noTarget')} <Link to="/career">{t('competencies.gaps.chooseTarget')}</Link>
      </p>
    );
  }
  const post = f.name(report.designation);
  return (
    <section aria-labelledby="gap-heading">
      <h2 id="gap-heading">{t('competencies.gaps.for', { post })}</h2>
      {report.items.length === 0 ? (
        <p className="muted">{t('competencies.gaps.noRequirements')}</p>
      ) : (
        <>
          <p>{t('competencies.gaps.summary', { met: f.number(report.summary.met), required: f.number(report.summary.required), levels: f.number(report.summary.levelsToGo) })}</p>
          <ul className="card-list">
            {report.items.map((i) => (
              <li key={i.competency.code} className="card">
                <h3>{f.name(i.competency)}</h3>
                <p>
                  {i.met ? <span className="ok">{t('competencies.gaps.met')}</span> : <span className="not-ok">{t('competencies.gaps.short', { count: i.gap, n: f.number(i.gap) })}</span>}
                </p>
                <dl className="details">
                  <dt>{t('competencies.gaps.required')}</dt>
                  <dd>{t('competencies.levelOf', { level: i.requiredLevel })}</dd>
                  <dt>{t('competencies.earned')}</dt>
                  <dd>{i.currentLevel > 0 ? t('competencies.levelOf', { level: i.currentLevel }) : t('competencies.notEarned')}</dd>
                  {i.declaredLevel !== null ? (
                    <>
                      <dt>{t('competencies.declared')}</dt>
                      <dd>{t('competencies.levelOf', { level: i.declaredLevel })}</dd>
                    </>
                  ) : null}
                </dl>
                <p className="small muted">{i.requiredDescriptor}</p>
                <p className="small">{t('competencies.gaps.neededFor', { roles: i.roles.map((r) => f.name(r)).join(', ') })}</p>
                {!i.met ? (
                  <Link to="/courses" search={{ competency: i.competency.code }} className="small">
                    {t('competencies.gaps.findCourses', { name: f.name(i.competency) })}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
