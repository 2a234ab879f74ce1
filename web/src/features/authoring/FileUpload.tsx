import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadCourseFile } from '../../api/authoring';
import type { FileInfo } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../i18n/format';

/** Uploads one lesson file with a progress bar; server errors (size, type) are shown next to the control. */
export function FileUpload({ courseId, label, accept, onUploaded }: { courseId: string; label: string; accept?: string; onUploaded: (file: FileInfo) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = useId();
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<FileInfo | null>(null);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          setError(null);
          setDone(null);
          setPercent(0);
          uploadCourseFile(courseId, 'lesson', file, setPercent)
            .then((info) => {
              setDone(info);
              onUploaded(info);
            })
            .catch((err: unknown) => setError(err))
            .finally(() => setPercent(null));
        }}
      />
      {percent !== null ? (
        <progress max={100} value={percent} aria-label={t('authoring.uploading', { percent })}>{percent}%</progress>
      ) : null}
      {done ? <p className="small" role="status">{t('authoring.uploaded', { name: done.originalName, size: f.number(Math.ceil(done.sizeBytes / 1024)) })}</p> : null}
      <ErrorMessage error={error} id={`${id}-error`} />
    </div>
  );
}
