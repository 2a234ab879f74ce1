import { FACES, faceName, hasGlyph, lineAscent, type Doc, type Face, type Weight } from './pdf-fonts';

export { fontFile, registerFonts, woffToSfnt, type Doc, type Face, type Weight } from './pdf-fonts';

/**
 * Mixed Hindi/English text for pdfkit (certificates, compliance statements), in two layers:
 * - What is seen: a line is cut into words and spaces, each word into runs of one face. Each grapheme cluster goes to
 *   the first face that has a glyph for every one of its characters, trying its script's face first (Devanagari →
 *   Noto Sans Devanagari, anything else → Noto Sans), so no character is ever drawn as .notdef: an invisible
 *   character that the chosen face lacks is left out, and a cluster no face has is drawn as U+FFFD.
 * - What is read: each word is a marked-content `Span` whose /ActualText is the word as typed. Shaped Devanagari
 *   cannot map glyph by glyph back to its letters (a pre-base ि is drawn first, क्ष is one glyph), so without it
 *   text extraction, search, copy-paste and screen readers got "िक्षप्रा" for क्षिप्रा; with it they get the typed
 *   string (ActualText is PDF 32000-1 §14.9.4; poppler — pdftotext, Evince, Okular — honours it, tested; a reader
 *   that ignores it falls back to the glyphs' ToUnicode map as before).
 */

/** Devanagari, Vedic extensions, Devanagari Extended, ₹ and the dotted circle prefer the Devanagari face. */
function prefersDeva(cp: number): boolean {
  return (cp >= 0x0900 && cp <= 0x097f) || (cp >= 0x1cd0 && cp <= 0x1cf9) || (cp >= 0xa8e0 && cp <= 0xa8ff) || cp === 0x20b9 || cp === 0x25cc;
}

/** Characters that draw nothing: left out of a run whose face has no glyph for them. */
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cc}]$/u;
const graphemes = new Intl.Segmenter('hi', { granularity: 'grapheme' });

/** A stretch of one word (or of spaces) drawn in one face: `text` is what is drawn, `typed` what it stands for. */
export interface Run {
  face: Face;
  text: string;
  typed: string;
  space: boolean;
}

/** The face a grapheme cluster is drawn in and the text drawn, or null when no face has its visible characters. */
function clusterRun(cluster: string, weight: Weight): Run | null {
  const chars = [...cluster];
  const first: Face = prefersDeva(chars[0]?.codePointAt(0) ?? 0) ? 'deva' : 'latn';
  for (const face of [first, ...FACES.filter((f) => f !== first)]) {
    const has = (ch: string) => hasGlyph(face, weight, ch.codePointAt(0) ?? 0);
    if (chars.every((ch) => has(ch) || INVISIBLE.test(ch))) return { face, text: chars.filter(has).join(''), typed: cluster, space: false };
  }
  return null;
}

/** What is drawn for a cluster that no face has: U+FFFD (the typed text stays in the ActualText). */
function replacement(cluster: string, weight: Weight): Run {
  return { face: 'latn', text: hasGlyph('latn', weight, 0xfffd) ? '\ufffd' : '?', typed: cluster, space: false };
}

/** Cuts text into words and spaces, and each word into runs of one face that has all of its glyphs. */
export function textRuns(text: string, weight: Weight = 'regular'): Run[] {
  const runs: Run[] = [];
  for (const part of text.split(/( +)/)) {
    if (!part) continue;
    const before = runs[runs.length - 1];
    if (part.startsWith(' ')) {
      // Spaces stay in the face of the run before them, as they did when whole lines were one run.
      const face = before && hasGlyph(before.face, weight, 0x20) ? before.face : 'latn';
      runs.push({ face, text: part, typed: part, space: true });
      continue;
    }
    const word: Run[] = [];
    for (const { segment } of graphemes.segment(part)) {
      const run = clusterRun(segment, weight) ?? replacement(segment, weight);
      const last = word[word.length - 1];
      if (last && last.face === run.face) {
        last.text += run.text;
        last.typed += run.typed;
      } else word.push(run);
    }
    // A run of invisible characters alone draws nothing; its typed text joins the run before it.
    for (const run of word) {
      const prev = runs[runs.length - 1];
      if (run.text) runs.push(run);
      else if (prev && !prev.space) prev.typed += run.typed;
    }
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

/** Selects a run's face and returns its character spacing. */
function useFace(doc: Doc, run: Run, style: TextStyle): number {
  doc.font(faceName(run.face, style.weight ?? 'regular')).fontSize(style.size);
  return run.face === 'deva' ? 0 : (style.tracking ?? 0);
}

/** How far a run moves the pen: its width, and its tracking after its last character too. */
function advance(doc: Doc, run: Run, style: TextStyle): number {
  const spacing = useFace(doc, run, style);
  return doc.widthOfString(run.text, { characterSpacing: spacing }) + spacing;
}

function runsWidth(doc: Doc, runs: Run[], style: TextStyle): number {
  let width = 0;
  let trailing = 0;
  for (const run of runs) {
    width += advance(doc, run, style);
    trailing = run.face === 'deva' ? 0 : (style.tracking ?? 0);
  }
  return width - trailing;
}

/** Width of mixed-script text in a style. */
export function widthOf(doc: Doc, text: string, style: TextStyle): number {
  return runsWidth(doc, textRuns(text, style.weight), style);
}

/**
 * Runs `draw` (one pdfkit text call) with its text object inside a marked-content Span whose ActualText is `typed`.
 * The Span goes inside pdfkit's q … Q around the text object (after its flip of the y axis), not around the call:
 * a reader places the ActualText with the graphics state at the Span's end, and outside that q … Q the axis is
 * flipped, so poppler put each word upside down, on a line of its own, in reverse order.
 */
function withActualText(doc: Doc, typed: string, draw: () => void): void {
  const target = doc as unknown as { addContent(data: string): unknown };
  const write = target.addContent;
  target.addContent = function (this: Doc, data: string) {
    if (data === 'BT') doc.markContent('Span', { actual: typed });
    write.call(this, data);
    if (data === 'ET') doc.endMarkedContent();
    return this;
  };
  try {
    draw();
  } finally {
    delete (target as Partial<typeof target>).addContent;
    if (target.addContent !== write) target.addContent = write;
  }
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
  const runs = textRuns(text, style.weight);
  let s = { ...style };
  let width = runsWidth(doc, runs, s);
  while (opts.maxWidth && width > opts.maxWidth && s.size > 6) {
    s = { ...s, size: s.size - 0.5 };
    width = runsWidth(doc, runs, s);
  }
  let cursor = opts.align === 'center' ? x - width / 2 : opts.align === 'right' ? x - width : x;
  const left = cursor;
  doc.fillColor(s.color ?? '#1a1a1a');
  const baseline = y + lineAscent(s.weight ?? 'regular') * s.size;
  for (const run of runs) {
    const spacing = useFace(doc, run, s);
    const draw = () => doc.text(run.text, cursor, baseline, { lineBreak: false, characterSpacing: spacing, baseline: 'alphabetic' });
    if (run.space) draw();
    else withActualText(doc, run.typed, draw);
    cursor += advance(doc, run, s);
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
