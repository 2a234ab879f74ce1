import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Completion } from '../../api/types';

/** The exact list of items still needed to complete the course, as the server words them. */
export function MissingItems({ courseId, completion }: { courseId: string; completion: Completion }) {
  const { t } = useTranslation();
  if (completion.status === 'completed' || completion.missing.length === 0) return null;
  return (
    <section className="card" aria-labelledby="missing-heading">
      <h2 id="missing-heading">{t('course.missingTitle', { count: completion.missing.length })}</h2>
      <ul className="link-list" data-testid="missing-items">
        {completion.missing.map((m) => (
          <li key={m.lessonKey}>
            <Link to="/courses/$courseId/learn/$lessonKey" params={{ courseId, lessonKey: m.lessonKey }}>
              {m.message}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
