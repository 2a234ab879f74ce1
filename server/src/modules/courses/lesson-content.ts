import sanitizeHtml from 'sanitize-html';
import type { Kysely, Transaction } from 'kysely';
import type { Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import type { CourseTexts, LessonContent, LessonType } from './courses.tables';
import { errors, type FieldError } from '../../platform/errors';
import { courseError } from './courses.messages';
import { lessonAcceptsMedia } from './files.rules';

type Q = Kysely<DB> | Transaction<DB>;

const HTML_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'h1', 'h2', 'figure', 'figcaption'],
  allowedAttributes: { a: ['href', 'title', 'target', 'rel'], img: ['src', 'alt', 'width', 'height'], '*': ['lang', 'dir'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
};

/** Strips scripts, event handlers and unknown tags from author HTML. */
export function sanitizeLessonHtml(html: string): string {
  return sanitizeHtml(html, HTML_OPTIONS);
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Cleans per-language lesson content for its type: sanitised HTML, web URLs only, files of this course of the right kind. */
export async function cleanLessonContent(
  db: Q,
  courseId: string,
  type: LessonType,
  content: Partial<Record<Language, LessonContent>>,
): Promise<Partial<Record<Language, LessonContent>>> {
  const out: Partial<Record<Language, LessonContent>> = {};
  for (const [lang, value] of Object.entries(content) as [Language, LessonContent][]) {
    const clean: LessonContent = { ...value };
    if (clean.html !== undefined) clean.html = sanitizeLessonHtml(clean.html);
    if (clean.url !== undefined && !isWebUrl(clean.url)) throw errors.validation([{ field: `content.${lang}.url`, code: 'format' }]);
    if (clean.fileId !== undefined) {
      const file = await db.selectFrom('files').select(['media_type', 'course_id']).where('id', '=', clean.fileId).executeTakeFirst();
      if (!file || file.course_id !== courseId || !lessonAcceptsMedia(type, file.media_type)) throw courseError(400, 'LESSON_FILE_INVALID');
    }
    out[lang] = clean;
  }
  return out;
}

/** True when a lesson of this type has what a learner needs in one language. */
function hasContent(type: LessonType, content: LessonContent | undefined): boolean {
  switch (type) {
    case 'video':
    case 'audio':
    case 'pdf':
    case 'file':
      return Boolean(content?.fileId);
    case 'html':
      return Boolean(content?.html?.trim());
    case 'link':
      return Boolean(content?.url);
    default:
      // Quizzes and final assessments take their questions from the question bank.
      return true;
  }
}

interface DraftForCheck {
  texts: Partial<Record<Language, CourseTexts>>;
  languages: Language[];
  modules: { titles: Partial<Record<Language, string>>; lessons: { key: string; type: LessonType; titles: Partial<Record<Language, string>>; content: Partial<Record<Language, LessonContent>> }[] }[];
}

/** What is missing before a draft can go to review: one entry per gap, naming the field. */
export function missingForReview(draft: DraftForCheck): FieldError[] {
  const missing: FieldError[] = [];
  if (draft.languages.length === 0) missing.push({ field: 'languages', code: 'required' });
  for (const lang of draft.languages) {
    if (!draft.texts[lang]?.title?.trim()) missing.push({ field: `texts.${lang}.title`, code: 'required' });
    if (!draft.texts[lang]?.summary?.trim()) missing.push({ field: `texts.${lang}.summary`, code: 'required' });
  }
  const lessons = draft.modules.flatMap((m) => m.lessons);
  if (lessons.length === 0) missing.push({ field: 'lessons', code: 'required' });
  for (const lesson of lessons) {
    for (const lang of draft.languages) {
      if (!lesson.titles[lang]?.trim()) missing.push({ field: `lessons.${lesson.key}.titles.${lang}`, code: 'required' });
      if (!hasContent(lesson.type, lesson.content[lang])) missing.push({ field: `lessons.${lesson.key}.content.${lang}`, code: 'required' });
    }
  }
  return missing;
}
