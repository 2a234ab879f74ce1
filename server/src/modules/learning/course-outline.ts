import type { Kysely, Transaction } from 'kysely';
import type { Language } from '../../db/column-types';
import type { DB } from '../../db/database';
import { type CourseTexts, versionModules } from '../courses';
import { versionFacts } from './learning.repo';
import type { LessonDef } from './progress.rules';

/** What the learning rules need of a published version: its lessons in syllabus order, duration and titles. */
export interface CourseOutline {
  versionId: string;
  durationMinutes: number;
  texts: Partial<Record<Language, CourseTexts>>;
  lessons: LessonDef[];
}

// A published version never changes, so its outline can be kept in memory for the hot progress path.
const cache = new Map<string, CourseOutline>();
const CACHE_LIMIT = 2000;

function measures(content: Partial<Record<Language, { durationSeconds?: number; pages?: number }>>, field: 'durationSeconds' | 'pages') {
  const out: Partial<Record<Language, number>> = {};
  for (const [lang, c] of Object.entries(content) as [Language, { durationSeconds?: number; pages?: number } | undefined][]) {
    const v = c?.[field];
    if (typeof v === 'number' && v > 0) out[lang] = v;
  }
  return out;
}

/** The outline of a published version (lessons numbered 1…n across modules); null when the version is unknown. */
export async function outlineOf(db: Kysely<DB> | Transaction<DB>, versionId: string): Promise<CourseOutline | null> {
  const hit = cache.get(versionId);
  if (hit) return hit;
  const facts = await versionFacts(db, versionId);
  if (!facts) return null;
  const modules = await versionModules(db, versionId);
  const lessons = modules
    .flatMap((m) => m.lessons)
    .map((l, i): LessonDef => ({
      key: l.key,
      number: i + 1,
      moduleKey: l.moduleKey,
      type: l.type,
      required: l.required,
      titles: l.titles,
      durations: measures(l.content, 'durationSeconds'),
      pages: measures(l.content, 'pages'),
    }));
  const outline = { versionId, durationMinutes: facts.duration_minutes, texts: facts.texts, lessons };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(versionId, outline);
  return outline;
}
