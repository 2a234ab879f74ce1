import type { Language, ProgressStatus } from '../../db/column-types';
import type { LessonType } from '../courses';
import { learningFail } from './learning.messages';
import { unboundedBudget, type PaceBudget } from './pace.rules';

/** Share of a video or audio that must have been played for the lesson to count as complete. */
export const WATCH_THRESHOLD = 0.95;
/** How many recent client sequence numbers are remembered per lesson to recognise a repeated batch. */
const SEQ_MEMORY = 32;

export type Range = [number, number];

/** One lesson of the course's published version, numbered in syllabus order. */
export interface LessonDef {
  key: string;
  number: number;
  moduleKey: string;
  type: LessonType;
  required: boolean;
  titles: Partial<Record<Language, string>>;
  durations: Partial<Record<Language, number>>;
  pages: Partial<Record<Language, number>>;
}

/** A learner's state on one lesson, as stored. */
export interface LessonState {
  status: ProgressStatus;
  percent: number;
  watchedRanges: Range[];
  positionSeconds: number;
  pagesViewed: number[];
  timeSpentSeconds: number;
  clientSeqs: number[];
  language: Language | null;
  bestScorePercent: number | null;
  passedAttemptId: string | null;
  completedAt: Date | null;
}

/** Playback progress a client reports for video or audio. */
export interface MediaUpdate {
  watchedRanges: Range[];
  positionSeconds: number;
  ended?: boolean;
}

/** One lesson update in a progress batch. */
export interface LessonUpdate {
  lessonKey: string;
  clientSeq?: number;
  timeSpentSeconds: number;
  language: Language;
  video?: MediaUpdate;
  audio?: MediaUpdate;
  pdf?: { pagesViewed: number[] };
  html?: { scrolledToEnd: boolean };
  link?: { opened: boolean };
  file?: { downloaded: boolean };
}

/** The state of a lesson nobody has touched yet. */
export function emptyState(): LessonState {
  return {
    status: 'in_progress',
    percent: 0,
    watchedRanges: [],
    positionSeconds: 0,
    pagesViewed: [],
    timeSpentSeconds: 0,
    clientSeqs: [],
    language: null,
    bestScorePercent: null,
    passedAttemptId: null,
    completedAt: null,
  };
}

/** Sorts, clips to [0, max] and merges overlapping or touching intervals into a minimal set. */
export function mergeRanges(ranges: Range[], max = Number.POSITIVE_INFINITY): Range[] {
  const clipped = ranges
    .map(([a, b]): Range => [Math.max(0, a), Math.min(max, b)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: Range[] = [];
  for (const [a, b] of clipped) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1] + 0.5) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged.map(([a, b]) => [Math.round(a * 100) / 100, Math.round(b * 100) / 100]);
}

/** Seconds covered by a merged interval set. */
export function coveredSeconds(ranges: Range[]): number {
  return ranges.reduce((sum, [a, b]) => sum + (b - a), 0);
}

/** The parts of `incoming` (clipped to [0, max]) not yet covered by `prev` (a merged set), in order. */
export function uncovered(prev: Range[], incoming: Range[], max: number): Range[] {
  const out: Range[] = [];
  for (const [a, b] of mergeRanges(incoming, max)) {
    let from = a;
    for (const [pa, pb] of prev) {
      if (pb <= from) continue;
      if (pa >= b) break;
      if (pa > from) out.push([from, pa]);
      from = Math.max(from, pb);
      if (from >= b) break;
    }
    if (from < b) out.push([from, b]);
  }
  return out;
}

/** The first `seconds` of an ordered interval set (the last one cut short). */
export function firstSeconds(ranges: Range[], seconds: number): Range[] {
  const out: Range[] = [];
  let left = seconds;
  for (const [a, b] of ranges) {
    if (left <= 0) break;
    out.push([a, Math.min(b, a + left)]);
    left -= b - a;
  }
  return out;
}

/** A per-language measure of a lesson, falling back to any language that has one. */
export function measureFor(values: Partial<Record<Language, number>>, language: Language | null): number | null {
  const own = language ? values[language] : undefined;
  if (own && own > 0) return own;
  const fallback = Object.values(values).find((v) => v !== undefined && v > 0);
  return fallback ?? null;
}

function mediaPayload(lesson: LessonDef, update: LessonUpdate): MediaUpdate | undefined {
  return lesson.type === 'video' ? update.video : lesson.type === 'audio' ? update.audio : undefined;
}

/** Rejects an update whose payload belongs to another lesson type, or that tries to complete an assessment. */
function checkPayloadFits(lesson: LessonDef, update: LessonUpdate): void {
  const given = (['video', 'audio', 'pdf', 'html', 'link', 'file'] as const).filter((k) => update[k] !== undefined);
  if (given.length === 0) return;
  if (lesson.type === 'quiz' || lesson.type === 'final_assessment') throw learningFail(400, 'ASSESSMENT_PROGRESS_ONLY_BY_ATTEMPT');
  if (given.length > 1 || given[0] !== lesson.type) throw learningFail(400, 'PROGRESS_TYPE_MISMATCH', { type: lesson.type });
}

/** Percent of a media lesson watched (coverage against its duration), 0–100. */
function mediaPercent(ranges: Range[], duration: number | null): number {
  if (!duration) return 0;
  return Math.min(100, Math.floor((coveredSeconds(ranges) / duration) * 100));
}

