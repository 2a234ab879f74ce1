import type { Kysely, Transaction } from 'kysely';
import type { Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { CertificateKind } from './certificates.tables';
import { courseVersionFacts } from '../courses';
import { finalAssessmentScore } from '../learning';
import { coursesOf, findProgramme } from '../programmes';
import { findCriteria } from './certificates.repo';
import type { FailureCode } from './certificates.messages';

type Q = Kysely<DB> | Transaction<DB>;

/** What a certificate says about what was completed, read from the module that owns it. */
export interface SubjectFacts {
  title: Partial<Record<Language, string>>;
  competencies: { code: string; level: number }[];
  issuerOrgId: string;
  versionId: string | null;
}

/** Whether the completion meets the certificate criteria; when not, why (a failure reason code and its numbers). */
export type Eligibility = { eligible: true; minFinalScore: number | null } | { eligible: false; code: FailureCode; params: Record<string, unknown> };

/** A score the caller already knows (from an `assessment.submitted` event that learning may not have recorded yet). */
export interface ScoreHint {
  lessonKey: string;
  scorePercent: number;
}

const titlesOf = (texts: Partial<Record<Language, { title?: string }>>): Partial<Record<Language, string>> =>
  Object.fromEntries(Object.entries(texts).flatMap(([lang, t]) => (t?.title ? [[lang, t.title]] : [])));

/** The course version completed (or the published one), null when the course is gone. */
async function courseFacts(db: Q, courseId: string, versionId: string | null): Promise<SubjectFacts | null> {
  const facts = await courseVersionFacts(db, courseId, versionId);
  if (!facts) return null;
  return { title: titlesOf(facts.texts), competencies: facts.competencies, issuerOrgId: facts.providerOrgId, versionId: facts.versionId };
}

/** A programme's titles and provider; its competencies are those of its required courses (highest level per code). */
async function programmeFacts(db: Q, programmeId: string): Promise<SubjectFacts | null> {
  const programme = await findProgramme(db, programmeId);
  if (!programme) return null;
  const courses = (await coursesOf(db, [programmeId])).get(programmeId) ?? [];
  const levels = new Map<string, number>();
  for (const c of courses.filter((x) => x.required)) {
    const facts = await courseVersionFacts(db, c.courseId, null);
    for (const k of facts?.competencies ?? []) levels.set(k.code, Math.max(levels.get(k.code) ?? 0, k.level));
  }
  return {
    title: titlesOf(programme.texts),
    competencies: [...levels].map(([code, level]) => ({ code, level })),
    issuerOrgId: programme.provider_org_id,
    versionId: null,
  };
}

/** Facts of a course or programme. */
export async function subjectFacts(db: Q, kind: CertificateKind, subjectId: string, versionId: string | null): Promise<SubjectFacts | null> {
  return kind === 'course' ? courseFacts(db, subjectId, versionId) : programmeFacts(db, subjectId);
}

/**
 * Checks the course's certificate criteria: completion (given), and the minimum final-assessment score when the course
 * sets one and the completed version has a final assessment. Programmes have no criteria beyond completion.
 */
export async function checkEligibility(
  db: Q,
  c: { kind: CertificateKind; subjectId: string; userId: string; versionId: string | null },
  hint?: ScoreHint,
): Promise<Eligibility> {
  if (c.kind !== 'course' || !c.versionId) return { eligible: true, minFinalScore: null };
  const criteria = await findCriteria(db, c.subjectId);
  const minimum = criteria?.min_final_score ?? null;
  if (minimum === null) return { eligible: true, minFinalScore: null };
  const score = await finalAssessmentScore(db, c.userId, c.subjectId, c.versionId, hint);
  if (!score.hasFinalAssessment) return { eligible: true, minFinalScore: null };
  if (score.bestScorePercent === null) return { eligible: false, code: 'SCORE_MISSING', params: { minimum } };
  if (score.bestScorePercent < minimum) return { eligible: false, code: 'SCORE_BELOW_MINIMUM', params: { score: score.bestScorePercent, minimum } };
  return { eligible: true, minFinalScore: minimum };
}
