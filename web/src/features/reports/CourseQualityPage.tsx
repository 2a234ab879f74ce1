import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useAuthoringCourses } from '../../api/authoring';
import { useCourseQuality } from '../../api/reports';
import { CONTENT_ROLES } from '../../api/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { BarsChart } from './Charts';
import { FigureGrid, usePercent } from './Figures';
import './reports.css';

/** Course providers' list of their published courses, each linking to its quality report. */
export function CourseQualityListPage() {
  return <RequireAuth roles={CONTENT_ROLES}>{() => <CourseList />}</RequireAuth>;
}

function CourseList() {
  const { t } = useTranslation();
  const courses = useAuthoringCourses({});
  const published = courses.data?.items.filter((c) => c.published) ?? [];
  return (
    <Page title={t('reports.quality.listTitle')} intro={t('reports.quality.listIntro')}>
      {courses.isPending ? <Loading /> : null}
      <ErrorMessage error={courses.error} />
      {courses.data && published.length === 0 ? <p className="muted">{t('reports.quality.noCourses')}</p> : null}
      <ul className="link-list">
        {published.map((c) => (
          <li key={c.id}><Link to="/reports/courses/$courseId" params={{ courseId: c.id }}>{c.title}</Link></li>
        ))}
      </ul>
    </Page>
  );
}

/** One course's quality: enrolments, completion rate, rating, final-assessment pass rate and where learners stop. */
export function CourseQualityPage() {
  return <RequireAuth>{() => <Quality />}</RequireAuth>;
}

function Quality() {
  const { t } = useTranslation();
  const f = useFormat();
  const percent = usePercent();
  const { courseId } = useParams({ from: '/reports/courses/$courseId' });
  const q = useCourseQuality(courseId);
  const d = q.data;
  return (
    <Page title={d ? t('reports.quality.titleOf', { course: f.local<string>(d.title) }) : t('reports.quality.title')}>
      <p><Link to="/reports/courses">{t('reports.quality.all')}</Link></p>
      {q.isPending ? <Loading /> : null}
      <ErrorMessage error={q.error} />
      {d ? (
        <>
          <FigureGrid
            label={t('reports.quality.figures')}
            items={[
              { key: 'enrolments', label: t('reports.activity.enrolments'), value: d.enrolments },
              { key: 'completions', label: t('reports.activity.completions'), value: d.completions, note: t('reports.quality.rate', { rate: percent(d.completionRate) }) },
              { key: 'ratings', label: t('reports.quality.ratings'), value: d.ratings, note: d.averageRating === null ? undefined : t('reports.quality.average', { stars: f.rating(d.averageRating) }) },
            ]}
          />
          <h2>{t('reports.quality.final')}</h2>
          <p>
            {d.finalAssessment
              ? t('reports.quality.passRate', { passed: f.number(d.finalAssessment.passed), takers: f.number(d.finalAssessment.takers), rate: percent(d.finalAssessment.passRate) })
              : t('reports.quality.noFinal')}
          </p>
          <h2>{t('reports.quality.dropOff')}</h2>
          <p>
            {d.dropOff
              ? t('reports.quality.dropOffAt', { n: f.number(d.dropOff.number), lesson: f.local<string>(d.dropOff.title), stalled: f.number(d.dropOff.stalled), days: f.number(d.stalledDays) })
              : t('reports.quality.noDropOff', { days: f.number(d.stalledDays) })}
          </p>
          <BarsChart title={t('reports.quality.stalledChart', { days: f.number(d.stalledDays) })} bars={d.lessons.map((l) => ({ label: `${l.number}. ${f.local<string>(l.title) ?? ''}`, value: l.stalledHere }))} />
        </>
      ) : null}
    </Page>
  );
}
