import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { RequirementLine } from '../../api/plans';
import { useFormat } from '../../i18n/format';
import { PlanStatus } from './PlanStatus';
import { CourseStateTag } from '../learning/CourseState';

/** A plan's requirements for one person: what each asks, its dates, and the courses or programme that meet it. */
export function Requirements({ lines, showHistory = false }: { lines: RequirementLine[]; showHistory?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ul className="plain-list">
      {lines.map((r) => (
        <li key={r.id}>
          <p>
            <strong>{f.local(r.title)}</strong> <PlanStatus status={r.current.status} />
          </p>
          <p className="small muted">
            {t('plans.dueOn', { date: f.date(`${r.current.dueDate}T12:00:00+05:30`) })}
            {r.current.extendedTo ? ` · ${t('plans.extendedFrom', { date: f.date(`${r.current.originalDueDate}T12:00:00+05:30`) })}` : ''}
            {r.current.completedAt ? ` · ${t('plans.completedOn', { date: f.date(r.current.completedAt) })}` : ''}
            {r.current.validUntil ? ` · ${t('plans.validUntil', { date: f.date(r.current.validUntil) })}` : ''}
            {r.needed > 1 ? ` · ${t('plans.doneOf', { done: f.number(r.done), needed: f.number(r.needed) })}` : ''}
          </p>
          {r.programme ? (
            <p className="small">
              <Link to="/programmes/$ref" params={{ ref: r.programme.code }}>{f.local(r.programme.title)}</Link>{' '}
              <span className="tag">{t(`plans.courseStatus.${r.programme.status}`)}</span>
            </p>
          ) : null}
          {r.courses.length > 0 ? (
            <ul className="link-list small">
              {r.courses.map((c) => (
                <li key={c.courseId}>
                  <Link to="/courses/$courseId" params={{ courseId: c.courseId }}>{f.local(c.title)}</Link>{' '}
                  <CourseStateTag status={c.status} progressPercent={c.progressPercent} />
                  {c.retired ? <span className="muted"> {t('plans.retiredCourse')}</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
          {showHistory && r.history.length > 0 ? (
            <details>
              <summary>{t('plans.history', { count: r.history.length })}</summary>
              <ul className="plain-list small">
                {r.history.map((h) => (
                  <li key={h.cycleNo}>
                    {t(`plans.cycleKind.${h.kind}`)} · {t('plans.dueOn', { date: f.date(`${h.dueDate}T12:00:00+05:30`) })} · <PlanStatus status={h.status} />
                    {h.completedAt ? ` · ${t('plans.completedOn', { date: f.date(h.completedAt) })}` : ''}
                    {h.closedReason ? ` · ${t(`plans.closed.${h.closedReason}`)}` : ''}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
