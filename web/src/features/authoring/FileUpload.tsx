import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadCourseFile } from '../../api/authoring';
import type { FileInfo } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../i18n/format';

/** What a purpose accepts, checked before uploading so a refusal needs no round trip (the server checks again). */
export interface UploadRules {
  extensions: string[];
  maxMb: number;
}

/** Why a chosen file will be refused, or null; same wording as the server's refusals. */
function refusal(file: File, rules: UploadRules | undefined, t: (key: string, o?: Record<string, unknown>) => string): string | null {
  if (!rules) return null;
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  if (!rules.extensions.includes(ext)) return t('authoring.fileWrongType', { allowed: rules.extensions.join(', ') });
  if (file.size > rules.maxMb * 1024 * 1024) return t('authoring.fileTooLarge', { limitMb: rules.maxMb });
  if (file.size === 0) return t('authoring.fileEmpty');
  return null;
}

/** Uploads one course file with a progress bar; refusals (size, type) are shown next to the control. */
export function FileUpload({
  courseId,
  label,
  accept,
  onUploaded,
  purpose = 'lesson',
  rules,
  hint,
  usedAtOnce = false,
  onFile,
}: {
  courseId: string;
  label: string;
  accept?: string;
  onUploaded: (file: FileInfo) => void;
  purpose?: 'lesson' | 'thumbnail';
  rules?: UploadRules;
  hint?: string;
  /** The caller uses the file at once (a thumbnail), so there is nothing more to save. */
  usedAtOnce?: boolean;
  /** Called with the chosen file once it passes the checks (e.g. to read a video's length). */
  onFile?: (file: File) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const id = useId();
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<FileInfo | null>(null);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          setError(null);
          setDone(null);
          const refused = refusal(file, rules, t);
          if (refused) {
            setError(refused);
            e.target.value = '';
            return;
          }
          onFile?.(file);
          setPercent(0);
          uploadCourseFile(courseId, purpose, file, setPercent)
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
      {done ? (
        <p className="small" role="status">
          {t(usedAtOnce ? 'authoring.uploadedUsed' : 'authoring.uploaded', { name: done.originalName, size: f.number(Math.ceil(done.sizeBytes / 1024)) })}
        </p>
      ) : null}
      <ErrorMessage error={error} id={`${id}-error`} />
    </div>
  );
}
