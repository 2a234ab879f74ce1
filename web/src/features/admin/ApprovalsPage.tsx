import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApprovalQueue, useDecideRegistration } from '../../api/admin';
import type { PendingRegistration } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ReasonForm } from '../../components/ReasonForm';
import { useFormat } from '../../i18n/format';

/** Registrations waiting for this admin's decision. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const queue = useApprovalQueue();
  return (
    <Page title={t('admin.approvals.title')} intro={t('admin.approvals.help')}>
      {queue.isPending ? <Loading /> : null}
      <ErrorMessage error={queue.error} />
      {queue.isSuccess && queue.data.items.length === 0 ? <p className="muted">{t('admin.approvals.empty')}</p> : null}
      <ul className="card-list">
        {(queue.data?.items ?? []).map((r) => (
          <ApprovalCard key={r.id} registration={r} />
        ))}
      </ul>
    </Page>
  );
}

function ApprovalCard({ registration: r }: { registration: PendingRegistration }) {
  const { t } = useTranslation();
  const f = useFormat();
  const decide = useDecideRegistration();
  const [rejecting, setRejecting] = useState(false);
  return (
    <li className="card">
      <h2 className="h3">{r.fullName}</h2>
      <dl className="details">
        <dt>{t('fields.employeeId')}</dt><dd>{r.employeeId}</dd>
        <dt>{t('profile.org')}</dt><dd>{f.name(r.org)}</dd>
        <dt>{t('profile.designation')}</dt><dd>{r.designation ? f.name(r.designation) : t('common.none')}</dd>
        <dt>{t('fields.email')}</dt><dd className="break">{r.email}</dd>
        <dt>{t('fields.mobile')}</dt><dd>{r.mobile}</dd>
        <dt>{t('admin.registeredOn')}</dt><dd>{f.date(r.createdAt)}</dd>
      </dl>
      <ErrorMessage error={decide.error} />
      {rejecting ? (
        <ReasonForm busy={decide.isPending} onCancel={() => setRejecting(false)} onSubmit={(reason) => decide.mutate({ userId: r.id, reason })} />
      ) : (
        <div className="actions">
          <Button busy={decide.isPending} onClick={() => decide.mutate({ userId: r.id })}>
            {t('admin.approve')}
          </Button>
          <Button variant="secondary" onClick={() => setRejecting(true)}>
            {t('admin.reject')}
          </Button>
        </div>
      )}
    </li>
  );
}
