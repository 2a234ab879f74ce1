import type { Language } from '../../db/column-types';

/** Peers' completions count only from this many on (one colleague's choice is not a signal, and would identify them). */
export const PEER_MIN = 2;

/** What the learner needs of one competency: the earned level and what the current and the target post require (0 = not). */
export interface Need {
  earned: number;
  current: number;
  target: number;
}

/** A published course the learner may see, with its competency tags and languages. */
export interface Candidate {
  courseId: string;
  competencies: { code: string; level: number }[];
  languages: Language[];
  /** Completions by holders of the learner's designation (the peer rollup). */
  peerCount: number;
}

export type Reason =
  | { kind: 'current' | 'target'; code: string; level: number; required: number }
  | { kind: 'peers'; count: number };

export interface Ranked {
  courseId: string;
  reasons: Reason[];
  /** Levels of gap the course closes, summed over its competencies. */
  closure: number;
  addressesCurrent: boolean;
  inLanguage: boolean;
  peerCount: number;
}

const byId = (a: { courseId: string }, b: { courseId: string }) => (a.courseId < b.courseId ? -1 : a.courseId > b.courseId ? 1 : 0);

/**
 * Ranks courses that close the learner's gaps, deterministically:
 * 1. courses that close a gap of the current post before those that close only target-post gaps;
 * 2. courses available in the learner's language before the others;
 * 3. more levels of gap closed first (a tag at level L closes min(L, required) − earned of a competency);
 * 4. more completions by peers with the same designation first; 5. course id.
 * Completed courses are left out. After them come courses popular with peers (≥ PEER_MIN) that close no gap,
 * most completed first. At most `limit` courses.
 */
export function rankRecommendations(input: {
  needs: Map<string, Need>;
  candidates: Candidate[];
  popularWithPeers: Candidate[];
  completed: Set<string>;
  language: Language;
  limit: number;
}): Ranked[] {
  const seen = new Set<string>();
  const ranked: Ranked[] = [];
  for (const course of [...input.candidates].sort(byId)) {
    if (input.completed.has(course.courseId) || seen.has(course.courseId)) continue;
    seen.add(course.courseId);
    const reasons: Extract<Reason, { kind: 'current' | 'target' }>[] = [];
    let closure = 0;
    for (const tag of course.competencies) {
      const need = input.needs.get(tag.code);
      if (!need) continue;
      const required = Math.max(need.current, need.target);
      if (tag.level <= need.earned || required <= need.earned) continue;
      closure += Math.min(tag.level, required) - need.earned;
      const kind = need.current > need.earned ? 'current' : 'target';
      reasons.push({ kind, code: tag.code, level: tag.level, required: kind === 'current' ? need.current : need.target });
    }
    if (reasons.length === 0) continue;
    reasons.sort((a, b) => (a.kind === b.kind ? b.required - a.required || (a.code < b.code ? -1 : 1) : a.kind === 'current' ? -1 : 1));
    ranked.push({
      courseId: course.courseId,
      reasons: course.peerCount >= PEER_MIN ? [...reasons, { kind: 'peers', count: course.peerCount }] : reasons,
      closure,
      addressesCurrent: reasons.some((r) => r.kind === 'current'),
      inLanguage: course.languages.includes(input.language),
      peerCount: course.peerCount,
    });
  }
  ranked.sort(
    (a, b) =>
      Number(b.addressesCurrent) - Number(a.addressesCurrent) ||
      Number(b.inLanguage) - Number(a.inLanguage) ||
      b.closure - a.closure ||
      b.peerCount - a.peerCount ||
      byId(a, b),
  );
  const popular = [...input.popularWithPeers]
    .filter((c) => c.peerCount >= PEER_MIN && !input.completed.has(c.courseId) && !seen.has(c.courseId))
    .sort((a, b) => b.peerCount - a.peerCount || Number(b.languages.includes(input.language)) - Number(a.languages.includes(input.language)) || byId(a, b))
    .map((c) => ({
      courseId: c.courseId,
      reasons: [{ kind: 'peers' as const, count: c.peerCount }],
      closure: 0,
      addressesCurrent: false,
      inLanguage: c.languages.includes(input.language),
      peerCount: c.peerCount,
    }));
  return [...ranked, ...popular].slice(0, input.limit);
}
