import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { renderCertificatePdf, type CertificateDocument } from '../src/modules/certificates/certificate-pdf';
import { fontFile, textRuns, woffToSfnt, type Face, type Weight } from '../src/modules/certificates/pdf-text';
import { renderStatementPdf } from '../src/modules/plans/compliance-pdf';
import type { ComplianceStatement } from '../src/modules/plans/compliance.service';

/**
 * What a certificate says must be what a reader gets back: pdftotext (poppler, as search, copy-paste and screen
 * readers) returns each name exactly as typed, and no glyph drawn anywhere is .notdef (an empty box). Hard names:
 * Devanagari conjuncts, reph, pre-base ि, anusvara/chandrabindu/visarga, nukta (composed and decomposed),
 * halant-final; IAST Latin (Latin Extended-A and Extended Additional), also typed decomposed; mixed lines.
 */

const HINDI = [
  'श्रीमती क्षिप्रा द्विवेदी', // श्र, क्ष, pre-base ि before a conjunct, द्व
  'पूर्णिमा त्रिपाठी वर्मा', // reph र्ण and र्म, त्रि
  'संजय सिंह चौहान', // anusvara
  'चाँदनी दुःखहरण', // chandrabindu, visarga
  'ज़ैनब फ़ारूक़ी', // nukta: ज़ फ़ क़ as letter + ़
  '\u095Bहीर \u095Cौदा', // nukta as the precomposed ज़ (U+095B) and ड़ (U+095C)
  'बड़ौदा विद्वान् सत्', // ड़, halant-final न्, त्
  'प्रज्ञा अर्जुन कृष्ण', // ज्ञ, reph, ृ
];
const LATIN = [
  'Ṛṣikeśa Kṛṣṇa Śaṅkara',
  'Ḍhākā Hṛṣīkeśa Ṭhākura',
  'Maṇḍala Ḷkāra Ṃḥ Ṅ',
  'Kṛṣṇa Śarmā'.normalize('NFD'), // typed with combining dots and macrons
  'Ñāṇamoli Ūrmilā Īśvara',
];
const MIXED = ['Kṛṣṇa Śarmā (कृष्ण शर्मा)', 'ऋषिकेश Ṭhākura, लखनऊ'];

function sample(hi: string | null, en: string): CertificateDocument {
  return {
    number: 'KSH-2026-7QMD-X4TB-92KA',
    verifyUrl: 'http://localhost:3000/verify/KSH-2026-7QMD-X4TB-92KA',
    kind: 'course',
    language: 'hi',
    holderName: { en, hi },
    designation: { en: 'Tehsildar', hi: 'तहसीलदार' },
    holderOrg: { en: 'Tehsil Sadar, Lucknow', hi: 'तहसील सदर, लखनऊ' },
    title: { en: 'Disaster Management for District Officers', hi: 'ज़िला अधिकारियों के लिए आपदा प्रबंधन' },
    completedAt: new Date('2026-11-27T10:00:00Z'),
    learningMinutes: 90,
    competencies: [{ name: 'आपदा प्रबंधन / Disaster management', level: 2 }],
    issuer: { en: 'Revenue Department', hi: 'राजस्व विभाग' },
    signatory: { name: { en: 'Śaṅkara Ṭhākura', hi: 'शंकर ठाकुर' }, designation: { en: 'Additional District Magistrate', hi: 'अपर ज़िलाधिकारी' } },
    logo: null,
    signature: null,
    issuedAt: new Date('2026-11-27T10:00:05Z'),
  };
}

const normal = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The page's text as poppler extracts it, one normalised string per non-empty line. */
function extractedLines(pdf: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksh-text-'));
  try {
    fs.writeFileSync(path.join(dir, 'c.pdf'), pdf);
    let out: string;
    try {
      out = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'c.pdf'), '-'], { encoding: 'utf8' });
    } catch {
      throw new Error('pdftotext is missing: install poppler-utils (apt-get install -y poppler-utils); .ci/run does this.');
    }
    return out.split('\n').map(normal).filter(Boolean);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every glyph id drawn by a text-showing operator in the PDF's (deflated) content streams. */
