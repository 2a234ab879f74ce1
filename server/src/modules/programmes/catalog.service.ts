import type { Static } from '@sinclair/typebox';
import type { Language } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { courseSummaries, type CourseSummary } from '../courses';
import { linesFor, settleProgrammeNow } from './enrolment.service';
import { programmeError } from './programmes.messages';
import { programmePermissions } from './programmes.policy';
import { iso, presentEnrolment, presentLines, presentProgress, textsIn } from './programmes.presenter';
import * as repo from './programmes.repo';
import { rollUp, searchWords, statedDuration, type ProgrammeCourse } from './programmes.rules';
import type { ProgrammeCardT, ProgrammePage } from './programmes.schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PAGE_SIZE = 20;

/** A programme by id or code; 404 when there is none. */
export async function resolveProgramme(ctx: AppContext, ref: string): Promise<repo.ProgrammeRow> {
  const row = UUID.test(ref) ? await repo.findProgramme(ctx.db, ref) : await repo.findProgrammeByCode(ctx.db, ref);
  if (!row) throw programmeError(404, 'PROGRAMME_NOT_FOUND');
  return row;
}

/** A published programme shows to a learner only when every required course is published, live and visible to them. */
function learnerCanSee(programme: { status: string }, courses: ProgrammeCourse[], summaries: Map<string, CourseSummary>): boolean {
  return programme.status === 'published' && courses.some((c) => c.required) && courses.every((c) => !c.required || summaries.get(c.courseId)?.visible === true);
}

/**
 * Published programmes the viewer may see, newest first; `q` matches every word as a substring of the code,
 * titles or summaries in either language. Programmes are few (tens to hundreds), so visibility is filtered in memory.
 */
export async function browseProgrammes(ctx: AppContext, actor: Actor | null, query: { q?: string; page: number }, lang: Language) {
  const rows = await repo.publishedProgrammes(ctx.db, searchWords(query.q));
  const courses = await repo.coursesOf(ctx.db, rows.map((r) => r.id));
  const summaries = await courseSummaries(ctx.db, [...courses.values()].flat().map((c) => c.courseId), actor);
  const visible = rows.filter((r) => learnerCanSee(r, courses.get(r.id) ?? [], summaries));
  const pageRows = visible.slice((query.page - 1) * PAGE_SIZE, query.page * PAGE_SIZE);
  const mine = actor ? await repo.enrolmentStatuses(ctx.db, actor.userId, pageRows.map((r) => r.id)) : new Map<string, 'in_progress' | 'completed'>();
  const items = pageRows.map((r): ProgrammeCardT => {
    const list = courses.get(r.id) ?? [];
    const texts = textsIn(r.texts, lang);
    return {
      id: r.id,
      code: r.code,
      title: texts.title,
      summary: texts.summary,
      provider: { id: r.provider_org_id, nameEn: r.provider_name_en, nameHi: r.provider_name_hi },
      thumbnailUrl: r.thumbnail_url,
      durationMinutes: statedDuration(r.duration_minutes, list.map((c) => ({ required: c.required, durationMinutes: summaries.get(c.courseId)?.durationMinutes ?? 0 }))),
      courseCount: list.length,
      requiredCount: list.filter((c) => c.required).length,
      enrolmentCount: r.enrolment_count,
      completionCount: r.completion_count,
      publishedAt: iso(r.published_at),
      myStatus: mine.get(r.id) ?? null,
    };
  });
  return { items, total: visible.length, page: query.page, pageSize: PAGE_SIZE };
}

/**
 * The programme page: its courses in order with the signed-in learner's status and percent in each, the rolled-up
 * progress and exactly which required courses are missing. Visible to learners when published with every required
 * course visible to them, and always to its enrolled learners and its authors; 404 otherwise.
 */
export async function programmePage(ctx: AppContext, actor: Actor | null, ref: string, lang: Language): Promise<Static<typeof ProgrammePage>> {
  const programme = await resolveProgramme(ctx, ref);
  let enrolment = actor ? await repo.findProgrammeEnrolment(ctx.db, actor.userId, programme.id) : undefined;
  let lines = await linesFor(ctx.db, programme.id, actor?.userId ?? null, actor);
  const summaries = new Map(lines.flatMap((l) => (l.summary ? [[l.courseId, l.summary] as const] : [])));
  const seen = learnerCanSee(programme, lines, summaries);
  if (!seen && !enrolment && !programmePermissions(actor, programme.provider_path).view) throw programmeError(404, 'PROGRAMME_NOT_FOUND');
  if (actor && enrolment?.status === 'in_progress' && rollUp(lines).complete) {
    // The course.completed job may still be on its way: settle now (exactly once, under the lock) rather than show 99 %.
    await settleProgrammeNow(ctx, actor.userId, programme.id);
    enrolment = await repo.findProgrammeEnrolment(ctx.db, actor.userId, programme.id);
    lines = await linesFor(ctx.db, programme.id, actor.userId, actor);
  }
  const texts = textsIn(programme.texts, lang);
  return {
    id: programme.id,
    code: programme.code,
    status: programme.status,
    texts: programme.texts,
    ...texts,
    provider: { id: programme.provider_org_id, nameEn: programme.provider_name_en, nameHi: programme.provider_name_hi },
    thumbnailUrl: programme.thumbnail_url,
    durationMinutes: statedDuration(programme.duration_minutes, lines),
    publishedAt: iso(programme.published_at),
    retiredAt: iso(programme.retired_at),
    enrolmentCount: programme.enrolment_count,
    completionCount: programme.completion_count,
    courses: presentLines(lines, lang),
    enrolment: enrolment ? presentEnrolment(enrolment) : null,
    progress: actor ? presentProgress(lines, rollUp(lines), enrolment, lang) : null,
    canEnrol: actor !== null && !enrolment && seen,
  };
}
