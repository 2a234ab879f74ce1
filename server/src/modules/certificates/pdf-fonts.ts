import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';

/**
 * The faces of the PDFs (certificates, compliance statements), all SIL OFL 1.1 with the licence in their npm package:
 * - `deva`: Noto Sans Devanagari's Devanagari subset (npm @fontsource/noto-sans-devanagari, WOFF: pdfkit cannot load
 *   WOFF2). fontkit (inside pdfkit) applies the Indic shaping (conjuncts, reph, pre-base matras).
 * - `latn`: the full Noto Sans TrueType (npm @expo-google-fonts/noto-sans): Latin incl. Latin Extended-A/B and
 *   Extended Additional (every IAST letter: ṛ ṣ ṇ ḍ ṭ ṃ ḥ ṅ ḷ …), combining marks, Greek, Cyrillic, punctuation.
 * pdfkit has no font fallback: `pdf-text.ts` gives each run of text the first face that has its glyphs.
 *
 * fontkit reads a WOFF table by inflating all of it with a JavaScript inflater on every access (every glyph read
 * inflates the whole glyf table), which made a page cost over a second of CPU. So each WOFF is unpacked once per
 * process into the plain TrueType font it wraps (WOFF 1.0 is a table directory of zlib-compressed sfnt tables) and
 * pdfkit gets that: a page then costs tens of milliseconds.
 */

export type Doc = InstanceType<typeof PDFDocument>;
export type Face = 'deva' | 'latn';
export type Weight = 'regular' | 'bold';
/** Every face, in the order tried for a character that its preferred face lacks. */
export const FACES: readonly Face[] = ['latn', 'deva'];

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** The font file of one face and weight. */
export function fontFile(face: Face, weight: Weight): string {
  if (face === 'deva') {
    return path.join(packageDir('@fontsource/noto-sans-devanagari'), 'files', `noto-sans-devanagari-devanagari-${weight === 'bold' ? 700 : 400}-normal.woff`);
  }
  const style = weight === 'bold' ? '700Bold' : '400Regular';
  return path.join(packageDir('@expo-google-fonts/noto-sans'), style, `NotoSans_${style}.ttf`);
}

export const faceName = (face: Face, weight: Weight) => `${face}-${weight}`;

/** Unpacks a WOFF 1.0 file into the sfnt (TrueType/OpenType) font it carries. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compLength < origLength ? zlib.inflateSync(stored) : stored };
  });
  const headerLength = 12 + numTables * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(tables.reduce((sum, t) => sum + padded(t.data.length), headerLength));
  let entrySelector = 0;
  while (1 << (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = (1 << entrySelector) * 16;
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const record = 12 + i * 16;
    out.writeUInt32BE(t.tag, record);
    out.writeUInt32BE(t.checksum, record + 4);
    out.writeUInt32BE(offset, record + 8);
    out.writeUInt32BE(t.data.length, record + 12);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return out;
}

const unpacked = new Map<string, Buffer>();
/** The face as a TrueType buffer (a WOFF unpacked), read once per process. */
export function fontBytes(face: Face, weight: Weight): Buffer {
  const file = fontFile(face, weight);
  let bytes = unpacked.get(file);
  if (!bytes) {
    const raw = fs.readFileSync(file);
    bytes = file.endsWith('.woff') ? woffToSfnt(raw) : raw;
    unpacked.set(file, bytes);
  }
  return bytes;
}

/** The parts of pdfkit's (unexported) font machinery that sharing a parsed font needs. */
interface PdfkitFonts {
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
  _font: { constructor: new (doc: Doc, font: unknown, id: string) => unknown; font: unknown };
}

const shared = new Map<string, { Embedded: PdfkitFonts['_font']['constructor']; font: unknown }>();
/**
 * One parsed fontkit font per face for the whole process. pdfkit parses a font anew for every document (its tables,
 * GSUB/GPOS shaping data included), which is most of the cost of a page; the parsed font does not change once loaded,
 * so each document gets its own embedding (its own subset) around the shared parse.
 */
function sharedFace(face: Face, weight: Weight) {
  const key = faceName(face, weight);
  let entry = shared.get(key);
  if (!entry) {
    const probe = new PDFDocument({ autoFirstPage: false }) as unknown as PdfkitFonts & Doc;
    probe.font(fontBytes(face, weight));
    entry = { Embedded: probe._font.constructor, font: probe._font.font };
    shared.set(key, entry);
  }
  return entry;
}

const canShare = (doc: Doc) => {
  const internals = doc as unknown as PdfkitFonts;
  return typeof internals._fontFamilies === 'object' && typeof internals._fontCount === 'number';
};

/** Registers the four faces on a document (sharing parsed fonts when pdfkit's internals are as expected). */
export function registerFonts(doc: Doc): void {
  const internals = doc as unknown as PdfkitFonts;
  const share = canShare(doc);
  for (const face of FACES) {
    for (const weight of ['regular', 'bold'] as const) {
      const name = faceName(face, weight);
      if (share) {
        const entry = sharedFace(face, weight);
        internals._fontFamilies[name] = new entry.Embedded(doc, entry.font, `F${++internals._fontCount}`);
      } else doc.registerFont(name, fontBytes(face, weight));
    }
  }
}

const parsed = new Map<string, fontkit.Font>();
/** The parsed font of a face (pdfkit's shared one when available), to ask which characters it has. */
function fontOf(face: Face, weight: Weight): fontkit.Font {
  const key = faceName(face, weight);
  let font = parsed.get(key);
  if (!font) {
    const candidate = sharedFace(face, weight).font as Partial<fontkit.Font> | undefined;
    font = typeof candidate?.hasGlyphForCodePoint === 'function' ? (candidate as fontkit.Font) : (fontkit.create(fontBytes(face, weight)) as fontkit.Font);
    parsed.set(key, font);
  }
  return font;
}

/** Whether a face has a glyph of its own (not .notdef) for a code point. */
export function hasGlyph(face: Face, weight: Weight, codePoint: number): boolean {
  return fontOf(face, weight).hasGlyphForCodePoint(codePoint);
}

/**
 * Distance from the top of a line to its baseline, in ems: the Devanagari face's ascent, for every face, so that
 * Latin and Devanagari runs share one baseline (pdfkit would place each run by its own face's ascent, and Noto
 * Sans's is taller than Noto Sans Devanagari's, whose Latin glyphs sat on the same baseline as its Devanagari).
 */
export function lineAscent(weight: Weight): number {
  const font = fontOf('deva', weight);
  return font.ascent / font.unitsPerEm;
}