function drawnGlyphIds(pdf: Buffer): number[] {
  const ids: number[] = [];
  const raw = pdf.toString('latin1');
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = zlib.inflateSync(Buffer.from(m[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      content = m[1] ?? '';
    }
    if (!/\bBT\b/.test(content)) continue;
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      for (const hex of (tj[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)) {
        for (const gid of (hex[1] ?? '').match(/.{4}/g) ?? []) ids.push(parseInt(gid, 16));
      }
    }
  }
  return ids;
}

const fonts = new Map<string, fontkit.Font>();
/** The font file of a face, parsed here independently of the renderer. */
function font(face: Face, weight: Weight): fontkit.Font {
  const file = fontFile(face, weight);
  let f = fonts.get(file);
  if (!f) {
    const bytes = fs.readFileSync(file);
    f = fontkit.create(file.endsWith('.woff') ? woffToSfnt(bytes) : bytes) as fontkit.Font;
    fonts.set(file, f);
  }
  return f;
}

describe('the text layer and glyph coverage of certificates', () => {
  it('the glyph check finds a .notdef: IAST in the old Latin Extended subset draws glyph 0', () => {
    // The face certificates used before: Noto Sans Devanagari's latin-ext subset, which has no ṛ ṣ ṇ.
    const oldFace = path.join(path.dirname(path.dirname(fontFile('deva', 'regular'))), 'files', 'noto-sans-devanagari-latin-ext-400-normal.woff');
    const doc = new PDFDocument({ size: 'A6' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((resolve) => doc.on('end', resolve));
    doc.font(oldFace).text('Kṛṣṇa Śarmā');
    doc.end();
    return done.then(() => {
      const ids = drawnGlyphIds(Buffer.concat(chunks));
      expect(ids.length).toBeGreaterThan(5);
      expect(ids).toContain(0);
    });
  });

  it.each([...HINDI.map((hi, i) => [hi, LATIN[i % LATIN.length] ?? 'Kṛṣṇa']), ...MIXED.map((m) => [m, m])])(
    'prints %s / %s: extracted exactly as typed, no .notdef',
    async (hi, en) => {
      const { pdf } = await renderCertificatePdf(sample(hi ?? null, en ?? ''));
      const lines = extractedLines(pdf);
      expect(lines).toContain(normal(hi ?? ''));
      expect(lines).toContain(normal(en ?? ''));
      // The signatory's IAST name and the fixed bilingual texts read back too.
      expect(lines).toContain('Śaṅkara Ṭhākura');
      expect(lines).toContain('CERTIFICATE OF COMPLETION');
      expect(lines).toContain('ज़िला अधिकारियों के लिए आपदा प्रबंधन'.normalize('NFC'));
      const ids = drawnGlyphIds(pdf);
      expect(ids.length).toBeGreaterThan(200);
      expect(ids).not.toContain(0);
      // Each run is drawn in a face that has a glyph for every character drawn (checked with the font files).
      for (const text of [hi ?? '', en ?? '']) {
        for (const weight of ['regular', 'bold'] as const) {
          const runs = textRuns(text, weight);
          expect(runs.map((r) => r.typed).join('')).toBe(text);
          for (const run of runs) for (const ch of run.text) expect(font(run.face, weight).hasGlyphForCodePoint(ch.codePointAt(0) ?? 0), `${ch} in ${run.face}`).toBe(true);
          expect(runs.map((r) => r.text).join('')).toBe(text);
        }
      }
    },
  );

  it('a character that no face has is drawn as a replacement mark, never .notdef, and still extracts as typed', async () => {
    const name = 'Kṛṣṇa தமிழ் 😀';
    const runs = textRuns(name, 'bold');
    expect(runs.map((r) => r.text).join('')).toContain('\ufffd');
    const { pdf } = await renderCertificatePdf(sample(null, name));
    expect(drawnGlyphIds(pdf)).not.toContain(0);
    expect(extractedLines(pdf)).toContain(name);
  });

  it('the compliance statement prints the same names through the same helper', async () => {
    const statement: ComplianceStatement = {
      employee: {
        userId: '00000000-0000-0000-0000-000000000001',
        employeeId: 'UP-SW-000123',
        name: 'Hṛṣīkeśa Ṭhākura',
        nameHi: 'श्रीमती क्षिप्रा द्विवेदी',
        designation: { en: 'Tehsildar', hi: 'तहसीलदार' },
        org: { id: '00000000-0000-0000-0000-000000000002', en: 'Tehsil Sadar, Lucknow', hi: 'तहसील सदर, लखनऊ' },
      },
      year: { year: 2025, label: '2025-26', from: '2025-04-01', to: '2026-03-31' },
      overall: 'not_applicable',
      plans: [],
      generatedAt: '2026-04-02T06:00:00.000Z',
    };
    const pdf = await renderStatementPdf(statement, 'KSH-CS-2025-000000000001', 'http://localhost:3000/verify/statement');
    const text = ` ${extractedLines(pdf).join(' ')} `;
    expect(text).toContain(' श्रीमती क्षिप्रा द्विवेदी / Hṛṣīkeśa Ṭhākura ');
    expect(text).toContain(' तहसील सदर, लखनऊ / Tehsil Sadar, Lucknow ');
    const ids = drawnGlyphIds(pdf);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids).not.toContain(0);
  });
});
