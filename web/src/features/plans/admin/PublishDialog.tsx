import { useTranslation } from 'react-i18next';
import { usePlanActions, usePublishPreview, type AdminPlan } from '../../../api/plans';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useFormat } from '../../../i18n/format';
import { ConfirmDialog } from './ConfirmDialog';
import { useDeadlineText } from './deadline-text';

interface Props {
  plan: AdminPlan;
  open: boolean;
  onClose: () => void;
}

/**
 * Publishing asks first: how many people the plan assigns now and by when (from the server's preview), and the
 * publication carries what was confirmed, so a plan or audience that changed meanwhile is asked about again.
 */
export function PublishDialog({ plan, open, onClose }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const deadlineText = useDeadlineText();
  const preview = usePublishPreview(plan.id, open);
  const { publish } = usePlanActions(plan.id);
  const p = preview.data;
  const confirm = () => {
    if (!p) return;
    publish.mutate({ version: p.version, confirmedCount: p.count }, { onSuccess: onClose, onError: () => void preview.refetch() });
  };
  return (
    <ConfirmDialog
      open={open}
      title={t('plans.publish.title', { name: f.local(plan.name) ?? '' })}
      confirmLabel={p ? t('plans.publish.confirm', { count: p.count, n: f.number(p.count) }) : t('plans.admin.publish')}
      cancelLabel={t('common.cancel')}
      busy={publish.isPending}
      ready={p !== undefined && !preview.isFetching}
      error={publish.error}
      onConfirm={confirm}
      onCancel={() => { publish.reset(); onClose(); }}
    >
      {preview.isPending ? <p role="status">{t('common.loading')}</p> : null}
      <ErrorMessage error={preview.error} />
      {p ? (
        <div data-testid="publish-summary">
          <p>{t('plans.publish.count', { count: p.count, n: f.number(p.count) })}</p>
          <p>{p.dueDate ? t('plans.publish.dueDate', { date: f.date(p.dueDate) }) : t('plans.publish.deadline', { deadline: deadlineText(p.deadline) })}</p>
          <p className="hint">{t('plans.publish.told')}</p>
        </div>
      ) : null}
    </ConfirmDialog>
  );
}
