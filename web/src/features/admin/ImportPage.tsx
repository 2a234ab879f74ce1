import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useImport, useStartImport } from '../../api/admin';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField } from '../../components/FormField';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { AdminOrgSelect, useAdminOrgs } from './AdminOrgSelect';

/** Bulk import of employees from a CSV: upload, watch progress, download the error report. */
export function ImportPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const adminOrgs = useAdminOrgs();
  const [orgId, setOrgId] = useState('');
  const [importId, setImportId] = useState<string | null>(null);
  const start = useStartImport();
  const job = useImport(importId);
  const { register, handleSubmit, formState } = useForm<{ file: FileList }>();
  const targetOrg = orgId || adminOrgs[0]?.id || '';
  const onSubmit = handleSubmit((v) => {
    const file = v.file.item(0);
    if (file && targetOrg) start.mutate({ orgId: targetOrg, file }, { onSuccess: (j) => setImportId(j.id) });
  });
  const data = job.data;
  const percent = data && data.totalRows > 0 ? Math.round((data.processedRows / data.totalRows) * 100) : 0;
  return (
    <Page title={t('admin.import.title')} intro={t('admin.import.help')}>
      <p>
        <a href="/api/admin/imports/template.csv" download>{t('admin.import.template')}</a>
      </p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorMessage error={start.error} />
        <AdminOrgSelect label={t('admin.import.org')} value={targetOrg} onChange={setOrgId} />
        <FormField label={t('admin.import.file')} hint={t('admin.import.fileHint')} error={formState.errors.file?.message}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="file" accept=".csv,text/csv" aria-describedby={describedBy} aria-invalid={invalid || undefined} {...register('file', { validate: (files) => files.length > 0 || t('validation.chooseFile') })} />
          )}
        </FormField>
        <Button type="submit" busy={start.isPending}>{t('admin.import.upload')}</Button>
      </form>
      <ErrorMessage error={job.error} />
      {data ? (
        <section className="card" aria-labelledby="import-progress" aria-live="polite">
          <h2 id="import-progress">{t('admin.import.progress')}</h2>
          <p>{t(`importStatus.${data.status}`, { defaultValue: data.status })}</p>
          <progress max={100} value={percent} aria-label={t('admin.import.progress')}>{percent}%</progress>
          {data.failure ? <ErrorMessage error={data.failure.message} /> : null}
          <dl className="details">
            <dt>{t('admin.import.rows')}</dt><dd>{f.number(data.totalRows)}</dd>
            <dt>{t('admin.import.processed')}</dt><dd>{f.number(data.processedRows)}</dd>
            <dt>{t('admin.import.created')}</dt><dd>{f.number(data.importedRows)}</dd>
            <dt>{t('admin.import.failed')}</dt><dd>{f.number(data.failedRows)}</dd>
          </dl>
          {data.errors.length > 0 ? (
            <ul className="plain-list small">
              {data.errors.map((e) => (
                <li key={`${e.row}-${e.field}-${e.code}`}>{t('admin.import.rowError', { row: f.number(e.row), field: e.field, message: e.message })}</li>
              ))}
            </ul>
          ) : null}
          {data.errorReportUrl ? <a href={data.errorReportUrl} download>{t('admin.import.errors')}</a> : null}
        </section>
      ) : null}
    </Page>
  );
}
