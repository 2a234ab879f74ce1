import type { Language } from '../../db/column-types';
import type { ProgrammeStatus, ProgrammeTexts } from './programmes.tables';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { audit, type AuditSource } from '../../platform/audit';
import { errors, type FieldError } from '../../platform/errors';
import { ensure, holdsRoleOver } from '../../platform/policy';
import { writeOutbox } from '../../platform/outbox';
import { courseSummaries } from '../courses';
import { programmeError } from './programmes.messages';
import { programmePermissions, programmeScopes, type ProgrammePermissions } from './programmes.policy';
import { fullTexts, iso, textsIn } from './programmes.presenter';
import * as repo from './programmes.repo';
import { searchTextOf, statedDuration } from './programmes.rules';
import type { AuthoringProgrammeT, CreateProgrammeInputT, UpdateProgrammeInputT } from './programmes.schema';

type Db = AppContext['db'];
type CourseEntry = { courseId: string; required?: boolean };
type TextEdits = Partial<Record<Language, Partial<ProgrammeTexts>>>;

/** Loads a programme and checks the actor's permission over its provider; 404 / 403 otherwise. */
async function loadFor(db: Db, actor: Actor, id: string, need: keyof ProgrammePermissions): Promise<repo.ProgrammeRow> {
  const programme = await repo.findProgramme(db, id);
  if (!programme) throw programmeError(404, 'PROGRAMME_NOT_FOUND');
  ensure(programmePermissions(actor, programme.provider_path)[need]);
  return programme;
}

/**
 * Checks an ordered course list: no course twice, every course known, published and not retired, at least one
 * required. 400 with the offending entry in `fields` (e.g. `courses.2.courseId`).
 */
async function checkCourses(db: Db, entries: CourseEntry[]): Promise<{ courseId: string; required: boolean }[]> {
  const list = entries.map((e) => ({ courseId: e.courseId, required: e.required ?? true }));
  const field = (i: number, code: string): FieldError[] => [{ field: `courses.${i}.courseId`, code }];
  const seen = new Set<string>();
  for (const [i, c] of list.entries()) {
    if (seen.has(c.courseId)) throw programmeError(400, 'COURSE_DUPLICATE', { courseId: c.courseId }, field(i, 'duplicate'));
    seen.add(c.courseId);
  }
  const summaries = await courseSummaries(db, [...seen], null);
  for (const [i, c] of list.entries()) {
    const s = summaries.get(c.courseId);
    if (!s) throw programmeError(400, 'COURSE_UNKNOWN', { courseId: c.courseId }, field(i, 'unknown'));
    if (!s.published) throw programmeError(400, 'COURSE_NOT_PUBLISHED', { courseId: c.courseId }, field(i, 'not_published'));
    if (s.retired) throw programmeError(400, 'COURSE_RETIRED', { courseId: c.courseId, title: textsIn(s.texts, 'en').title }, field(i, 'retired'));
  }
  if (!list.some((c) => c.required)) throw programmeError(400, 'NO_REQUIRED_COURSE', {}, [{ field: 'courses', code: 'no_required' }]);
  return list;
}

function mergeTexts(current: Partial<Record<Language, ProgrammeTexts>>, edits: TextEdits | undefined): Partial<Record<Language, ProgrammeTexts>> {
  const merged: TextEdits = { ...current };
  for (const lang of ['en', 'hi'] as const) if (edits?.[lang]) merged[lang] = { ...current[lang], ...edits[lang] };
  return fullTexts(merged);
}

/** The authoring view of a programme, with its courses as the course module describes them and the actor's permissions. */
export async function authoringProgramme(ctx: AppContext, actor: Actor, id: string): Promise<AuthoringProgrammeT> {
  const p = await loadFor(ctx.db, actor, id, 'view');
  const courses = (await repo.coursesOf(ctx.db, [id])).get(id) ?? [];
  const summaries = await courseSummaries(ctx.db, courses.map((c) => c.courseId), actor);
  const lines = courses.map((c, i) => {
    const s = summaries.get(c.courseId);
    return {
      courseId: c.courseId,
      number: i + 1,
      required: c.required,
      titles: { en: s?.texts.en?.title, hi: s?.texts.hi?.title },
      durationMinutes: s?.durationMinutes ?? 0,
      published: s?.published ?? false,
      retired: s?.retired ?? false,
      moderated: s?.moderated ?? false,
    };
  });
  return {
    id: p.id,
    code: p.code,
    provider: { id: p.provider_org_id, nameEn: p.provider_name_en, nameHi: p.provider_name_hi },
    status: p.status,
    texts: p.texts,
    thumbnailUrl: p.thumbnail_url,
    durationMinutes: p.duration_minutes,
    statedDurationMinutes: statedDuration(p.duration_minutes, lines),
    courses: lines,
    enrolmentCount: p.enrolment_count,
    completionCount: p.completion_count,
    createdAt: new Date(p.created_at).toISOString(),
    updatedAt: new Date(p.updated_at).toISOString(),
    publishedAt: iso(p.published_at),
    retiredAt: iso(p.retired_at),
    permissions: programmePermissions(actor, p.provider_path),
  };
}

