import { useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCampaigns } from '../../api/reports';
import { useMe } from '../../api/session';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { CampaignForm } from './CampaignForm';
import './reports.css';

/** Learning weeks: every signed-in person follows them; platform and state admins define them. */
export function LearningWeeksPage() {
  return <RequireAuth>{() => <Weeks />}</RequireAuth>;
}

function Weeks() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const navigate = useNavigate();
  const weeks = useCampaigns();
  const [creating, setCreating] = useState(false);
  const within = me?.roles.find((r) => r.role === 'state_admin')?.orgId;
  return (
    <Page title={t('reports.weeks.title')} intro={t('reports.weeks.intro')}>
      {weeks.isPending ? <Loading /> : null}
      <ErrorMessage error={weeks.error} />
      {weeks.data?.canCreate ? (
        creating ? (
          <section aria-labelledby="new-week">
            <h2 id="new-week">{t('reports.weeks.new')}</h2>
            <CampaignForm within={within} onSaved={(c) => void navigate({ to: '/learning-weeks/$id', params: { id: c.id } })} />
          </section>
        ) : (
          <p><Button variant="secondary" onClick={() => setCreating(true)}>{t('reports.weeks.new')}</Button></p>
        )
      ) : null}
      {weeks.data && weeks.data.items.length === 0 ? <p className="muted">{t('reports.weeks.empty')}</p> : null}
      <ul className="card-list">
        {weeks.data?.items.map((w) => (
          <li key={w.id} className="card">
            <Link to="/learning-weeks/$id" params={{ id: w.id }}><strong>{f.local<string>(w.name)}</strong></Link>
            <p className="small">
              {f.local<string>(w.scope.name)} · {f.date(`${w.startsOn}T12:00:00Z`)} – {f.date(`${w.endsOn}T12:00:00Z`)}
            </p>
            <span className={`tag${w.state === 'running' ? ' status-completed' : ''}`}>{t(`reports.weeks.state.${w.state}`)}</span>
          </li>
        ))}
      </ul>
    </Page>
  );
}
