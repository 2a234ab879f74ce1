import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/**
 * Mixed Hindi/English text for pdfkit. Noto Sans Devanagari (npm @fontsource/noto-sans-devanagari, SIL OFL 1.1)
 * ships its Devanagari and Latin glyphs as separate subset files, and pdfkit has no font fallback, so text is split
 * into script runs and each run is drawn in the face that has its glyphs; fontkit (inside pdfkit) applies the Indic
 * shaping (conjuncts, reph, pre-base matras). WOFF, not WOFF2, which pdfkit cannot load.
 *
 * fontkit reads a WOFF table by inflating all of it with a JavaScript inflater on every access (every glyph read
 * inflates the whole glyf table), which made a page cost over a second of CPU. So each WOFF is unpacked once per
 * process into the plain TrueType font it wraps (WOFF 1.0 is a table directory of zlib-compressed sfnt tables) and
 * pdfkit gets that: a page then costs tens of milliseconds.
 */

export type Doc = InstanceType<typeof PDFDocument>;
type Script = 'deva' | 'latn' | 'latx';
export type Weight = 'regular' | 'bold';

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('@fontsource/noto-sans-devanagari/package.json')), 'files');
const SUBSET: Record<Script, string> = { deva: 'devanagari', latn: 'latin', latx: 'latin-ext' };

/** The WOFF file of one subset and weight. */
export function fontFile(script: Script, weight: Weight): string {
  return path.join(fontDir, `noto-sans-devanagari-${SUBSET[script]}-${weight === 'bold' ? 700 : 400}-normal.woff`);
}

const faceName = (script: Script, weight: Weight) => `${script}-${weight}`;

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
/** The face as a TrueType buffer, unpacked once per process. */
function fontBytes(script: Script, weight: Weight): Buffer {
  const file = fontFile(script, weight);
  let bytes = unpacked.get(file);
  if (!bytes) {
    bytes = woffToSfnt(fs.readFileSync(file));
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
function sharedFace(script: Script, weight: Weight) {
  const key = faceName(script, weight);
  let face = shared.get(key);
  if (!face) {
    const probe = new PDFDocument({ autoFirstPage: false }) as unknown as PdfkitFonts & Doc;
    probe.font(fontBytes(script, weight));
    face = { Embedded: probe._font.constructor, font: probe._font.font };
    shared.set(key, face);
  }
  return face;
}

/** Registers the six faces on a document (sharing parsed fonts when pdfkit's internals are as expected). */
export function registerFonts(doc: Doc): void {
  const internals = doc as unknown as PdfkitFonts;
  const canShare = typeof internals._fontFamilies === 'object' && typeof internals._fontCount === 'number';
  for (const script of ['deva', 'latn', 'latx'] as const) {
    for (const weight of ['regular', 'bold'] as const) {
      const name = faceName(script, weight);
      if (canShare) {
        const face = sharedFace(script, weight);
        internals._fontFamilies[name] = new face.Embedded(doc, face.font, `F${++internals._fontCount}`);
      } else doc.registerFont(name, fontBytes(script, weight));
    }
  }
}

/** Devanagari, Vedic extensions, Devanagari Extended, ZWNJ/ZWJ, ₹ and the dotted circle go to the Devanagari face. */
function scriptOf(cp: number): Script {
  if ((cp >= 0x0900 && cp <= 0x097f) || (cp >= 0x1cd0 && cp <= 0x1cf9) || (cp >= 0xa8e0 && cp <= 0xa8ff) || cp === 0x200c || cp === 0x200d || cp === 0x20b9 || cp === 0x25cc) {
    return 'deva';
  }
  if ((cp >= 0x0100 && cp <= 0x024f) || (cp >= 0x1e00 && cp <= 0x1eff)) return 'latx';
  return 'latn';
}

/** Splits text into runs of one script; a space stays in the run it follows. */
export function scriptRuns(text: string): { script: Script; text: string }[] {
  const runs: { script: Script; text: string }[] = [];
  for (const ch of text) {
    const last = runs[runs.length - 1];
    const script = scriptOf(ch.codePointAt(0) ?? 32);
    if (last && (ch === ' ' || last.script === script)) last.text += ch;
    else runs.push({ script, text: ch });
  }
  return runs;
}

/** Style of a piece of text. */
export interface TextStyle {
  size: number;
  weight?: Weight;
  color?: string;
  /** Extra space between characters (Latin runs only; spacing Devanagari would break its joins). */
  tracking?: number;
}

function useFace(doc: Doc, script: Script, style: TextStyle): void {
  doc.font(faceName(script, style.weight ?? 'regular')).fontSize(style.size);
}

/** Width of mixed-script text in a style. */
export function widthOf(doc: Doc, text: string, style: TextStyle): number {
  return scriptRuns(text).reduce((sum, run) => {
    useFace(doc, run.script, style);
    const spacing = run.script === 'deva' ? 0 : (style.tracking ?? 0);
    return sum + doc.widthOfString(run.text, { characterSpacing: spacing });
  }, 0);
}

/** A drawn box, for layout and for tests that crop the rendering. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Draws one line of mixed text with its left edge at x (or centred on x with align 'center', right-aligned with
 * 'right'), shrinking the size until it fits maxWidth. Returns the box it occupies.
 */
export function drawLine(doc: Doc, text: string, x: number, y: number, style: TextStyle, opts: { align?: 'left' | 'center' | 'right'; maxWidth?: number } = {}): Box {
  let s = { ...style };
  let width = widthOf(doc, text, s);
  while (opts.maxWidth && width > opts.maxWidth && s.size > 6) {
    s = { ...s, size: s.size - 0.5 };
    width = widthOf(doc, text, s);
  }
  let cursor = opts.align === 'center' ? x - width / 2 : opts.align === 'right' ? x - width : x;
  const left = cursor;
  doc.fillColor(s.color ?? '#1a1a1a');
  for (const run of scriptRuns(text)) {
    useFace(doc, run.script, s);
    const spacing = run.script === 'deva' ? 0 : (s.tracking ?? 0);
    doc.text(run.text, cursor, y, { lineBreak: false, characterSpacing: spacing });
    cursor += doc.widthOfString(run.text, { characterSpacing: spacing });
  }
  return { x: left, y, w: width, h: s.size * 1.5 };
}

/** Breaks mixed text into lines no wider than maxWidth (at spaces). */
export function wrapLines(doc: Doc, text: string, style: TextStyle, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && widthOf(doc, candidate, style) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}
