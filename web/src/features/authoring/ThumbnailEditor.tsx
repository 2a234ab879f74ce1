import { useTranslation } from 'react-i18next';
import { useCourseEditing } from '../../api/authoring';
import type { AuthoringCourse } from '../../api/types';
import { Button } from '../../components/Button';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FileUpload } from './FileUpload';

/** Same limits as the server's thumbnail uploads (png, jpeg, webp up to 5 MB). */
const THUMBNAIL_RULES = { extensions: ['png', 'jpg', 'jpeg', 'webp'], maxMb: 5 };

/** The course's thumbnail: shown on catalog cards and the course page; upload (checked), replace or remove it. */
export function ThumbnailEditor({ course, editable }: { course: AuthoringCourse; editable: boolean }) {
  const { t } = useTranslation();
  const edit = useCourseEditing(course.id);
  const current = course.version.thumbnailFileId;
  return (
    <section className="card" aria-labelledby="thumb-heading">
      <h2 id="thumb-heading">{t('authoring.thumbnail')}</h2>
      {current ? (
        <img className="course-thumb course-hero" src={`/api/files/${current}`} alt={t('authoring.thumbnailAlt')} width={320} height={180} />
      ) : (
        <p className="muted">{t('authoring.noThumbnail')}</p>
      )}
      {editable ? (
        <>
          <FileUpload
            courseId={course.id}
            purpose="thumbnail"
            label={current ? t('authoring.replaceThumbnail') : t('authoring.uploadThumbnail')}
            hint={t('authoring.thumbnailHint')}
            accept="image/png,image/jpeg,image/webp,.png,.jpg,.jpeg,.webp"
            rules={THUMBNAIL_RULES}
            usedAtOnce
            onUploaded={(file) => edit.updateDraft.mutate({ thumbnailFileId: file.id })}
          />
          {current ? (
            <Button variant="secondary" busy={edit.updateDraft.isPending} onClick={() => edit.updateDraft.mutate({ thumbnailFileId: null })}>
              {t('authoring.removeThumbnail')}
            </Button>
          ) : null}
          <ErrorMessage error={edit.updateDraft.error} />
        </>
      ) : null}
    </section>
  );
}