/** Programmes whose provider lies in the actor's content-role subtrees, optionally in one state. */
export async function listAuthoringProgrammes(ctx: AppContext, actor: Actor, query: { status?: ProgrammeStatus; page: number }, lang: Language) {
  const scopes = programmeScopes(actor);
  ensure(scopes.length > 0);
  const pageSize = 20;
  const rows = await repo.programmesInScopes(ctx.db, scopes, query.status, query.page, pageSize);
  const courses = await repo.coursesOf(ctx.db, rows.map((r) => r.id));
  return {
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      title: textsIn(r.texts, lang).title,
      provider: { id: r.provider_org_id, nameEn: r.provider_name_en, nameHi: r.provider_name_hi },
      status: r.status,
      courseCount: courses.get(r.id)?.length ?? 0,
      updatedAt: new Date(r.updated_at).toISOString(),
    })),
    total: Number(rows[0]?.total ?? 0),
    page: query.page,
    pageSize,
  };
}

/** A content creator starts a draft programme for a provider in their scope. */
export async function createProgramme(ctx: AppContext, actor: Actor, source: AuditSource, input: CreateProgrammeInputT): Promise<AuthoringProgrammeT> {
  ensure(actor.roles.some((g) => g.role === 'content_creator'));
  const provider = await ctx.db.selectFrom('orgs').select(['id', 'path']).where('id', '=', input.providerOrgId).executeTakeFirst();
  if (!provider) throw errors.validation([{ field: 'providerOrgId', code: 'invalid' }]);
  if (!holdsRoleOver(actor, ['content_creator'], provider.path)) throw programmeError(403, 'PROVIDER_OUT_OF_SCOPE');
  const courses = input.courses ? await checkCourses(ctx.db, input.courses) : [];
  const texts = mergeTexts({}, input.texts);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await repo.insertProgramme(trx, {
      code: input.code,
      provider_org_id: provider.id,
      texts: JSON.stringify(texts),
      thumbnail_url: input.thumbnailUrl ?? null,
      duration_minutes: input.durationMinutes ?? null,
      search_text: searchTextOf(input.code, texts),
      created_by: actor.userId,
    });
    if (!newId) throw programmeError(409, 'PROGRAMME_CODE_TAKEN', { code: input.code }, [{ field: 'code', code: 'taken' }]);
    await repo.replaceCourses(trx, newId, courses);
    await audit(trx, source, 'programme.created', { type: 'programme', id: newId, orgId: provider.id }, { code: input.code, courses: courses.length });
    return newId;
  });
  return authoringProgramme(ctx, actor, id);
}

/** Edits a draft: code, texts, thumbnail, stated duration, and the ordered course list (replaced whole). */
export async function updateProgramme(ctx: AppContext, actor: Actor, source: AuditSource, id: string, input: UpdateProgrammeInputT): Promise<AuthoringProgrammeT> {
  await loadFor(ctx.db, actor, id, 'edit');
  const courses = input.courses ? await checkCourses(ctx.db, input.courses) : undefined;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockProgramme(trx, id);
    const current = await repo.findProgramme(trx, id);
    if (!current) throw programmeError(404, 'PROGRAMME_NOT_FOUND');
    if (current.status !== 'draft') throw programmeError(409, 'PROGRAMME_NOT_EDITABLE', { status: current.status });
    const code = input.code ?? current.code;
    if (input.code && (await repo.codeTaken(trx, input.code, id))) {
      throw programmeError(409, 'PROGRAMME_CODE_TAKEN', { code: input.code }, [{ field: 'code', code: 'taken' }]);
    }
    const texts = mergeTexts(current.texts, input.texts);
    await repo.updateProgramme(trx, id, {
      code,
      texts: JSON.stringify(texts),
      search_text: searchTextOf(code, texts),
      ...(input.thumbnailUrl !== undefined ? { thumbnail_url: input.thumbnailUrl } : {}),
      ...(input.durationMinutes !== undefined ? { duration_minutes: input.durationMinutes } : {}),
    });
    if (courses) await repo.replaceCourses(trx, id, courses);
    await audit(trx, source, 'programme.updated', { type: 'programme', id, orgId: current.provider_org_id }, { fields: Object.keys(input) });
  });
  return authoringProgramme(ctx, actor, id);
}

