import { useTranslation } from 'react-i18next';

const ICONS: Record<string, string> = {
  video: '▶',
  audio: '♪',
  pdf: '▤',
  html: '☰',
  link: '↗',
  file: '↓',
  quiz: '?',
  final_assessment: '★',
};

/** A lesson's type as a small icon (hidden from screen readers) and a word. */
export function LessonTypeLabel({ type }: { type: string }) {
  const { t } = useTranslation();
  return (
    <span className="lesson-type">
      <span aria-hidden="true" className="lesson-icon">{ICONS[type] ?? '•'}</span> {t(`lessonType.${type}`, { defaultValue: type })}
    </span>
  );
}
