import { sql } from 'kysely';
import type { Static } from '@sinclair/typebox';
import type { Language } from '../../db/column-types';
import type { CourseTexts } from './courses.tables';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { audit, type AuditSource } from '../../platform/audit';
import { errors } from '../../platform/errors';
import { ensure, holdsRoleOver } from '../../platform/policy';
import { courseError, courseErrors } from './courses.messages';
import { authoringScopes, coursePermissions, type CoursePermissions } from './courses.policy';
import { presentAuthoringCourse, pick } from './courses.presenter';
import * as repo from './courses.repo';
import type { AuthoringCourse, AuthoringCourseSummary, CreateCourseInputT, UpdateDraftInputT } from './courses.schema';
import { versionModules } from './courses.service';

type Db = AppContext['db'];

/** Loads a course and checks that the actor holds the permission over its provider; 404 / 403 otherwise. */
export async function loadCourseFor(db: Db, actor: Actor, courseId: string, need: keyof CoursePermissions) {
  const course = await repo.findCourse(db, courseId);
  if (!course) throw courseError(404, 'COURSE_NOT_FOUND');
  ensure(coursePermissions(actor, course.provider_path)[need]);
  return course;
}

/** The open draft of a course for editing; 409 when the course has none or it is in review. */
export async function editableDraft(db: Db, courseId: string): Promise<repo.VersionRow> {
  const open = await repo.openVersion(db, courseId);
  if (!open) throw courseError(409, 'NO_DRAFT');
  if (open.state !== 'draft') throw courseError(409, 'VERSION_NOT_EDITABLE', { state: open.state });
  return open;
}

/** The authoring view: the open version if any, else the published one, else the latest. */
export async function authoringCourse(ctx: AppContext, actor: Actor, courseId: string): Promise<Static<typeof AuthoringCourse>> {
  const course = await loadCourseFor(ctx.db, actor, courseId, 'view');
  const version =
    (await repo.openVersion(ctx.db, courseId)) ??
    (course.published_version_id ? await repo.findVersion(ctx.db, course.published_version_id) : undefined) ??
    (await ctx.db.selectFrom('course_versions').select('id').where('course_id', '=', courseId).orderBy('version_no', 'desc').executeTakeFirst().then((v) => (v ? repo.findVersion(ctx.db, v.id) : undefined)));
  if (!version) throw courseError(404, 'COURSE_NOT_FOUND');
  const [modules, audience, reviews] = [await versionModules(ctx.db, version.id), await repo.audienceOf(ctx.db, courseId), await repo.reviewsOf(ctx.db, courseId)];
  return presentAuthoringCourse(actor, course, version, modules, audience, reviews);
}

/** Courses the actor authors, reviews or publishes (providers inside their content-role subtrees), latest version each. */
export async function listAuthoringCourses(
  ctx: AppContext,
  actor: Actor,
  query: { state?: 'draft' | 'in_review' | 'published' | 'retired'; page: number },
  lang: Language,
): Promise<{ items: Static<typeof AuthoringCourseSummary>[]; total: number; page: number; pageSize: number }> {
  const scopes = authoringScopes(actor);
  ensure(scopes.length > 0);
  const pageSize = 20;
  const patterns = sql.join(scopes.map((p) => sql`${`${p}%`}::text`));
  const rows = await ctx.db
    .selectFrom('courses as c')
    .innerJoin('orgs as o', 'o.id', 'c.provider_org_id')
    .innerJoin(
      (eb) => eb.selectFrom('course_versions').distinctOn('course_id').selectAll().orderBy('course_id').orderBy('version_no', 'desc').as('v'),
      (join) => join.onRef('v.course_id', '=', 'c.id'),
    )
    .select(['c.id', 'c.provider_org_id', 'o.name_en', 'o.name_hi', 'c.published_version_id', 'c.retired_at', 'v.state', 'v.version_no', 'v.texts', 'v.approved_at', 'v.updated_at'])
    .select(sql<number>`count(*) OVER ()`.as('total'))
    .where(sql<boolean>`o.path LIKE ANY (ARRAY[${patterns}])`)
    .$if(query.state !== undefined, (q) => q.where('v.state', '=', query.state ?? 'draft'))
    .orderBy('v.updated_at', 'desc')
    .limit(pageSize)
    .offset((query.page - 1) * pageSize)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: pick(r.texts, lang)?.title ?? '',
      provider: { id: r.provider_org_id, nameEn: r.name_en, nameHi: r.name_hi },
      state: r.state,
      approved: r.approved_at !== null,
      versionNo: r.version_no,
      published: r.published_version_id !== null,
      retired: r.retired_at !== null,
      updatedAt: new Date(r.updated_at).toISOString(),
    })),
    total: Number(rows[0]?.total ?? 0),
    page: query.page,
    pageSize,
  };
}

