import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { auditSource, requireActor } from '../../platform/actor';
import { assessmentSummary, getAttempt, saveAnswers, startAttempt, submitAttempt } from './attempts.service';
import { AssessmentSummary, Attempt, AttemptParams, LessonParams, SaveAnswersInput, SaveAnswersResult, SubmitInput } from './attempts.schema';
import { addQuestion, changeQuestion, listCourseQuestions, removeQuestion } from './questions.service';
import { AuthoringQuestion, CourseIdParams, IdParams, QuestionCreateInput, QuestionList, QuestionListQuery, QuestionUpdateInput } from './questions.schema';
import { checkQuestionBody } from './questions.validate';

const err = { $ref: 'ErrorResponse#' };
const errs = { 400: err, 401: err, 403: err, 404: err, 409: err };
const AttemptRef = Type.Ref(Attempt);
const QuestionRef = Type.Ref(AuthoringQuestion);

/** Question bank authoring for content creators (read by reviewers and publishers) over the provider's subtree. */
async function authoringRoutes(app: App, ctx: AppContext): Promise<void> {
  const tags = ['assessments-authoring'];
  app.get(
    '/api/authoring/courses/:courseId/questions',
    { schema: { tags, params: CourseIdParams, querystring: QuestionListQuery, response: { 200: QuestionList, ...errs } } },
    async (request) => listCourseQuestions(ctx, requireActor(request), request.params.courseId, request.query.lessonKey),
  );
  app.post(
    '/api/authoring/courses/:courseId/questions',
    { preValidation: checkQuestionBody('create'), schema: { tags, params: CourseIdParams, body: QuestionCreateInput, response: { 201: QuestionRef, ...errs } } },
    async (request, reply) => reply.status(201).send(await addQuestion(ctx, requireActor(request), auditSource(request), request.params.courseId, request.body)),
  );
  app.patch(
    '/api/authoring/questions/:id',
    { preValidation: checkQuestionBody('update'), schema: { tags, params: IdParams, body: QuestionUpdateInput, response: { 200: QuestionRef, ...errs } } },
    async (request) => changeQuestion(ctx, requireActor(request), auditSource(request), request.params.id, request.body),
  );
  app.delete('/api/authoring/questions/:id', { schema: { tags, params: IdParams, response: { 204: Type.Null(), ...errs } } }, async (request, reply) => {
    await removeQuestion(ctx, requireActor(request), auditSource(request), request.params.id);
    return reply.status(204).send(null);
  });
}

/** The learner's assessment player: start or resume, autosave, submit, history. Correct answers appear only after submission. */
async function attemptRoutes(app: App, ctx: AppContext): Promise<void> {
  const tags = ['assessments'];
  app.get(
    '/api/courses/:courseId/assessments/:lessonKey',
    { schema: { tags, params: LessonParams, response: { 200: AssessmentSummary, ...errs } } },
    async (request) => assessmentSummary(ctx, requireActor(request), request.params.courseId, request.params.lessonKey),
  );
  app.post(
    '/api/courses/:courseId/assessments/:lessonKey/attempts',
    {
      schema: {
        tags,
        description: 'Starts an attempt (201) or returns the one in progress (200): an interrupted attempt resumes and is not consumed.',
        params: LessonParams,
        response: { 200: AttemptRef, 201: AttemptRef, ...errs },
      },
    },
    async (request, reply) => {
      const { attempt, created } = await startAttempt(ctx, requireActor(request), request.params.courseId, request.params.lessonKey);
      return reply.status(created ? 201 : 200).send(attempt);
    },
  );
  app.get('/api/attempts/:id', { schema: { tags, params: AttemptParams, response: { 200: AttemptRef, ...errs } } }, async (request) =>
    getAttempt(ctx, requireActor(request), request.params.id),
  );
  app.put(
    '/api/attempts/:id/answers',
    { schema: { tags, params: AttemptParams, body: SaveAnswersInput, response: { 200: SaveAnswersResult, ...errs } } },
    async (request) => saveAnswers(ctx, requireActor(request), request.params.id, request.body.answers),
  );
  app.post(
    '/api/attempts/:id/submit',
    {
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: { tags, params: AttemptParams, body: SubmitInput, response: { 200: AttemptRef, ...errs } },
    },
    async (request) => submitAttempt(ctx, requireActor(request), request.params.id, request.body.answers),
  );
}

/** Every assessments route; registers the shared response schemas first. */
export async function assessmentRoutes(app: App, ctx: AppContext): Promise<void> {
  app.addSchema(Attempt);
  app.addSchema(AuthoringQuestion);
  await authoringRoutes(app, ctx);
  await attemptRoutes(app, ctx);
}
