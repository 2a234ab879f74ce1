import type { Language } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import { audit, type AuditSource } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { ensure } from '../../platform/policy';
import { getPublishedCourse } from '../courses';
import { findUserById } from '../identity';
import { findOrg } from '../orgs';
import { competencyFail, fieldProblem, sourceLabels } from './competencies.messages';
import { canManagePassbook } from './competencies.policy';
import { competencyMap, competencyRef } from './framework.service';
import { bumpPeerRollup, claimCompletion, deleteDeclaration, entriesOf, insertEntries, raiseEarned, upsertDeclaration, type EntryRow } from './passbook.repo';
import type { DeclarationT, InstituteInputT, PassbookEntryT, PassbookT } from './passbook.schema';
import { findProfile } from './profile.repo';

/** The `course.completed` payload this module reads (written by the learning module). */
export interface CourseCompletedEvent {
  userId: string;
  courseId: string;
  versionId: string;
  completedAt: string;
}

/** The `assessment.submitted` payload this module reads (written by the assessments module). */
export interface AssessmentSubmittedEvent {
  userId: string;
  courseId: string;
  lessonKey: string;
  attemptId: string;
  passed: boolean;
  scorePercent: number;
}

/** A course's competency tags, one per code (highest level), levels clamped to 1–5. */
function tagsOf(competencies: { code: string; level: number }[]): { code: string; level: number }[] {
  const best = new Map<string, number>();
  for (const t of competencies) best.set(t.code, Math.max(best.get(t.code) ?? 0, Math.min(5, Math.max(1, Math.round(t.level)))));
  return [...best].map(([code, level]) => ({ code, level }));
}

/**
 * Takes a completed course into the learner's passbook, exactly once however often the event is delivered or
 * however many workers run it at once: the claim row (user, course) and the unique entry key decide. Each competency
 * the course is tagged with becomes an earned entry at the tagged level, and the peer rollup of the learner's
 * designation counts the completion.
 */
export async function recordCourseCompletion(ctx: AppContext, event: CourseCompletedEvent): Promise<{ claimed: boolean; entries: number }> {
  const [course, user] = await Promise.all([getPublishedCourse(ctx.db, event.courseId), findUserById(ctx.db, event.userId)]);
  if (!user) return { claimed: false, entries: 0 };
  const tags = tagsOf(course?.competencies ?? []);
  const known = await competencyMap(ctx.db, tags.map((t) => t.code));
  const unknown = tags.filter((t) => !known.has(t.code)).map((t) => t.code);
  if (unknown.length > 0) ctx.log.warn({ courseId: event.courseId, codes: unknown }, 'course tagged with competencies missing from the framework');
  const achievedAt = new Date(event.completedAt);
  return ctx.db.transaction().execute(async (trx) => {
    const claimed = await claimCompletion(trx, { userId: user.id, courseId: event.courseId, designationId: user.designation_id, completedAt: achievedAt });
    if (!claimed) return { claimed: false, entries: 0 };
    if (user.designation_id) await bumpPeerRollup(trx, user.designation_id, event.courseId);
    const title = { en: course?.texts.en?.title ?? '', hi: course?.texts.hi?.title ?? course?.texts.en?.title ?? '' };
    const added = await insertEntries(
      trx,
      tags.flatMap((t) => {
        const c = known.get(t.code);
        if (!c) return [];
        return [{ userId: user.id, competencyId: c.id, level: t.level, source: 'course' as const, sourceRef: event.courseId, evidence: { courseId: event.courseId, versionId: event.versionId, title }, achievedAt, recordedBy: null }];
      }),
    );
    await raiseEarned(trx, user.id, added, ctx.clock.now());
    return { claimed: true, entries: added.length };
  });
}

/** A passed final assessment is evidence too: an 'assessment' entry per tagged competency, once per learner and course. */
export async function recordAssessmentPass(ctx: AppContext, event: AssessmentSubmittedEvent): Promise<number> {
  if (!event.passed) return 0;
  const course = await getPublishedCourse(ctx.db, event.courseId);
  const lesson = course?.modules.flatMap((m) => m.lessons).find((l) => l.key === event.lessonKey);
  if (!course || lesson?.type !== 'final_assessment') return 0;
  const tags = tagsOf(course.competencies);
  const known = await competencyMap(ctx.db, tags.map((t) => t.code));
  const title = { en: course.texts.en?.title ?? '', hi: course.texts.hi?.title ?? course.texts.en?.title ?? '' };
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const added = await insertEntries(
      trx,
      tags.flatMap((t) => {
        const c = known.get(t.code);
        if (!c) return [];
        const evidence = { courseId: course.courseId, attemptId: event.attemptId, scorePercent: event.scorePercent, title };
        return [{ userId: event.userId, competencyId: c.id, level: t.level, source: 'assessment' as const, sourceRef: course.courseId, evidence, achievedAt: now, recordedBy: null }];
      }),
    );
    await raiseEarned(trx, event.userId, added, now);
    return added.length;
  });
}

function presentEntry(row: EntryRow, language: Language): PassbookEntryT {
  const ev = row.evidence;
  const url = ev.courseId ? `/courses/${ev.courseId}` : (ev.url ?? null);
  return {
    id: row.id,
    competency: competencyRef(row),
    level: row.level,
    source: row.source,
    sourceLabel: sourceLabels[row.source][language],
    countsAsEarned: row.source !== 'self',
    evidence: {
      title: (language === 'hi' ? ev.title?.hi || ev.title?.en : ev.title?.en || ev.title?.hi) ?? null,
      url,
      institute: ev.institute ?? null,
      scorePercent: ev.scorePercent ?? null,
    },
    achievedAt: row.achieved_at.toISOString(),
  };
}

