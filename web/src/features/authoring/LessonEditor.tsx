import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCourseEditing } from '../../api/authoring';
import type { AuthoringCourse, AuthoringLesson, LessonContent } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormField, TextField } from '../../components/FormField';
import { FileUpload, type UploadRules } from './FileUpload';

type Lang = 'en' | 'hi';
const ACCEPT: Record<string, string> = { video: 'video/mp4', audio: 'audio/mpeg,audio/mp4,.mp3,.m4a', pdf: 'application/pdf', file: '.pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,image/*' };
/** The server's limits per lesson type (files.rules.ts), checked before uploading. */
const RULES: Record<string, UploadRules> = {
  video: { extensions: ['mp4'], maxMb: 500 },
  audio: { extensions: ['mp3', 'm4a'], maxMb: 100 },
  pdf: { extensions: ['pdf'], maxMb: 50 },
};
const num = (s: string) => (s.trim() && Number.isFinite(Number(s)) ? Number(s) : undefined);

/** Reads a media file's length in the browser, so the author need not type it (completion needs it). */
function mediaSeconds(file: File, kind: 'video' | 'audio'): Promise<number | null> {
  return new Promise((resolve) => {
    const el = document.createElement(kind);
    const url = URL.createObjectURL(file);
    const done = (value: number | null) => {
      URL.revokeObjectURL(url);
      resolve(value);
    };
    el.preload = 'metadata';
    el.onloadedmetadata = () => done(Number.isFinite(el.duration) && el.duration > 0 ? Math.round(el.duration) : null);
    el.onerror = () => done(null);
    el.src = url;
  });
}

