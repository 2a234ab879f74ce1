import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCourse } from '../../api/catalog';
import { useCourseLearning, useEnrol } from '../../api/learning';
import { useMe } from '../../api/session';
import type { CourseLearning, CoursePage as Course } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { CourseCertificate } from './CourseCertificate';
import { CourseStateTag, courseState, useCourseAction } from './CourseState';
import { MissingItems } from './MissingItems';
import { RatingForm, Ratings } from './Ratings';
import { Syllabus } from './Syllabus';

/** The first lesson of a course, where a new learner starts. */
export function firstLessonKey(course: Course): string | undefined {
  return course.modules.flatMap((m) => m.lessons)[0]?.key;
}

/** A course: what it is, its syllabus and ratings; enrol, resume, progress and what is left to complete. */
export function CoursePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { courseId } = useParams({ from: '/courses/$courseId' });
  const me = useMe();
  const course = useCourse(courseId);
  const learning = useCourseLearning(courseId, !!me);
  if (course.isPending) return <Loading />;
  if (!course.data) return <ErrorMessage error={course.error} />;
  const c = course.data;
  const texts = f.local(c.texts);
  const enrolled = learning.data ?? null;
  return (
    <Page title={texts?.title ?? ''} intro={texts?.summary}>
      {c.thumbnailUrl ? <img className="course-thumb course-hero" src={c.thumbnailUrl} alt="" width={640} height={360} /> : null}
      <dl className="details card">
        <dt>{t('catalog.provider')}</dt>
        <dd>{f.name(c.provider)}</dd>
        <dt>{t('course.languages')}</dt>
        <dd>{c.languages.map((l) => t(`language.${l}`, { defaultValue: l })).join(', ')}</dd>
        <dt>{t('catalog.durationFilter')}</dt>
        <dd>{f.minutes(c.durationMinutes)}</dd>
        <dt>{t('course.difficulty')}</dt>
        <dd>{t(`difficulty.${c.difficulty}`)}</dd>
        <dt>{t('course.rating')}</dt>
        <dd>
          {c.rating.average !== null
            ? t('catalog.ratingValue', { value: f.rating(c.rating.average), count: c.rating.count, n: f.number(c.rating.count) })
            : t('catalog.notRated')}
        </dd>
        <dt>{t('course.completedBy')}</dt>
        <dd>{f.number(c.completionCount)}</dd>
      </dl>
      {me ? (
        learning.isPending ? <Loading /> : <EnrolPanel course={c} learning={enrolled} />
      ) : (
        <p>
          <Link to="/sign-in" className="btn btn-primary">{t('course.signInToEnrol')}</Link>
        </p>
      )}
      <ErrorMessage error={learning.error} />
      {enrolled?.completion.status === 'completed' ? <CourseCertificate courseId={c.id} /> : null}
      {enrolled ? <MissingItems courseId={c.id} completion={enrolled.completion} /> : null}
      {texts?.description ? (
        <section className="card" aria-labelledby="about-heading">
          <h2 id="about-heading">{t('course.about')}</h2>
          <p className="pre">{texts.description}</p>
        </section>
      ) : null}
      <section className="card" aria-labelledby="syllabus-heading">
        <h2 id="syllabus-heading">{t('course.syllabus', { count: c.lessonCount, n: f.number(c.lessonCount) })}</h2>
        <Syllabus courseId={c.id} modules={c.modules} progress={enrolled?.lessons} />
      </section>
      {enrolled?.completion.status === 'completed' ? <RatingForm courseId={c.id} /> : null}
      <Ratings courseId={c.id} />
    </Page>
  );
}

function EnrolPanel({ course, learning }: { course: Course; learning: CourseLearning | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const enrol = useEnrol(course.id);
  const action = useCourseAction();
  const first = firstLessonKey(course);
  if (!learning) {
    return (
      <div className="actions">
        <Button
          data-testid="course-enrol"
          busy={enrol.isPending}
          onClick={() =>
            enrol.mutate(undefined, {
              onSuccess: () => (first ? void navigate({ to: '/courses/$courseId/learn/$lessonKey', params: { courseId: course.id, lessonKey: first } }) : undefined),
            })
          }
        >
          {t('course.enrol')}
        </Button>
        <ErrorMessage error={enrol.error} />
      </div>
    );
  }
  const { completion } = learning;
  const target = learning.resume?.lessonKey ?? learning.nextLessonKey ?? first;
  return (
    <section className="card" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('course.yourProgress')}</h2>
      {completion.status === 'completed' && completion.completedAt ? (
        <p className="alert alert-success" data-testid="course-enrol">{t('course.completedOn', { date: f.date(completion.completedAt) })}</p>
      ) : (
        <>
          <label htmlFor="course-progress">
            <CourseStateTag status={completion.status} progressPercent={completion.percent} />
          </label>
          <progress id="course-progress" max={100} value={completion.percent} />
        </>
      )}
      {learning.enrolment.dueAt ? <p className="small">{t('myLearning.due', { date: f.date(learning.enrolment.dueAt) })}</p> : null}
      {target ? (
        <p>
          <Link
            to="/courses/$courseId/learn/$lessonKey"
            params={{ courseId: course.id, lessonKey: target }}
            className="btn btn-primary"
            data-testid={completion.status === 'completed' ? undefined : 'course-enrol'}
          >
            {action(courseState({ status: completion.status, progressPercent: completion.percent }))}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
