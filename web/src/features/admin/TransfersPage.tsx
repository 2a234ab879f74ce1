import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecideTransfer, useTransfers } from '../../api/admin';
import type { Transfer } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useRetainedList } from '../../components/useRetainedList';
import { useFormat } from '../../i18n/format';
import { DecisionCard } from './DecisionCard';

type Direction = 'incoming' | 'outgoing';
const idOf = (tr: Transfer) => tr.id;

/** Transfers into the admin's organisations (to accept or reject) and out of them (to follow). */
export function TransfersPage() {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<Direction>('incoming');
  return (
    <Page title={t('admin.transfers.title')} intro={t('admin.transfers.help')}>
      <div className="segmented" role="group" aria-label={t('admin.transfers.direction')}>
        {(['incoming', 'outgoing'] as const).map((d) => (
          <button key={d} type="button" aria-pressed={direction === d} onClick={() => setDirection(d)}>
            {t(`admin.transfers.${d}`)}
          </button>
        ))}
      </div>
      <TransferList key={direction} direction={direction} />
    </Page>
  );
}

/** One direction's transfers; decided cards stay in place until the direction or page changes. */
function TransferList({ direction }: { direction: Direction }) {
  const { t } = useTranslation();
  const transfers = useTransfers(direction);
  const { items, retain } = useRetainedList(transfers.data, idOf);
  return (
    <>
      {transfers.isPending ? <Loading /> : null}
      <ErrorMessage error={transfers.error} />
      {transfers.isSuccess && items.length === 0 ? <p className="muted">{t('admin.transfers.empty')}</p> : null}
      <ul className="card-list">
        {items.map((tr) => (
          <TransferCard key={tr.id} transfer={tr} onStart={() => retain(tr)} />
        ))}
      </ul>
    </>
  );
}

function TransferCard({ transfer: tr, onStart }: { transfer: Transfer; onStart: () => void }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const decide = useDecideTransfer();
  const name = i18n.language === 'hi' && tr.user.fullNameHi ? tr.user.fullNameHi : tr.user.fullName;
  return (
    <DecisionCard
      title={`${tr.user.fullName} (${tr.user.employeeId})`}
      approveLabel={t('admin.transfers.accept')}
      outcomeText={(kind) => t(`admin.decision.transfer.${kind}`, { name })}
      onApprove={tr.permissions.accept ? () => decide.mutateAsync({ id: tr.id }).then(() => ({})) : undefined}
      onReject={tr.permissions.reject ? (reason) => decide.mutateAsync({ id: tr.id, reason }).then(() => ({})) : undefined}
      onStart={onStart}
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
