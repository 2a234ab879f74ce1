import { useTranslation } from 'react-i18next';
import { useApprovalQueue, useDecideRegistration, useUndoRegistrationDecision } from '../../api/admin';
import type { PendingRegistration } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useRetainedList } from '../../components/useRetainedList';
import { useFormat } from '../../i18n/format';
import { DecisionCard } from './DecisionCard';

const idOf = (r: PendingRegistration) => r.id;

/** Registrations waiting for this admin's decision; decided cards stay in place (with Undo) until the page is left. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const queue = useApprovalQueue();
  const { items, retain } = useRetainedList(queue.data?.items, idOf);
  return (
    <Page title={t('admin.approvals.title')} intro={t('admin.approvals.help')}>
      {queue.isPending ? <Loading /> : null}
      <ErrorMessage error={queue.error} />
      {queue.isSuccess && items.length === 0 ? <p className="muted">{t('admin.approvals.empty')}</p> : null}
      <ul className="card-list">
        {items.map((r) => (
          <ApprovalCard key={r.id} registration={r} onStart={() => retain(r)} />
        ))}
      </ul>
    </Page>
  );
}

function ApprovalCard({ registration: r, onStart }: { registration: PendingRegistration; onStart: () => void }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const decide = useDecideRegistration();
  const undo = useUndoRegistrationDecision();
  const name = i18n.language === 'hi' && r.fullNameHi ? r.fullNameHi : r.fullName;
  return (
    <DecisionCard
      title={r.fullName}
      approveLabel={t('admin.approve')}
      outcomeText={(kind) => t(`admin.decision.registration.${kind}`, { name })}
      undoneText={t('admin.decision.registration.undone', { name })}
      onApprove={() => decide.mutateAsync({ userId: r.id })}
      onReject={(reason) => decide.mutateAsync({ userId: r.id, reason })}
      onUndo={() => undo.mutateAsync(r.id)}
      onStart={onStart}
    >
      <dl className="details">
        <dt>{t('fields.employeeId')}</dt><dd>{r.employeeId}</dd>
        <dt>{t('profile.org')}</dt><dd>{f.name(r.org)}</dd>
        <dt>{t('profile.designation')}</dt><dd>{r.designation ? f.name(r.designation) : t('common.none')}</dd>
        <dt>{t('fields.email')}</dt>
        <dd className="break">
          {r.email}
          <br />
          <span className={r.emailOfficial ? 'hint' : 'hint warning-text'}>{t(r.emailOfficial ? 'admin.emailOfficial' : 'admin.emailPersonal')}</span>
        </dd>
        <dt>{t('fields.mobile')}</dt><dd>{r.mobile}</dd>
        <dt>{t('admin.registeredOn')}</dt><dd>{f.date(r.createdAt)}</dd>
      </dl>
    </DecisionCard>
  );
}
