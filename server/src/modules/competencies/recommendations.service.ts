import type { Language } from '../../db/column-types';
import { canSeeCourse, type CourseTexts, getPublishedCourse, searchCatalog, viewerOf } from '../courses';
import type { Actor } from '../../platform/actor';
import type { AppContext } from '../../platform/context';
import { format } from '../../platform/i18n';
import { courseStatesOf } from '../learning';
import { findDesignation } from '../orgs';
import type { RecommendationsT } from './career.schema';
import { reasonMessages } from './competencies.messages';
import { competencyMap, competencyName, competencyRef } from './framework.service';
import { gapLines, learnerBasis } from './gaps.service';
import { topPeerCourses } from './passbook.repo';
import { PEER_MIN, rankRecommendations, type Candidate, type Need } from './recommendations.rules';

/** Published courses per gap competency looked at (the most completed first). */
const PER_COMPETENCY = 50;
const PEER_COURSES = 20;

interface CourseFacts {
  texts: Partial<Record<Language, CourseTexts>>;
  languages: Language[];
  durationMinutes: number;
}

const pickText = (texts: Partial<Record<Language, CourseTexts>>, language: Language) => texts[language] ?? texts[language === 'hi' ? 'en' : 'hi'];
const ref = (d: { id: string; code: string; name_en: string; name_hi: string }) => ({ id: d.id, code: d.code, nameEn: d.name_en, nameHi: d.name_hi });

/**
 * Ranked published courses that close the learner's gaps (current post first, then the target post), with the
 * reasons in the learner's language, excluding completed courses, blended with what peers of the same designation
 * complete most. See recommendations.rules.ts for the order.
 */
export async function recommendationsFor(ctx: AppContext, actor: Actor, language: Language, limit: number): Promise<RecommendationsT> {
  const basis = await learnerBasis(ctx, actor.userId);
  const [current, target] = await Promise.all([
    basis.currentId ? findDesignation(ctx.db, basis.currentId) : undefined,
    basis.targetId ? findDesignation(ctx.db, basis.targetId) : undefined,
  ]);
  const [currentLines, targetLines] = await Promise.all([gapLines(ctx, current?.id ?? null, basis.held), gapLines(ctx, target?.id ?? null, basis.held)]);
  const needs = new Map<string, Need>();
  for (const l of currentLines) needs.set(l.code, { earned: l.earned, current: l.required, target: 0 });
  for (const l of targetLines) needs.set(l.code, { earned: l.earned, current: needs.get(l.code)?.current ?? 0, target: l.required });
  const gapCodes = [...needs].filter(([, n]) => Math.max(n.current, n.target) > n.earned).map(([code]) => code).sort();

  // Candidates come from the catalog as the learner sees it (published, live, visible under moderation).
  const viewer = viewerOf(actor);
  const facts = new Map<string, CourseFacts>();
  const candidates = new Map<string, Candidate>();
  const pages = await Promise.all(gapCodes.map((code) => searchCatalog(ctx.db, viewer, { competency: code, sort: 'most_completed', page: 1, pageSize: PER_COMPETENCY })));
  for (const rows of pages) {
    for (const r of rows) {
      candidates.set(r.id, { courseId: r.id, competencies: r.competencies, languages: r.languages, peerCount: 0 });
      facts.set(r.id, { texts: r.texts, languages: r.languages, durationMinutes: r.duration_minutes });
    }
  }
  const peerCounts = current ? await topPeerCourses(ctx.db, current.id, PEER_MIN, PEER_COURSES) : [];
  const states = await courseStatesOf(ctx.db, actor.userId, [...candidates.keys(), ...peerCounts.map((p) => p.course_id)]);
  const completed = new Set([...states.values()].filter((s) => s.status === 'completed').map((s) => s.courseId));
  // Courses popular with peers that close no gap fill the list after the gap courses: load only as many as can show.
  const popular: Candidate[] = [];
  for (const p of peerCounts) {
    const known = candidates.get(p.course_id);
    if (known) known.peerCount = p.completions;
    if (known || completed.has(p.course_id) || popular.length >= limit) continue;
    if (!(await canSeeCourse(ctx.db, actor, p.course_id))) continue;
    const course = await getPublishedCourse(ctx.db, p.course_id);
    if (!course) continue;
    popular.push({ courseId: course.courseId, competencies: course.competencies, languages: course.languages, peerCount: p.completions });
    facts.set(course.courseId, { texts: course.texts, languages: course.languages, durationMinutes: course.durationMinutes });
  }
  const ranked = rankRecommendations({ needs, candidates: [...candidates.values()], popularWithPeers: popular, completed, language, limit });

  const names = await competencyMap(ctx.db, gapCodes);
  const postName = (d: typeof current) => (d ? (language === 'hi' ? d.name_hi : d.name_en) : '');
  return {
    current: current ? ref(current) : null,
    target: target ? ref(target) : null,
    items: ranked.map((r, i) => {
      const f = facts.get(r.courseId);
      const text = f ? pickText(f.texts, language) : undefined;
      return {
        rank: i + 1,
        course: {
          id: r.courseId,
          title: text?.title ?? '',
          summary: text?.summary ?? '',
          languages: f?.languages ?? [],
          inYourLanguage: r.inLanguage,
          durationMinutes: f?.durationMinutes ?? 0,
        },
        reasons: r.reasons.map((reason) => {
          if (reason.kind === 'peers') {
            return {
              kind: reason.kind,
              message: format(reasonMessages.peers[language], { count: reason.count, post: postName(current) }),
              competency: null,
              level: null,
              requiredLevel: null,
              count: reason.count,
            };
          }
          const c = names.get(reason.code);
          const post = postName(reason.kind === 'current' ? current : target);
          return {
            kind: reason.kind,
            message: format(reasonMessages[reason.kind][language], { competency: c ? competencyName(c, language) : reason.code, level: reason.level, post }),
            competency: c ? competencyRef(c) : null,
            level: reason.level,
            requiredLevel: reason.required,
            count: null,
          };
        }),
      };
    }),
  };
}
