import type { Static } from '@sinclair/typebox';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { editableDraft, loadCourseFor } from './authoring.service';
import { courseError } from './courses.messages';
import { presentVersion } from './courses.presenter';
import * as repo from './courses.repo';
import type { AuthoringLesson, AuthoringModule, LessonInputT, LessonUpdateT, ModuleUpdateT } from './courses.schema';
import { versionModules } from './courses.service';
import { cleanLessonContent } from './lesson-content';

type Db = AppContext['db'];
type ModuleOut = Static<typeof AuthoringModule>;
type LessonOut = Static<typeof AuthoringLesson>;

/** Moves one id to a 1-based position among its siblings and renumbers them. */
function reorder(ids: string[], id: string, position: number): string[] {
  const rest = ids.filter((x) => x !== id);
  rest.splice(Math.min(position, rest.length + 1) - 1, 0, id);
  return rest;
}

async function presentModule(db: Db, courseId: string, versionId: string, moduleId: string): Promise<ModuleOut> {
  const version = await repo.findVersion(db, versionId);
  if (!version) throw courseError(404, 'COURSE_NOT_FOUND');
  const found = presentVersion(version, await versionModules(db, versionId)).modules.find((m) => m.id === moduleId);
  if (!found) throw courseError(404, 'MODULE_NOT_FOUND');
  return found;
}

async function presentLesson(db: Db, versionId: string, lessonId: string): Promise<LessonOut> {
  const version = await repo.findVersion(db, versionId);
  if (!version) throw courseError(404, 'COURSE_NOT_FOUND');
  const found = presentVersion(version, await versionModules(db, versionId)).modules.flatMap((m) => m.lessons).find((l) => l.id === lessonId);
  if (!found) throw courseError(404, 'LESSON_NOT_FOUND');
  return found;
}

/** Loads a module of a draft the actor may edit; 409 when its version is no longer a draft. */
async function editableModule(db: Db, actor: Actor, moduleId: string) {
  const module = await repo.findModule(db, moduleId);
  if (!module) throw courseError(404, 'MODULE_NOT_FOUND');
  await loadCourseFor(db, actor, module.course_id, 'edit');
  if (module.state !== 'draft') throw courseError(409, 'VERSION_NOT_EDITABLE', { state: module.state });
  return module;
}

async function editableLesson(db: Db, actor: Actor, lessonId: string) {
  const lesson = await repo.findLesson(db, lessonId);
  if (!lesson) throw courseError(404, 'LESSON_NOT_FOUND');
  await loadCourseFor(db, actor, lesson.course_id, 'edit');
  if (lesson.state !== 'draft') throw courseError(409, 'VERSION_NOT_EDITABLE', { state: lesson.state });
  return lesson;
}

/** Adds a module at the end of the draft. */
export async function addModule(ctx: AppContext, actor: Actor, courseId: string, titles: Record<string, string>): Promise<ModuleOut> {
  await loadCourseFor(ctx.db, actor, courseId, 'edit');
  const draft = await editableDraft(ctx.db, courseId);
  const id = await repo.insertModule(ctx.db, draft.id, titles);
  return presentModule(ctx.db, courseId, draft.id, id);
}

/** Renames or moves a module of the draft. */
export async function changeModule(ctx: AppContext, actor: Actor, moduleId: string, input: ModuleUpdateT): Promise<ModuleOut> {
  const module = await editableModule(ctx.db, actor, moduleId);
  await ctx.db.transaction().execute(async (trx) => {
    if (input.titles) await repo.updateModule(trx, moduleId, { titles: JSON.stringify({ ...module.titles, ...input.titles }) });
    if (input.position !== undefined) {
      await repo.setPositions(trx, 'course_modules', reorder(await repo.siblingIds(trx, 'course_modules', module.version_id), moduleId, input.position));
    }
  });
  return presentModule(ctx.db, module.course_id, module.version_id, moduleId);
}

/** Deletes a module of the draft with its lessons. */
export async function removeModule(ctx: AppContext, actor: Actor, moduleId: string): Promise<void> {
  const module = await editableModule(ctx.db, actor, moduleId);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteModule(trx, moduleId);
    await repo.setPositions(trx, 'course_modules', await repo.siblingIds(trx, 'course_modules', module.version_id));
  });
}

/** Adds a lesson at the end of a draft module; HTML is sanitised and files must belong to the course. */
export async function addLesson(ctx: AppContext, actor: Actor, moduleId: string, input: LessonInputT): Promise<LessonOut> {
  const module = await editableModule(ctx.db, actor, moduleId);
  const content = await cleanLessonContent(ctx.db, module.course_id, input.type, input.content ?? {});
  const id = await repo.insertLesson(ctx.db, {
    version_id: module.version_id,
    module_id: moduleId,
    type: input.type,
    required: input.required ?? true,
    titles: JSON.stringify(input.titles),
    content: JSON.stringify(content),
    settings: JSON.stringify(input.settings ?? {}),
  });
  return presentLesson(ctx.db, module.version_id, id);
}

/** Edits a draft lesson: titles, content per language, settings, required flag, position or module. */
export async function changeLesson(ctx: AppContext, actor: Actor, lessonId: string, input: LessonUpdateT): Promise<LessonOut> {
  const lesson = await editableLesson(ctx.db, actor, lessonId);
  const content = input.content ? await cleanLessonContent(ctx.db, lesson.course_id, lesson.type, input.content) : undefined;
  await ctx.db.transaction().execute(async (trx) => {
    let moduleId = lesson.module_id;
    if (input.moduleId && input.moduleId !== lesson.module_id) {
      const target = await repo.findModule(trx, input.moduleId);
      if (!target || target.version_id !== lesson.version_id) throw errors.validation([{ field: 'moduleId', code: 'invalid' }]);
      moduleId = target.id;
    }
    await repo.updateLesson(trx, lessonId, {
      module_id: moduleId,
      ...(input.titles ? { titles: JSON.stringify({ ...lesson.titles, ...input.titles }) } : {}),
      ...(content ? { content: JSON.stringify({ ...lesson.content, ...content }) } : {}),
      ...(input.settings ? { settings: JSON.stringify(input.settings) } : {}),
      ...(input.required !== undefined ? { required: input.required } : {}),
    });
    if (moduleId !== lesson.module_id) await repo.setPositions(trx, 'lessons', await repo.siblingIds(trx, 'lessons', lesson.module_id));
    const siblings = await repo.siblingIds(trx, 'lessons', moduleId);
    const moved = moduleId !== lesson.module_id ? [...siblings.filter((x) => x !== lessonId), lessonId] : siblings;
    await repo.setPositions(trx, 'lessons', input.position !== undefined ? reorder(moved, lessonId, input.position) : moved);
  });
  return presentLesson(ctx.db, lesson.version_id, lessonId);
}

/** Deletes a draft lesson. */
export async function removeLesson(ctx: AppContext, actor: Actor, lessonId: string): Promise<void> {
  const lesson = await editableLesson(ctx.db, actor, lessonId);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.deleteLesson(trx, lessonId);
    await repo.setPositions(trx, 'lessons', await repo.siblingIds(trx, 'lessons', lesson.module_id));
  });
}
