import type { CompetencyType } from '../../modules/competencies';

/** Two languages of one text: [English, Hindi]. */
export type Bi = readonly [en: string, hi: string];

/** A competency of the seeded framework, with its five level descriptors (level 1 first). */
export interface SeedCompetency {
  code: string;
  name: Bi;
  description: Bi;
  levels: readonly [Bi, Bi, Bi, Bi, Bi];
}
export interface SeedTheme {
  code: string;
  name: Bi;
  competencies: SeedCompetency[];
}
export interface SeedArea {
  type: CompetencyType;
  code: string;
  name: Bi;
  themes: SeedTheme[];
}

/** Shorthand for a seeded competency. */
export function competency(code: string, name: Bi, description: Bi, levels: readonly [Bi, Bi, Bi, Bi, Bi]): SeedCompetency {
  return { code, name, description, levels };
}
