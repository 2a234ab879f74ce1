import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCourseEditing } from '../../api/authoring';
import type { AuthoringCourse, AuthoringModule, LessonType } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField, TextField } from '../../components/FormField';
import { useFormat } from '../../i18n/format';
import { LessonTypeLabel } from '../learning/LessonTypeLabel';
import { LessonEditor } from './LessonEditor';
import { QuestionsEditor } from './QuestionsEditor';

const LESSON_TYPES: readonly LessonType[] = ['video', 'audio', 'pdf', 'html', 'link', 'file', 'quiz', 'final_assessment'];
const asType = (s: string) => LESSON_TYPES.find((x) => x === s) ?? 'html';
const titles = (en: string, hi: string) => ({ ...(en.trim() ? { en: en.trim() } : {}), ...(hi.trim() ? { hi: hi.trim() } : {}) });

/** Modules and lessons of the working version: add, rename, reorder, delete; edit each lesson and its questions. */
export function ModulesEditor({ course, editable }: { course: AuthoringCourse; editable: boolean }) {
  const { t } = useTranslation();
  const edit = useCourseEditing(course.id);
  const { register, handleSubmit, reset } = useForm({ defaultValues: { en: '', hi: '' } });
  const modules = course.version.modules;
  const error = [edit.addModule, edit.updateModule, edit.deleteModule, edit.addLesson, edit.updateLesson, edit.deleteLesson].find((m) => m.error)?.error;
  return (
    <section className="card" aria-labelledby="modules-heading">
      <h2 id="modules-heading">{t('authoring.modules')}</h2>
      <ErrorMessage error={error} />
      {modules.map((m, i) => (
        <ModuleBlock key={m.id} course={course} module={m} index={i} count={modules.length} editable={editable} />
      ))}
      {editable ? (
        <form className="form" onSubmit={handleSubmit((v) => edit.addModule.mutate({ titles: titles(v.en, v.hi) }, { onSuccess: () => reset() }))} aria-label={t('authoring.addModule')}>
          <h3>{t('authoring.addModule')}</h3>
          <TextField label={t('authoring.moduleTitleEn')} lang="en" maxLength={200} registration={register('en')} />
          <TextField label={t('authoring.moduleTitleHi')} lang="hi" maxLength={200} registration={register('hi')} />
          <Button type="submit" variant="secondary" busy={edit.addModule.isPending}>{t('authoring.addModule')}</Button>
        </form>
      ) : null}
    </section>
  );
}

function ModuleBlock({ course, module: m, index, count, editable }: { course: AuthoringCourse; module: AuthoringModule; index: number; count: number; editable: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const edit = useCourseEditing(course.id);
  const [open, setOpen] = useState<string | null>(null);
  const { register, handleSubmit, reset } = useForm({ defaultValues: { type: 'html', en: '', hi: '' } });
  const name = f.local(m.titles) ?? t('course.moduleN', { n: index + 1 });
  return (
    <div className="module-block">
      <h3>{name}</h3>
      {editable ? (
        <div className="actions">
          <Button variant="link" disabled={index === 0} onClick={() => edit.updateModule.mutate({ moduleId: m.id, position: m.position - 1 })} aria-label={t('authoring.moveUpNamed', { name })}>{t('authoring.moveUp')}</Button>
          <Button variant="link" disabled={index === count - 1} onClick={() => edit.updateModule.mutate({ moduleId: m.id, position: m.position + 1 })} aria-label={t('authoring.moveDownNamed', { name })}>{t('authoring.moveDown')}</Button>
          <Button variant="link" onClick={() => window.confirm(t('authoring.confirmDelete', { name })) && edit.deleteModule.mutate(m.id)} aria-label={t('authoring.deleteNamed', { name })}>{t('authoring.delete')}</Button>
        </div>
      ) : null}
      <ol className="lesson-list">
        {m.lessons.map((l, j) => {
          const title = f.local(l.titles) ?? t('course.lessonN', { n: j + 1 });
          const assessment = l.type === 'quiz' || l.type === 'final_assessment';
          return (
            <li key={l.id}>
              <strong>{title}</strong>
              <span className="lesson-meta small">
                <LessonTypeLabel type={l.type} />
                <span className="tag">{l.required ? t('course.required') : t('course.optional')}</span>
              </span>
              {editable ? (
                <div className="actions">
                  <Button variant="link" onClick={() => setOpen(open === l.id ? null : l.id)} aria-expanded={open === l.id} aria-label={t('authoring.editNamed', { name: title })}>{t('authoring.edit')}</Button>
                  <Button variant="link" disabled={j === 0} onClick={() => edit.updateLesson.mutate({ lessonId: l.id, body: { position: l.position - 1 } })} aria-label={t('authoring.moveUpNamed', { name: title })}>{t('authoring.moveUp')}</Button>
                  <Button variant="link" disabled={j === m.lessons.length - 1} onClick={() => edit.updateLesson.mutate({ lessonId: l.id, body: { position: l.position + 1 } })} aria-label={t('authoring.moveDownNamed', { name: title })}>{t('authoring.moveDown')}</Button>
                  <Button variant="link" onClick={() => window.confirm(t('authoring.confirmDelete', { name: title })) && edit.deleteLesson.mutate(l.id)} aria-label={t('authoring.deleteNamed', { name: title })}>{t('authoring.delete')}</Button>
                </div>
              ) : null}
              {open === l.id ? <LessonEditor course={course} lesson={l} onDone={() => setOpen(null)} /> : null}
              {assessment ? (
                <details className="questions">
                  <summary>{t('authoring.questions')}</summary>
                  <QuestionsEditor courseId={course.id} lessonKey={l.key} languages={course.version.languages} />
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
      {editable ? (
        <form
          className="form add-lesson"
          aria-label={t('authoring.addLessonTo', { name })}
          onSubmit={handleSubmit((v) => edit.addLesson.mutate({ moduleId: m.id, body: { type: asType(v.type), titles: titles(v.en, v.hi), required: true } }, { onSuccess: () => reset() }))}
        >
          <SelectField label={t('authoring.lessonType')} registration={register('type')}>
            {LESSON_TYPES.map((x) => (
              <option key={x} value={x}>{t(`lessonType.${x}`)}</option>
            ))}
          </SelectField>
          <TextField label={t('authoring.lessonTitleEn')} lang="en" maxLength={200} registration={register('en')} />
          <TextField label={t('authoring.lessonTitleHi')} lang="hi" maxLength={200} registration={register('hi')} />
          <Button type="submit" variant="secondary" busy={edit.addLesson.isPending}>{t('authoring.addLesson')}</Button>
        </form>
      ) : null}
    </div>
  );
}
