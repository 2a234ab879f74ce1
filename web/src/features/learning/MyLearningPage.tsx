import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMyLearning } from '../../api/learning';
import type { MyCourse } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { MyProgrammes } from '../programmes/MyProgrammes';

/** My Learning: courses in progress, completed and assigned. */
export function MyLearningPage() {
  return <RequireAuth>{() => <MyLearningBody />}</RequireAuth>;
}

function MyLearningBody() {
  const { t } = useTranslation();
  const f = useFormat();
  const mine = useMyLearning();
  const data = mine.data;
  return (
    <Page title={t('myLearning.title')}>
      {mine.isPending ? <Loading /> : null}
      <ErrorMessage error={mine.error} />
      {data ? (
        <>
          <p data-testid="learning-totals">
            {t('myLearning.totals', { count: data.totals.completed, n: f.number(data.totals.completed), hours: f.hours(data.totals.learningHours) })}{' '}
            {t('myLearning.timeSpent', { hours: f.number(data.totals.timeSpentHours) })}
          </p>
          {/* Assigned courses still to finish appear once, under Assigned (with their due dates); finished ones under Completed. */}
          <Section id="assigned" title={t('myLearning.assigned')} courses={data.assigned.filter((c) => c.status !== 'completed')} empty={t('myLearning.noneAssigned')} />
          <MyProgrammes />
          <Section id="in-progress" title={t('myLearning.inProgress')} courses={data.inProgress.filter((c) => c.source !== 'assignment')} empty={t('myLearning.noneInProgress')} />
          <Section id="completed" title={t('myLearning.completed')} courses={data.completed} empty={t('myLearning.noneCompleted')} />
          <p>
            <Link to="/courses" className="btn btn-secondary">{t('myLearning.browse')}</Link>
          </p>
        </>
      ) : null}
    </Page>
  );
}

function Section({ id, title, courses, empty }: { id: string; title: string; courses: MyCourse[]; empty: string }) {
  return (
    <section aria-labelledby={`ml-${id}`}>
      <h2 id={`ml-${id}`}>{title}</h2>
      {courses.length ? (
        <ul className="card-list">
          {courses.map((c) => (
            <MyCourseCard key={c.courseId} course={c} />
          ))}
        </ul>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </section>
  );
}

function MyCourseCard({ course: c }: { course: MyCourse }) {
  const { t } = useTranslation();
  const f = useFormat();
  const completed = c.status === 'completed';
  return (
    <li className="card">
      <h3>
        <Link to="/courses/$courseId" params={{ courseId: c.courseId }}>{c.title}</Link>
      </h3>
      {completed && c.completedAt ? (
        <p className="small">{t('myLearning.completedOn', { date: f.date(c.completedAt), hours: f.hours(c.learningHours) })}</p>
      ) : (
        <>
          <label className="small" htmlFor={`p-${c.courseId}`}>{t('course.percentDone', { percent: c.progressPercent })}</label>
          <progress id={`p-${c.courseId}`} max={100} value={c.progressPercent} />
        </>
      )}
      {c.dueAt ? (
        <p className="small">
          {t('myLearning.due', { date: f.date(c.dueAt) })} {c.overdue && !completed ? <span className="tag tag-overdue">{t('myLearning.overdue')}</span> : null}
        </p>
      ) : null}
      {c.retired ? <p className="small muted">{t('myLearning.retired')}</p> : null}
      {!completed && c.resume ? (
        <Link to="/courses/$courseId/learn/$lessonKey" params={{ courseId: c.courseId, lessonKey: c.resume.lessonKey }} className="btn btn-primary">
          {c.progressPercent > 0 || c.lastActivityAt ? t('course.resume') : t('course.start')}
          <span className="visually-hidden">: {c.title}</span>
        </Link>
      ) : null}
    </li>
  );
}
