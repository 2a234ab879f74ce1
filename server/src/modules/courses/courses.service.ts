import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { AssessmentSettings, CourseTexts, LessonContent, LessonType } from './courses.tables';
import type { Actor } from '../../platform/actor';
import { authoringScopes } from './courses.policy';
import { findCourse, lessonsOf, modulesOf } from './courses.repo';

type Q = Kysely<DB> | Transaction<DB>;

/** A lesson of a published version, as other modules (learning, assessments) read it. */
export interface PublishedLesson {
  id: string;
  key: string;
  moduleKey: string;
  /** Position within its module (1-based). */
  position: number;
  type: LessonType;
  required: boolean;
  titles: Partial<Record<Language, string>>;
  content: Partial<Record<Language, LessonContent>>;
  settings: AssessmentSettings;
}

/** The published version of a course with its modules and lessons in order. */
export interface PublishedCourse {
  courseId: string;
  versionId: string;
  versionNo: number;
  providerOrgId: string;
  moderated: boolean;
  retiredAt: Date | null;
  publishedAt: Date | null;
  texts: Partial<Record<Language, CourseTexts>>;
  languages: Language[];
  thumbnailFileId: string | null;
  durationMinutes: number;
  difficulty: string;
  competencies: { code: string; level: number }[];
  tags: string[];
  modules: { id: string; key: string; position: number; titles: Partial<Record<Language, string>>; lessons: PublishedLesson[] }[];
}

/** Who is looking at the catalog: their org (null when anonymous) and the subtrees where they author content. */
export interface Viewer {
  orgId: string | null;
  authorScopes: string[];
}

/** The viewer of catalog queries: the signed-in actor, or anonymous. */
export function viewerOf(actor: Actor | null): Viewer {
  return actor ? { orgId: actor.orgId, authorScopes: authoringScopes(actor) } : { orgId: null, authorScopes: [] };
}

/**
 * SQL condition (over `courses` aliased `c`) for courses the viewer may see: not moderated, or the viewer's org lies
 * in the subtree of an audience org, or the viewer authors content for the provider.
 */
export function visibleToSql(viewer: Viewer): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [sql`NOT c.moderated`];
  if (viewer.orgId) {
    parts.push(sql`EXISTS (SELECT 1 FROM course_audience_orgs a JOIN orgs ao ON ao.id = a.org_id
      WHERE a.course_id = c.id AND (SELECT vo.path FROM orgs vo WHERE vo.id = ${viewer.orgId}::uuid) LIKE ao.path || '%')`);
  }
  if (viewer.authorScopes.length) {
    const patterns = sql.join(viewer.authorScopes.map((p) => sql`${`${p}%`}::text`));
    parts.push(sql`EXISTS (SELECT 1 FROM orgs po WHERE po.id = c.provider_org_id AND po.path LIKE ANY (ARRAY[${patterns}]))`);
  }
  return sql<boolean>`(${sql.join(parts, sql` OR `)})`;
}

/** True when the course is published, not retired, and visible to the actor (null = anonymous) under moderation. */
export async function canSeeCourse(db: Q, actor: Actor | null, courseId: string): Promise<boolean> {
  const viewer = viewerOf(actor);
  const row = await db
    .selectFrom('courses as c')
    .select('c.id')
    .where('c.id', '=', courseId)
    .where('c.published_version_id', 'is not', null)
    .where('c.retired_at', 'is', null)
    .where(visibleToSql(viewer))
    .executeTakeFirst();
  return row !== undefined;
}

/** The lessons of a course's published version in syllabus order (module, then lesson); empty when unpublished. */
export async function lessonsOfPublishedVersion(db: Q, courseId: string): Promise<PublishedLesson[]> {
  const course = await db.selectFrom('courses').select('published_version_id').where('id', '=', courseId).executeTakeFirst();
  if (!course?.published_version_id) return [];
  return (await versionModules(db, course.published_version_id)).flatMap((m) => m.lessons);
}

/** The published version of a course with modules and lessons, or null when it has never been published. */
export async function getPublishedCourse(db: Q, courseId: string): Promise<PublishedCourse | null> {
  const course = await findCourse(db, courseId);
  if (!course?.published_version_id) return null;
  const version = await db.selectFrom('course_versions').selectAll().where('id', '=', course.published_version_id).executeTakeFirstOrThrow();
  return {
    courseId: course.id,
    versionId: version.id,
    versionNo: version.version_no,
    providerOrgId: course.provider_org_id,
    moderated: course.moderated,
    retiredAt: course.retired_at,
    publishedAt: version.published_at,
    texts: version.texts,
    languages: version.languages,
    thumbnailFileId: version.thumbnail_file_id,
    durationMinutes: version.duration_minutes,
    difficulty: version.difficulty,
    competencies: version.competencies,
    tags: version.tags,
    modules: await versionModules(db, version.id),
  };
}

/** Modules of any version with their lessons, in order. */
export async function versionModules(db: Q, versionId: string): Promise<PublishedCourse['modules']> {
  const [modules, lessons] = await Promise.all([modulesOf(db, versionId), lessonsOf(db, versionId)]);
  return modules.map((m) => ({
    id: m.id,
    key: m.module_key,
    position: m.position,
    titles: m.titles,
    lessons: lessons
      .filter((l) => l.module_id === m.id)
      .map((l) => ({
        id: l.id,
        key: l.lesson_key,
        moduleKey: m.module_key,
        position: l.position,
        type: l.type,
        required: l.required,
        titles: l.titles,
        content: l.content,
        settings: l.settings,
      })),
  }));
}
