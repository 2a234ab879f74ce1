import { useTranslation } from 'react-i18next';
import type { AdminPlan } from '../../../api/plans';
import { useFormat } from '../../../i18n/format';

/** A plan's deadline in words ("By 31-03-2027 · every year", "Within 30 days of assignment"). */
export function useDeadlineText(): (deadline: AdminPlan['deadline']) => string {
  const { t } = useTranslation();
  const f = useFormat();
  return (deadline) =>
    deadline.kind === 'fixed' && deadline.date
      ? [
          t('plans.deadline.fixedOn', { date: f.date(deadline.date) }),
          ...(deadline.everyYear ? [t('plans.deadline.everyYear')] : []),
          ...(deadline.lateJoinerDays ? [t('plans.deadline.lateJoiners', { count: deadline.lateJoinerDays })] : []),
        ].join(' · ')
      : deadline.months !== undefined
        ? t(`plans.deadline.${deadline.kind}Months`, { count: deadline.months })
        : t(`plans.deadline.${deadline.kind}Days`, { count: deadline.days ?? 0 });
}
