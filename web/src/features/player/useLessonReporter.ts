import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { sendProgress, useRefreshLearning } from '../../api/learning';
import type { LessonUpdate } from '../../api/types';

type Detail = Pick<LessonUpdate, 'video' | 'audio' | 'pdf' | 'html' | 'link' | 'file'>;

/** Reports one lesson's progress with the time spent since the last report; a newer clientSeq orders reports across page loads. */
export function useLessonReporter(courseId: string, lessonKey: string) {
  const { i18n } = useTranslation();
  const refresh = useRefreshLearning(courseId);
  const last = useRef(Date.now());
  useEffect(() => {
    last.current = Date.now();
  }, [lessonKey]);
  return useCallback(
    async (detail: Detail, options: { keepalive?: boolean } = {}) => {
      const now = Date.now();
      const timeSpentSeconds = Math.min(3600, Math.max(0, Math.round((now - last.current) / 1000)));
      last.current = now;
      const update: LessonUpdate = { lessonKey, clientSeq: now, timeSpentSeconds, language: i18n.language === 'hi' ? 'hi' : 'en', ...detail };
      try {
        await sendProgress(courseId, [update], options.keepalive);
      } finally {
        if (!options.keepalive) void refresh();
      }
    },
    [courseId, lessonKey, i18n.language, refresh],
  );
}
