import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/module';
import type { AppContext } from '../../platform/context';
import { requireActor } from '../../platform/actor';
import { lessonsOfPublishedVersion } from '../courses';
import { findEnrolment } from './learning.repo';
import { learningFail } from './learning.messages';
import { learningErrorResponses } from './learning.schema';

const Uuid = Type.String({ format: 'uuid' });
const Content = Type.Object({
  fileId: Type.Optional(Type.String()),
  fileUrl: Type.Optional(Type.String()),
  html: Type.Optional(Type.String()),
  url: Type.Optional(Type.String()),
  pages: Type.Optional(Type.Integer()),
  durationSeconds: Type.Optional(Type.Number()),
});
const LessonForLearner = Type.Object({
  key: Type.String(),
  type: Type.String(),
  required: Type.Boolean(),
  titles: Type.Object({ en: Type.Optional(Type.String()), hi: Type.Optional(Type.String()) }),
  content: Type.Object({ en: Type.Optional(Content), hi: Type.Optional(Content) }),
});

/** What an enrolled learner needs to play one lesson: its content in each language (files as URLs). Assessments have none here. */
export async function lessonContentRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/api/courses/:courseId/lessons/:lessonKey',
    {
      schema: {
        tags: ['learning'],
        params: Type.Object({ courseId: Uuid, lessonKey: Uuid }, { additionalProperties: false }),
        response: { 200: LessonForLearner, ...learningErrorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { courseId, lessonKey } = request.params;
      if (!(await findEnrolment(ctx.db, actor.userId, courseId))) throw learningFail(409, 'NOT_ENROLLED');
      const lesson = (await lessonsOfPublishedVersion(ctx.db, courseId)).find((l) => l.key === lessonKey);
      if (!lesson) throw learningFail(404, 'LESSON_NOT_IN_COURSE', { lessonKey });
      const assessment = lesson.type === 'quiz' || lesson.type === 'final_assessment';
      const content: Record<string, unknown> = {};
      for (const [lang, c] of Object.entries(lesson.content)) {
        if (assessment || !c) continue;
        content[lang] = { ...c, ...(c.fileId ? { fileUrl: `/api/files/${c.fileId}` } : {}) };
      }
      return { key: lesson.key, type: lesson.type, required: lesson.required, titles: lesson.titles, content };
    },
  );
}
