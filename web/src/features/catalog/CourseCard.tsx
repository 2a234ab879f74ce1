import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CatalogItem } from '../../api/types';
import { useFormat } from '../../i18n/format';

/** One catalog result: thumbnail, title (in the UI language when the course has it), provider, length, rating and completions. */
export function CourseCard({ course }: { course: CatalogItem }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <li className="card course-card" data-testid="catalog-result">
      {course.thumbnailUrl ? <img className="course-thumb" src={course.thumbnailUrl} alt="" loading="lazy" decoding="async" width={320} height={180} /> : null}
      <h2 className="h3">
        <Link to="/courses/$courseId" params={{ courseId: course.id }}>
          {course.title}
        </Link>
      </h2>
      <p className="small muted">{f.name(course.provider)}</p>
      {course.summary ? <p className="small">{course.summary}</p> : null}
      <ul className="meta-list small">
        <li>{t('catalog.duration', { value: f.minutes(course.durationMinutes) })}</li>
        <li>{course.languages.map((l) => t(`language.${l}`, { defaultValue: l })).join(', ')}</li>
        <li>
          {course.rating.average !== null
            ? t('catalog.ratingValue', { value: f.rating(course.rating.average), count: course.rating.count, n: f.number(course.rating.count) })
            : t('catalog.notRated')}
        </li>
        <li>{t('catalog.completions', { count: course.completionCount, n: f.number(course.completionCount) })}</li>
      </ul>
    </li>
  );
}
