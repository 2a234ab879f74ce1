import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useImportRequirements } from '../../../api/competencies';
import { ApiError } from '../../../api/errors';
import { Button } from '../../../components/Button';
import { ErrorMessage, StatusMessage } from '../../../components/ErrorMessage';
import { FormField } from '../../../components/FormField';
import { Page } from '../../../components/Page';
import { useFormat } from '../../../i18n/format';
import { CompetencyAdminTabs } from './CompetencyAdminTabs';

/** Reads "rows.<row>.<column>" back into a row number and a column name. */
function rowOf(field: string): { row: string; column: string } {
  const m = /^rows\.(\d+)\.(.+)$/.exec(field);
  return m ? { row: m[1] ?? '', column: m[2] === 'row' ? '' : (m[2] ?? '') } : { row: '', column: field };
}

/** Upload of role requirements from CSV: check first (dry run), then import; row problems listed, nothing half-applied. */
export function RequirementsImportPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const upload = useImportRequirements();
  const { register, handleSubmit, formState } = useForm<{ file: FileList }>();
  const send = (dryRun: boolean) =>
    handleSubmit((v) => {
      const file = v.file.item(0);
      if (file) upload.mutate({ file, dryRun });
    });
  const result = upload.data;
  const problems = upload.error instanceof ApiError ? upload.error.fields : [];
  return (
    <Page title={t('competencies.admin.import.title')} intro={t('competencies.admin.import.intro')}>
      <CompetencyAdminTabs />
      <p>
        <a href="/api/admin/competency-requirements/template.csv" download>{t('competencies.admin.import.template')}</a>
        {' · '}
        <a href="/api/admin/competency-requirements/export.csv" download>{t('competencies.admin.import.export')}</a>
      </p>
      <form className="form" onSubmit={send(true)} noValidate>
        <FormField label={t('competencies.admin.import.file')} hint={t('competencies.admin.import.fileHint')} error={formState.errors.file?.message}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="file" accept=".csv,text/csv" aria-describedby={describedBy} aria-invalid={invalid || undefined} {...register('file', { validate: (files) => files.length > 0 || t('validation.chooseFile') })} />
          )}
        </FormField>
        <div className="actions">
          <Button type="submit" variant="secondary" busy={upload.isPending && upload.variables?.dryRun === true}>{t('competencies.admin.import.check')}</Button>
          <Button onClick={send(false)} busy={upload.isPending && upload.variables?.dryRun === false}>{t('competencies.admin.import.import')}</Button>
        </div>
      </form>
      <div aria-live="polite">
        <ErrorMessage error={upload.error} />
        {problems.length > 0 ? (
          <section className="card" aria-labelledby="import-problems">
            <h2 id="import-problems">{t('competencies.admin.import.problems')}</h2>
            <ul className="plain-list small">
              {problems.map((p) => {
                const { row, column } = rowOf(p.field);
                return <li key={`${p.field}-${p.code}`}>{t('competencies.admin.import.rowProblem', { row: row || '—', column: column || '—', message: p.message })}</li>;
              })}
            </ul>
          </section>
        ) : null}
        {result ? (
          <section className="card" aria-labelledby="import-result">
            <h2 id="import-result">{t('competencies.admin.import.result')}</h2>
            <StatusMessage>
              {t(result.applied ? 'competencies.admin.import.imported' : 'competencies.admin.import.checked', { rows: f.number(result.rows), n: f.number(result.designations.length) })}
            </StatusMessage>
            <ul className="plain-list small">
              {result.designations.map((d) => (
                <li key={d.designation.id}>
                  {t('competencies.admin.import.postSummary', { post: f.name(d.designation), roles: f.number(d.roles), activities: f.number(d.activities), competencies: f.number(d.competencies) })}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </Page>
  );
}
