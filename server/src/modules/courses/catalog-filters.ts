import { sql, type Kysely } from 'kysely';
import type { Static } from '@sinclair/typebox';
import type { DB } from '../../db/database';
import type { LessonType } from './courses.tables';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import type { CatalogFilters } from './catalog.schema';
import { viewerOf, visibleToSql, type Viewer } from './courses.service';

/** The duration filter's buckets, in minutes, inclusive at both ends (the catalog's minDuration/maxDuration). */
export const DURATION_BUCKETS = [
  { key: 'short', minDuration: null, maxDuration: 60 },
  { key: 'medium', minDuration: 61, maxDuration: 240 },
  { key: 'long', minDuration: 241, maxDuration: null },
] as const;

const LESSON_TYPE_ORDER: LessonType[] = ['video', 'audio', 'pdf', 'html', 'link', 'file', 'quiz', 'final_assessment'];

/** Labels of competency codes in both languages, from whichever module owns the competency framework. */
export type CompetencyLabelSource = (db: Kysely<DB>, codes: string[]) => Promise<Map<string, { en: string; hi: string }>>;
let labelSource: CompetencyLabelSource | null = null;

/**
 * Lets the module that owns the competency framework name the codes courses carry; until one does, the catalog
 * filters show the codes themselves (`label: null`).
 */
export function provideCompetencyLabels(source: CompetencyLabelSource | null): void {
  labelSource = source;
}

/**
 * Counts of the viewer's visible, published, live courses by each filter value, in one statement over the
 * published versions (the per-row work is a few array unnests; no text search).
 */
async function facetCounts(db: Kysely<DB>, viewer: Viewer) {
  const { rows } = await sql<{ facet: string; value: string; n: number | string }>`
    WITH vis AS (
      SELECT c.id, c.provider_org_id, v.languages, v.lesson_types, v.competencies, v.duration_minutes
      FROM courses c JOIN course_versions v ON v.id = c.published_version_id
      WHERE c.retired_at IS NULL AND ${visibleToSql(viewer)}
    )
    SELECT 'total' AS facet, '' AS value, count(*) AS n FROM vis
    UNION ALL
    SELECT 'language', u.l, count(*) FROM vis CROSS JOIN LATERAL unnest(vis.languages) AS u(l) GROUP BY u.l
    UNION ALL
    SELECT 'type', u.t, count(*) FROM vis CROSS JOIN LATERAL unnest(vis.lesson_types) AS u(t) GROUP BY u.t
    UNION ALL
    SELECT 'competency', x.code, count(*) FROM vis
      CROSS JOIN LATERAL (SELECT DISTINCT e->>'code' AS code FROM jsonb_array_elements(vis.competencies) e) x
      WHERE x.code IS NOT NULL GROUP BY x.code
    UNION ALL
    SELECT 'provider', vis.provider_org_id::text, count(*) FROM vis GROUP BY vis.provider_org_id
    UNION ALL
    SELECT 'duration', CASE WHEN vis.duration_minutes <= 60 THEN 'short' WHEN vis.duration_minutes <= 240 THEN 'medium' ELSE 'long' END,
      count(*) FROM vis GROUP BY 2`.execute(db);
  const by = (facet: string) => rows.filter((r) => r.facet === facet).map((r) => ({ value: r.value, count: Number(r.n) }));
  return { total: Number(rows.find((r) => r.facet === 'total')?.n ?? 0), by };
}

/** The options the catalog can be filtered by, each with how many visible published courses it would match. */
export async function catalogFilters(ctx: AppContext, actor: Actor | null): Promise<Static<typeof CatalogFilters>> {
  const { total, by } = await facetCounts(ctx.db, viewerOf(actor));
  const providerCounts = by('provider');
  const providers = providerCounts.length
    ? await ctx.db.selectFrom('orgs').select(['id', 'name_en', 'name_hi']).where('id', 'in', providerCounts.map((p) => p.value)).execute()
    : [];
  const competencyCounts = by('competency');
  const labels = labelSource && competencyCounts.length ? await labelSource(ctx.db, competencyCounts.map((c) => c.value)) : new Map<string, { en: string; hi: string }>();
  const durationCounts = new Map(by('duration').map((d) => [d.value, d.count]));
  const typeCounts = new Map(by('type').map((d) => [d.value, d.count]));
  return {
    total,
    languages: by('language')
      .filter((l): l is { value: 'en' | 'hi'; count: number } => l.value === 'en' || l.value === 'hi')
      .sort((a, b) => a.value.localeCompare(b.value))
      .map((l) => ({ code: l.value, count: l.count })),
    providers: providers
      .map((o) => ({ id: o.id, nameEn: o.name_en, nameHi: o.name_hi, count: providerCounts.find((p) => p.value === o.id)?.count ?? 0 }))
      .sort((a, b) => a.nameEn.localeCompare(b.nameEn)),
    competencies: competencyCounts
      .map((c) => ({ code: c.value, label: labels.get(c.value) ?? null, count: c.count }))
      .sort((a, b) => (a.label?.en ?? a.code).localeCompare(b.label?.en ?? b.code)),
    lessonTypes: LESSON_TYPE_ORDER.filter((t) => typeCounts.has(t)).map((t) => ({ type: t, count: typeCounts.get(t) ?? 0 })),
    durations: DURATION_BUCKETS.map((b) => ({ key: b.key, minDuration: b.minDuration, maxDuration: b.maxDuration, count: durationCounts.get(b.key) ?? 0 })),
  };
}
