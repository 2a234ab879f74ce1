import type { Static } from '@sinclair/typebox';
import type { Language } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import { coursePermissions } from './courses.policy';
import type { CourseRow, reviewsOf, VersionRow } from './courses.repo';
import type { AuthoringCourse, AuthoringVersion } from './courses.schema';
import type { PublishedCourse } from './courses.service';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** A version as the authoring screens edit it. */
export function presentVersion(v: VersionRow, modules: PublishedCourse['modules']): Static<typeof AuthoringVersion> {
  return {
    id: v.id,
    versionNo: v.version_no,
    state: v.state,
    approved: v.approved_at !== null,
    texts: v.texts,
    languages: v.languages,
    thumbnailFileId: v.thumbnail_file_id,
    durationMinutes: v.duration_minutes,
    difficulty: v.difficulty,
    competencies: v.competencies,
    tags: v.tags,
    createdBy: v.created_by,
    submittedBy: v.submitted_by,
    updatedAt: new Date(v.updated_at).toISOString(),
    publishedAt: iso(v.published_at),
    modules: modules.map((m) => ({
      id: m.id,
      key: m.key,
      position: m.position,
      titles: m.titles,
      lessons: m.lessons.map((l) => ({
        id: l.id,
        key: l.key,
        position: l.position,
        type: l.type,
        required: l.required,
        titles: l.titles,
        content: l.content,
        settings: { ...l.settings },
      })),
    })),
  };
}

/** The authoring view of a course: one version, its review trail, and what the actor may do next. */
export function presentAuthoringCourse(
  actor: Actor,
  course: CourseRow,
  version: VersionRow,
  modules: PublishedCourse['modules'],
  audience: string[],
  reviews: Awaited<ReturnType<typeof reviewsOf>>,
): Static<typeof AuthoringCourse> {
  const perms = coursePermissions(actor, course.provider_path);
  const own = version.created_by === actor.userId || version.submitted_by === actor.userId;
  const draft = version.state === 'draft';
  const inReview = version.state === 'in_review';
  return {
    id: course.id,
    provider: { id: course.provider_org_id, nameEn: course.provider_name_en, nameHi: course.provider_name_hi },
    moderated: course.moderated,
    audienceOrgIds: audience,
    retiredAt: iso(course.retired_at),
    publishedVersionId: course.published_version_id,
    version: presentVersion(version, modules),
    reviews: reviews.map((r) => ({
      action: r.action,
      comment: r.comment,
      versionNo: r.version_no,
      actor: { id: r.actor_id, name: r.actor_name },
      at: new Date(r.created_at).toISOString(),
    })),
    permissions: {
      view: perms.view,
      edit: perms.edit && draft,
      submit: perms.submit && draft,
      review: perms.review && inReview && version.approved_at === null && !own,
      publish: perms.publish && inReview && version.approved_at !== null && !own,
      retire: perms.retire && course.published_version_id !== null && course.retired_at === null,
      newVersion: perms.newVersion && version.state === 'published' && course.retired_at === null,
      moderate: perms.moderate,
    },
  };
}

/** Picks a text in the wanted language, falling back to any language the course has. */
export function pick<T>(byLang: Partial<Record<Language, T>>, lang: Language): T | undefined {
  return byLang[lang] ?? byLang.en ?? byLang.hi;
}
