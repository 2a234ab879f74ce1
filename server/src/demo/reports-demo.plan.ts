/*
 * The plan of the seeded demo department: who completes how many courses, which ones and when, chosen so that the
 * department's figures come out exactly as in the UP Social Welfare report (3,900 registered; 21,150 completions;
 * 15,893 learning hours; 2,759 with at least one; 2,289 with three or more). Pure and deterministic (seeded PRNG);
 * reports.seed.ts turns it into a few set-wise statements.
 */

/** The department report the demo reproduces. */
export const SOCIAL_WELFARE_FIGURES = {
  registered: 3900,
  completions: 21_150,
  learningMinutes: 15_893 * 60,
  completedOne: 2759,
  completedThree: 2289,
} as const;
export type DepartmentFigures = { -readonly [K in keyof typeof SOCIAL_WELFARE_FIGURES]: number };

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface PlanCourse {
  id: string;
  minutes: number;
}

export interface PlannedPerson {
  /** Courses completed (indexes into the course list). */
  completed: number[];
  /** One course enrolled in and not finished, or null. */
  inProgress: number | null;
}

/** What is still to be generated once the people already in the department are counted. */
export function remainder(target: DepartmentFigures, existing: DepartmentFigures): { people: number; three: number; oneOrTwo: number; completions: number; minutes: number } {
  const people = target.registered - existing.registered;
  const three = target.completedThree - existing.completedThree;
  const oneOrTwo = target.completedOne - existing.completedOne - three;
  const completions = target.completions - existing.completions;
  const minutes = target.learningMinutes - existing.learningMinutes;
  if (people < 0 || three < 0 || oneOrTwo < 0 || people < three + oneOrTwo || completions < 0 || minutes < 0) {
    throw new Error(`the demo department already has more than the target figures: ${JSON.stringify(existing)}`);
  }
  return { people, three, oneOrTwo, completions, minutes };
}

/** Completion counts: `three` people with 3…max (skewed), `oneOrTwo` with 1 or 2, the rest none; summing to `completions`. */
export function completionCounts(r: ReturnType<typeof remainder>, max: number, rand: () => number): number[] {
  const ones = r.oneOrTwo;
  const twos = Math.floor(ones / 3);
  const small = Array.from({ length: ones }, (_, i) => (i < twos ? 2 : 1));
  const forThree = r.completions - small.reduce((a, b) => a + b, 0);
  if (r.three === 0 && forThree !== 0) throw new Error('completions left over with nobody at three or more');
  if (forThree < 3 * r.three || forThree > max * r.three) throw new Error(`cannot spread ${forThree} completions over ${r.three} people (3…${max} each)`);
  const mean = r.three > 0 ? forThree / r.three : 0;
  const big = Array.from({ length: r.three }, () => Math.min(max, 3 + Math.floor(-Math.log(1 - rand() * 0.999) * (mean - 3))));
  let sum = big.reduce((a, b) => a + b, 0);
  for (let i = 0; sum !== forThree; i = (i + 1) % Math.max(1, big.length)) {
    const v = big[i] ?? 3;
    if (sum < forThree && v < max) {
      big[i] = v + 1;
      sum += 1;
    } else if (sum > forThree && v > 3) {
      big[i] = v - 1;
      sum -= 1;
    }
  }
  const none = Array.from({ length: r.people - r.three - ones }, () => 0);
  return [...big, ...small, ...none];
}

/** Picks n distinct courses, weighted towards the popular ones (earlier in the list). */
function pick(n: number, weights: number[], rand: () => number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < n) {
    let total = 0;
    for (let k = 0; k < weights.length; k++) if (!chosen.has(k)) total += weights[k] ?? 0;
    let x = rand() * total;
    for (let k = 0; k < weights.length; k++) {
      if (chosen.has(k)) continue;
      x -= weights[k] ?? 0;
      if (x <= 0) {
        chosen.add(k);
        break;
      }
    }
  }
  return [...chosen];
}

/**
 * Chooses each person's courses, then swaps single courses between people's sets and the catalogue until the credited
 * minutes add up to exactly `minutes` (each swap moves the total by the difference of two durations, never past it).
 */
export function assignCourses(counts: number[], courses: PlanCourse[], minutes: number, rand: () => number): PlannedPerson[] {
  const weights = courses.map((_, k) => 1 / (1 + k * 0.35));
  const people: PlannedPerson[] = counts.map((n) => ({ completed: pick(n, weights, rand), inProgress: null }));
  const d = (k: number) => courses[k]?.minutes ?? 0;
  let gap = minutes - people.reduce((s, p) => s + p.completed.reduce((a, k) => a + d(k), 0), 0);
  let stuck = 0;
  for (let i = 0; gap !== 0; i = (i + 1) % people.length) {
    const p = people[i];
    if (!p || p.completed.length === 0) {
      if (++stuck > people.length) throw new Error(`cannot reach the learning minutes exactly (gap ${gap})`);
      continue;
    }
    let best: { slot: number; to: number; delta: number } | null = null;
    for (let slot = 0; slot < p.completed.length; slot++) {
      const from = p.completed[slot] ?? 0;
      for (let to = 0; to < courses.length; to++) {
        if (p.completed.includes(to)) continue;
        const delta = d(to) - d(from);
        if (delta === 0 || Math.sign(delta) !== Math.sign(gap) || Math.abs(delta) > Math.abs(gap)) continue;
        if (!best || Math.abs(delta) > Math.abs(best.delta)) best = { slot, to, delta };
      }
    }
    if (!best) {
      if (++stuck > people.length) throw new Error(`cannot reach the learning minutes exactly (gap ${gap})`);
      continue;
    }
    stuck = 0;
    p.completed[best.slot] = best.to;
    gap -= best.delta;
  }
  for (const p of people) {
    if (rand() < 0.4 && p.completed.length < courses.length) {
      const open = courses.map((_, k) => k).filter((k) => !p.completed.includes(k));
      p.inProgress = open[Math.floor(rand() * open.length)] ?? null;
    }
  }
  return people;
}
