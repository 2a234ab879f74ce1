/** The demo course format read by the seeder. One file per course in this folder; assets live in ../assets/. */
export interface Bi { en: string; hi: string }
export interface DemoLesson {
  key: string;                       // stable slug, e.g. 'ai-basics-1-what-is-ai'
  type: 'html' | 'pdf' | 'video' | 'link' | 'quiz' | 'final_assessment';
  title: Bi;
  html?: Bi;                         // type html: safe HTML (p, h2, h3, ul, ol, li, strong, em, table) — real teaching text, 250–600 words per language
  pdf?: { en: string; hi: string };  // type pdf: file names under seed/assets/
  video?: { file: string; durationSeconds: number }; // type video: file name under seed/assets/
  link?: { url: string; note: Bi };  // type link: an official public page (e.g. rti.gov.in, gem.gov.in, ndma.gov.in)
  settings?: { passMark: number; attemptLimit?: number; timeLimitSeconds?: number; drawCount?: number; shuffle?: boolean };
  questions?: DemoQuestion[];        // for quiz and final_assessment
}
export type DemoQuestion =
  | { type: 'single'; prompt: Bi; options: Bi[]; correct: number; explanation: Bi }
  | { type: 'multiple'; prompt: Bi; options: Bi[]; correct: number[]; explanation: Bi }
  | { type: 'true_false'; prompt: Bi; correct: boolean; explanation: Bi }
  | { type: 'fill_text'; prompt: Bi; accepted: { en: string[]; hi: string[] }; explanation: Bi }
  | { type: 'fill_numeric'; prompt: Bi; value: number; tolerance: number; explanation: Bi }
  | { type: 'match'; prompt: Bi; pairs: { left: Bi; right: Bi }[]; explanation: Bi };
export interface DemoModule { key: string; title: Bi; lessons: DemoLesson[] }
export interface DemoCourse {
  code: string;                      // e.g. 'AI-BASICS'
  provider: string;                  // org code from server/src/demo/orgs.seed.ts, e.g. 'DOPT', 'UP-REV', 'UP-HOME', 'UP-MH', 'UP-SW'
  title: Bi; summary: Bi; description: Bi;
  durationMinutes: number; difficulty: 'beginner' | 'intermediate' | 'advanced';
  competencies: { code: string; level: number }[];   // slugs like 'disaster-management', 'cyber-security', 'procurement', 'rti', 'integrity'
  tags: string[];                    // e.g. ['ai'], ['cyber-security'], ['e-governance'], ['disaster-management']
  publishedAt: string;               // ISO date in 2025–2026; the AI, cyber security and e-governance ones are the "latest" (Jan–Mar 2026)
  modules: DemoModule[];
}
