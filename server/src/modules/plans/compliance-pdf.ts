import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Language } from '../../db/column-types';
import { format } from '../../platform/i18n';
import { drawLine, registerFonts, wrapLines, type Doc, type TextStyle } from '../certificates';
import type { ComplianceStatement } from './compliance.service';
import { statusLabels } from './plans.messages';
import { outcomeLabels, statementTexts as T } from './plans.texts';

/* The compliance statement as a bilingual A4 PDF, with the mixed-script text helpers of the certificates module. */

const W = 595.28;
const H = 841.89;
const M = 42;
const NAVY = '#12355b';
const SAFFRON = '#c0561b';
const INK = '#1f2a37';
const GREY = '#5b6472';
const LINE = '#c9ced6';

const bi = (m: { en: string; hi: string }) => `${m.hi} / ${m.en}`;
const fmtDate = (iso: string | null, lang: Language) =>
  iso ? new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Asia/Kolkata' }).format(new Date(iso)) : '—';
const fmtDay = (date: string) => fmtDate(`${date}T12:00:00+05:30`, 'en');

/** Draws a QR code as vector squares (as the certificates do; their helper is private to their renderer). */
function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / (n + 2);
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) doc.rect(x + (c + 1) * cell, y + (r + 1) * cell, cell, cell);
  doc.fill('#000000');
}

/** Renders the statement; `verifyUrl` and `number` go under the QR code. */
export async function renderStatementPdf(s: ComplianceStatement, number: string, verifyUrl: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, lang: 'hi-IN', info: { Title: `${T.heading.en} ${number}`, Producer: 'Kshamata', Creator: 'Kshamata' } });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  let y = M;
  const newPageIfBelow = (limit: number) => {
    if (y > H - limit) {
      doc.addPage({ size: 'A4', margin: 0 });
      y = M;
    }
  };
  const text = (t: string, x: number, style: TextStyle, maxWidth: number) => {
    const lines = wrapLines(doc, t, style, maxWidth);
    lines.forEach((l, i) => drawLine(doc, l, x, y + i * style.size * 1.35, style));
    return lines.length * style.size * 1.35;
  };

  drawLine(doc, T.heading.hi, W / 2, y, { size: 20, weight: 'bold', color: SAFFRON }, { align: 'center' });
  drawLine(doc, T.heading.en.toUpperCase(), W / 2, y + 30, { size: 12, color: NAVY, tracking: 1.5 }, { align: 'center' });
  y += 54;
  drawLine(doc, `${bi(T.year)}: ${s.year.label} (${fmtDay(s.year.from)} – ${fmtDay(s.year.to)})`, W / 2, y, { size: 10, color: GREY }, { align: 'center' });
  y += 24;
  doc.lineWidth(0.8).strokeColor(NAVY).moveTo(M, y).lineTo(W - M, y).stroke();
  y += 10;

  const e = s.employee;
  const facts: [string, string][] = [
    [bi(T.employee), e.nameHi ? `${e.nameHi} / ${e.name}` : e.name],
    [bi(T.employeeId), e.employeeId],
    [bi(T.designation), e.designation ? bi(e.designation) : '—'],
    [bi(T.org), `${e.org.hi} / ${e.org.en}`],
    [bi(T.overall), bi(outcomeLabels[s.overall])],
  ];
  for (const [label, value] of facts) {
    drawLine(doc, label, M, y, { size: 8.5, color: GREY });
    y += text(value, M + 170, { size: 10, weight: 'bold', color: INK }, W - 2 * M - 170) + 4;
  }
  y += 8;
  if (s.plans.length === 0) {
    y += text(bi(T.none), M, { size: 10, color: INK }, W - 2 * M);
  }
  const cols = { req: M, due: M + 262, done: M + 332, status: M + 402 };
  for (const plan of s.plans) {
    newPageIfBelow(200);
    doc.rect(M, y, W - 2 * M, 0.01).fill(LINE);
    y += 8;
    y += text(`${plan.name.hi} / ${plan.name.en}`, M, { size: 11.5, weight: 'bold', color: NAVY }, W - 2 * M);
    drawLine(doc, bi(outcomeLabels[plan.outcome]), M, y + 2, { size: 9, weight: 'bold', color: plan.outcome === 'non_compliant' ? SAFFRON : INK });
    y += 18;
    const head: TextStyle = { size: 7.5, color: GREY };
    drawLine(doc, bi(T.required), cols.req, y, head);
    drawLine(doc, bi(T.due), cols.due, y, head, { maxWidth: 68 });
    drawLine(doc, bi(T.completed), cols.done, y, head, { maxWidth: 68 });
    drawLine(doc, bi(T.status), cols.status, y, head, { maxWidth: W - M - cols.status });
    y += 13;
    for (const r of plan.requirements) {
      for (const c of r.cycles) {
        newPageIfBelow(160);
        const top = y;
        const h1 = text(r.title.en, cols.req, { size: 8.5, color: INK }, 255);
        y += h1;
        const h2 = text(r.title.hi, cols.req, { size: 8.5, color: GREY }, 255);
        y = top;
        drawLine(doc, fmtDay(c.dueDate), cols.due, y, { size: 8.5, color: INK }, { maxWidth: 68 });
        drawLine(doc, fmtDate(c.completedAt, 'en'), cols.done, y, { size: 8.5, color: INK }, { maxWidth: 68 });
        const label = statusLabels[c.status];
        drawLine(doc, label.en, cols.status, y, { size: 8.5, weight: 'bold', color: c.status === 'overdue' ? SAFFRON : INK }, { maxWidth: W - M - cols.status });
        drawLine(doc, label.hi, cols.status, y + 12, { size: 8.5, color: GREY }, { maxWidth: W - M - cols.status });
        y = top + Math.max(h1 + h2, 26) + 6;
      }
    }
    for (const x of plan.exceptions) {
      newPageIfBelow(140);
      const msg = x.kind === 'exemption' ? T.exempted : T.extended;
      const params = { name: x.approvedBy, reason: x.reason, date: x.extendedToDate ? fmtDay(x.extendedToDate) : '' };
      y += text(`${format(msg.hi, params)} / ${format(msg.en, params)}`, M, { size: 8, color: GREY }, W - 2 * M) + 2;
    }
    y += 6;
  }

  // The QR code and number at the foot of the last page.
  if (y > H - 150) {
    doc.addPage({ size: 'A4', margin: 0 });
    y = M;
  }
  const qy = H - 130;
  drawQr(doc, verifyUrl, M, qy, 80);
  drawLine(doc, T.verify.hi, M + 92, qy + 6, { size: 8, color: GREY });
  drawLine(doc, T.verify.en, M + 92, qy + 18, { size: 8, color: GREY });
  drawLine(doc, verifyUrl, M + 92, qy + 32, { size: 7.5, color: NAVY }, { maxWidth: W - 2 * M - 92 });
  drawLine(doc, `${bi(T.number)}: ${number}`, M + 92, qy + 50, { size: 8.5, weight: 'bold', color: INK });
  drawLine(doc, `${bi(T.generated)}: ${fmtDate(s.generatedAt, 'hi')} / ${fmtDate(s.generatedAt, 'en')}`, M + 92, qy + 64, { size: 8, color: GREY });
  drawLine(doc, `${T.platform.hi} · ${T.platform.en}`, W / 2, H - 30, { size: 7, color: GREY }, { align: 'center', maxWidth: W - 2 * M });
  doc.end();
  return done;
}
