import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecideTransfer, useTransfers } from '../../api/admin';
import type { Transfer } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { DecisionCard } from './DecisionCard';

type Direction = 'incoming' | 'outgoing';

/** Transfers into the admin's organisations (to accept or reject) and out of them (to follow). */
export function TransfersPage() {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<Direction>('incoming');
  const transfers = useTransfers(direction);
  return (
    <Page title={t('admin.transfers.title')} intro={t('admin.transfers.help')}>
      <div className="segmented" role="group" aria-label={t('admin.transfers.direction')}>
        {(['incoming', 'outgoing'] as const).map((d) => (
          <button key={d} type="button" aria-pressed={direction === d} onClick={() => setDirection(d)}>
            {t(`admin.transfers.${d}`)}
          </button>
        ))}
      </div>
      {transfers.isPending ? <Loading /> : null}
      <ErrorMessage error={transfers.error} />
      {transfers.isSuccess && transfers.data.length === 0 ? <p className="muted">{t('admin.transfers.empty')}</p> : null}
      <ul className="card-list">
        {(transfers.data ?? []).map((tr) => (
          <TransferCard key={tr.id} transfer={tr} />
        ))}
      </ul>
    </Page>
  );
}

function TransferCard({ transfer: tr }: { transfer: Transfer }) {
  const { t } = useTranslation();
  const f = useFormat();
  const decide = useDecideTransfer();
  return (
    <DecisionCard
      title={`${tr.user.fullName} (${tr.user.employeeId})`}
      approveLabel={t('admin.transfers.accept')}
      onDecide={tr.permissions.accept || tr.permissions.reject ? (reason) => decide.mutate({ id: tr.id, reason }) : undefined}
      busy={decide.isPending}
      error={decide.error}
    >
      <dl className="details">
        <dt>{t('admin.transfers.from')}</dt><dd>{f.name(tr.fromOrg)}</dd>
        <dt>{t('admin.transfers.to')}</dt><dd>{f.name(tr.toOrg)}{tr.toDesignation ? ` — ${f.name(tr.toDesignation)}` : ''}</dd>
        <dt>{t('fields.effectiveDate')}</dt><dd>{f.date(tr.effectiveDate)}</dd>
        <dt>{t('profile.status')}</dt><dd>{t(`requestStatus.${tr.status}`, { defaultValue: tr.status })}</dd>
      </dl>
    </DecisionCard>
  );
}