const TYPE_ORDER = { behavioural: 0, functional: 1, domain: 2 } as const;

/** A learner's passbook: one line per competency (earned and declared level) and every entry with its evidence. */
export async function passbookOf(ctx: AppContext, userId: string, language: Language): Promise<PassbookT> {
  const [rows, profile] = await Promise.all([entriesOf(ctx.db, userId), findProfile(ctx.db, userId)]);
  const levels = new Map<string, { row: EntryRow; earned: number; declared: number | null }>();
  for (const row of rows) {
    const line = levels.get(row.code) ?? { row, earned: 0, declared: null };
    if (row.source === 'self') line.declared = row.level;
    else line.earned = Math.max(line.earned, row.level);
    levels.set(row.code, line);
  }
  const name = (r: EntryRow) => (language === 'hi' ? r.name_hi : r.name_en);
  return {
    levels: [...levels.values()]
      .sort((a, b) => TYPE_ORDER[a.row.type] - TYPE_ORDER[b.row.type] || name(a.row).localeCompare(name(b.row)))
      .map((l) => ({
        competency: competencyRef(l.row),
        earnedLevel: l.earned,
        declaredLevel: l.declared,
        descriptor: l.earned > 0 ? (l.row.levels[l.earned - 1]?.[language] ?? null) : null,
      })),
    entries: rows.map((r) => presentEntry(r, language)),
    onboarding: profile?.onboarding ?? 'pending',
  };
}

/** Validates declarations against the framework; 400 with one field error per unknown or repeated code. */
export async function checkDeclarations(ctx: AppContext, declarations: DeclarationT[]) {
  const known = await competencyMap(ctx.db, declarations.map((d) => d.code));
  const seen = new Set<string>();
  const problems = declarations.flatMap((d, i) => {
    const repeated = seen.has(d.code);
    seen.add(d.code);
    if (!known.has(d.code)) return [fieldProblem(`declarations.${i}.code`, 'COMPETENCY_UNKNOWN', { code: d.code })];
    return repeated ? [fieldProblem(`declarations.${i}.code`, 'DUPLICATE')] : [];
  });
  if (problems.length > 0) throw errors.validation(problems);
  return known;
}

/** Records the learner's own declarations (marked self-declared; they never count as earned). */
export async function declareCompetencies(ctx: AppContext, actor: Actor, declarations: DeclarationT[], language: Language): Promise<PassbookT> {
  const known = await checkDeclarations(ctx, declarations);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    for (const d of declarations) {
      const c = known.get(d.code);
      if (c) await upsertDeclaration(trx, { userId: actor.userId, competencyId: c.id, level: d.level, now });
    }
  });
  return passbookOf(ctx, actor.userId, language);
}

/** Withdraws one of the learner's declarations. */
export async function withdrawDeclaration(ctx: AppContext, actor: Actor, code: string, language: Language): Promise<PassbookT> {
  const c = (await competencyMap(ctx.db, [code])).get(code);
  if (!c) throw competencyFail(404, 'COMPETENCY_NOT_FOUND', { code });
  await ctx.db.transaction().execute((trx) => deleteDeclaration(trx, actor.userId, c.id, ctx.clock.now()));
  return passbookOf(ctx, actor.userId, language);
}

/** Loads an employee an admin manages (404 unknown, 403 outside the admin's subtree). */
async function managedUser(ctx: AppContext, actor: Actor, userId: string) {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw competencyFail(404, 'USER_NOT_FOUND');
  const org = await findOrg(ctx.db, user.org_id);
  ensure(org !== undefined && canManagePassbook(actor, org.path));
  return { user, orgId: user.org_id };
}

/** An employee's passbook for their admins. */
export async function adminPassbook(ctx: AppContext, actor: Actor, userId: string, language: Language): Promise<PassbookT> {
  await managedUser(ctx, actor, userId);
  return passbookOf(ctx, userId, language);
}

const URL_RE = /^https?:\/\/[^\s]+$/i;

/** Records a competency reported by a training institute for an employee (an admin over the employee's org). */
export async function reportInstituteEntry(ctx: AppContext, actor: Actor, source: AuditSource, userId: string, input: InstituteInputT, language: Language) {
  const { orgId } = await managedUser(ctx, actor, userId);
  const c = (await competencyMap(ctx.db, [input.competencyCode])).get(input.competencyCode);
  const problems = [
    ...(c ? [] : [fieldProblem('competencyCode', 'COMPETENCY_UNKNOWN', { code: input.competencyCode })]),
    ...(input.evidenceUrl && !URL_RE.test(input.evidenceUrl) ? [fieldProblem('evidenceUrl', 'URL_INVALID')] : []),
    ...(new Date(`${input.achievedOn}T00:00:00Z`) > ctx.clock.now() ? [fieldProblem('achievedOn', 'DATE_IN_FUTURE')] : []),
  ];
  if (problems.length > 0 || !c) throw errors.validation(problems);
  await ctx.db.transaction().execute(async (trx) => {
    const achievedAt = new Date(`${input.achievedOn}T00:00:00Z`);
    const evidence = { institute: input.institute.trim(), ...(input.evidenceUrl ? { url: input.evidenceUrl } : {}) };
    const added = await insertEntries(trx, [
      { userId, competencyId: c.id, level: input.level, source: 'institute', sourceRef: crypto.randomUUID(), evidence, achievedAt, recordedBy: actor.userId },
    ]);
    await raiseEarned(trx, userId, added, ctx.clock.now());
    await audit(trx, source, 'competency.institute_reported', { type: 'user', id: userId, orgId }, { competency: c.code, level: input.level });
  });
  return passbookOf(ctx, userId, language);
}
