import type { Static } from '@sinclair/typebox';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { CourseReviewsTable } from './courses.tables';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { audit, type AuditSource } from '../../platform/audit';
import { errors } from '../../platform/errors';
import { ensure } from '../../platform/policy';
import { writeOutbox } from '../../platform/outbox';
import { authoringCourse, loadCourseFor } from './authoring.service';
import { courseError } from './courses.messages';
import { coursePermissions, ensureNotSelfReview } from './courses.policy';
import * as repo from './courses.repo';
import type { AuthoringCourse } from './courses.schema';
import { versionModules } from './courses.service';
import { missingForReview } from './lesson-content';
import { addSearchWords, searchColumnsOf } from './catalog-index';
import { VERSION_REVIEW_GAPS, VERSION_STARTED } from './courses.hook-points';

type Out = Promise<Static<typeof AuthoringCourse>>;
type Action = CourseReviewsTable['action'];

/** Records a workflow step in the review trail and the audit log, in the caller's transaction. */
async function record(
  trx: Transaction<DB>,
  source: AuditSource,
  actor: Actor,
  course: repo.CourseRow,
  versionId: string,
  action: Action,
  comment: string | null,
): Promise<void> {
  await repo.insertReview(trx, { version_id: versionId, actor_id: actor.userId, action, comment });
  await audit(trx, source, `course.${action}`, { type: 'course', id: course.id, orgId: course.provider_org_id }, { versionId, ...(comment ? { comment } : {}) });
}

/** The version in review, or 409. */
async function versionInReview(ctx: AppContext, courseId: string): Promise<repo.VersionRow> {
  const open = await repo.openVersion(ctx.db, courseId);
  if (!open || open.state !== 'in_review') throw courseError(409, 'NOT_IN_REVIEW');
  return open;
}

/** Creator sends the draft to review; refused with DRAFT_INCOMPLETE listing every missing item. */
export async function submitForReview(ctx: AppContext, actor: Actor, source: AuditSource, courseId: string, comment?: string): Out {
  const course = await loadCourseFor(ctx.db, actor, courseId, 'submit');
  const draft = await repo.openVersion(ctx.db, courseId);
  if (!draft) throw courseError(409, 'NO_DRAFT');
  if (draft.state !== 'draft') throw courseError(409, 'VERSION_NOT_EDITABLE', { state: draft.state });
  const missing = [
    ...missingForReview({ ...draft, modules: await versionModules(ctx.db, draft.id) }),
    ...(await ctx.hooks.run(VERSION_REVIEW_GAPS, ctx.db, { versionId: draft.id }, ctx)).flat(),
  ];
  if (missing.length) {
    const shown = missing.slice(0, 5).map((m) => m.field).join(', ') + (missing.length > 5 ? ', …' : '');
    throw courseError(422, 'DRAFT_INCOMPLETE', { count: missing.length, missing: shown }, missing);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateVersion(trx, draft.id, { state: 'in_review', submitted_by: actor.userId, approved_at: null, reviewed_by: null });
    await record(trx, source, actor, course, draft.id, 'submitted', comment ?? null);
  });
  return authoringCourse(ctx, actor, courseId);
}

/** Reviewer approves the version in review (it stays in_review, marked approved, ready for a publisher). */
export async function approve(ctx: AppContext, actor: Actor, source: AuditSource, courseId: string, comment?: string): Out {
  const course = await loadCourseFor(ctx.db, actor, courseId, 'review');
  const version = await versionInReview(ctx, courseId);
  ensureNotSelfReview(actor, version);
  if (version.approved_at) throw courseError(409, 'ALREADY_APPROVED');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateVersion(trx, version.id, { approved_at: ctx.clock.now(), reviewed_by: actor.userId });
    await record(trx, source, actor, course, version.id, 'approved', comment ?? null);
  });
  return authoringCourse(ctx, actor, courseId);
}

/** Reviewer or publisher sends the version back to draft with a comment for the author. */
export async function sendBack(ctx: AppContext, actor: Actor, source: AuditSource, courseId: string, comment: string): Out {
  const course = await repo.findCourse(ctx.db, courseId);
  if (!course) throw courseError(404, 'COURSE_NOT_FOUND');
  const perms = coursePermissions(actor, course.provider_path);
  ensure(perms.review || perms.publish);
  if (!comment.trim()) throw courseError(400, 'COMMENT_REQUIRED', {}, [{ field: 'comment', code: 'required' }]);
  const version = await versionInReview(ctx, courseId);
  ensureNotSelfReview(actor, version);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateVersion(trx, version.id, { state: 'draft', approved_at: null, reviewed_by: actor.userId });
    await record(trx, source, actor, course, version.id, 'sent_back', comment.trim());
  });
  return authoringCourse(ctx, actor, courseId);
}

/**
 * Makes a published version findable in the catalog: search text from both languages and the tags (with the folded
 * romanised keys of its Hindi words and its title's initialisms), its lesson types, and its words in the search
 * lexicon. Publication calls it; seeds and imports that insert published versions directly must call it too.
 */
