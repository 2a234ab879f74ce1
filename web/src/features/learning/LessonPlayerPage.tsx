import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCourse } from '../../api/catalog';
import { useCourseLearning } from '../../api/learning';
import type { CourseLesson } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { AssessmentPlayer } from '../assessment/AssessmentPlayer';
import { LessonContentView } from '../player/LessonContentView';
import { useFormat } from '../../i18n/format';
import { LessonTypeLabel } from './LessonTypeLabel';
import { MissingItems } from './MissingItems';
import { Syllabus } from './Syllabus';

/** The learning player: the current lesson, its completion status, previous/next, and the course outline. */
export function LessonPlayerPage() {
  return <RequireAuth>{() => <Player />}</RequireAuth>;
}

function Player() {
  const { t } = useTranslation();
  const f = useFormat();
  const { courseId, lessonKey } = useParams({ from: '/courses/$courseId/learn/$lessonKey' });
  const course = useCourse(courseId);
  const learning = useCourseLearning(courseId);
  const [outlineOpen, setOutlineOpen] = useState(false);
  if (course.isPending || learning.isPending) return <Loading />;
  if (!course.data) return <ErrorMessage error={course.error} />;
  const c = course.data;
  if (!learning.data) {
    return (
      <Page title={f.local(c.texts)?.title ?? ''}>
        <ErrorMessage error={learning.error} />
        <p className="alert alert-info">{t('player.notEnrolled')}</p>
        <Link to="/courses/$courseId" params={{ courseId }} className="btn btn-primary">{t('player.toCourse')}</Link>
      </Page>
    );
  }
  const lessons: CourseLesson[] = c.modules.flatMap((m) => m.lessons);
  const index = lessons.findIndex((l) => l.key === lessonKey);
  const lesson = lessons[index];
  if (!lesson) return <ErrorMessage error={t('player.lessonMissing')} />;
  const prev = lessons[index - 1];
  const next = lessons[index + 1];
  const progress = learning.data.lessons.find((p) => p.lessonKey === lessonKey);
  const title = f.local(lesson.titles) ?? t('course.lessonN', { n: index + 1 });
  const assessment = lesson.type === 'quiz' || lesson.type === 'final_assessment';
  return (
    <Page title={title}>
      <p className="small">
        <Link to="/courses/$courseId" params={{ courseId }}>{f.local(c.texts)?.title}</Link> · {t('player.lessonOf', { n: f.number(index + 1), total: f.number(lessons.length) })} ·{' '}
        <LessonTypeLabel type={lesson.type} />
      </p>
      <div className="player-layout">
        <div className="player-main">
          {progress ? (
            <p className={`tag status-${progress.status}`} data-testid="lesson-complete-status" data-status={progress.status} role="status">
              {t(`lessonStatus.${progress.status}`, { percent: progress.percent })}
            </p>
          ) : null}
          {assessment ? (
            <AssessmentPlayer courseId={courseId} lessonKey={lessonKey} />
          ) : (
            <LessonContentView key={lesson.key} courseId={courseId} lesson={lesson} progress={progress} />
          )}
          <nav className="pager lesson-pager" aria-label={t('player.lessonNav')}>
            {prev ? (
              <Link to="/courses/$courseId/learn/$lessonKey" params={{ courseId, lessonKey: prev.key }}>← {t('player.previous')}</Link>
            ) : (
              <span />
            )}
            {next ? (
              <Link to="/courses/$courseId/learn/$lessonKey" params={{ courseId, lessonKey: next.key }}>{t('player.next')} →</Link>
            ) : (
              <Link to="/courses/$courseId" params={{ courseId }}>{t('player.toCourse')}</Link>
            )}
          </nav>
          <MissingItems courseId={courseId} completion={learning.data.completion} />
        </div>
        <aside className={`player-outline${outlineOpen ? ' open' : ''}`} aria-labelledby="outline-heading">
          <h2 id="outline-heading" className="outline-heading">
            <button type="button" className="outline-toggle" aria-expanded={outlineOpen} aria-controls="outline-body" onClick={() => setOutlineOpen((o) => !o)}>
              {t('player.outline')}
            </button>
          </h2>
          <div id="outline-body" className="outline-body">
            <Syllabus courseId={courseId} modules={c.modules} progress={learning.data.lessons} currentKey={lessonKey} />
          </div>
        </aside>
      </div>
    </Page>
  );
}