/** Merges per-language text edits into the existing texts; languages not given are kept. */
function mergeTexts(
  current: Partial<Record<Language, CourseTexts>>,
  edits: Partial<Record<Language, Partial<CourseTexts>>> | undefined,
  languages: Language[],
): Partial<Record<Language, CourseTexts>> {
  const out: Partial<Record<Language, CourseTexts>> = {};
  for (const lang of languages) {
    const base = current[lang] ?? { title: '', summary: '', description: '' };
    out[lang] = { ...base, ...(edits?.[lang] ?? {}) };
  }
  for (const lang of Object.keys(edits ?? {}) as Language[]) {
    if (!languages.includes(lang)) throw courseError(400, 'LANGUAGE_NOT_IN_COURSE', {}, [{ field: `texts.${lang}`, code: 'invalid' }]);
  }
  return out;
}

/** Creates a course for a provider in the creator's scope, with version 1 as a draft. */
export async function createCourse(ctx: AppContext, actor: Actor, source: AuditSource, input: CreateCourseInputT): Promise<Static<typeof AuthoringCourse>> {
  ensure(actor.roles.some((g) => g.role === 'content_creator'));
  const provider = await ctx.db.selectFrom('orgs').select(['id', 'path']).where('id', '=', input.providerOrgId).executeTakeFirst();
  if (!provider) throw errors.validation([{ field: 'providerOrgId', code: 'invalid' }]);
  if (!holdsRoleOver(actor, ['content_creator'], provider.path)) throw courseError(403, 'PROVIDER_OUT_OF_SCOPE');
  const courseId = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertCourse(trx, provider.id, actor.userId);
    await repo.insertVersion(trx, {
      course_id: id,
      version_no: 1,
      state: 'draft',
      languages: input.languages,
      texts: JSON.stringify(mergeTexts({}, input.texts, input.languages)),
      duration_minutes: input.durationMinutes ?? 0,
      difficulty: input.difficulty ?? 'beginner',
      competencies: JSON.stringify(input.competencies ?? []),
      tags: input.tags ?? [],
      created_by: actor.userId,
    });
    await audit(trx, source, 'course.created', { type: 'course', id, orgId: provider.id });
    return id;
  });
  return authoringCourse(ctx, actor, courseId);
}

/** Edits the draft's texts, languages, duration, difficulty, competencies, tags or thumbnail. */
export async function updateDraft(ctx: AppContext, actor: Actor, courseId: string, input: UpdateDraftInputT): Promise<Static<typeof AuthoringCourse>> {
  await loadCourseFor(ctx.db, actor, courseId, 'edit');
  const draft = await editableDraft(ctx.db, courseId);
  const languages = input.languages ?? draft.languages;
  if (input.thumbnailFileId) {
    const file = await ctx.db.selectFrom('files').select(['course_id', 'media_type']).where('id', '=', input.thumbnailFileId).executeTakeFirst();
    if (!file || file.course_id !== courseId || !file.media_type.startsWith('image/')) {
      throw courseError(400, 'THUMBNAIL_INVALID', {}, [{ field: 'thumbnailFileId', code: 'THUMBNAIL_INVALID', message: courseErrors.THUMBNAIL_INVALID }]);
    }
  }
  await repo.updateVersion(ctx.db, draft.id, {
    languages,
    texts: JSON.stringify(mergeTexts(draft.texts, input.texts, languages)),
    ...(input.durationMinutes !== undefined ? { duration_minutes: input.durationMinutes } : {}),
    ...(input.difficulty !== undefined ? { difficulty: input.difficulty } : {}),
    ...(input.competencies !== undefined ? { competencies: JSON.stringify(input.competencies) } : {}),
    ...(input.tags !== undefined ? { tags: input.tags } : {}),
    ...(input.thumbnailFileId !== undefined ? { thumbnail_file_id: input.thumbnailFileId } : {}),
  });
  return authoringCourse(ctx, actor, courseId);
}
