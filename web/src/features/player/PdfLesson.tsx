import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonProgress } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useLessonReporter } from './useLessonReporter';

/** A page counts as viewed when this share of it has been on screen. */
const VISIBLE_SHARE = 0.6;
const REPORT_EVERY_MS = 4000;

interface Props {
  courseId: string;
  lessonKey: string;
  progress?: LessonProgress;
  fileId: string;
  pages: number | null;
}

/**
 * A PDF drawn page by page in the page itself (PDF.js, loaded only here), so it shows on phones too, where an
 * embedded PDF does not. Each page that comes into view counts as viewed and is reported in small batches (and
 * when the page is left); the lesson completes when every page has been seen. If the PDF cannot be drawn, the
 * learner opens it and marks the pages read.
 */
export function PdfLesson(props: Props) {
  const { t } = useTranslation();
  const report = useLessonReporter(props.courseId, props.lessonKey);
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [total, setTotal] = useState(props.pages ?? 0);
  const [seen, setSeen] = useState<Set<number>>(() => new Set(props.progress?.pagesViewed ?? []));
  const [error, setError] = useState<unknown>(null);
  const src = `/api/files/${props.fileId}`;
  // The reporter and t change identity between renders; the drawing effect must run once per document.
  const latest = useRef({ report, t });
  latest.current = { report, t };

  useEffect(() => {
    const host = container.current;
    if (!host) return;
    let cancelled = false;
    const unsent = new Set<number>();
    const known = new Set(props.progress?.pagesViewed ?? []);
    const flush = (keepalive = false) => {
      if (unsent.size === 0) return;
      const pagesViewed = [...unsent].sort((a, b) => a - b);
      unsent.clear();
      latest.current.report({ pdf: { pagesViewed } }, { keepalive }).catch((e: unknown) => setError(e));
    };
    const viewed = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const n = Number((e.target as HTMLElement).dataset.page);
          if (e.intersectionRatio >= VISIBLE_SHARE && n && !known.has(n)) {
            known.add(n);
            unsent.add(n);
            setSeen((prev) => new Set([...prev, n]));
          }
        }
      },
      { threshold: [VISIBLE_SHARE] },
    );
    const timer = window.setInterval(() => flush(), REPORT_EVERY_MS);
    const onHide = () => flush(true);
    window.addEventListener('pagehide', onHide);

    void (async () => {
      const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url')]);
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
      const doc = await pdfjs.getDocument({ url: src }).promise;
      if (cancelled) return void doc.destroy();
      setTotal(doc.numPages);
      const width = Math.max(240, host.clientWidth);
      const ratio = window.devicePixelRatio || 1;
      for (let n = 1; n <= doc.numPages && !cancelled; n++) {
        const page = await doc.getPage(n);
        const base = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: (width / base.width) * ratio });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.width = '100%';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', latest.current.t('player.pageOf', { n, total: doc.numPages }));
        canvas.dataset.page = String(n);
        canvas.className = 'pdf-page';
        host.append(canvas);
        const context = canvas.getContext('2d');
        if (context) await page.render({ canvasContext: context, viewport }).promise;
        viewed.observe(canvas);
        if (n === 1) setState('ready');
      }
      void doc.destroy();
    })().catch(() => {
      if (!cancelled) setState('failed');
    });

    return () => {
      cancelled = true;
      window.clearInterval(timer);
      window.removeEventListener('pagehide', onHide);
      viewed.disconnect();
      flush(true);
      host.replaceChildren();
    };
    // The saved pages apply once, when the lesson opens.
  }, [src]);

  return (
    <div className="pdf-lesson">
      <p className="small" role="status" data-testid="pdf-pages-seen" data-total={total}>
        {total ? t('player.pagesRead', { read: Math.min(seen.size, total), total }) : null}
      </p>
      {state === 'loading' ? <Loading /> : null}
      <div ref={container} className="pdf-pages" hidden={state === 'failed'} />
      {state === 'failed' ? <ManualPages {...props} total={total} seen={seen} onMark={(pages) => setSeen((prev) => new Set([...prev, ...pages]))} report={report} /> : null}
      <p>
        <a href={src} target="_blank" rel="noopener">{t('player.openPdf')}</a>
      </p>
      <ErrorMessage error={error} />
    </div>
  );
}

/** When the PDF cannot be drawn here: open it, then mark the pages read. */
function ManualPages({
  total,
  seen,
  onMark,
  report,
}: Props & { total: number; seen: Set<number>; onMark: (pages: number[]) => void; report: ReturnType<typeof useLessonReporter> }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const mark = (pagesViewed: number[]) => {
    onMark(pagesViewed);
    report({ pdf: { pagesViewed } }).catch((e: unknown) => setError(e));
  };
  if (total <= 0) return null;
  return (
    <fieldset>
      <legend>{t('player.pdfNotShown')}</legend>
      <div className="page-checks">
        {Array.from({ length: total }, (_, i) => i + 1).map((n) => (
          <div className="check" key={n}>
            <input type="checkbox" id={`page-${n}`} checked={seen.has(n)} disabled={seen.has(n)} onChange={() => mark([n])} />
            <label htmlFor={`page-${n}`}>{t('player.pageN', { n })}</label>
          </div>
        ))}
      </div>
      <Button variant="secondary" onClick={() => mark(Array.from({ length: total }, (_, i) => i + 1))} disabled={seen.size >= total}>
        {t('player.markAllRead')}
      </Button>
      <ErrorMessage error={error} />
    </fieldset>
  );
}
