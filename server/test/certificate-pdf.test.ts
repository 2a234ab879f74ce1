import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderCertificatePdf, type CertificateDocument } from '../src/modules/certificates/certificate-pdf';
import { fontFile, woffToSfnt } from '../src/modules/certificates/pdf-text';

/**
 * The Hindi name on a certificate must be shaped correctly: conjuncts क्ष, त्र, श्र, the reph in र्म and the pre-base
 * matra in त्रि. Two checks that can fail: the glyph run fontkit produces (conjunct and reph glyphs, matra reordered
 * first), and the rendered page (pdftoppm) compared with a reference image that was inspected by eye, while a
 * deliberately broken rendering of the same name must NOT match it.
 *
 * Regenerate the reference after an intended layout change: UPDATE_CERT_REFERENCE=1 npx vitest run --project api test/certificate-pdf.test.ts
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const REFERENCE = path.join(here, 'fixtures', 'certificate-name-hi.png');
const NAME_HI = 'क्षमा त्रिवेदी श्रीवास्तव वर्मा';
const DPI = 150;

function sample(nameHi: string): CertificateDocument {
  return {
    number: 'KSH-2026-7QMD-X4TB-92KA',
    verifyUrl: 'http://localhost:3000/verify/KSH-2026-7QMD-X4TB-92KA',
    kind: 'course',
    language: 'hi',
    holderName: { en: 'Kshama Trivedi Shrivastava Verma', hi: nameHi },
    designation: { en: 'Tehsildar', hi: 'तहसीलदार' },
    holderOrg: { en: 'Tehsil Sadar, Lucknow', hi: 'तहसील सदर, लखनऊ' },
    title: { en: 'Disaster Management for District Officers', hi: 'ज़िला अधिकारियों के लिए आपदा प्रबंधन' },
    completedAt: new Date('2026-11-27T10:00:00Z'),
    learningMinutes: 90,
    competencies: [{ name: 'आपदा प्रबंधन / Disaster management', level: 2 }],
    issuer: { en: 'Revenue Department', hi: 'राजस्व विभाग' },
    signatory: { name: { en: 'Sanjay Tripathi', hi: 'संजय त्रिपाठी' }, designation: { en: 'Additional District Magistrate', hi: 'अपर ज़िलाधिकारी' } },
    logo: null,
    signature: null,
    issuedAt: new Date('2026-11-27T10:00:05Z'),
  };
}

/** Renders the certificate, rasterises its page with pdftoppm, and returns the crop around the Hindi name (greyscale). */
async function nameCrop(nameHi: string): Promise<PNG> {
  const { pdf, boxes } = await renderCertificatePdf(sample(nameHi));
  const box = boxes.nameHi;
  if (!box) throw new Error('no Hindi name drawn');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ksh-cert-'));
  try {
    fs.writeFileSync(path.join(dir, 'c.pdf'), pdf);
    const px = (pt: number) => Math.round((pt * DPI) / 72);
    // A fixed-width window centred on the page, so that a wider or narrower (wrongly shaped) name still fits the frame.
    const x = px(841.89 / 2 - 200);
    execFileSync('pdftoppm', ['-png', '-gray', '-r', String(DPI), '-x', String(x), '-y', String(px(box.y - 6)), '-W', String(px(400)), '-H', String(px(box.h + 2)), '-singlefile', path.join(dir, 'c.pdf'), path.join(dir, 'crop')]);
    return PNG.sync.read(fs.readFileSync(path.join(dir, 'crop.png')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Share of pixels whose grey level differs by more than 64 (of 255). */
function differingShare(a: PNG, b: PNG): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) if (Math.abs((a.data[i] ?? 0) - (b.data[i] ?? 0)) > 64) differing++;
  return differing / (a.width * a.height);
}

function requirePdftoppm(): void {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('pdftoppm is missing: install poppler-utils (apt-get install -y poppler-utils); .ci/run does this.');
  }
}

describe('Devanagari on the certificate', () => {
  it('fontkit shapes the name: conjunct glyphs for क्ष, त्र, श्र, a reph after म in र्म, and the i-matra before त्र in त्रि', () => {
    const font = fontkit.create(woffToSfnt(fs.readFileSync(fontFile('deva', 'bold')))) as fontkit.Font;
    const ids = (text: string) => font.layout(text).glyphs.map((g) => g.id);
    const single = (ch: string) => {
      const run = ids(ch);
      expect(run).toHaveLength(1);
      return run[0];
    };
    const [ka, ssa, ta, ra, sha, ma] = ['क', 'ष', 'त', 'र', 'श', 'म'].map(single);
    // क्ष, त्र, श्र: one conjunct glyph each (the font's ligatures of letter + virama + letter), none a base letter.
    for (const [conjunct, glyphName] of [['क्ष', 'uni0915094D0937'], ['त्र', 'uni0924094D0930'], ['श्र', 'uni0936094D0930']] as const) {
      const run = font.layout(conjunct).glyphs;
      expect(run, conjunct).toHaveLength(1);
      expect(run[0]?.name).toBe(glyphName);
      expect([ka, ssa, ta, ra, sha]).not.toContain(run[0]?.id);
    }
    // त्रि: the i-matra is drawn first (pre-base), then the त्र conjunct.
    const iMatra = ids('ति')[0];
    expect(ids('ति')[1]).toBe(ta);
    expect(ids('त्रि')).toEqual([iMatra, ids('त्र')[0]]);
    // र्म: म, then the reph mark (not a full र, no visible virama).
    const rm = font.layout('र्म').glyphs;
    expect(rm.map((g) => g.id)).toEqual([ma, expect.any(Number)]);
    expect(rm[1]?.id).not.toBe(ra);
    expect(rm[1]?.name).toBe('uni0930094D');
    expect(rm.map((g) => g.id)).not.toContain(font.glyphForCodePoint(0x094d).id);
    // The whole name: no dotted circles (a sign of broken clusters) and no missing glyphs.
    const name = font.layout(NAME_HI).glyphs;
    expect(name.every((g) => g.id !== 0)).toBe(true);
    expect(name.map((g) => g.id)).not.toContain(font.glyphForCodePoint(0x25cc).id);
  });

  it('the rendered name matches the reference image, and a broken shaping does not', async () => {
    requirePdftoppm();
    const crop = await nameCrop(NAME_HI);
    if (process.env.UPDATE_CERT_REFERENCE) {
      fs.mkdirSync(path.dirname(REFERENCE), { recursive: true });
      fs.writeFileSync(REFERENCE, PNG.sync.write(crop));
    }
    const reference = PNG.sync.read(fs.readFileSync(REFERENCE));
    const same = differingShare(crop, reference);
    expect(same).toBeLessThan(0.005);
    // The same letters with zero-width non-joiners after each virama: no conjuncts, no reph. This must be caught.
    const broken = await nameCrop(NAME_HI.replace(/्/g, '्\u200c'));
    const brokenShare = differingShare(broken, reference);
    console.log(`name crop vs reference: ${(same * 100).toFixed(2)} % of pixels differ; broken shaping: ${(brokenShare * 100).toFixed(2)} %`);
    expect(brokenShare).toBeGreaterThan(0.02);
    // Some ink was drawn at all (a blank crop would trivially "match" a blank reference).
    let dark = 0;
    for (let i = 0; i < crop.data.length; i += 4) if ((crop.data[i] ?? 255) < 128) dark++;
    expect(dark / (crop.width * crop.height)).toBeGreaterThan(0.05);
  });
});
