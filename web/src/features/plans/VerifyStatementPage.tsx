import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useVerifyStatement } from '../../api/plans';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';

/** Where a compliance statement's QR code leads: anyone can check that it was issued, for whom and what it said. */
export function VerifyStatementPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { number } = useParams({ from: '/verify/compliance/$number' });
  const result = useVerifyStatement(number);
  return (
    <Page title={t('plans.verify.title')}>
      {result.isPending ? <Loading /> : null}
      <ErrorMessage error={result.error} />
      {result.data ? (
        <section className="card" aria-labelledby="verify-result">
          <h2 id="verify-result">{t('plans.verify.valid')}</h2>
          <dl className="details">
            <dt>{t('plans.verify.number')}</dt>
            <dd className="break">{result.data.number}</dd>
            <dt>{t('plans.verify.employee')}</dt>
            <dd>{f.local({ en: result.data.employee.name, hi: result.data.employee.nameHi ?? undefined })} ({result.data.employee.employeeId})</dd>
            <dt>{t('plans.form.owner')}</dt>
            <dd>{f.local(result.data.employee.org)}</dd>
            <dt>{t('plans.verify.year')}</dt>
            <dd>{result.data.year.label}</dd>
            <dt>{t('plans.verify.overall')}</dt>
            <dd>{t(`plans.outcome.${result.data.overall}`)}</dd>
            <dt>{t('plans.verify.issued')}</dt>
            <dd>{f.dateTime(result.data.issuedAt)}</dd>
          </dl>
          <ul className="plain-list">
            {result.data.plans.map((p, i) => (
              <li key={i}>{f.local(p.name)}: {t(`plans.outcome.${p.outcome}`)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}
