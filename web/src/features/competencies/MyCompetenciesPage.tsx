import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { usePassbook, useWithdrawDeclaration, type Passbook, type PassbookEntry } from '../../api/competencies';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { CompetencyTabs } from './CompetencyTabs';
import { DeclareForm } from './DeclareForm';

/** My competencies: the passbook (levels per competency, every entry with its source and evidence) and declarations. */
export function MyCompetenciesPage() {
  return <RequireAuth>{() => <MyCompetencies />}</RequireAuth>;
}

function MyCompetencies() {
  const { t } = useTranslation();
  const passbook = usePassbook();
  const data = passbook.data;
  return (
    <Page title={t('competencies.title')} intro={t('competencies.intro')}>
      <CompetencyTabs />
      {passbook.isPending ? <Loading /> : null}
      <ErrorMessage error={passbook.error} />
      {data ? (
        <>
          {data.onboarding !== 'completed' ? (
            <p className="card">
              <Link to="/competencies/start">{t('competencies.links.start')}</Link>
            </p>
          ) : null}
          <Levels levels={data.levels} />
          <DeclareForm />
          <Entries entries={data.entries} />
        </>
      ) : null}
    </Page>
  );
}

function Levels({ levels }: { levels: Passbook['levels'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const withdraw = useWithdrawDeclaration();
  return (
    <section aria-labelledby="levels-heading">
      <h2 id="levels-heading">{t('competencies.levelsHeading')}</h2>
      <ErrorMessage error={withdraw.error} />
      {levels.length === 0 ? (
        <p className="muted">{t('competencies.noEntries')}</p>
      ) : (
        <ul className="card-list">
          {levels.map((l) => (
            <li key={l.competency.code} className="card">
              <h3>{f.name(l.competency)}</h3>
              <p className="small muted">{t(`competencies.type.${l.competency.type}`)}</p>
              <p>
                <strong>{t('competencies.earned')}:</strong>{' '}
                {l.earnedLevel > 0 ? t('competencies.levelOf', { level: l.earnedLevel }) : t('competencies.notEarned')}
              </p>
              {l.descriptor ? <p className="small">{l.descriptor}</p> : null}
              {l.declaredLevel !== null ? (
                <p className="small">
                  <span className="tag tag-muted">{t('competencies.declared')}</span> {t('competencies.levelOf', { level: l.declaredLevel })}{' '}
                  <Button
                    variant="link"
                    busy={withdraw.isPending && withdraw.variables === l.competency.code}
                    onClick={() => withdraw.mutate(l.competency.code)}
                    aria-label={t('competencies.withdraw', { name: f.name(l.competency) })}
                  >
                    {t('competencies.withdrawShort')}
                  </Button>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Entries({ entries }: { entries: PassbookEntry[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="entries-heading">
      <h2 id="entries-heading">{t('competencies.entriesHeading')}</h2>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('competencies.entriesHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('competencies.competency')}</th>
              <th scope="col">{t('competencies.source')}</th>
              <th scope="col">{t('competencies.evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>
                  {f.name(e.competency)}
                  <br />
                  <span className="small">{t('competencies.level', { level: e.level })}</span>
                </td>
                <td>
                  <span className={e.countsAsEarned ? 'tag status-completed' : 'tag tag-muted'}>{e.sourceLabel}</span>
                  <br />
                  <span className="small">{f.date(e.achievedAt)}</span>
                </td>
                <td className="break">
                  {e.evidence.url ? <EvidenceLink url={e.evidence.url} label={e.evidence.title ?? t('competencies.viewEvidence')} /> : null}
                  {e.evidence.institute ? <span className="small"> {e.evidence.institute}</span> : null}
                  {e.evidence.scorePercent !== null ? <span className="small"> {t('competencies.score', { score: f.number(e.evidence.scorePercent) })}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A course page inside the app, or an institute's external link (opened safely). */
function EvidenceLink({ url, label }: { url: string; label: string }) {
  const course = /^\/courses\/([0-9a-f-]{36})$/.exec(url);
  if (course?.[1]) {
    return (
      <Link to="/courses/$courseId" params={{ courseId: course[1] }}>
        {label}
      </Link>
    );
  }
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}
