import { useTranslation } from 'react-i18next';
import { useDecideProfileChange, useProfileChanges } from '../../api/admin';
import type { ProfileChange } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { DecisionCard } from './DecisionCard';

/** Employees' requests to change their organisation or designation. */
export function ProfileChangesPage() {
  const { t } = useTranslation();
  const changes = useProfileChanges();
  return (
    <Page title={t('admin.profileChanges.title')} intro={t('admin.profileChanges.help')}>
      {changes.isPending ? <Loading /> : null}
      <ErrorMessage error={changes.error} />
      {changes.isSuccess && changes.data.length === 0 ? <p className="muted">{t('admin.profileChanges.empty')}</p> : null}
      <ul className="card-list">
        {(changes.data ?? []).map((c) => (
          <ChangeCard key={c.id} change={c} />
        ))}
      </ul>
    </Page>
  );
}

function ChangeCard({ change: c }: { change: ProfileChange }) {
  const { t } = useTranslation();
  const f = useFormat();
  const decide = useDecideProfileChange();
  return (
    <DecisionCard
      title={`${c.user.fullName} (${c.user.employeeId})`}
      approveLabel={t('admin.approve')}
      onDecide={c.permissions.approve || c.permissions.reject ? (reason) => decide.mutate({ id: c.id, reason }) : undefined}
      busy={decide.isPending}
      error={decide.error}
    >
      <dl className="details">
        <dt>{t('admin.profileChanges.now')}</dt><dd>{f.name(c.currentOrg)}{c.currentDesignation ? ` — ${f.name(c.currentDesignation)}` : ''}</dd>
        <dt>{t('admin.profileChanges.requested')}</dt><dd>{f.name(c.org)}{c.designation ? ` — ${f.name(c.designation)}` : ''}</dd>
        <dt>{t('fields.effectiveDate')}</dt><dd>{f.date(c.effectiveDate)}</dd>
        <dt>{t('admin.requestedOn')}</dt><dd>{f.date(c.createdAt)}</dd>
      </dl>
    </DecisionCard>
  );
}
