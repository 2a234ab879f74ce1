import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useAuthoringCourse } from '../../api/authoring';
import { CONTENT_ROLES } from '../../api/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RequireAuth } from '../../components/RequireAuth';
import { useFormat } from '../../i18n/format';
import { AudienceEditor } from './AudienceEditor';
import { CourseDetailsForm } from './CourseDetailsForm';
import { ModulesEditor } from './ModulesEditor';
import { TextsForm } from './TextsForm';
import { ThumbnailEditor } from './ThumbnailEditor';
import { WorkflowPanel } from './WorkflowPanel';

/** One course's working version: texts, thumbnail, details, modules, lessons, questions, audience, and the review workflow. */
export function CourseEditorPage() {
  return <RequireAuth roles={CONTENT_ROLES}>{() => <Editor />}</RequireAuth>;
}

function Editor() {
  const { t } = useTranslation();
  const f = useFormat();
  const { courseId } = useParams({ from: '/authoring/$courseId' });
  const course = useAuthoringCourse(courseId);
  if (course.isPending) return <Loading />;
  if (!course.data) return <ErrorMessage error={course.error} />;
  const c = course.data;
  const editable = c.version.state === 'draft' && c.permissions.edit;
  return (
    <Page title={f.local(c.version.texts)?.title || t('authoring.untitled')}>
      <p className="small">
        <Link to="/authoring">{t('authoring.title')}</Link> · {f.name(c.provider)}
        {c.publishedVersionId ? (
          <>
            {' · '}
            <Link to="/courses/$courseId" params={{ courseId: c.id }}>{t('authoring.viewLive')}</Link>
          </>
        ) : null}
        {' · '}
        <Link to="/authoring/$courseId/certificate" params={{ courseId: c.id }}>{t('certificates.criteria.link')}</Link>
      </p>
      {!editable ? <p className="alert alert-info">{t('authoring.readOnly')}</p> : null}
      <WorkflowPanel course={c} />
      <TextsForm course={c} editable={editable} />
      <ThumbnailEditor course={c} editable={editable} />
      <CourseDetailsForm course={c} editable={editable} />
      <ModulesEditor course={c} editable={editable} />
      {c.permissions.moderate ? <AudienceEditor course={c} /> : null}
    </Page>
  );
}
