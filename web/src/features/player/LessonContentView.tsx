import { useTranslation } from 'react-i18next';
import { useLessonContent } from '../../api/learning';
import { useMe } from '../../api/session';
import type { CourseLesson, LessonProgress } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { FileLesson, HtmlLesson, LinkLesson } from './DocumentLessons';
import { PdfLesson } from './PdfLesson';
import { MediaLesson } from './MediaLesson';

/** Picks the player for a lesson's type and feeds it the lesson's content. */
export function LessonContentView({ courseId, lesson, progress }: { courseId: string; lesson: CourseLesson; progress?: LessonProgress }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const content = useLessonContent(courseId, lesson.key, i18n.language, me !== null);
  if (content.isLoading) return <Loading />;
  if (content.error) return <ErrorMessage error={content.error} />;
  const c = content.data;
  const common = { courseId, lessonKey: lesson.key, progress };
  if (c) {
    if ((lesson.type === 'video' || lesson.type === 'audio') && c.fileId) return <MediaLesson kind={lesson.type} fileId={c.fileId} {...common} />;
    if (lesson.type === 'pdf' && c.fileId) return <PdfLesson fileId={c.fileId} pages={c.pages ?? lesson.pages} {...common} />;
    if (lesson.type === 'html' && c.html) return <HtmlLesson html={c.html} {...common} />;
    if (lesson.type === 'link' && c.url) return <LinkLesson url={c.url} {...common} />;
    if (lesson.type === 'file' && c.fileId) return <FileLesson fileId={c.fileId} {...common} />;
  }
  return <p className="alert alert-info">{t('player.contentUnavailable')}</p>;
}
