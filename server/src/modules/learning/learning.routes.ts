import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { requireActor } from '../../platform/actor';
import { requestLanguage } from '../../platform/i18n';
import { enrolSelf } from './enrolment.service';
import { courseLearning, myLearning } from './my-learning.service';
import { recordProgress } from './progress.service';
import { listRatings, rateCourse } from './ratings.service';
import { presentCompletion, presentCredit, presentEnrolment, presentLessons } from './learning.presenter';
import {
  CourseLearning,
  CourseParams,
  Enrolment,
  MyLearning,
  ProgressInput,
  ProgressResult,
  Rating,
  RatingInput,
  RatingsPage,
  RatingsQuery,
  learningErrorResponses,
} from './learning.schema';

const tags = ['learning'];

/** Enrolment, progress, resume, My Learning and ratings. */
export async function learningRoutes(app: App, ctx: AppContext): Promise<void> {
  app.post(
    '/api/courses/:courseId/enrol',
    { schema: { tags, params: CourseParams, response: { 200: Enrolment, 201: Enrolment, ...learningErrorResponses } } },
    async (request, reply) => {
      const { enrolment, created } = await enrolSelf(ctx, requireActor(request), request.params.courseId);
      return reply.status(created ? 201 : 200).send(presentEnrolment(enrolment));
    },
  );

  app.post(
    '/api/courses/:courseId/progress',
    { schema: { tags, params: CourseParams, body: ProgressInput, response: { 200: ProgressResult, ...learningErrorResponses } } },
    async (request) => {
      const actor = requireActor(request);
      const language = requestLanguage(request);
      const { courseId } = request.params;
      const result = await recordProgress(ctx, actor.userId, courseId, request.body.updates);
      const { settled, outline, progress } = result;
      return {
        courseId,
        lessons: presentLessons(outline, progress, language, result.touched),
        completion: presentCompletion(outline, settled.completion, settled.status, settled.completedAt, language),
        credit: presentCredit(result.pace, language),
      };
    },
  );

  app.get('/api/me/learning', { schema: { tags, response: { 200: MyLearning, 401: learningErrorResponses[401] } } }, async (request) =>
    myLearning(ctx, requireActor(request), requestLanguage(request)),
  );

  app.get(
    '/api/me/learning/:courseId',
    { schema: { tags, params: CourseParams, response: { 200: CourseLearning, ...learningErrorResponses } } },
    async (request) => courseLearning(ctx, requireActor(request), request.params.courseId, requestLanguage(request)),
  );

  app.put(
    '/api/courses/:courseId/rating',
    { schema: { tags, params: CourseParams, body: RatingInput, response: { 200: Rating, ...learningErrorResponses } } },
    async (request) => rateCourse(ctx, requireActor(request), request.params.courseId, request.body),
  );

  app.get(
    '/api/courses/:courseId/ratings',
    { schema: { tags, params: CourseParams, querystring: RatingsQuery, response: { 200: RatingsPage, ...learningErrorResponses } } },
    async (request) => {
      const { page = 1, pageSize = 20 } = request.query;
      return listRatings(ctx, request.actor, request.params.courseId, page, pageSize, requestLanguage(request));
    },
  );
}

