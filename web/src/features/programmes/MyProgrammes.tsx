import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMyProgrammes, type MyProgramme } from '../../api/programmes';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';

/** The "My programmes" section of My Learning: programmes in progress (with the next course) and completed. */
export function MyProgrammes() {
  const { t } = useTranslation();
  const mine = useMyProgrammes();
  const data = mine.data;
  return (
    <section aria-labelledby="ml-programmes" data-testid="my-programmes">
      <h2 id="ml-programmes">{t('programmes.mine.title')}</h2>
      {mine.isPending ? <Loading /> : null}
      <ErrorMessage error={mine.error} />
      {data ? (
        data.inProgress.length + data.completed.length ? (
          <ul className="card-list">
            {[...data.inProgress, ...data.completed].map((p) => (
              <MyProgrammeCard key={p.programmeId} programme={p} />
            ))}
          </ul>
        ) : (
          <p className="muted">
            {t('programmes.mine.none')} <Link to="/programmes">{t('programmes.mine.browse')}</Link>
          </p>
        )
      ) : null}
    </section>
  );
}

function MyProgrammeCard({ programme: p }: { programme: MyProgramme }) {
  const { t } = useTranslation();
  const f = useFormat();
  const completed = p.status === 'completed';
  return (
    <li className="card">
      <h3>
        <Link to="/programmes/$ref" params={{ ref: p.code }}>{p.title}</Link>
      </h3>
      {completed && p.completedAt ? (
        <p className="small">{t('programmes.page.completedOn', { date: f.date(p.completedAt), hours: f.hours(p.learningHours) })}</p>
      ) : (
        <>
          <label className="small" htmlFor={`pp-${p.programmeId}`}>{t('programmes.percentDone', { percent: p.progressPercent })}</label>
          <progress id={`pp-${p.programmeId}`} max={100} value={p.progressPercent} />
          <p className="small">{t('programmes.requiredDone', { done: f.number(p.requiredCompleted), total: f.number(p.requiredCount) })}</p>
        </>
      )}
      {p.dueAt ? (
        <p className="small">
          {t('programmes.due', { date: f.date(p.dueAt) })} {p.overdue ? <span className="tag tag-overdue">{t('programmes.overdue')}</span> : null}
        </p>
      ) : null}
      {p.retired ? <p className="small muted">{t('programmes.mine.retired')}</p> : null}
      {p.next ? (
        <Link to="/courses/$courseId" params={{ courseId: p.next.courseId }} className="btn btn-secondary">
          {t('programmes.mine.next', { title: p.next.title })}
        </Link>
      ) : null}
    </li>
  );
}
