import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonProgress } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLessonReporter } from './useLessonReporter';

type Range = [number, number];
const REPORT_EVERY_MS = 10_000;

/** Video or audio from the file endpoint: resumes at the saved position and reports the ranges actually played. */
export function MediaLesson({
  kind,
  courseId,
  lessonKey,
  fileId,
  progress,
}: {
  kind: 'video' | 'audio';
  courseId: string;
  lessonKey: string;
  fileId: string;
  progress?: LessonProgress;
}) {
  const { t } = useTranslation();
  const report = useLessonReporter(courseId, lessonKey);
  const media = useRef<HTMLVideoElement & HTMLAudioElement>(null);
  const ranges = useRef<Range[]>([]);
  const current = useRef<Range | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const el = media.current;
    if (!el) return;
    const resumeAt = progress?.status === 'completed' ? 0 : (progress?.positionSeconds ?? 0);
    const onMeta = () => {
      if (resumeAt > 0 && resumeAt < el.duration - 1) el.currentTime = resumeAt;
    };
    const onPlay = () => {
      current.current = [el.currentTime, el.currentTime];
    };
    const onTime = () => {
      if (el.paused || el.seeking) return;
      const now = el.currentTime;
      const open = current.current;
      // A jump of more than 2 s is a seek, not playback: start a new range.
      if (open && now >= open[1] && now - open[1] < 2) open[1] = now;
      else current.current = [now, now];
    };
    // On pause or end the range runs to where playback stopped; on a seek it ends at the last played moment.
    const closeRange = (atStop = false) => {
      const open = current.current;
      if (open && atStop && el.currentTime >= open[1] && el.currentTime - open[1] < 2) open[1] = el.currentTime;
      if (open && open[1] > open[0]) ranges.current.push([open[0], open[1]]);
      current.current = null;
    };
    const flush = (extra: { ended?: boolean; keepalive?: boolean } = {}) => {
      const open = current.current;
      const watched = [...ranges.current, ...(open && open[1] > open[0] ? [[open[0], open[1]] as Range] : [])];
      if (open) current.current = [open[1], open[1]];
      ranges.current = [];
      if (watched.length === 0 && !extra.ended) return;
      const detail = { watchedRanges: watched.slice(-200), positionSeconds: el.currentTime, ...(extra.ended ? { ended: true } : {}) };
      report(kind === 'video' ? { video: detail } : { audio: detail }, { keepalive: extra.keepalive }).catch((e: unknown) => setError(e));
    };
    const onPause = () => {
      closeRange(true);
      flush();
    };
    const onEnded = () => {
      closeRange(true);
      flush({ ended: true });
    };
    const onSeeking = () => closeRange();
    const onHide = () => {
      closeRange(true);
      flush({ keepalive: true });
    };
    const timer = window.setInterval(() => {
      if (!el.paused) flush();
    }, REPORT_EVERY_MS);
    el.addEventListener('loadedmetadata', onMeta);
    el.addEventListener('play', onPlay);
    el.addEventListener('timeupdate', onTime);
    el.addEventListener('pause', onPause);
    el.addEventListener('ended', onEnded);
    el.addEventListener('seeking', onSeeking);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.clearInterval(timer);
      el.removeEventListener('loadedmetadata', onMeta);
      el.removeEventListener('play', onPlay);
      el.removeEventListener('timeupdate', onTime);
      el.removeEventListener('pause', onPause);
      el.removeEventListener('ended', onEnded);
      el.removeEventListener('seeking', onSeeking);
      window.removeEventListener('pagehide', onHide);
      closeRange();
      flush({ keepalive: true });
    };
    // The saved position applies once, when the lesson opens.
  }, [kind, lessonKey, fileId, report]);

  const src = `/api/files/${fileId}`;
  return (
    <div className="media-lesson">
      {kind === 'video' ? (
        <video ref={media} src={src} controls preload="metadata" playsInline className="media" aria-label={t('player.videoLabel')} />
      ) : (
        <audio ref={media} src={src} controls preload="metadata" className="media" aria-label={t('player.audioLabel')} />
      )}
      <p className="small muted">{t('player.mediaHint')}</p>
      <ErrorMessage error={error} />
    </div>
  );
}
