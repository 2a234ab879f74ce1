import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Language } from '../../db/column-types';
import { certificateText as T } from './certificates.messages';
import { drawLine, registerFonts, wrapLines, type Box, type Doc, type TextStyle } from './pdf-text';

/** Everything printed on a certificate (the snapshot taken at issue, plus images read from storage). */
export interface CertificateDocument {
  number: string;
  verifyUrl: string;
  kind: 'course' | 'programme';
  /** The language the learner completed in: the title in it comes first. */
  language: Language;
  holderName: { en: string; hi: string | null };
  designation: { en: string; hi: string } | null;
  holderOrg: { en: string; hi: string } | null;
  title: { en: string | null; hi: string | null };
  completedAt: Date;
  learningMinutes: number;
  competencies: { name: string; level: number }[];
  issuer: { en: string; hi: string };
  signatory: { name: { en?: string; hi?: string }; designation: { en?: string; hi?: string } } | null;
  logo: Buffer | null;
  signature: Buffer | null;
  issuedAt: Date;
  /** Draws a SAMPLE mark (template previews). */
  sample?: boolean;
}

/** The rendered PDF and where its main elements were drawn (points from the top-left of the page). */
export interface RenderedCertificate {
  pdf: Buffer;
  boxes: { nameHi: Box | null; nameEn: Box; title: Box; qr: Box };
}

// A4 landscape, in points.
const W = 841.89;
const H = 595.28;
const CX = W / 2;
const NAVY = '#12355b';
const SAFFRON = '#c0561b';
const GOLD = '#b8892b';
const INK = '#1f2a37';
const GREY = '#5b6472';

const fmtDate = (d: Date, lang: Language) =>
  new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Kolkata' }).format(d);
const fmtHours = (minutes: number) => new Intl.NumberFormat('en-IN', { maximumFractionDigits: 1 }).format(Math.round((minutes / 60) * 10) / 10);

function frame(doc: Doc): void {
  doc.rect(0, 0, W, H).fill('#fffdf7');
  doc.lineWidth(3).strokeColor(NAVY).rect(16, 16, W - 32, H - 32).stroke();
  doc.lineWidth(1).strokeColor(GOLD).rect(24, 24, W - 48, H - 48).stroke();
  doc.lineWidth(0.5).strokeColor(GOLD).rect(28, 28, W - 56, H - 56).stroke();
  for (const [x, y] of [[24, 24], [W - 24, 24], [24, H - 24], [W - 24, H - 24]] as const) {
    doc.save().translate(x, y).rotate(45).rect(-6, -6, 12, 12).fill(SAFFRON).restore();
  }
}

function ornament(doc: Doc, y: number, half: number): void {
  doc.lineWidth(0.8).strokeColor(GOLD).moveTo(CX - half, y).lineTo(CX - 10, y).stroke().moveTo(CX + 10, y).lineTo(CX + half, y).stroke();
  doc.save().translate(CX, y).rotate(45).rect(-3.5, -3.5, 7, 7).fill(SAFFRON).restore();
}

/** Draws the QR code as vector squares (crisp at any print size). */
function drawQr(doc: Doc, text: string, x: number, y: number, size: number): Box {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / (n + 2);
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) doc.rect(x + (c + 1) * cell, y + (r + 1) * cell, cell, cell);
  }
  doc.fill('#000000');
  return { x, y, w: size, h: size };
}

function line(doc: Doc, text: string | null | undefined, y: number, style: TextStyle, maxWidth = W - 160): Box | null {
  return text ? drawLine(doc, text, CX, y, style, { align: 'center', maxWidth }) : null;
}

const bi = (key: keyof typeof T) => `${T[key].hi} / ${T[key].en}`;

