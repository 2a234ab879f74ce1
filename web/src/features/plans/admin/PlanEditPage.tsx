import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useOrgs } from '../../../api/orgs';
import { useAdminPlan, useUpdatePlan, type AdminPlan } from '../../../api/plans';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Page } from '../../../components/Page';
import { LiveChangeForm } from './LiveChangeForm';
import { draftFromPlan } from './plan-draft';
import { PlanForm } from './PlanFormPage';

/**
 * Editing a plan: a draft in full (the creation form, prefilled; saved with PUT), a live plan only as far as it
 * allows (a later deadline, a wider audience), with what that does to the people already assigned.
 */
export function PlanEditPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/admin/plans/$id/edit' });
  const plan = useAdminPlan(id);
  const orgIds = plan.data ? plan.data.audience.groups.flatMap((g) => g.orgIds ?? []) : [];
  const orgs = useOrgs(orgIds);
  if (plan.isPending || orgs.some((q) => q.isPending)) return <Loading />;
  if (plan.error) return <ErrorMessage error={plan.error} />;
  if (!plan.data) return <NotFoundPage />;
  const p = plan.data;
  const orgName = (orgId: string) => {
    const org = orgs.find((q) => q.data?.org.id === orgId)?.data?.org;
    return { id: orgId, nameEn: org?.nameEn ?? '', nameHi: org?.nameHi ?? '' };
  };
  if (p.permissions.edit) return <DraftEditor plan={p} orgName={orgName} />;
  if (p.permissions.change) return <LiveChangeForm plan={p} orgName={orgName} />;
  return (
    <Page title={t('plans.edit.notAllowedTitle')}>
      <p>{t('plans.edit.notAllowed')}</p>
    </Page>
  );
}

function DraftEditor({ plan, orgName }: { plan: AdminPlan; orgName: Parameters<typeof draftFromPlan>[1] }) {
  const update = useUpdatePlan(plan.id);
  return <PlanForm initial={draftFromPlan(plan, orgName)} save={update} editing={plan} />;
}
