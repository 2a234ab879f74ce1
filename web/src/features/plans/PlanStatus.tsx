import { useTranslation } from 'react-i18next';

const TONE: Record<string, string> = {
  overdue: 'plan-overdue',
  completed_on_time: 'status-completed',
  completed_late: 'plan-late',
  expired: 'plan-late',
  extended: 'status-in_progress',
  in_progress: 'status-in_progress',
};

/** A plan or requirement status as a labelled tag (words, not colour alone). */
export function PlanStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`tag ${TONE[status] ?? ''}`}>{t(`plans.status.${status}`, { defaultValue: status })}</span>;
}
