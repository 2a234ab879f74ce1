import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { ensure } from '../../platform/policy';
import { coursePermissions } from '../courses';
import { assessmentFail, questionField } from './assessments.messages';
import { presentAuthoringQuestion } from './assessments.presenter';
import * as repo from './questions.repo';
import type { AuthoringQuestionT, QuestionContentT, QuestionCreateInputT, QuestionUpdateInputT } from './questions.schema';
import { checkQuestionContent, toStored } from './questions.validate';

const ASSESSMENT_LESSONS = ['quiz', 'final_assessment'];

/** The course and the version its authors work on (the open one, else the published one); 404/403 first. */
async function authoringTarget(ctx: AppContext, actor: Actor, courseId: string, need: 'view' | 'edit') {
  const course = await repo.findCourseForAuthoring(ctx.db, courseId);
  if (!course) throw assessmentFail(404, 'COURSE_NOT_FOUND');
  const perms = coursePermissions(actor, course.provider_path);
  ensure(perms[need]);
  const versionId = course.open_version_id ?? course.published_version_id;
  const version = versionId ? await repo.findVersion(ctx.db, versionId) : undefined;
  return { course, perms, version };
}

/** 409 unless the version is a draft: a version in review or published is frozen, questions included. */
function ensureDraft(state: string | undefined): void {
  if (state === undefined) throw assessmentFail(409, 'NO_DRAFT');
  if (state !== 'draft') throw assessmentFail(409, 'VERSION_NOT_EDITABLE', { state });
}

function stripPosition(input: QuestionCreateInputT | QuestionUpdateInputT): QuestionContentT {
  const { position: _p, ...rest } = input as QuestionCreateInputT;
  const { lessonKey: _k, ...content } = rest as QuestionCreateInputT;
  return content as QuestionContentT;
}

/** Moves a question to a 1-based position among its lesson's questions. */
async function place(trx: Parameters<typeof repo.setPositions>[0], versionId: string, lessonKey: string, id: string, position: number | undefined) {
  const ids = (await repo.lessonQuestionIds(trx, versionId, lessonKey)).filter((x) => x !== id);
  const at = position === undefined ? ids.length : Math.min(Math.max(position - 1, 0), ids.length);
  ids.splice(at, 0, id);
  await repo.setPositions(trx, ids);
}

/** The question bank of a course's working version for its authors (optionally one lesson's), with whether they may edit. */
export async function listCourseQuestions(ctx: AppContext, actor: Actor, courseId: string, lessonKey?: string) {
  const { course, perms, version } = await authoringTarget(ctx, actor, courseId, 'view');
  if (!version) return { courseId, versionId: '', versionState: 'none', editable: false, questions: [] };
  const rows = await repo.listQuestions(ctx.db, version.id, lessonKey);
  return {
    courseId: course.id,
    versionId: version.id,
    versionState: version.state,
    editable: perms.edit && version.state === 'draft',
    questions: rows.map(presentAuthoringQuestion),
  };
}

/** Adds a question to a quiz or final-assessment lesson of the course's draft. */
export async function addQuestion(ctx: AppContext, actor: Actor, source: AuditSource, courseId: string, input: QuestionCreateInputT): Promise<AuthoringQuestionT> {
  const { course, version } = await authoringTarget(ctx, actor, courseId, 'edit');
  ensureDraft(course.open_version_id ? version?.state : undefined);
  if (!version) throw assessmentFail(409, 'NO_DRAFT');
  const lesson = await repo.findLesson(ctx.db, version.id, input.lessonKey);
  if (!lesson || !ASSESSMENT_LESSONS.includes(lesson.type)) throw errors.validation([questionField('lessonKey', 'LESSON_NOT_ASSESSMENT')]);
  const content = stripPosition(input);
  const gaps = checkQuestionContent(content, version.languages);
  if (gaps.length) throw errors.validation(gaps);
  const stored = toStored(content);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockVersion(trx, version.id);
    ensureDraft(locked?.state);
    const newId = await repo.insertQuestion(trx, {
      course_id: course.id,
      version_id: version.id,
      lesson_key: lesson.lesson_key,
      position: 1_000_000,
      type: content.type,
      prompt: JSON.stringify(content.prompt),
      options: JSON.stringify(stored.options),
      answer: JSON.stringify(stored.answer),
      explanation: JSON.stringify(content.explanation),
      points: content.points ?? 1,
      created_by: actor.userId,
    });
    await place(trx, version.id, lesson.lesson_key, newId, input.position);
    await audit(trx, source, 'question.created', { type: 'question', id: newId }, { courseId, versionId: version.id });
    return newId;
  });
  return questionFor(ctx, id);
}

async function questionFor(ctx: AppContext, id: string): Promise<AuthoringQuestionT> {
  const row = await repo.findQuestion(ctx.db, id);
  if (!row) throw assessmentFail(404, 'QUESTION_NOT_FOUND');
  return presentAuthoringQuestion(row);
}

/** Loads a question for a change by a content creator of its course; 409 unless its version is a draft. */
async function editableQuestion(ctx: AppContext, actor: Actor, id: string) {
  const row = await repo.findQuestion(ctx.db, id);
  if (!row) throw assessmentFail(404, 'QUESTION_NOT_FOUND');
  ensure(coursePermissions(actor, row.provider_path).edit);
  ensureDraft(row.version_state);
  return row;
}

/** Replaces a question's content (any type) and/or moves it, in a draft. */
export async function changeQuestion(ctx: AppContext, actor: Actor, source: AuditSource, id: string, input: QuestionUpdateInputT): Promise<AuthoringQuestionT> {
  const row = await editableQuestion(ctx, actor, id);
  const content = 'type' in input ? stripPosition(input) : null;
  if (content) {
    const gaps = checkQuestionContent(content, row.languages);
    if (gaps.length) throw errors.validation(gaps);
  }
  await ctx.db.transaction().execute(async (trx) => {
    ensureDraft((await repo.lockVersion(trx, row.version_id))?.state);
    if (content) {
      const stored = toStored(content);
      await repo.updateQuestion(trx, id, {
        type: content.type,
        prompt: JSON.stringify(content.prompt),
        options: JSON.stringify(stored.options),
        answer: JSON.stringify(stored.answer),
        explanation: JSON.stringify(content.explanation),
        points: content.points ?? 1,
        updated_at: ctx.clock.now(),
      });
    }
    if (input.position !== undefined) await place(trx, row.version_id, row.lesson_key, id, input.position);
    await audit(trx, source, 'question.updated', { type: 'question', id }, { courseId: row.course_id, versionId: row.version_id });
  });
  return questionFor(ctx, id);
}

/** Deletes a question from a draft and closes the gap in the positions. */
export async function removeQuestion(ctx: AppContext, actor: Actor, source: AuditSource, id: string): Promise<void> {
  const row = await editableQuestion(ctx, actor, id);
  await ctx.db.transaction().execute(async (trx) => {
    ensureDraft((await repo.lockVersion(trx, row.version_id))?.state);
    await repo.deleteQuestion(trx, id);
    await repo.setPositions(trx, await repo.lessonQuestionIds(trx, row.version_id, row.lesson_key));
    await audit(trx, source, 'question.deleted', { type: 'question', id }, { courseId: row.course_id, versionId: row.version_id });
  });
}
