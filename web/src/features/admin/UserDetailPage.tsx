import { useState } from 'react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useAdminUser, useUserActions } from '../../api/admin';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ReasonForm } from '../../components/ReasonForm';
import { useFormat } from '../../i18n/format';
import { DeliveryStatusList } from './DeliveryStatusList';
import { UserEditForm } from './UserEditForm';
import { UserMergeForm } from './UserMergeForm';
import { UserTransferForm } from './UserTransferForm';
import { ReportingOfficerCard } from '../plans/admin/ReportingOfficerCard';

/** One user: details, edit, deactivate/reactivate, transfer, merge, and message delivery status. */
export function UserDetailPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id } = useParams({ from: '/admin/users/$id' });
  const user = useAdminUser(id);
  const actions = useUserActions(id);
  const [deactivating, setDeactivating] = useState(false);
  if (user.isPending) return <Loading />;
  if (user.isError) return <ErrorMessage error={user.error} />;
  const u = user.data;
  const active = u.status === 'active';
  return (
    <Page title={u.fullName}>
      <section className="card" aria-labelledby="user-summary">
        <h2 id="user-summary">{t('profile.details')}</h2>
        <dl className="details">
          <dt>{t('profile.status')}</dt><dd>{t(`status.${u.status}`, { defaultValue: u.status })}</dd>
          <dt>{t('fields.employeeId')}</dt><dd>{u.employeeId}</dd>
          <dt>{t('profile.org')}</dt><dd>{f.name(u.org)}</dd>
          <dt>{t('profile.designation')}</dt><dd>{u.designation ? f.name(u.designation) : t('common.none')}</dd>
          <dt>{t('fields.email')}</dt><dd className="break">{u.email}</dd>
          <dt>{t('fields.mobile')}</dt><dd>{u.mobile}</dd>
        </dl>
        <ErrorMessage error={actions.deactivate.error ?? actions.reactivate.error} />
        {active && deactivating ? (
          <ReasonForm
            submitLabel={t('admin.users.deactivate')}
            busy={actions.deactivate.isPending}
            onCancel={() => setDeactivating(false)}
            onSubmit={(reason) => actions.deactivate.mutate(reason, { onSuccess: () => setDeactivating(false) })}
          />
        ) : active ? (
          <Button variant="danger" onClick={() => setDeactivating(true)}>
            {t('admin.users.deactivate')}
          </Button>
        ) : u.status === 'deactivated' ? (
          <Button busy={actions.reactivate.isPending} onClick={() => actions.reactivate.mutate()}>
            {t('admin.users.reactivate')}
          </Button>
        ) : null}
      </section>
      <UserEditForm user={u} />
      <UserTransferForm userId={u.id} />
      <UserMergeForm userId={u.id} />
      <ReportingOfficerCard userId={u.id} />
      <DeliveryStatusList userId={u.id} />
    </Page>
  );
}
