import { useState } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useHallOfFame, useLeaderboard } from '../../api/reports';
import { useMe } from '../../api/session';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { OrgPicker } from '../registration/OrgPicker';
import './reports.css';

/** The learner leaderboard of an organisation and the organisations' hall of fame, for a period. */
export function LeaderboardsPage() {
  return <RequireAuth>{() => <Boards />}</RequireAuth>;
}

function Boards() {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const search = useSearch({ from: '/leaderboards' });
  const navigate = useNavigate({ from: '/leaderboards' });
  const orgId = search.org ?? me?.org.id;
  const range = { from: search.from, to: search.to };
  const board = useLeaderboard(orgId, range);
  const [scope, setScope] = useState<string | null>(null);
  const [level, setLevel] = useState(1);
  const fame = useHallOfFame({ ...range, ...(scope ? { orgId: scope } : {}), level });
  const { register, handleSubmit } = useForm({ values: { from: search.from ?? '', to: search.to ?? '' } });
  const apply = handleSubmit((v) => void navigate({ search: { org: search.org, from: v.from || undefined, to: v.to || undefined } }));
  return (
    <Page title={t('reports.leaderboard.title')} intro={t('reports.leaderboard.intro')}>
      <form className="form filters range-form" onSubmit={apply}>
        <TextField label={t('reports.range.from')} type="date" registration={register('from')} />
        <TextField label={t('reports.range.to')} type="date" registration={register('to')} />
        <Button type="submit">{t('reports.range.apply')}</Button>
      </form>
      <section className="report-section" aria-labelledby="learners-heading">
        <h2 id="learners-heading">{board.data ? t('reports.leaderboard.learnersOf', { org: f.local<string>(board.data.org.name) }) : t('reports.leaderboard.learners')}</h2>
        {board.isPending ? <Loading /> : null}
        <ErrorMessage error={board.error} />
        {board.data ? (
          <>
            <p className="muted small">{t('reports.leaderboard.period', { from: f.date(`${board.data.range.from}T12:00:00Z`), to: f.date(`${board.data.range.to}T12:00:00Z`) })}</p>
            {board.data.items.length === 0 ? <p className="muted">{t('reports.leaderboard.empty')}</p> : (
              <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="learners-heading">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('reports.leaderboard.rank')}</th>
                      <th scope="col">{t('reports.people.name')}</th>
                      <th scope="col" className="num">{t('reports.activity.learningHours')}</th>
                      <th scope="col" className="num">{t('reports.activity.completions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {board.data.items.map((r) => (
                      <tr key={r.rank} aria-current={r.me ? 'true' : undefined}>
                        <td className="num">{f.number(r.rank)}</td>
                        <th scope="row">{r.name}{r.me ? ` (${t('reports.leaderboard.you')})` : ''}<span className="small muted"><br />{f.local<string>(r.org)}</span></th>
                        <td className="num">{f.hours(r.learningHours)}</td>
                        <td className="num">{f.number(r.completions)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        ) : null}
      </section>
      <section className="report-section" aria-labelledby="fame-heading">
        <h2 id="fame-heading">{t('reports.fame.title')}</h2>
        <p className="muted small">{t('reports.fame.intro')}</p>
        <OrgPicker legend={t('reports.fame.scope')} value={scope} onChange={setScope} />
        <div className="field">
          <label htmlFor="fame-level">{t('reports.fame.level')}</label>
          <select id="fame-level" value={level} onChange={(e) => setLevel(Number(e.target.value))}>
            <option value={1}>{t('reports.fame.levels.1')}</option>
            <option value={2}>{t('reports.fame.levels.2')}</option>
          </select>
        </div>
        {fame.isPending ? <Loading /> : null}
        <ErrorMessage error={fame.error} />
        {fame.data && fame.data.groups.length === 0 ? <p className="muted">{t('reports.fame.empty')}</p> : null}
        {fame.data?.groups.map((g) => (
          <section key={g.size} className="card" aria-labelledby={`fame-${g.size}`}>
            <h3 id={`fame-${g.size}`}>{t(`reports.fame.sizes.${g.size}`, { min: f.number(g.minPeople), max: g.maxPeople === null ? '' : f.number(g.maxPeople) })}</h3>
            <ol>
              {g.items.map((r) => (
                <li key={r.org.id}>
                  <strong>{f.local<string>(r.org.name)}</strong>{' '}
                  {t('reports.fame.row', { hours: f.number(r.hoursPerEmployee), completions: f.number(r.completionsPerEmployee), people: f.number(r.registered) })}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>
    </Page>
  );
}
