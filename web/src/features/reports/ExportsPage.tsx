import { useTranslation } from 'react-i18next';
import { REPORT_ROLES, useExports } from '../../api/reports';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { ReportsNav } from './ReportsNav';

/** The user's prepared export files: status while they are written, then the download. */
export function ExportsPage() {
  return <RequireAuth roles={REPORT_ROLES}>{() => <Exports />}</RequireAuth>;
}

function Exports() {
  const { t } = useTranslation();
  const f = useFormat();
  const exports = useExports();
  return (
    <Page title={t('reports.exports.pageTitle')} intro={t('reports.exports.pageIntro')}>
      <ReportsNav />
      {exports.isPending ? <Loading /> : null}
      <ErrorMessage error={exports.error} />
      {exports.data && exports.data.items.length === 0 ? <p className="muted">{t('reports.exports.empty')}</p> : null}
      <ul className="card-list" aria-live="polite">
        {exports.data?.items.map((e) => (
          <li key={e.id} className="card">
            <strong>{t(`reports.exports.kinds.${e.kind}`)} · {f.local<string>(e.org.name)}</strong>
            <p className="small">{e.format.toUpperCase()} · {f.dateTime(e.createdAt)}</p>
            <p>
              <span className={`tag${e.status === 'ready' ? ' status-completed' : e.status === 'failed' ? ' tag-overdue' : ''}`}>{t(`reports.exports.status.${e.status}`)}</span>
              {e.rowCount !== null ? ` ${t('reports.exports.rows', { n: f.number(e.rowCount) })}` : ''}
            </p>
            {e.downloadUrl ? <a className="btn btn-secondary" href={e.downloadUrl} download>{t('reports.exports.downloadFile')}</a> : null}
          </li>
        ))}
      </ul>
    </Page>
  );
}
