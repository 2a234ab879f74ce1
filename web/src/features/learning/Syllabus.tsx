import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CourseModule, LessonProgress } from '../../api/types';
import { useFormat } from '../../i18n/format';
import { LessonTypeLabel } from './LessonTypeLabel';

/** Modules and their lessons; for an enrolled learner each lesson links to the player and shows its status. */
export function Syllabus({
  courseId,
  modules,
  progress,
  currentKey,
}: {
  courseId: string;
  modules: CourseModule[];
  progress?: LessonProgress[];
  currentKey?: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const byKey = new Map((progress ?? []).map((p) => [p.lessonKey, p]));
  return (
    <ol className="syllabus">
      {modules.map((m) => (
        <li key={m.key}>
          <h3>{f.local(m.titles) ?? t('course.moduleN', { n: m.position })}</h3>
          <ol className="lesson-list">
            {m.lessons.map((l) => {
              const p = byKey.get(l.key);
              const title = f.local(l.titles) ?? t('course.lessonN', { n: l.position });
              return (
                <li key={l.key} className={l.key === currentKey ? 'current' : undefined}>
                  {progress ? (
                    <Link
                      to="/courses/$courseId/learn/$lessonKey"
                      params={{ courseId, lessonKey: l.key }}
                      aria-current={l.key === currentKey ? 'page' : undefined}
                    >
                      {title}
                    </Link>
                  ) : (
                    <span>{title}</span>
                  )}
                  <span className="lesson-meta small">
                    <LessonTypeLabel type={l.type} />
                    {l.durationSeconds ? <span>{f.duration(l.durationSeconds)}</span> : null}
                    {l.pages ? <span>{t('course.pages', { count: l.pages, n: f.number(l.pages) })}</span> : null}
                    <span className={l.required ? 'tag' : 'tag tag-muted'}>{l.required ? t('course.required') : t('course.optional')}</span>
                    {p ? <span className={`tag status-${p.status}`}>{t(`lessonStatus.${p.status}`, { percent: p.percent })}</span> : null}
                  </span>
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
