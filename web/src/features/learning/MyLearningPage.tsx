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
import { CourseStateTag, courseState, useCourseAction } from './CourseState';

/** My Learning: what to continue first, then courses to start (assigned ones by deadline), programmes, completed ones. */
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
          <NextSteps courses={data.inProgress} anyAssigned={data.assigned.length > 0} />
          <MyProgrammes />
          <Section id="completed" title={t('myLearning.completed')} courses={data.completed} empty={t('myLearning.noneCompleted')} />
          <p>
            <Link to="/courses" className="btn btn-secondary">{t('myLearning.browse')}</Link>
          </p>
        </>
      ) : null}
    </Page>
  );
}

/**
 * The courses still to finish, in the server's next-step order, each once: the ones in progress first (so the course
 * to continue is at the top on a phone), then assigned ones not started (by deadline), then other enrolments.
 */
function NextSteps({ courses, anyAssigned }: { courses: MyCourse[]; anyAssigned: boolean }) {
  const { t } = useTranslation();
  const started = courses.filter((c) => courseState(c) === 'in_progress');
  const assigned = courses.filter((c) => courseState(c) === 'not_started' && c.source === 'assignment');
  const others = courses.filter((c) => courseState(c) === 'not_started' && c.source !== 'assignment');
  return (
    <>
      {started.length > 0 ? <Section id="continue" title={t('myLearning.continue')} courses={started} empty="" /> : null}
      {assigned.length > 0 || !anyAssigned ? <Section id="assigned" title={t('myLearning.assigned')} courses={assigned} empty={t('myLearning.noneAssigned')} /> : null}
      {others.length > 0 ? <Section id="not-started" title={t('myLearning.notStarted')} courses={others} empty="" /> : null}
      {courses.length === 0 ? <p className="muted">{t('myLearning.noneInProgress')}</p> : null}
    </>
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
  const action = useCourseAction();
  const state = courseState(c);
  return (
    <li className="card" data-testid="my-course" data-state={state}>
      <h3>
        <Link to="/courses/$courseId" params={{ courseId: c.courseId }}>{c.title}</Link>
      </h3>
      {state === 'completed' && c.completedAt ? (
        <p className="small">{t('myLearning.completedOn', { date: f.date(c.completedAt), hours: f.hours(c.learningHours) })}</p>
      ) : (
        <>
          <label className="small" htmlFor={`p-${c.courseId}`}>
            <CourseStateTag status={c.status} progressPercent={c.progressPercent} />
          </label>
          <progress id={`p-${c.courseId}`} max={100} value={c.progressPercent} />
        </>
      )}
      {c.dueAt ? (
        <p className="small">
          {t('myLearning.due', { date: f.date(c.dueAt) })} {c.overdue && state !== 'completed' ? <span className="tag tag-overdue">{t('myLearning.overdue')}</span> : null}
        </p>
      ) : null}
      {c.retired ? <p className="small muted">{t('myLearning.retired')}</p> : null}
      {state !== 'completed' && c.resume ? (
        <Link to="/courses/$courseId/learn/$lessonKey" params={{ courseId: c.courseId, lessonKey: c.resume.lessonKey }} className="btn btn-primary">
          {action(state)}
          <span className="visually-hidden">: {c.title}</span>
        </Link>
      ) : null}
    </li>
  );
}