/** Edits one lesson: titles, required flag and per-language content for its type (URL, HTML or an uploaded file). */
export function LessonEditor({ course, lesson, onDone }: { course: AuthoringCourse; lesson: AuthoringLesson; onDone: () => void }) {
  const { t } = useTranslation();
  const edit = useCourseEditing(course.id);
  const langs = course.version.languages.filter((l): l is Lang => l === 'en' || l === 'hi');
  const [files, setFiles] = useState<Partial<Record<Lang, string>>>({});
  const c = (l: Lang): LessonContent => lesson.content[l] ?? {};
  const settings = lesson.settings as { passMark?: number; attemptLimit?: number; timeLimitSeconds?: number; drawCount?: number; shuffle?: boolean };
  const { register, handleSubmit, setValue } = useForm({
    values: {
      passMark: String(settings.passMark ?? 60),
      attemptLimit: String(settings.attemptLimit ?? ''),
      timeLimitMinutes: settings.timeLimitSeconds ? String(Math.round(settings.timeLimitSeconds / 60)) : '',
      drawCount: String(settings.drawCount ?? ''),
      shuffle: settings.shuffle ?? false,
      titleEn: lesson.titles.en ?? '',
      titleHi: lesson.titles.hi ?? '',
      required: lesson.required,
      en: { url: c('en').url ?? '', html: c('en').html ?? '', pages: String(c('en').pages ?? ''), durationSeconds: String(c('en').durationSeconds ?? '') },
      hi: { url: c('hi').url ?? '', html: c('hi').html ?? '', pages: String(c('hi').pages ?? ''), durationSeconds: String(c('hi').durationSeconds ?? '') },
    },
  });
  const type = lesson.type;
  const usesFile = type === 'video' || type === 'audio' || type === 'pdf' || type === 'file';
  const submit = handleSubmit((v) => {
    const content = Object.fromEntries(
      langs.map((l) => {
        const out: LessonContent = {};
        const fileId = files[l] ?? c(l).fileId;
        if (usesFile && fileId) out.fileId = fileId;
        if (type === 'link' && v[l].url.trim()) out.url = v[l].url.trim();
        if (type === 'html' && v[l].html.trim()) out.html = v[l].html;
        if (type === 'pdf' && Number(v[l].pages) > 0) out.pages = Number(v[l].pages);
        if ((type === 'video' || type === 'audio') && Number(v[l].durationSeconds) > 0) out.durationSeconds = Number(v[l].durationSeconds);
        return [l, out];
      }),
    );
    const titles = { ...(v.titleEn.trim() ? { en: v.titleEn.trim() } : {}), ...(v.titleHi.trim() ? { hi: v.titleHi.trim() } : {}) };
    const assessment = type === 'quiz' || type === 'final_assessment';
    const limit = num(v.timeLimitMinutes);
    const newSettings = {
      passMark: Math.min(100, Math.max(0, num(v.passMark) ?? 60)),
      ...(num(v.attemptLimit) ? { attemptLimit: num(v.attemptLimit) } : {}),
      ...(limit ? { timeLimitSeconds: Math.round(limit * 60) } : {}),
      ...(num(v.drawCount) ? { drawCount: num(v.drawCount) } : {}),
      shuffle: v.shuffle,
    };
    edit.updateLesson.mutate({ lessonId: lesson.id, body: { titles, required: v.required, ...(assessment ? { settings: newSettings } : { content }) } }, { onSuccess: onDone });
  });
  return (
    <form className="form lesson-editor" onSubmit={submit}>
      {langs.includes('en') ? <TextField label={t('authoring.lessonTitleEn')} lang="en" maxLength={200} registration={register('titleEn')} /> : null}
      {langs.includes('hi') ? <TextField label={t('authoring.lessonTitleHi')} lang="hi" maxLength={200} registration={register('titleHi')} /> : null}
      <div className="check">
        <input type="checkbox" id={`req-${lesson.id}`} {...register('required')} />
        <label htmlFor={`req-${lesson.id}`}>{t('authoring.requiredLesson')}</label>
      </div>
      {langs.map((l) => (
        <fieldset key={l}>
          <legend>{t('authoring.contentIn', { language: t(`language.${l}`) })}</legend>
          {type === 'link' ? <TextField label={t('authoring.url')} type="url" registration={register(`${l}.url`)} /> : null}
          {type === 'html' ? (
            <FormField label={t('authoring.html')} hint={t('authoring.htmlHint')}>
              {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} rows={6} {...register(`${l}.html`)} />}
            </FormField>
          ) : null}
          {usesFile ? (
            <>
              <p className="small">{files[l] ?? c(l).fileId ? t('authoring.hasFile') : t('authoring.noFile')}</p>
              <FileUpload
                courseId={course.id}
                label={t('authoring.chooseFile')}
                accept={ACCEPT[type]}
                rules={RULES[type]}
                onFile={(file) => {
                  if (type === 'video' || type === 'audio') {
                    void mediaSeconds(file, type).then((seconds) => seconds && setValue(`${l}.durationSeconds`, String(seconds)));
                  }
                }}
                onUploaded={(info) => setFiles((prev) => ({ ...prev, [l]: info.id }))}
              />
            </>
          ) : null}
          {type === 'pdf' ? <TextField label={t('authoring.pages')} type="number" min={1} registration={register(`${l}.pages`)} /> : null}
          {type === 'video' || type === 'audio' ? (
            <TextField label={t('authoring.durationSeconds')} hint={t('authoring.durationSecondsHint')} type="number" min={1} registration={register(`${l}.durationSeconds`)} />
          ) : null}
          {type === 'quiz' || type === 'final_assessment' ? <p className="small muted">{t('authoring.questionsBelow')}</p> : null}
        </fieldset>
      ))}
      {type === 'quiz' || type === 'final_assessment' ? (
        <fieldset>
          <legend>{t('authoring.assessmentSettings')}</legend>
          <TextField label={t('authoring.passMark')} type="number" min={0} max={100} inputMode="numeric" registration={register('passMark')} />
          <TextField label={t('authoring.attemptLimit')} hint={t('authoring.emptyNoLimit')} type="number" min={1} max={100} inputMode="numeric" registration={register('attemptLimit')} />
          <TextField label={t('authoring.timeLimitMinutes')} hint={t('authoring.emptyNoLimit')} type="number" min={1} max={1440} inputMode="numeric" registration={register('timeLimitMinutes')} />
          <TextField label={t('authoring.drawCount')} hint={t('authoring.drawCountHint')} type="number" min={1} max={500} inputMode="numeric" registration={register('drawCount')} />
          <div className="check">
            <input type="checkbox" id={`shuffle-${lesson.id}`} {...register('shuffle')} />
            <label htmlFor={`shuffle-${lesson.id}`}>{t('authoring.shuffle')}</label>
          </div>
        </fieldset>
      ) : null}
      <ErrorMessage error={edit.updateLesson.error} />
      <div className="actions">
        <Button type="submit" busy={edit.updateLesson.isPending}>{t('common.save')}</Button>
        <Button variant="secondary" onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
