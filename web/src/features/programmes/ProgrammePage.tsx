import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useEnrolInProgramme, useProgramme, type ProgrammeCourseLine, type ProgrammePage as Programme } from '../../api/programmes';
import { useMe } from '../../api/session';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { CourseStateTag } from '../learning/CourseState';

/** A programme: its courses in order with the learner's status in each, overall progress, what is missing, and enrolment. */
export function ProgrammePage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { ref } = useParams({ from: '/programmes/$ref' });
  const programme = useProgramme(ref);
  if (programme.isPending) return <Loading />;
  if (!programme.data) return <ErrorMessage error={programme.error} />;
  const p = programme.data;
  const required = p.courses.filter((c) => c.required).length;
  return (
    <Page title={p.title} intro={p.summary}>
      {p.thumbnailUrl ? <img src={p.thumbnailUrl} alt="" width={320} height={180} style={{ maxWidth: '100%', height: 'auto' }} /> : null}
      {p.status === 'retired' ? <p className="alert alert-info">{t('programmes.page.retired')}</p> : null}
      <dl className="details card">
        <dt>{t('programmes.provider')}</dt>
        <dd>{f.name(p.provider)}</dd>
        <dt>{t('programmes.durationLabel')}</dt>
        <dd>{f.minutes(p.durationMinutes)}</dd>
        <dt>{t('programmes.coursesLabel')}</dt>
        <dd>{t('programmes.coursesSummary', { total: f.number(p.courses.length), required: f.number(required) })}</dd>
        <dt>{t('programmes.completedBy')}</dt>
        <dd>{f.number(p.completionCount)}</dd>
      </dl>
      <ProgressPanel programme={p} />
      <Missing programme={p} />
      <section className="card" aria-labelledby="programme-courses-heading">
        <h2 id="programme-courses-heading">{t('programmes.page.courses')}</h2>
        <ol className="lesson-list">
          {p.courses.map((c) => (
            <CourseItem key={c.courseId} line={c} signedIn={p.progress !== null} />
          ))}
        </ol>
      </section>
      {p.description ? (
        <section className="card" aria-labelledby="programme-about-heading">
          <h2 id="programme-about-heading">{t('programmes.page.about')}</h2>
          <p className="pre">{p.description}</p>
        </section>
      ) : null}
    </Page>
  );
}

function CourseItem({ line: c, signedIn }: { line: ProgrammeCourseLine; signedIn: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const title = c.title || t('programmes.page.courseN', { n: c.number });
  return (
    <li data-testid="programme-course">
      {c.available && !c.restricted ? <Link to="/courses/$courseId" params={{ courseId: c.courseId }}>{title}</Link> : <span>{title}</span>}
      <span className="lesson-meta small">
        <span>{f.minutes(c.durationMinutes)}</span>
        <span className={c.required ? 'tag' : 'tag tag-muted'}>{c.required ? t('programmes.required') : t('programmes.optional')}</span>
        {!c.available ? <span className="tag tag-muted">{t('programmes.page.unavailable')}</span> : null}
        {c.restricted ? <span className="tag tag-muted">{t('programmes.page.restricted')}</span> : null}
        {signedIn ? <CourseStateTag status={c.status} progressPercent={c.percent} /> : null}
      </span>
    </li>
  );
}

function ProgressPanel({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const enrol = useEnrolInProgramme(p.code);
  if (!me) {
    return p.status === 'published' ? (
      <p>
        <Link to="/sign-in" className="btn btn-primary">{t('programmes.page.signInToEnrol')}</Link>
      </p>
    ) : null;
  }
  const progress = p.progress;
  if (!p.enrolment) {
    return (
      <section className="card" aria-labelledby="programme-enrol-heading">
        <h2 id="programme-enrol-heading">{t('programmes.page.join')}</h2>
        {progress && progress.requiredCompleted > 0 ? (
          <p>{t('programmes.page.alreadyDone', { done: f.number(progress.requiredCompleted), total: f.number(progress.requiredCount) })}</p>
        ) : null}
        {p.canEnrol ? (
          <>
            <p className="small">{t('programmes.page.enrolHint')}</p>
            <Button data-testid="programme-enrol" busy={enrol.isPending} onClick={() => enrol.mutate()}>
              {t('programmes.page.enrol')}
            </Button>
          </>
        ) : (
          <p className="muted">{t('programmes.page.notOpen')}</p>
        )}
        <ErrorMessage error={enrol.error} />
      </section>
    );
  }
  const completed = p.enrolment.status === 'completed';
  const next = progress?.missing.find((m) => m.available);
  return (
    <section className="card" aria-labelledby="programme-progress-heading" data-testid="programme-progress">
      <h2 id="programme-progress-heading">{t('programmes.page.yourProgress')}</h2>
      {completed && p.enrolment.completedAt ? (
        <p className="alert alert-success">
          {t('programmes.page.completedOn', { date: f.date(p.enrolment.completedAt), hours: f.hours(Math.round(p.enrolment.learningMinutesCredited / 6) / 10) })}
        </p>
      ) : progress ? (
        <>
          <label htmlFor="programme-progress-bar">{t('programmes.percentDone', { percent: progress.percent })}</label>
          <progress id="programme-progress-bar" max={100} value={progress.percent} />
          <p className="small">{t('programmes.requiredDone', { done: f.number(progress.requiredCompleted), total: f.number(progress.requiredCount) })}</p>
        </>
      ) : null}
      {p.enrolment.dueAt ? <p className="small">{t('programmes.due', { date: f.date(p.enrolment.dueAt) })}</p> : null}
      {!completed && next ? (
        <p>
          <Link to="/courses/$courseId" params={{ courseId: next.courseId }} className="btn btn-primary">
            {t('programmes.page.continue', { title: next.title })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

function Missing({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation();
  const progress = p.progress;
  if (!p.enrolment || !progress || progress.status === 'completed' || progress.missing.length === 0) return null;
  return (
    <section className="card" aria-labelledby="programme-missing-heading">
      <h2 id="programme-missing-heading">{t('programmes.page.missingTitle', { count: progress.missing.length })}</h2>
      <ul className="link-list" data-testid="programme-missing">
        {progress.missing.map((m) => (
          <li key={m.courseId}>
            {m.available ? <Link to="/courses/$courseId" params={{ courseId: m.courseId }}>{m.message}</Link> : <span>{m.message}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
