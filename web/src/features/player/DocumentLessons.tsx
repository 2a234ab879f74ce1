import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonProgress } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLessonReporter } from './useLessonReporter';

interface Common {
  courseId: string;
  lessonKey: string;
  progress?: LessonProgress;
}

/** Reading from server-sanitised HTML; reaching the end (seen by an IntersectionObserver) completes it. */
export function HtmlLesson({ courseId, lessonKey, progress, html }: Common & { html: string }) {
  const { t } = useTranslation();
  const report = useLessonReporter(courseId, lessonKey);
  const sentinel = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<unknown>(null);
  const done = progress?.status === 'completed';
  useEffect(() => {
    const el = sentinel.current;
    if (!el || done) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        report({ html: { scrolledToEnd: true } }).catch((e: unknown) => setError(e));
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [done, report]);
  return (
    <div>
      {/* The server sanitises lesson HTML when it is saved (sanitize-html allow-list). */}
      <div className="lesson-html" dangerouslySetInnerHTML={{ __html: html }} />
      <div ref={sentinel} className="end-sentinel small muted">{t('player.endOfReading')}</div>
      <ErrorMessage error={error} />
    </div>
  );
}

/** An external web page: opening it completes the lesson. */
export function LinkLesson({ courseId, lessonKey, url }: Common & { url: string }) {
  const { t } = useTranslation();
  const report = useLessonReporter(courseId, lessonKey);
  const [error, setError] = useState<unknown>(null);
  return (
    <div>
      <p>
        <a
          className="btn btn-primary"
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          onClick={() => report({ link: { opened: true } }).catch((e: unknown) => setError(e))}
          onAuxClick={(e) => e.button === 1 && report({ link: { opened: true } }).catch((err: unknown) => setError(err))}
        >
          {t('player.openLink')}
        </a>
      </p>
      <p className="small muted break">{url}</p>
      <ErrorMessage error={error} />
    </div>
  );
}

/** A file to download: downloading it completes the lesson. */
export function FileLesson({ courseId, lessonKey, fileId }: Common & { fileId: string }) {
  const { t } = useTranslation();
  const report = useLessonReporter(courseId, lessonKey);
  const [error, setError] = useState<unknown>(null);
  return (
    <div>
      <p>
        <a
          className="btn btn-primary"
          href={`/api/files/${fileId}`}
          download
          onClick={() => report({ file: { downloaded: true } }).catch((e: unknown) => setError(e))}
          onAuxClick={(e) => e.button === 1 && report({ file: { downloaded: true } }).catch((err: unknown) => setError(err))}
        >
          {t('player.download')}
        </a>
      </p>
      <ErrorMessage error={error} />
    </div>
  );
}