/** Deletes a draft programme (published ones are retired instead, so enrolments keep their programme). */
export async function deleteProgramme(ctx: AppContext, actor: Actor, source: AuditSource, id: string): Promise<void> {
  const p = await loadFor(ctx.db, actor, id, 'delete');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockProgramme(trx, id);
    const current = await repo.findProgramme(trx, id);
    if (current?.status !== 'draft') throw programmeError(409, 'PROGRAMME_NOT_EDITABLE', { status: current?.status ?? p.status });
    await repo.deleteProgramme(trx, id);
    await audit(trx, source, 'programme.deleted', { type: 'programme', id, orgId: p.provider_org_id }, { code: p.code });
  });
}

/** What a draft lacks before it can be published: a title and summary in some language (and in every language begun), courses. */
function publishGaps(texts: Partial<Record<Language, ProgrammeTexts>>, courseCount: number): FieldError[] {
  const gaps: FieldError[] = [];
  const begun = (['en', 'hi'] as const).filter((l) => texts[l] && (texts[l]?.title || texts[l]?.summary || texts[l]?.description));
  for (const lang of begun.length ? begun : (['en', 'hi'] as const)) {
    if (!texts[lang]?.title.trim()) gaps.push({ field: `texts.${lang}.title`, code: 'required' });
    if (!texts[lang]?.summary.trim()) gaps.push({ field: `texts.${lang}.summary`, code: 'required' });
  }
  if (courseCount === 0) gaps.push({ field: 'courses', code: 'required' });
  return gaps;
}

/** A publisher publishes a complete draft: it becomes frozen and open for enrolment (audit + `programme.published`). */
export async function publishProgramme(ctx: AppContext, actor: Actor, source: AuditSource, id: string): Promise<AuthoringProgrammeT> {
  const p = await loadFor(ctx.db, actor, id, 'publish');
  if (p.status !== 'draft') throw programmeError(409, 'PROGRAMME_NOT_DRAFT');
  const courses = (await repo.coursesOf(ctx.db, [id])).get(id) ?? [];
  const gaps = publishGaps(p.texts, courses.length);
  if (gaps.length) throw programmeError(422, 'PROGRAMME_INCOMPLETE', { count: gaps.length, missing: gaps.map((g) => g.field).join(', ') }, gaps);
  await checkCourses(ctx.db, courses);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockProgramme(trx, id);
    const current = await repo.findProgramme(trx, id);
    if (current?.status !== 'draft') throw programmeError(409, 'PROGRAMME_NOT_DRAFT');
    await repo.updateProgramme(trx, id, { status: 'published', published_at: ctx.clock.now(), published_by: actor.userId });
    await audit(trx, source, 'programme.published', { type: 'programme', id, orgId: p.provider_org_id }, { code: p.code });
    await writeOutbox(trx, 'programme.published', { programmeId: id });
  });
  return authoringProgramme(ctx, actor, id);
}

/** A publisher retires a published programme: no new enrolments; enrolled learners keep it (audit + `programme.retired`). */
export async function retireProgramme(ctx: AppContext, actor: Actor, source: AuditSource, id: string): Promise<AuthoringProgrammeT> {
  const p = await loadFor(ctx.db, actor, id, 'retire');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockProgramme(trx, id);
    const current = await repo.findProgramme(trx, id);
    if (current?.status !== 'published') throw programmeError(409, 'PROGRAMME_NOT_PUBLISHED');
    await repo.updateProgramme(trx, id, { status: 'retired', retired_at: ctx.clock.now() });
    await audit(trx, source, 'programme.retired', { type: 'programme', id, orgId: p.provider_org_id }, { code: p.code });
    await writeOutbox(trx, 'programme.retired', { programmeId: id });
  });
  return authoringProgramme(ctx, actor, id);
}