/**
 * Applies one client update to a lesson's state. Monotonic and idempotent: ranges and pages merge as unions,
 * percent only rises, completed stays completed, time spent is not counted again for a repeated clientSeq,
 * and the resume position moves only with a newer clientSeq. Paced: the time credited and the newly covered media
 * seconds are taken from `budget` (pace.rules.ts) and clamped to what is left of it.
 */
export function applyUpdate(prev: LessonState, lesson: LessonDef, update: LessonUpdate, now: Date, budget: PaceBudget = unboundedBudget()): LessonState {
  checkPayloadFits(lesson, update);
  const next: LessonState = { ...prev, language: update.language };
  const seq = update.clientSeq;
  const newest = prev.clientSeqs.length ? Math.max(...prev.clientSeqs) : Number.NEGATIVE_INFINITY;
  const oldestRemembered = prev.clientSeqs.length >= SEQ_MEMORY ? Math.min(...prev.clientSeqs) : Number.NEGATIVE_INFINITY;
  const repeated = seq !== undefined && (prev.clientSeqs.includes(seq) || seq < oldestRemembered);
  if (!repeated) {
    const credited = Math.max(0, Math.min(update.timeSpentSeconds, Math.floor(budget.timeLeft)));
    budget.timeReported += update.timeSpentSeconds;
    budget.timeCredited += credited;
    budget.timeLeft -= credited;
    next.timeSpentSeconds = prev.timeSpentSeconds + credited;
  }
  if (seq !== undefined && !repeated) {
    next.clientSeqs = [seq, ...prev.clientSeqs].sort((a, b) => b - a).slice(0, SEQ_MEMORY);
  }
  const isLatest = seq === undefined || seq > newest;
  let percent = 0;
  let complete = false;

  const media = mediaPayload(lesson, update);
  if (media) {
    const duration = measureFor(lesson.durations, update.language);
    for (const [a, b] of media.watchedRanges) {
      if (!(a >= 0 && b > a)) throw learningFail(400, 'RANGE_INVALID');
    }
    // Clipped to the media's length; of what is new, only as much as real time allows at the fastest playback rate.
    const max = duration ?? Number.POSITIVE_INFINITY;
    const fresh = uncovered(prev.watchedRanges, media.watchedRanges, max);
    next.watchedRanges = mergeRanges([...prev.watchedRanges, ...firstSeconds(fresh, budget.watchLeft)], max);
    const gained = Math.max(0, coveredSeconds(next.watchedRanges) - coveredSeconds(prev.watchedRanges));
    budget.watchReported += coveredSeconds(fresh);
    budget.watchCredited += gained;
    budget.watchLeft = Math.max(0, budget.watchLeft - gained);
    if (isLatest) next.positionSeconds = Math.max(0, duration ? Math.min(media.positionSeconds, duration) : media.positionSeconds);
    percent = mediaPercent(next.watchedRanges, duration);
    // `ended` never completes by itself: only what was actually played counts. Without a known duration, the
    // position where playback ended stands in for it, so seeking to the end of an unknown-length file is not enough.
    const played = coveredSeconds(next.watchedRanges);
    const endedAt = media.ended === true ? media.positionSeconds : 0;
    complete = duration ? played >= WATCH_THRESHOLD * duration : endedAt > 0 && played >= WATCH_THRESHOLD * endedAt;
  } else if (update.pdf && lesson.type === 'pdf') {
    const pages = measureFor(lesson.pages, update.language);
    for (const p of update.pdf.pagesViewed) {
      if (!Number.isInteger(p) || p < 1 || (pages !== null && p > pages)) throw learningFail(400, 'PAGE_OUT_OF_RANGE', { page: p, pages: pages ?? 0 });
    }
    next.pagesViewed = [...new Set([...prev.pagesViewed, ...update.pdf.pagesViewed])].sort((a, b) => a - b);
    if (pages) {
      const seen = next.pagesViewed.filter((p) => p <= pages).length;
      percent = Math.floor((seen / pages) * 100);
      complete = seen >= pages;
    }
  } else {
    complete =
      (lesson.type === 'html' && update.html?.scrolledToEnd === true) ||
      (lesson.type === 'link' && update.link?.opened === true) ||
      (lesson.type === 'file' && update.file?.downloaded === true);
  }

  if (prev.status === 'completed') return { ...next, status: 'completed', percent: 100 };
  if (complete) return { ...next, status: 'completed', percent: 100, completedAt: now };
  return { ...next, percent: Math.min(99, Math.max(prev.percent, percent)) };
}

/** Applies an assessment result: a pass completes the lesson (once); the best score is kept either way. */
export function applyAssessment(prev: LessonState, passed: boolean, scorePercent: number, attemptId: string, now: Date): LessonState {
  const best = Math.max(prev.bestScorePercent ?? 0, Math.round(scorePercent));
  if (prev.status === 'completed') return { ...prev, bestScorePercent: best };
  if (passed) return { ...prev, bestScorePercent: best, status: 'completed', percent: 100, passedAttemptId: attemptId, completedAt: now };
  return { ...prev, bestScorePercent: best, percent: Math.min(99, Math.max(prev.percent, Math.round(scorePercent))) };
}
