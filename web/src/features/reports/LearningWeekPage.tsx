import { useState } from 'react';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCampaignLive } from '../../api/reports';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { BarsChart } from './Charts';
import { CampaignForm } from './CampaignForm';
import { FigureGrid, Meter, usePercent } from './Figures';
import './reports.css';

/** The live page of a learning week: figures against targets and the leading organisations, refreshed while it runs. */
export function LearningWeekPage() {
  return <RequireAuth>{() => <Week />}</RequireAuth>;
}

function Week() {
  const { t } = useTranslation();
  const f = useFormat();
  const percent = usePercent();
  const { id } = useParams({ from: '/learning-weeks/$id' });
  const live = useCampaignLive(id);
  const [editing, setEditing] = useState(false);
  const d = live.data;
  const title = d ? f.local<string>(d.campaign.name) ?? t('reports.weeks.title') : t('reports.weeks.title');
  return (
    <Page title={title}>
      <p><Link to="/learning-weeks">{t('reports.weeks.all')}</Link></p>
      {live.isPending ? <Loading /> : null}
      <ErrorMessage error={live.error} />
      {d ? (
        <>
          <p>
            {f.local<string>(d.campaign.scope.name)} · {f.date(`${d.campaign.startsOn}T12:00:00Z`)} – {f.date(`${d.campaign.endsOn}T12:00:00Z`)}{' '}
            <span className={`tag${d.campaign.state === 'running' ? ' status-completed' : ''}`}>{t(`reports.weeks.state.${d.campaign.state}`)}</span>
          </p>
          <p className="freshness" role="status">{t('reports.dashboard.freshness', { at: f.time(d.freshness.at) })}</p>
          <FigureGrid
            label={t('reports.weeks.figures')}
            items={[
              { key: 'completions', label: t('reports.activity.completions'), value: d.completions },
              { key: 'hours', label: t('reports.activity.learningHours'), value: d.learningHours, hours: true },
              { key: 'one', label: t('reports.weeks.peopleCompleted'), value: d.peopleCompleted },
              { key: 'four', label: t('reports.weeks.peopleFourHours'), value: d.peopleFourHours },
              { key: 'employees', label: t('reports.weeks.employees'), value: d.employees },
            ]}
          />
          <section className="report-section" aria-labelledby="targets">
            <h2 id="targets">{t('reports.weeks.targets')}</h2>
            <ul className="plain-list">
              {d.campaign.targets.hoursPerEmployee !== null ? (
                <li>
                  {t('reports.weeks.hoursProgress', { value: f.number(d.hoursPerEmployee), target: f.number(d.campaign.targets.hoursPerEmployee) })}
                  <Meter value={d.progress.hours ?? 0} label={percent(d.progress.hours)} />
                </li>
              ) : null}
              {d.campaign.targets.participationPercent !== null ? (
                <li>
                  {t('reports.weeks.participationProgress', { value: f.number(d.participationPercent), target: f.number(d.campaign.targets.participationPercent) })}
                  <Meter value={d.progress.participation ?? 0} label={percent(d.progress.participation)} />
                </li>
              ) : null}
              {d.campaign.targets.completions !== null ? (
                <li>
                  {t('reports.weeks.completionsProgress', { value: f.number(d.completions), target: f.number(d.campaign.targets.completions) })}
                  <Meter value={d.progress.completions ?? 0} label={percent(d.progress.completions)} />
                </li>
              ) : null}
            </ul>
          </section>
          <section className="report-section" aria-labelledby="leading">
            <h2 id="leading">{t('reports.weeks.leading')}</h2>
            {d.leading.length === 0 ? <p className="muted">{t('reports.weeks.noneYet')}</p> : (
              <BarsChart title={t('reports.weeks.hoursPerEmployee')} bars={d.leading.map((l) => ({ label: `${l.rank}. ${f.local<string>(l.org.name) ?? ''}`, value: l.hoursPerEmployee }))} />
            )}
          </section>
          {d.campaign.canManage ? (
            editing ? (
              <section aria-labelledby="edit-week">
                <h2 id="edit-week">{t('reports.weeks.edit')}</h2>
                <CampaignForm campaign={d.campaign} onSaved={() => setEditing(false)} />
              </section>
            ) : (
              <p><Button variant="secondary" onClick={() => setEditing(true)}>{t('reports.weeks.edit')}</Button></p>
            )
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
