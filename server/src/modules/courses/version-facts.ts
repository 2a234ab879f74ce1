import type { Kysely, Transaction } from 'kysely';
import type { Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { CourseTexts } from './courses.tables';

/** What a certificate says about a course version: provider, texts, competencies and duration. */
export interface CourseVersionFacts {
  courseId: string;
  versionId: string;
  providerOrgId: string;
  texts: Partial<Record<Language, CourseTexts>>;
  competencies: { code: string; level: number }[];
  durationMinutes: number;
  /** The version has a final assessment lesson. */
  hasFinalAssessment: boolean;
}

/**
 * Facts of a given version of a course (any state; for the certificates module, which names the version the learner
 * completed), or of its published version when versionId is null or not a version of that course.
 */
export async function courseVersionFacts(db: Kysely<DB> | Transaction<DB>, courseId: string, versionId: string | null): Promise<CourseVersionFacts | null> {
  const course = await db.selectFrom('courses').select(['id', 'provider_org_id', 'published_version_id']).where('id', '=', courseId).executeTakeFirst();
  if (!course) return null;
  const wanted = [versionId, course.published_version_id].filter((v): v is string => v !== null);
  if (wanted.length === 0) return null;
  const versions = await db
    .selectFrom('course_versions as v')
    .select((eb) => [
      'v.id',
      'v.texts',
      'v.competencies',
      'v.duration_minutes',
      eb
        .exists(eb.selectFrom('lessons as l').select('l.id').whereRef('l.version_id', '=', 'v.id').where('l.type', '=', 'final_assessment'))
        .as('has_final'),
    ])
    .where('v.course_id', '=', courseId)
    .where('v.id', 'in', wanted)
    .execute();
  const version = versions.find((v) => v.id === versionId) ?? versions.find((v) => v.id === course.published_version_id);
  if (!version) return null;
  return {
    courseId,
    versionId: version.id,
    providerOrgId: course.provider_org_id,
    texts: version.texts,
    competencies: version.competencies ?? [],
    durationMinutes: version.duration_minutes,
    hasFinalAssessment: Boolean(version.has_final),
  };
}