export async function indexForCatalog(db: AppContext['db'] | Transaction<DB>, versionId: string): Promise<void> {
  const version = await repo.findVersion(db, versionId);
  if (!version) return;
  const lessonTypes = [...new Set((await repo.lessonsOf(db, versionId)).map((l) => l.type))];
  await db.updateTable('course_versions').set({ ...searchColumnsOf(version), lesson_types: lessonTypes }).where('id', '=', versionId).execute();
  await addSearchWords(db, versionId);
}

/** Publisher publishes the approved version: it becomes immutable, the previous one is superseded. */
export async function publish(ctx: AppContext, actor: Actor, source: AuditSource, courseId: string): Out {
  const course = await loadCourseFor(ctx.db, actor, courseId, 'publish');
  if (course.retired_at) throw courseError(409, 'COURSE_RETIRED');
  const version = await versionInReview(ctx, courseId);
  ensureNotSelfReview(actor, version);
  if (!version.approved_at) throw courseError(409, 'NOT_APPROVED');
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockCourse(trx, courseId);
    if (course.published_version_id) await repo.updateVersion(trx, course.published_version_id, { state: 'superseded' });
    await repo.updateVersion(trx, version.id, { state: 'published', published_by: actor.userId, published_at: now });
    await indexForCatalog(trx, version.id);
    await repo.updateCourse(trx, courseId, { published_version_id: version.id, published_at: course.published_at ?? now });
    await record(trx, source, actor, course, version.id, 'published', null);
    await writeOutbox(trx, 'course.published', { courseId, versionId: version.id });
  });
  return authoringCourse(ctx, actor, courseId);
}

/** Publisher retires a published course: it leaves the catalog; learners' records stay. */
export async function retire(ctx: AppContext, actor: Actor, source: AuditSource, courseId: string, comment?: string): Out {
  const course = await loadCourseFor(ctx.db, actor, courseId, 'retire');
  if (!course.published_version_id) throw courseError(409, 'NOT_PUBLISHED');
  if (course.retired_at) throw courseError(409, 'COURSE_RETIRED');
  const versionId = course.published_version_id;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockCourse(trx, courseId);
    await repo.updateCourse(trx, courseId, { retired_at: ctx.clock.now() });
    await repo.updateVersion(trx, versionId, { state: 'retired' });
    await record(trx, source, actor, course, versionId, 'retired', comment ?? null);
    await writeOutbox(trx, 'course.retired', { courseId });
  });
  return authoringCourse(ctx, actor, courseId);
}

/** Starts a new draft from the published version, keeping module and lesson keys so learners keep progress. */
export async function startNewVersion(ctx: AppContext, actor: Actor, source: AuditSource, courseId: string): Out {
  const course = await loadCourseFor(ctx.db, actor, courseId, 'newVersion');
  if (!course.published_version_id) throw courseError(409, 'NOT_PUBLISHED');
  if (course.retired_at) throw courseError(409, 'COURSE_RETIRED');
  if (await repo.openVersion(ctx.db, courseId)) throw courseError(409, 'OPEN_VERSION_EXISTS');
  const published = await repo.findVersion(ctx.db, course.published_version_id);
  if (!published) throw courseError(404, 'COURSE_NOT_FOUND');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockCourse(trx, courseId);
    const id = await repo.insertVersion(trx, {
      course_id: courseId,
      version_no: (await repo.maxVersionNo(trx, courseId)) + 1,
      state: 'draft',
      texts: JSON.stringify(published.texts),
      languages: published.languages,
      thumbnail_file_id: published.thumbnail_file_id,
      duration_minutes: published.duration_minutes,
      difficulty: published.difficulty,
      competencies: JSON.stringify(published.competencies),
      tags: published.tags,
      created_by: actor.userId,
    });
    await repo.copyVersionContent(trx, published.id, id);
    await ctx.hooks.run(VERSION_STARTED, trx, { fromVersionId: published.id, toVersionId: id }, ctx);
    await audit(trx, source, 'course.version_started', { type: 'course', id: courseId, orgId: course.provider_org_id }, { versionId: id });
  });
  return authoringCourse(ctx, actor, courseId);
}

/** Sets whether the course is moderated and which organisations (with their subtrees) may see and enrol in it. */
export async function setAudience(ctx: AppContext, actor: Actor, source: AuditSource, courseId: string, moderated: boolean, orgIds: string[]): Out {
  const course = await loadCourseFor(ctx.db, actor, courseId, 'moderate');
  if ((await repo.countOrgs(ctx.db, orgIds)) !== orgIds.length) throw errors.validation([{ field: 'orgIds', code: 'invalid' }]);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updateCourse(trx, courseId, { moderated });
    await repo.setAudience(trx, courseId, orgIds);
    await audit(trx, source, 'course.audience_set', { type: 'course', id: courseId, orgId: course.provider_org_id }, { moderated, orgCount: orgIds.length });
  });
  return authoringCourse(ctx, actor, courseId);
}