/** Renders one A4 landscape page: a bilingual certificate with the holder, course, details, QR and signature. */
export async function renderCertificatePdf(c: CertificateDocument): Promise<RenderedCertificate> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    lang: 'hi-IN',
    info: { Title: `${T.heading.en} ${c.number}`, Author: c.issuer.en, Producer: 'Kshamata', Creator: 'Kshamata', CreationDate: c.issuedAt },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  frame(doc);
  let y = 44;
  if (c.logo) {
    doc.image(c.logo, CX - 32, y, { fit: [64, 56], align: 'center', valign: 'center' });
    y += 62;
  } else y += 8;
  line(doc, c.issuer.hi, y, { size: 14, weight: 'bold', color: NAVY });
  line(doc, c.issuer.en, y + 20, { size: 11.5, color: NAVY });
  y += 46;
  line(doc, T.heading.hi, y, { size: 26, weight: 'bold', color: SAFFRON });
  line(doc, T.heading.en.toUpperCase(), y + 38, { size: 14, color: NAVY, tracking: 2.5 });
  y += 64;
  ornament(doc, y, 150);
  y += 12;
  line(doc, `${T.certify.hi} / ${T.certify.en}`, y, { size: 10.5, color: GREY });
  y += 20;
  let nameHi: Box | null = null;
  if (c.holderName.hi) {
    nameHi = line(doc, c.holderName.hi, y, { size: 24, weight: 'bold', color: NAVY });
    y += 36;
  }
  const nameEn = line(doc, c.holderName.en, y, { size: c.holderName.hi ? 17 : 24, weight: c.holderName.hi ? 'regular' : 'bold', color: NAVY }) ?? { x: CX, y, w: 0, h: 0 };
  y += c.holderName.hi ? 26 : 36;
  const role = [c.designation, c.holderOrg].filter((p): p is { en: string; hi: string } => p !== null);
  if (role.length) {
    line(doc, role.map((p) => p.hi || p.en).join(', '), y, { size: 10.5, color: INK });
    line(doc, role.map((p) => p.en).join(', '), y + 15, { size: 10, color: GREY });
    y += 34;
  }
  const completed = c.kind === 'course' ? T.completedCourse : T.completedProgramme;
  line(doc, `${completed.hi} / ${completed.en}`, y, { size: 10.5, color: GREY });
  y += 20;
  const first = c.language === 'hi' ? (c.title.hi ?? c.title.en) : (c.title.en ?? c.title.hi);
  const second = c.language === 'hi' ? c.title.en : c.title.hi;
  const title = line(doc, first ?? '', y, { size: 18, weight: 'bold', color: INK }) ?? { x: CX, y, w: 0, h: 0 };
  y += 27;
  if (second && second !== first) line(doc, second, y, { size: 11, color: GREY });
  y += 26;

  // Details: completion date, learning hours, number.
  const columns = [
    { label: bi('completedOn'), value: `${fmtDate(c.completedAt, 'hi')} / ${fmtDate(c.completedAt, 'en')}` },
    { label: bi('learningHours'), value: fmtHours(c.learningMinutes) },
    { label: bi('number'), value: c.number },
  ];
  const colWidth = 220;
  columns.forEach((col, i) => {
    const x = CX + (i - 1) * (colWidth + 10);
    drawLine(doc, col.label, x, y, { size: 8.5, color: GREY }, { align: 'center', maxWidth: colWidth });
    drawLine(doc, col.value, x, y + 13, { size: 11, weight: 'bold', color: INK }, { align: 'center', maxWidth: colWidth });
  });
  y += 36;
  if (c.competencies.length) {
    const text = `${bi('competencies')}: ${c.competencies.map((k) => `${k.name} (${T.level.hi}/${T.level.en} ${k.level})`).join(' · ')}`;
    const style = { size: 8.5, color: GREY };
    for (const l of wrapLines(doc, text, style, 520).slice(0, 2)) {
      drawLine(doc, l, CX, y, style, { align: 'center' });
      y += 13;
    }
  }

  // Bottom: QR on the left, signature on the right, platform line in the middle.
  const qr = drawQr(doc, c.verifyUrl, 58, H - 150, 84);
  drawLine(doc, T.verify.hi, 150, H - 138, { size: 8.5, color: GREY });
  drawLine(doc, T.verify.en, 150, H - 125, { size: 8.5, color: GREY });
  drawLine(doc, c.verifyUrl, 150, H - 110, { size: 7, color: NAVY }, { maxWidth: 190 });
  const sx = W - 170;
  if (c.signature) doc.image(c.signature, sx - 80, H - 160, { fit: [160, 48], align: 'center', valign: 'bottom' });
  doc.lineWidth(0.6).strokeColor(INK).moveTo(sx - 90, H - 108).lineTo(sx + 90, H - 108).stroke();
  const s = c.signatory;
  const signLines = [
    [s?.name.hi, { size: 10, weight: 'bold' as const, color: INK }],
    [s?.name.en, { size: 9.5, weight: 'bold' as const, color: INK }],
    [[s?.designation.hi, s?.designation.en].filter(Boolean).join(' / ') || null, { size: 8.5, color: GREY }],
    [c.issuer.hi, { size: 8.5, color: GREY }],
  ] as const;
  let sy = H - 102;
  for (const [text, style] of signLines) {
    if (!text) continue;
    drawLine(doc, text, sx, sy, style, { align: 'center', maxWidth: 220 });
    sy += style.size + 4;
  }
  line(doc, `${T.platform.hi} · ${T.platform.en}`, H - 50, { size: 7.5, color: GREY }, 300);
  line(doc, `${T.issuedBy.hi} / ${T.issuedBy.en}: ${c.issuer.en} · ${fmtDate(c.issuedAt, 'en')}`, H - 40, { size: 7, color: GREY }, 300);
  if (c.sample) {
    doc.save().rotate(-24, { origin: [CX, H / 2] }).fillOpacity(0.08);
    drawLine(doc, `${T.sample.en} · ${T.sample.hi}`, CX, H / 2 - 40, { size: 90, weight: 'bold', color: SAFFRON }, { align: 'center' });
    doc.restore();
  }
  doc.end();
  return { pdf: await done, boxes: { nameHi, nameEn, title, qr } };
}
