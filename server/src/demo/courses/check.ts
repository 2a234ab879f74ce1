/**
 * Validates the demo courses: cd server && npx tsx src/demo/courses/check.ts
 * Exits non-zero and lists every problem found.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_COURSES } from './index';
import type { Bi, DemoCourse, DemoLesson, DemoQuestion } from './types';

const ASSETS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');
const ORGS = ['DOPT', 'UP', 'UP-SW', 'UP-REV', 'UP-HOME', 'UP-MH', 'UP-PR', 'UP-UD', 'UP-RD'];
const ALLOWED_TAGS = new Set(['p', 'h2', 'h3', 'ul', 'ol', 'li', 'strong', 'em', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const DEVANAGARI = /[\u0900-\u097F]/;
const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const problems: string[] = [];
const fail = (where: string, msg: string) => problems.push(`${where}: ${msg}`);

function bi(where: string, v: Bi | undefined) {
  if (!v || typeof v.en !== 'string' || typeof v.hi !== 'string') return fail(where, 'missing Bi');
  if (!v.en.trim()) fail(where, 'empty en');
  if (!v.hi.trim()) fail(where, 'empty hi');
  // Hindi text must be in Devanagari; pure numbers or codes (e.g. a helpline '112') are allowed as they are.
  else if (/\p{L}/u.test(v.hi) && !DEVANAGARI.test(v.hi)) fail(where, 'hi has no Devanagari');
}

const words = (html: string) => html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function html(where: string, v: Bi) {
  for (const lang of ['en', 'hi'] as const) {
    const s = v[lang];
    for (const m of s.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)) {
      if (!ALLOWED_TAGS.has(m[1]!.toLowerCase())) fail(where, `${lang}: tag <${m[1]}> not allowed`);
      if (m[2]!.trim()) fail(where, `${lang}: attributes not allowed (<${m[1]}${m[2]}>)`);
    }
    const n = words(s);
    if (n < 250 || n > 600) fail(where, `${lang}: ${n} words (want 250–600)`);
  }
}

function asset(where: string, file: string) {
  if (!file || file.includes('/') || !fs.existsSync(path.join(ASSETS, file))) fail(where, `asset missing: ${file}`);
}

function question(where: string, q: DemoQuestion, seenTypes: Set<string>) {
  seenTypes.add(q.type);
  bi(`${where} prompt`, q.prompt);
  bi(`${where} explanation`, q.explanation);
  switch (q.type) {
    case 'single':
    case 'multiple': {
      if (q.options.length < 2) fail(where, 'fewer than 2 options');
      q.options.forEach((o, i) => bi(`${where} option ${i}`, o));
      const correct = q.type === 'single' ? [q.correct] : q.correct;
      if (!correct.length) fail(where, 'no correct option');
      if (new Set(correct).size !== correct.length) fail(where, 'duplicate correct index');
      for (const c of correct) if (!Number.isInteger(c) || c < 0 || c >= q.options.length) fail(where, `correct ${c} out of range`);
      if (q.type === 'multiple' && correct.length < 2) fail(where, 'multiple with fewer than 2 correct (use single)');
      break;
    }
    case 'true_false':
      if (typeof q.correct !== 'boolean') fail(where, 'correct must be boolean');
      break;
    case 'fill_text':
      if (!q.accepted.en.length || q.accepted.en.some((a) => !a.trim())) fail(where, 'accepted.en empty');
      if (!q.accepted.hi.length || q.accepted.hi.some((a) => !a.trim())) fail(where, 'accepted.hi empty');
      break;
    case 'fill_numeric':
      if (!Number.isFinite(q.value) || !(q.tolerance >= 0)) fail(where, 'bad value/tolerance');
      break;
    case 'match':
      if (q.pairs.length < 2) fail(where, 'fewer than 2 pairs');
      q.pairs.forEach((p, i) => { bi(`${where} pair ${i} left`, p.left); bi(`${where} pair ${i} right`, p.right); });
      if (new Set(q.pairs.map((p) => p.right.en)).size !== q.pairs.length) fail(where, 'duplicate right side');
      break;
  }
}

function lesson(where: string, l: DemoLesson, seenTypes: Set<string>) {
  bi(`${where} title`, l.title);
  const has = { html: !!l.html, pdf: !!l.pdf, video: !!l.video, link: !!l.link, questions: !!l.questions };
  const expect: Record<DemoLesson['type'], keyof typeof has> = { html: 'html', pdf: 'pdf', video: 'video', link: 'link', quiz: 'questions', final_assessment: 'questions' };
  for (const [k, v] of Object.entries(has)) if (v !== (expect[l.type] === k)) fail(where, `${l.type} lesson ${v ? 'has' : 'lacks'} ${k}`);
  if (l.html) { bi(`${where} html`, l.html); html(where, l.html); }
  if (l.pdf) { asset(where, l.pdf.en); asset(where, l.pdf.hi); if (l.pdf.en === l.pdf.hi) fail(where, 'same pdf for en and hi'); }
  if (l.video) { asset(where, l.video.file); if (!(l.video.durationSeconds > 0)) fail(where, 'bad video duration'); }
  if (l.link) { if (!/^https:\/\/[^ ]+$/.test(l.link.url)) fail(where, `bad url ${l.link.url}`); bi(`${where} link note`, l.link.note); }
  if (l.type === 'quiz' || l.type === 'final_assessment') {
    const qs = l.questions ?? [];
    if (!qs.length) fail(where, 'no questions');
    qs.forEach((q, i) => question(`${where} q${i + 1}`, q, seenTypes));
    const s = l.settings;
    if (!s) return fail(where, 'no settings');
    if (!(s.passMark > 0 && s.passMark <= 100)) fail(where, 'passMark out of range');
    if (s.drawCount !== undefined && !(s.drawCount > 0 && s.drawCount < qs.length)) fail(where, `drawCount ${s.drawCount} not < pool ${qs.length}`);
    if (l.type === 'final_assessment') {
      if (s.passMark !== 60) fail(where, 'final passMark must be 60');
      if (s.attemptLimit !== 3) fail(where, 'final attemptLimit must be 3');
      if (s.shuffle !== true) fail(where, 'final must shuffle');
      if (s.drawCount === undefined) fail(where, 'final needs drawCount');
    }
  } else if (l.settings) fail(where, 'settings on a non-assessment lesson');
}

function course(c: DemoCourse, keys: Set<string>, seenTypes: Set<string>) {
  const w = c.code;
  if (!/^[A-Z0-9]+(-[A-Z0-9]+)*$/.test(c.code)) fail(w, 'bad code');
  if (!ORGS.includes(c.provider)) fail(w, `unknown provider ${c.provider}`);
  bi(`${w} title`, c.title); bi(`${w} summary`, c.summary); bi(`${w} description`, c.description);
  if (!(c.durationMinutes > 0)) fail(w, 'bad duration');
  if (!c.competencies.length) fail(w, 'no competencies');
  for (const k of c.competencies) if (!KEY.test(k.code) || !(k.level >= 1 && k.level <= 5)) fail(w, `bad competency ${k.code}/${k.level}`);
  if (!c.tags.length || c.tags.some((t) => !KEY.test(t))) fail(w, 'bad tags');
  const d = new Date(c.publishedAt);
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 2025 || d.getUTCFullYear() > 2026) fail(w, 'publishedAt not in 2025–2026');
  if (c.modules.length < 2 || c.modules.length > 3) fail(w, `${c.modules.length} modules (want 2–3)`);
  const lessons = c.modules.flatMap((m) => m.lessons);
  if (lessons.length < 3) fail(w, `${lessons.length} lessons (want at least 3)`);
  if (!lessons.some((l) => l.type === 'quiz')) fail(w, 'no quiz');
  for (const m of c.modules) {
    if (!KEY.test(m.key) || keys.has(m.key)) fail(w, `module key ${m.key} bad or duplicate`);
    keys.add(m.key);
    bi(`${w}/${m.key} title`, m.title);
    if (!m.lessons.length) fail(`${w}/${m.key}`, 'empty module');
    for (const l of m.lessons) {
      if (!KEY.test(l.key) || keys.has(l.key)) fail(w, `lesson key ${l.key} bad or duplicate`);
      keys.add(l.key);
      lesson(`${w}/${l.key}`, l, seenTypes);
    }
  }
}

const keys = new Set<string>();
const seenTypes = new Set<string>();
const codes = new Set<string>();
for (const c of DEMO_COURSES) {
  if (codes.has(c.code)) fail(c.code, 'duplicate course code');
  codes.add(c.code);
  course(c, keys, seenTypes);
}
const all = DEMO_COURSES.flatMap((c) => c.modules.flatMap((m) => m.lessons));
if (DEMO_COURSES.length < 12) fail('set', `${DEMO_COURSES.length} courses (want at least 12)`);
for (const t of ['single', 'multiple', 'true_false', 'fill_text', 'fill_numeric', 'match']) if (!seenTypes.has(t)) fail('set', `no ${t} question`);
const finals = DEMO_COURSES.filter((c) => c.modules.some((m) => m.lessons.some((l) => l.type === 'final_assessment')));
if (finals.length < 8) fail('set', `${finals.length} courses with a final assessment (want at least 8)`);
if (!all.some((l) => l.type === 'final_assessment' && l.settings?.timeLimitSeconds === 600)) fail('set', 'no final with timeLimitSeconds 600');
const pdfCourses = DEMO_COURSES.filter((c) => c.modules.some((m) => m.lessons.some((l) => l.type === 'pdf')));
if (pdfCourses.length < 4) fail('set', `${pdfCourses.length} courses with a pdf (want at least 4)`);
const videoCourses = DEMO_COURSES.filter((c) => c.modules.some((m) => m.lessons.some((l) => l.type === 'video')));
if (videoCourses.length < 2) fail('set', `${videoCourses.length} courses with a video (want at least 2)`);
const dm = DEMO_COURSES.find((c) => c.tags.includes('disaster-management'));
if (!dm || !dm.title.hi.startsWith('आपदा प्रबंधन')) fail('set', 'no disaster-management course titled "आपदा प्रबंधन …"');
const assetBytes = fs.readdirSync(ASSETS).reduce((a, f) => a + fs.statSync(path.join(ASSETS, f)).size, 0);
if (assetBytes > 3 * 1024 * 1024) fail('assets', `${assetBytes} bytes (want under 3 MB)`);
const referenced = new Set(all.flatMap((l) => [l.pdf?.en, l.pdf?.hi, l.video?.file].filter((f): f is string => !!f)));
for (const f of fs.readdirSync(ASSETS)) if (f !== 'README.md' && !referenced.has(f)) fail('assets', `${f} not used by any course`);

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s)`);
  process.exit(1);
}
const qCount = all.reduce((a, l) => a + (l.questions?.length ?? 0), 0);
console.log(`OK: ${DEMO_COURSES.length} courses, ${all.length} lessons, ${qCount} questions (${[...seenTypes].join(', ')}), ${finals.length} final assessments, assets ${assetBytes} bytes`);
