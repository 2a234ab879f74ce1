/** A designation's FRAC: roles → activities → required competencies with a level (codes, not ids). */
export interface FracTree {
  roles: {
    nameEn: string;
    nameHi: string;
    activities: { nameEn: string; nameHi: string; competencies: { code: string; level: number }[] }[];
  }[];
}

/** What a designation requires of one competency: the highest level any activity needs, and which roles need it. */
export interface Requirement {
  code: string;
  level: number;
  roles: { nameEn: string; nameHi: string }[];
}

/** Folds a FRAC into one requirement per competency (highest level wins), in order of first mention. */
export function requirementsOf(tree: FracTree): Requirement[] {
  const byCode = new Map<string, Requirement>();
  for (const role of tree.roles) {
    for (const activity of role.activities) {
      for (const c of activity.competencies) {
        const req = byCode.get(c.code) ?? { code: c.code, level: 0, roles: [] };
        req.level = Math.max(req.level, c.level);
        if (!req.roles.some((r) => r.nameEn === role.nameEn)) req.roles.push({ nameEn: role.nameEn, nameHi: role.nameHi });
        byCode.set(c.code, req);
      }
    }
  }
  return [...byCode.values()];
}

/** Field paths of repeated competencies within one activity (the editor's own check; the CSV has its own). */
export function repeatedCompetencies(tree: FracTree): string[] {
  const fields: string[] = [];
  tree.roles.forEach((role, r) =>
    role.activities.forEach((activity, a) => {
      const seen = new Set<string>();
      activity.competencies.forEach((c, i) => {
        if (seen.has(c.code)) fields.push(`roles.${r}.activities.${a}.competencies.${i}.code`);
        seen.add(c.code);
      });
    }),
  );
  return fields;
}

/** Counts for a summary line: roles, activities, distinct competencies. */
export function fracCounts(tree: FracTree): { roles: number; activities: number; competencies: number } {
  return {
    roles: tree.roles.length,
    activities: tree.roles.reduce((n, r) => n + r.activities.length, 0),
    competencies: requirementsOf(tree).length,
  };
}
