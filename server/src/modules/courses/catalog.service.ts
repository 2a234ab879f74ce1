import type { Static } from '@sinclair/typebox';
import type { Language } from '../../db/column-types';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { searchCatalog, type CatalogFilter, type CatalogRow } from './catalog.repo';
import type { CatalogItem, CoursePage } from './catalog.schema';
import { courseError } from './courses.messages';
import { pick } from './courses.presenter';
import { findCourse } from './courses.repo';
import { canSeeCourse, getPublishedCourse, viewerOf } from './courses.service';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const ratingOf = (sum: number, count: number) => ({ average: count > 0 ? Math.round((sum / count) * 10) / 10 : null, count });
const thumbnailUrl = (fileId: string | null) => (fileId ? `/api/files/${fileId}` : null);

function presentItem(row: CatalogRow, lang: Language): Static<typeof CatalogItem> {
  const texts = pick(row.texts, lang);
  return {
    id: row.id,
    title: texts?.title ?? '',
    summary: texts?.summary ?? '',
    languages: row.languages,
    provider: { id: row.provider_id, nameEn: row.provider_name_en, nameHi: row.provider_name_hi },
    durationMinutes: row.duration_minutes,
    difficulty: row.difficulty,
    thumbnailUrl: thumbnailUrl(row.thumbnail_file_id),
    competencies: row.competencies,
    lessonTypes: row.lesson_types,
    rating: ratingOf(row.rating_sum, row.rating_count),
    enrolmentCount: row.enrolment_count,
    completionCount: row.completion_count,
    moderated: row.moderated,
    publishedAt: iso(row.published_at),
  };
}

/** Searches and filters the catalog as the actor (or an anonymous visitor) may see it. */
export async function browseCatalog(
  ctx: AppContext,
  actor: Actor | null,
  filter: Omit<CatalogFilter, 'pageSize'>,
  lang: Language,
): Promise<{ items: Static<typeof CatalogItem>[]; total: number; page: number; pageSize: number }> {
  const pageSize = 20;
  const rows = await searchCatalog(ctx.db, viewerOf(actor), { ...filter, pageSize });
  return { items: rows.map((r) => presentItem(r, lang)), total: Number(rows[0]?.total ?? 0), page: filter.page, pageSize };
}

/** The public course page: texts in every language, syllabus without answers, rating and counts; 404 when not visible. */
export async function coursePage(ctx: AppContext, actor: Actor | null, courseId: string): Promise<Static<typeof CoursePage>> {
  if (!(await canSeeCourse(ctx.db, actor, courseId))) throw courseError(404, 'COURSE_NOT_FOUND');
  const [course, published] = [await findCourse(ctx.db, courseId), await getPublishedCourse(ctx.db, courseId)];
  if (!course || !published) throw courseError(404, 'COURSE_NOT_FOUND');
  return {
    id: course.id,
    versionId: published.versionId,
    versionNo: published.versionNo,
    texts: published.texts,
    languages: published.languages,
    provider: { id: course.provider_org_id, nameEn: course.provider_name_en, nameHi: course.provider_name_hi },
    durationMinutes: published.durationMinutes,
    difficulty: published.difficulty as Static<typeof CoursePage>['difficulty'],
    thumbnailUrl: thumbnailUrl(published.thumbnailFileId),
    competencies: published.competencies,
    tags: published.tags,
    moderated: course.moderated,
    publishedAt: iso(published.publishedAt),
    modules: published.modules.map((m) => ({
      key: m.key,
      position: m.position,
      titles: m.titles,
      lessons: m.lessons.map((l) => {
        const content = pick(l.content, 'en');
        return {
          key: l.key,
          position: l.position,
          type: l.type,
          required: l.required,
          titles: l.titles,
          durationSeconds: content?.durationSeconds ?? null,
          pages: content?.pages ?? null,
        };
      }),
    })),
    lessonCount: published.modules.reduce((n, m) => n + m.lessons.length, 0),
    rating: ratingOf(course.rating_sum, course.rating_count),
    enrolmentCount: course.enrolment_count,
    completionCount: course.completion_count,
  };
}
