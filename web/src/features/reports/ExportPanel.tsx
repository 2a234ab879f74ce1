import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { directExportUrl, useRequestExport, type ExportKind } from '../../api/reports';
import { Button } from '../../components/Button';
import { ErrorMessage, StatusMessage } from '../../components/ErrorMessage';

/** Up to this many people a report downloads at once; above, it is prepared as a file (the server enforces it too). */
const DIRECT_LIMIT = 20_000;
const KINDS: ExportKind[] = ['users', 'enrolments', 'plans', 'assessments'];

/** People-level downloads of the subtree: direct links for small ones, a queued file for large ones. */
export function ExportPanel({ orgId, people }: { orgId: string; people: number }) {
  const { t } = useTranslation();
  const request = useRequestExport();
  const [kind, setKind] = useState<ExportKind>('users');
  const [format, setFormat] = useState<'csv' | 'xlsx'>('csv');
  const direct = people <= DIRECT_LIMIT;
  return (
    <section className="report-section" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('reports.exports.title')}</h2>
      <p className="muted small">{t('reports.exports.intro')}</p>
      <div className="form">
        <div className="field">
          <label htmlFor="export-kind">{t('reports.exports.kind')}</label>
          <select id="export-kind" value={kind} onChange={(e) => setKind(e.target.value as ExportKind)}>
            {KINDS.map((k) => <option key={k} value={k}>{t(`reports.exports.kinds.${k}`)}</option>)}
          </select>
        </div>
        <fieldset className="field">
          <legend>{t('reports.exports.format')}</legend>
          {(['csv', 'xlsx'] as const).map((v) => (
            <label key={v} className="check">
              <input type="radio" name="export-format" value={v} checked={format === v} onChange={() => setFormat(v)} /> {v.toUpperCase()}
            </label>
          ))}
        </fieldset>
        <div className="actions">
          {direct ? (
            <a className="btn btn-primary" href={directExportUrl(orgId, kind, format)} download>{t('reports.exports.download')}</a>
          ) : null}
          <Button variant={direct ? 'secondary' : 'primary'} busy={request.isPending} onClick={() => request.mutate({ orgId, kind, format })}>
            {t('reports.exports.prepare')}
          </Button>
        </div>
      </div>
      {!direct ? <p className="small">{t('reports.exports.large')}</p> : null}
      <ErrorMessage error={request.error} />
      <StatusMessage>
        {request.isSuccess ? (
          <>
            {t('reports.exports.queued')} <Link to="/reports/exports">{t('reports.exports.menu')}</Link>
          </>
        ) : null}
      </StatusMessage>
    </section>
  );
}
