import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { requestLanguage } from '../../platform/i18n';
import { authoringCourse, createCourse, listAuthoringCourses, updateDraft } from './authoring.service';
import { courseError } from './courses.messages';
import {
  AudienceInput, AuthoringCourse, AuthoringCourseSummary, AuthoringLesson, AuthoringListQuery, AuthoringModule, CommentInput,
  CreateCourseInput, FileInfo, IdParams, LessonInput, LessonUpdate, ModuleInput, ModuleUpdate, Paged, SendBackInput,
  UpdateDraftInput, UploadQuery, courseErrorResponses as errs, err,
} from './courses.schema';
import { ensureMayUpload, storeCourseFile } from './files.service';
import { purposeLimit } from './files.rules';
import { addLesson, addModule, changeLesson, changeModule, removeLesson, removeModule } from './structure.service';
import { approve, publish, retire, sendBack, setAudience, startNewVersion, submitForReview } from './workflow.service';

const tags = ['authoring'];
const Course = Type.Ref(AuthoringCourse);

/** Course authoring for content creators, reviewers and publishers: drafts, structure, uploads and the review workflow. */
export async function authoringRoutes(app: App, ctx: AppContext): Promise<void> {
  app.addSchema(AuthoringCourse);

  app.get('/api/authoring/courses', { schema: { tags, querystring: AuthoringListQuery, response: { 200: Paged(AuthoringCourseSummary), ...errs } } }, async (request) =>
    listAuthoringCourses(ctx, requireActor(request), { state: request.query.state, page: request.query.page ?? 1 }, requestLanguage(request)),
  );

  app.post('/api/authoring/courses', { schema: { tags, body: CreateCourseInput, response: { 201: Course, ...errs } } }, async (request, reply) =>
    reply.status(201).send(await createCourse(ctx, requireActor(request), auditSource(request), request.body)),
  );

  app.get('/api/authoring/courses/:id', { schema: { tags, params: IdParams, response: { 200: Course, ...errs } } }, async (request) =>
    authoringCourse(ctx, requireActor(request), request.params.id),
  );

  app.patch('/api/authoring/courses/:id/draft', { schema: { tags, params: IdParams, body: UpdateDraftInput, response: { 200: Course, ...errs } } }, async (request) =>
    updateDraft(ctx, requireActor(request), request.params.id, request.body),
  );

  app.post('/api/authoring/courses/:id/modules', { schema: { tags, params: IdParams, body: ModuleInput, response: { 201: AuthoringModule, ...errs } } }, async (request, reply) =>
    reply.status(201).send(await addModule(ctx, requireActor(request), request.params.id, request.body.titles as Record<string, string>)),
  );

  app.patch('/api/authoring/modules/:id', { schema: { tags, params: IdParams, body: ModuleUpdate, response: { 200: AuthoringModule, ...errs } } }, async (request) =>
    changeModule(ctx, requireActor(request), request.params.id, request.body),
  );

  app.delete('/api/authoring/modules/:id', { schema: { tags, params: IdParams, response: { 204: Type.Null(), ...errs } } }, async (request, reply) => {
    await removeModule(ctx, requireActor(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.post('/api/authoring/modules/:id/lessons', { schema: { tags, params: IdParams, body: LessonInput, response: { 201: AuthoringLesson, ...errs } } }, async (request, reply) =>
    reply.status(201).send(await addLesson(ctx, requireActor(request), request.params.id, request.body)),
  );

  app.patch('/api/authoring/lessons/:id', { schema: { tags, params: IdParams, body: LessonUpdate, response: { 200: AuthoringLesson, ...errs } } }, async (request) =>
    changeLesson(ctx, requireActor(request), request.params.id, request.body),
  );

  app.delete('/api/authoring/lessons/:id', { schema: { tags, params: IdParams, response: { 204: Type.Null(), ...errs } } }, async (request, reply) => {
    await removeLesson(ctx, requireActor(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.post(
    '/api/authoring/courses/:id/files',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: UploadQuery,
        consumes: ['multipart/form-data'],
        description:
          'Multipart form with one `file`. purpose=thumbnail: png/jpeg/webp up to 5 MB. purpose=lesson: mp4 (500 MB), mp3/m4a (100 MB), pdf, docx/xlsx/pptx/odt/ods/odp (50 MB), images (5 MB). Type is checked by content and extension.',
        response: { 201: FileInfo, ...errs, 413: err, 415: err },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await ensureMayUpload(ctx, actor, request.params.id);
      if (!request.isMultipart()) throw courseError(415, 'NOT_MULTIPART');
      const part = await request.file({ limits: { fileSize: purposeLimit(request.query.purpose) + 1, files: 1 } });
      if (!part || part.fieldname !== 'file') throw courseError(400, 'FILE_MISSING', {}, [{ field: 'file', code: 'required' }]);
      return reply.status(201).send(await storeCourseFile(ctx, actor, request.params.id, request.query.purpose, part));
    },
  );

  app.post('/api/authoring/courses/:id/submit', { schema: { tags, params: IdParams, body: CommentInput, response: { 200: Course, ...errs, 422: err } } }, async (request) =>
    submitForReview(ctx, requireActor(request), auditSource(request), request.params.id, request.body.comment),
  );
  app.post('/api/authoring/courses/:id/approve', { schema: { tags, params: IdParams, body: CommentInput, response: { 200: Course, ...errs } } }, async (request) =>
    approve(ctx, requireActor(request), auditSource(request), request.params.id, request.body.comment),
  );
  app.post('/api/authoring/courses/:id/send-back', { schema: { tags, params: IdParams, body: SendBackInput, response: { 200: Course, ...errs } } }, async (request) =>
    sendBack(ctx, requireActor(request), auditSource(request), request.params.id, request.body.comment),
  );
  app.post('/api/authoring/courses/:id/publish', { schema: { tags, params: IdParams, response: { 200: Course, ...errs } } }, async (request) =>
    publish(ctx, requireActor(request), auditSource(request), request.params.id),
  );
  app.post('/api/authoring/courses/:id/retire', { schema: { tags, params: IdParams, body: CommentInput, response: { 200: Course, ...errs } } }, async (request) =>
    retire(ctx, requireActor(request), auditSource(request), request.params.id, request.body.comment),
  );
  app.post('/api/authoring/courses/:id/versions', { schema: { tags, params: IdParams, response: { 201: Course, ...errs } } }, async (request, reply) =>
    reply.status(201).send(await startNewVersion(ctx, requireActor(request), auditSource(request), request.params.id)),
  );
  app.put('/api/authoring/courses/:id/audience', { schema: { tags, params: IdParams, body: AudienceInput, response: { 200: Course, ...errs } } }, async (request) =>
    setAudience(ctx, requireActor(request), auditSource(request), request.params.id, request.body.moderated, request.body.orgIds),
  );
}
