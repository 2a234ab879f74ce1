import { useTranslation } from 'react-i18next';
import { useDecideProfileChange, useProfileChanges } from '../../api/admin';
import type { ProfileChange } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useRetainedList } from '../../components/useRetainedList';
import { useFormat } from '../../i18n/format';
import { DecisionCard } from './DecisionCard';

const idOf = (c: ProfileChange) => c.id;

/** Employees' requests to change their organisation or designation; decided cards stay in place. */
export function ProfileChangesPage() {
  const { t } = useTranslation();
  const changes = useProfileChanges();
  const { items, retain } = useRetainedList(changes.data, idOf);
  return (
    <Page title={t('admin.profileChanges.title')} intro={t('admin.profileChanges.help')}>
      {changes.isPending ? <Loading /> : null}
      <ErrorMessage error={changes.error} />
      {changes.isSuccess && items.length === 0 ? <p className="muted">{t('admin.profileChanges.empty')}</p> : null}
      <ul className="card-list">
        {items.map((c) => (
          <ChangeCard key={c.id} change={c} onStart={() => retain(c)} />
        ))}
      </ul>
    </Page>
  );
}

function ChangeCard({ change: c, onStart }: { change: ProfileChange; onStart: () => void }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const decide = useDecideProfileChange();
  const name = i18n.language === 'hi' && c.user.fullNameHi ? c.user.fullNameHi : c.user.fullName;
  return (
    <DecisionCard
      title={`${c.user.fullName} (${c.user.employeeId})`}
      approveLabel={t('admin.approve')}
      outcomeText={(kind) => t(`admin.decision.profileChange.${kind}`, { name })}
      onApprove={c.permissions.approve ? () => decide.mutateAsync({ id: c.id }).then(() => ({})) : undefined}
      onReject={c.permissions.reject ? (reason) => decide.mutateAsync({ id: c.id, reason }).then(() => ({})) : undefined}
      onStart={onStart}
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
