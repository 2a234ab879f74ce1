import { sql, type Kysely, type Transaction } from 'kysely';
import type { Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { CourseTexts } from './courses.tables';
import type { Actor } from '../../platform/actor';
import { viewerOf, visibleToSql } from './courses.service';

type Q = Kysely<DB> | Transaction<DB>;

/** A course as a bundle of courses (programmes) shows it: texts, duration, publication state and visibility. */
export interface CourseSummary {
  courseId: string;
  providerOrgId: string;
  /** Has a published version (texts and duration are that version's; empty when never published). */
  published: boolean;
  retired: boolean;
  moderated: boolean;
  /** Published, not retired, and visible to the viewer under moderation (what `canSeeCourse` answers). */
  visible: boolean;
  texts: Partial<Record<Language, CourseTexts>>;
  durationMinutes: number;
  thumbnailFileId: string | null;
}

/**
 * Summaries of many courses in one query, keyed by course id (unknown ids are absent). `actor` is the viewer for
 * `visible` (null = anonymous). For other modules that list courses they do not own, e.g. programmes.
 */
export async function courseSummaries(db: Q, courseIds: readonly string[], actor: Actor | null): Promise<Map<string, CourseSummary>> {
  if (courseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('courses as c')
    .leftJoin('course_versions as v', 'v.id', 'c.published_version_id')
    .select(['c.id', 'c.provider_org_id', 'c.published_version_id', 'c.retired_at', 'c.moderated', 'v.texts', 'v.duration_minutes', 'v.thumbnail_file_id'])
    .select(sql<boolean>`(c.published_version_id IS NOT NULL AND c.retired_at IS NULL AND ${visibleToSql(viewerOf(actor))})`.as('visible'))
    .where('c.id', 'in', [...new Set(courseIds)])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        courseId: r.id,
        providerOrgId: r.provider_org_id,
        published: r.published_version_id !== null,
        retired: r.retired_at !== null,
        moderated: r.moderated,
        visible: r.visible === true,
        texts: r.texts ?? {},
        durationMinutes: r.duration_minutes ?? 0,
        thumbnailFileId: r.thumbnail_file_id ?? null,
      },
    ]),
  );
}
