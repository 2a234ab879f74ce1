/**
 * Generates the demo course assets in ../assets/: bilingual PDF handouts and one short MP4.
 *
 *   cd server && npx tsx src/demo/courses/generate-assets.ts
 *
 * PDFs are drawn with pdfkit. Noto Sans Devanagari (npm @fontsource/noto-sans-devanagari, OFL-1.1) ships
 * the Devanagari and Latin glyphs as separate subset files, so text is split into script runs and each run
 * is drawn in the matching face; fontkit (inside pdfkit) applies the Indic shaping for conjuncts and matras.
 * The video slides are drawn the same way into a 640×360 pt PDF, rasterised with pdftoppm (poppler-utils)
 * and joined with ffmpeg (H.264 + AAC with a quiet sine tone). The committed output is what the seeder uses;
 * pdftoppm and ffmpeg are needed only to regenerate the video.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import type { Bi } from './types';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ASSETS_DIR = path.join(here, '..', 'assets');
const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('@fontsource/noto-sans-devanagari/package.json')), 'files');
const font = (subset: 'devanagari' | 'latin', weight: 400 | 700) =>
  path.join(fontDir, `noto-sans-devanagari-${subset}-${weight}-normal.woff`);

type Lang = 'en' | 'hi';
type Doc = InstanceType<typeof PDFDocument>;

function registerFonts(doc: Doc) {
  doc.registerFont('deva', font('devanagari', 400));
  doc.registerFont('deva-bold', font('devanagari', 700));
  doc.registerFont('latn', font('latin', 400));
  doc.registerFont('latn-bold', font('latin', 700));
}

/** Devanagari block, Vedic extensions, Devanagari Extended, ZWNJ/ZWJ, ₹ and the dotted circle go to the Devanagari face. */
const isDeva = (cp: number) =>
  (cp >= 0x0900 && cp <= 0x097f) || (cp >= 0x1cd0 && cp <= 0x1cf9) || (cp >= 0xa8e0 && cp <= 0xa8ff) ||
  cp === 0x200c || cp === 0x200d || cp === 0x20b9 || cp === 0x25cc;
/** Characters present in both faces (space) stay in the run they are in. */
const isNeutral = (ch: string) => ch === ' ';

/** Splits text into runs of one script so each run can be drawn with a face that has its glyphs. */
export function scriptRuns(text: string): { deva: boolean; text: string }[] {
  const runs: { deva: boolean; text: string }[] = [];
  for (const ch of text) {
    const last = runs[runs.length - 1];
    const deva = isDeva(ch.codePointAt(0)!);
    if (last && (isNeutral(ch) || last.deva === deva)) last.text += ch;
    else runs.push({ deva, text: ch });
  }
  return runs;
}

/** Writes mixed-script text as one paragraph (runs joined with `continued`). */
function write(doc: Doc, text: string, opts: { size: number; bold?: boolean; color?: string; align?: 'left' | 'center'; indent?: number; width?: number; x?: number; y?: number }) {
  const runs = scriptRuns(text);
  doc.fontSize(opts.size).fillColor(opts.color ?? '#1a1a1a');
  runs.forEach((r, i) => {
    doc.font(`${r.deva ? 'deva' : 'latn'}${opts.bold ? '-bold' : ''}`);
    const o = { continued: i < runs.length - 1, align: opts.align ?? 'left', indent: opts.indent, width: opts.width, lineGap: 2 };
    if (i === 0 && opts.x !== undefined) doc.text(r.text, opts.x, opts.y, o);
    else doc.text(r.text, o);
  });
}

/** Draws single lines centred on the page, measuring each script run (pdfkit's `continued` does not centre mixed runs). */
function writeCentered(doc: Doc, text: string, opts: { size: number; bold?: boolean; color: string; y: number; pageWidth: number }) {
  let y = opts.y;
  for (const line of text.split('\n')) {
    const runs = scriptRuns(line).map((r) => {
      doc.font(`${r.deva ? 'deva' : 'latn'}${opts.bold ? '-bold' : ''}`).fontSize(opts.size);
      return { ...r, width: doc.widthOfString(r.text) };
    });
    let x = (opts.pageWidth - runs.reduce((a, r) => a + r.width, 0)) / 2;
    doc.fillColor(opts.color);
    for (const r of runs) {
      doc.font(`${r.deva ? 'deva' : 'latn'}${opts.bold ? '-bold' : ''}`).fontSize(opts.size).text(r.text, x, y, { lineBreak: false });
      x += r.width;
    }
    y += opts.size * 1.45;
  }
  return y;
}

interface Handout {
  file: string; // base name; -en.pdf / -hi.pdf are appended
  title: Bi;
  subtitle: Bi;
  sections: { heading: Bi; bullets: Bi[] }[];
  source: Bi;
}

function handoutPdf(h: Handout, lang: Lang): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: h.title[lang], Author: 'Kshamata demo content', Producer: 'pdfkit', CreationDate: new Date('2025-06-01T00:00:00Z') }, lang: lang === 'hi' ? 'hi-IN' : 'en-IN' });
  registerFonts(doc);
  const out = fs.createWriteStream(path.join(ASSETS_DIR, `${h.file}-${lang}.pdf`));
  doc.pipe(out);
  const w = doc.page.width - 112;
  doc.rect(0, 0, doc.page.width, 8).fill('#b3541e');
  doc.y = 56;
  write(doc, h.title[lang], { size: 20, bold: true, color: '#0b3d62' });
  doc.moveDown(0.2);
  write(doc, h.subtitle[lang], { size: 11, color: '#555555' });
  doc.moveDown(0.8);
  for (const s of h.sections) {
    write(doc, s.heading[lang], { size: 13.5, bold: true, color: '#b3541e' });
    doc.moveDown(0.25);
    for (const b of s.bullets) {
      const y = doc.y;
      doc.font('latn').fontSize(11).fillColor('#1a1a1a').text('•', 60, y, { lineBreak: false });
      write(doc, b[lang], { size: 11, x: 74, y, width: w - 18 });
      doc.moveDown(0.25);
    }
    doc.x = 56;
    doc.moveDown(0.6);
  }
  doc.moveDown(0.4);
  write(doc, h.source[lang], { size: 8.5, color: '#666666', x: 56, y: doc.y, width: w });
  doc.end();
  return new Promise((resolve, reject) => { out.on('finish', () => resolve()); out.on('error', reject); });
}

const HANDOUTS: Handout[] = [
  {
    file: 'rti-quick-reference',
    title: { en: 'RTI Act 2005 — quick reference for public authorities', hi: 'सूचना का अधिकार अधिनियम 2005 — लोक प्राधिकरणों के लिए त्वरित संदर्भ' },
    subtitle: { en: 'Kshamata course RTI-2005 · handout for Public Information Officers', hi: 'क्षमता पाठ्यक्रम RTI-2005 · लोक सूचना अधिकारियों के लिए पुस्तिका' },
    sections: [
      { heading: { en: 'Time limits', hi: 'समय-सीमाएँ' }, bullets: [
        { en: 'Reply to a request within 30 days of receipt (Section 7(1)).', hi: 'आवेदन प्राप्त होने के 30 दिन के भीतर उत्तर दें (धारा 7(1))।' },
        { en: 'Information concerning the life or liberty of a person: within 48 hours.', hi: 'किसी व्यक्ति के जीवन या स्वतंत्रता से जुड़ी सूचना: 48 घंटे के भीतर।' },
        { en: 'Request received through an Assistant PIO: 5 days are added (35 days).', hi: 'सहायक लोक सूचना अधिकारी के माध्यम से आवेदन: 5 दिन जोड़े जाते हैं (35 दिन)।' },
        { en: 'Transfer to another public authority under Section 6(3) within 5 days.', hi: 'धारा 6(3) के अंतर्गत दूसरे लोक प्राधिकरण को अंतरण 5 दिन के भीतर।' },
        { en: 'First appeal: within 30 days of the PIO’s decision (or of the deadline passing).', hi: 'प्रथम अपील: लोक सूचना अधिकारी के निर्णय (या समय-सीमा बीतने) के 30 दिन के भीतर।' },
        { en: 'Second appeal to the Information Commission: within 90 days.', hi: 'सूचना आयोग में द्वितीय अपील: 90 दिन के भीतर।' },
      ] },
      { heading: { en: 'Fees', hi: 'शुल्क' }, bullets: [
        { en: 'Application fee ₹10 (Central rules); no fee for Below Poverty Line applicants.', hi: 'आवेदन शुल्क ₹10 (केंद्रीय नियम); गरीबी रेखा से नीचे के आवेदकों से कोई शुल्क नहीं।' },
        { en: 'Copies: ₹2 per A4 page. If the reply is late, the information is given free of charge.', hi: 'प्रतियाँ: ₹2 प्रति A4 पृष्ठ। उत्तर में देरी होने पर सूचना निःशुल्क दी जाती है।' },
      ] },
      { heading: { en: 'Good practice for the PIO', hi: 'लोक सूचना अधिकारी के लिए अच्छे व्यवहार' }, bullets: [
        { en: 'Register every request on the day it arrives; note the date for the 30-day clock.', hi: 'हर आवेदन को उसी दिन पंजीकृत करें; 30 दिन की गणना के लिए तिथि दर्ज करें।' },
        { en: 'Give reasons, the section relied on, and the first appellate authority’s details in any refusal.', hi: 'अस्वीकृति में कारण, संबंधित धारा और प्रथम अपीलीय अधिकारी का विवरण अवश्य दें।' },
        { en: 'Publish suo motu disclosures under Section 4 to reduce requests.', hi: 'धारा 4 के अंतर्गत स्वतः प्रकटीकरण प्रकाशित करें ताकि आवेदन कम हों।' },
      ] },
    ],
    source: { en: 'Source: Right to Information Act, 2005 and RTI Rules, 2012 (rti.gov.in). Summary for training; the Act prevails.', hi: 'स्रोत: सूचना का अधिकार अधिनियम, 2005 एवं आरटीआई नियम, 2012 (rti.gov.in)। यह प्रशिक्षण हेतु सारांश है; अधिनियम ही मान्य है।' },
  },
  {
    file: 'posh-quick-guide',
    title: { en: 'POSH Act 2013 — quick guide', hi: 'पॉश अधिनियम 2013 — त्वरित मार्गदर्शिका' },
    subtitle: { en: 'Sexual Harassment of Women at Workplace (Prevention, Prohibition and Redressal) Act, 2013', hi: 'कार्यस्थल पर महिलाओं का लैंगिक उत्पीड़न (निवारण, प्रतिषेध और प्रतितोष) अधिनियम, 2013' },
    sections: [
      { heading: { en: 'Committees', hi: 'समितियाँ' }, bullets: [
        { en: 'Every workplace with 10 or more employees must constitute an Internal Committee (IC).', hi: '10 या अधिक कर्मचारियों वाले प्रत्येक कार्यस्थल पर आंतरिक समिति (IC) का गठन अनिवार्य है।' },
        { en: 'IC: a senior woman as Presiding Officer, at least two employees, one external member from an NGO; at least half women.', hi: 'आंतरिक समिति: वरिष्ठ महिला पीठासीन अधिकारी, कम से कम दो कर्मचारी, एक बाहरी सदस्य (गैर-सरकारी संगठन से); कम से कम आधी सदस्य महिलाएँ।' },
        { en: 'The District Officer constitutes a Local Committee for smaller workplaces and complaints against the employer.', hi: 'छोटे कार्यस्थलों और नियोक्ता के विरुद्ध शिकायतों के लिए ज़िला अधिकारी स्थानीय समिति का गठन करता है।' },
      ] },
      { heading: { en: 'Time limits', hi: 'समय-सीमाएँ' }, bullets: [
        { en: 'Complaint in writing within 3 months of the incident (extendable by a further 3 months for sufficient reasons).', hi: 'घटना के 3 महीने के भीतर लिखित शिकायत (पर्याप्त कारण होने पर 3 महीने और बढ़ाए जा सकते हैं)।' },
        { en: 'Inquiry to be completed within 90 days.', hi: 'जाँच 90 दिन के भीतर पूरी की जानी चाहिए।' },
        { en: 'Inquiry report to the employer within 10 days of completion; employer acts within 60 days.', hi: 'जाँच पूरी होने के 10 दिन के भीतर नियोक्ता को रिपोर्ट; नियोक्ता 60 दिन के भीतर कार्रवाई करे।' },
      ] },
      { heading: { en: 'Duties of every office', hi: 'प्रत्येक कार्यालय के कर्तव्य' }, bullets: [
        { en: 'Display the IC members’ names and the penal consequences of sexual harassment.', hi: 'आंतरिक समिति के सदस्यों के नाम और लैंगिक उत्पीड़न के दंडात्मक परिणाम प्रदर्शित करें।' },
        { en: 'Hold awareness and orientation programmes; keep the identity of the parties confidential (Section 16).', hi: 'जागरूकता और अभिमुखीकरण कार्यक्रम आयोजित करें; पक्षकारों की पहचान गोपनीय रखें (धारा 16)।' },
        { en: 'Complaints can also be filed on the SHe-Box portal (shebox.wcd.gov.in).', hi: 'शिकायत शी-बॉक्स पोर्टल (shebox.wcd.gov.in) पर भी दर्ज की जा सकती है।' },
      ] },
    ],
    source: { en: 'Source: The POSH Act, 2013 and Rules, 2013 (Ministry of Women and Child Development). Summary for training.', hi: 'स्रोत: पॉश अधिनियम, 2013 एवं नियम, 2013 (महिला एवं बाल विकास मंत्रालय)। यह प्रशिक्षण हेतु सारांश है।' },
  },
  {
    file: 'gem-buying-checklist',
    title: { en: 'Buying on GeM — a checklist for buyers', hi: 'जेम पर ख़रीद — क्रेताओं के लिए जाँच-सूची' },
    subtitle: { en: 'Government e-Marketplace (gem.gov.in) · GFR 2017 Rule 149', hi: 'गवर्नमेंट ई-मार्केटप्लेस (gem.gov.in) · सामान्य वित्तीय नियम 2017 का नियम 149' },
    sections: [
      { heading: { en: 'Before you buy', hi: 'ख़रीद से पहले' }, bullets: [
        { en: 'Check availability on GeM: goods and services available there must be procured through GeM (GFR Rule 149).', hi: 'जेम पर उपलब्धता जाँचें: जो वस्तुएँ और सेवाएँ जेम पर उपलब्ध हैं, उनकी ख़रीद जेम से ही करनी है (जीएफ़आर नियम 149)।' },
        { en: 'Obtain administrative and financial approval; the buyer and the paying authority must be different officers.', hi: 'प्रशासनिक और वित्तीय स्वीकृति लें; क्रेता और भुगतान प्राधिकारी अलग-अलग अधिकारी होने चाहिए।' },
        { en: 'Write a generic specification; do not name a brand unless justified.', hi: 'सामान्य विनिर्देश लिखें; बिना औचित्य किसी ब्रांड का नाम न लिखें।' },
      ] },
      { heading: { en: 'Choosing the mode (GFR 2017 as notified)', hi: 'ख़रीद का तरीक़ा चुनना (जीएफ़आर 2017 में अधिसूचित)' }, bullets: [
        { en: 'Up to ₹25,000: direct purchase from any seller meeting quality, specification and delivery period.', hi: '₹25,000 तक: गुणवत्ता, विनिर्देश और आपूर्ति अवधि पूरी करने वाले किसी भी विक्रेता से सीधी ख़रीद।' },
        { en: '₹25,000 to ₹5 lakh: from the seller with the lowest price among at least three sellers/manufacturers.', hi: '₹25,000 से ₹5 लाख तक: कम से कम तीन विक्रेताओं/निर्माताओं में सबसे कम कीमत वाले विक्रेता से।' },
        { en: 'Above ₹5 lakh: bid or reverse auction on GeM.', hi: '₹5 लाख से अधिक: जेम पर बोली (बिड) या रिवर्स ऑक्शन।' },
      ] },
      { heading: { en: 'After the order', hi: 'ऑर्डर के बाद' }, bullets: [
        { en: 'Issue the Consignee Receipt and Acceptance Certificate (CRAC) on time after inspection.', hi: 'निरीक्षण के बाद समय पर प्राप्ति एवं स्वीकृति प्रमाणपत्र (CRAC) जारी करें।' },
        { en: 'Pay within the time GeM allows; delays are visible on the dashboard.', hi: 'जेम द्वारा निर्धारित समय में भुगतान करें; देरी डैशबोर्ड पर दिखाई देती है।' },
        { en: 'Rate the seller and raise incidents for poor supply.', hi: 'विक्रेता को रेटिंग दें और ख़राब आपूर्ति पर शिकायत (इंसिडेंट) दर्ज करें।' },
      ] },
    ],
    source: { en: 'Source: General Financial Rules 2017 (Rule 149) and GeM terms (gem.gov.in). Thresholds change: check the current rules.', hi: 'स्रोत: सामान्य वित्तीय नियम 2017 (नियम 149) और जेम की शर्तें (gem.gov.in)। सीमाएँ बदलती रहती हैं: वर्तमान नियम देखें।' },
  },
  {
    file: 'heatwave-lightning-dos-donts',
    title: { en: 'Heatwave and lightning — do’s and don’ts', hi: 'लू और आकाशीय बिजली — क्या करें, क्या न करें' },
    subtitle: { en: 'For district control rooms and field staff · based on NDMA guidelines', hi: 'ज़िला नियंत्रण कक्ष और क्षेत्रीय कर्मचारियों के लिए · एनडीएमए दिशानिर्देशों पर आधारित' },
    sections: [
      { heading: { en: 'Heatwave', hi: 'लू (हीटवेव)' }, bullets: [
        { en: 'Drink water often even if not thirsty; use ORS, lassi, lemon water, buttermilk.', hi: 'प्यास न लगे तब भी बार-बार पानी पिएँ; ओआरएस, लस्सी, नींबू पानी, छाछ लें।' },
        { en: 'Avoid going out in the sun, especially between 12 noon and 3 pm.', hi: 'धूप में निकलने से बचें, विशेषकर दोपहर 12 बजे से 3 बजे तक।' },
        { en: 'Shift outdoor work, markets and school hours to cooler times; open cooling shelters and water points.', hi: 'बाहरी काम, बाज़ार और स्कूल का समय ठंडे समय में करें; शीतलन आश्रय और प्याऊ खोलें।' },
        { en: 'Heat stroke is an emergency: move the person to shade, cool the body, call 108.', hi: 'लू लगना आपातकाल है: व्यक्ति को छाया में ले जाएँ, शरीर को ठंडा करें, 108 पर कॉल करें।' },
      ] },
      { heading: { en: 'Lightning', hi: 'आकाशीय बिजली' }, bullets: [
        { en: 'When thunder roars, go indoors. Stay inside until 30 minutes after the last thunder.', hi: 'बादल गरजें तो घर के अंदर जाएँ। आख़िरी गरज के 30 मिनट बाद तक अंदर रहें।' },
        { en: 'Do not shelter under isolated trees; keep away from poles, wires and water bodies.', hi: 'अकेले पेड़ के नीचे शरण न लें; खंभों, तारों और जलाशयों से दूर रहें।' },
        { en: 'Caught in the open: crouch low on the balls of the feet, feet together, head down.', hi: 'खुले में फँसें तो पंजों के बल नीचे बैठ जाएँ, पैर सटाकर, सिर झुकाकर।' },
        { en: 'Use the Damini app (IITM Pune) and Sachet alerts to warn villages in advance.', hi: 'गाँवों को पहले से सचेत करने के लिए दामिनी ऐप (आईआईटीएम पुणे) और सचेत अलर्ट का उपयोग करें।' },
      ] },
      { heading: { en: 'District control room', hi: 'ज़िला नियंत्रण कक्ष' }, bullets: [
        { en: 'Activate the Heat Action Plan when IMD issues an orange or red alert.', hi: 'आईएमडी द्वारा नारंगी या लाल चेतावनी जारी होने पर हीट एक्शन प्लान सक्रिय करें।' },
        { en: 'Keep the 1077 helpline staffed; report deaths and injuries daily to the state.', hi: '1077 हेल्पलाइन पर कर्मचारी तैनात रखें; मृत्यु और घायलों की दैनिक रिपोर्ट राज्य को भेजें।' },
      ] },
    ],
    source: { en: 'Source: NDMA guidelines on heat waves and on lightning (ndma.gov.in); IMD. Summary for training.', hi: 'स्रोत: लू एवं आकाशीय बिजली पर एनडीएमए दिशानिर्देश (ndma.gov.in); भारत मौसम विज्ञान विभाग। यह प्रशिक्षण हेतु सारांश है।' },
  },
  {
    file: 'y-break-protocol',
    title: { en: 'Y-Break — the 5-minute yoga protocol at your desk', hi: 'वाई-ब्रेक — अपनी कुर्सी के पास 5 मिनट का योग प्रोटोकॉल' },
    subtitle: { en: 'Ministry of AYUSH, Government of India', hi: 'आयुष मंत्रालय, भारत सरकार' },
    sections: [
      { heading: { en: 'Sequence (about 5 minutes)', hi: 'क्रम (लगभग 5 मिनट)' }, bullets: [
        { en: 'Tadasana with Urdhva-hastottanasana and Skandha-chakra (shoulder rotation).', hi: 'ताड़ासन के साथ ऊर्ध्व-हस्तोत्तानासन और स्कंध-चक्र (कंधों का घुमाव)।' },
        { en: 'Uttana-mandukasana and Kati-chakrasana (waist rotation).', hi: 'उत्तान-मंडूकासन और कटि-चक्रासन (कमर का घुमाव)।' },
        { en: 'Ardha-chakrasana (half-wheel) and Prasarita-padottanasana.', hi: 'अर्धचक्रासन और प्रसारित-पादोत्तानासन।' },
        { en: 'Nadishodhana pranayama (alternate-nostril breathing).', hi: 'नाड़ीशोधन प्राणायाम (अनुलोम-विलोम श्वास)।' },
        { en: 'Bhramari pranayama, then a short dhyana (meditation).', hi: 'भ्रामरी प्राणायाम, फिर थोड़ी देर ध्यान।' },
      ] },
      { heading: { en: 'Safety', hi: 'सावधानियाँ' }, bullets: [
        { en: 'Move slowly, breathe normally, stop if anything hurts.', hi: 'धीरे-धीरे करें, सामान्य श्वास लें, दर्द हो तो रुक जाएँ।' },
        { en: 'Skip forward bends if you have high blood pressure, back or neck problems, or are pregnant — ask a doctor.', hi: 'उच्च रक्तचाप, पीठ या गर्दन की समस्या या गर्भावस्था में आगे झुकने वाले आसन न करें — चिकित्सक से पूछें।' },
      ] },
    ],
    source: { en: 'Source: Y-Break protocol and app, Ministry of AYUSH (yoga.ayush.gov.in). Summary for training.', hi: 'स्रोत: वाई-ब्रेक प्रोटोकॉल एवं ऐप, आयुष मंत्रालय (yoga.ayush.gov.in)। यह प्रशिक्षण हेतु सारांश है।' },
  },
];

/** Slides for the shared short video: heat, health and the 5-minute Y-Break. */
const SLIDES: { en: string; hi: string; title?: boolean }[] = [
  { en: 'Heat, health and\na 5-minute Y-Break', hi: 'गर्मी, स्वास्थ्य और\n5 मिनट का वाई-ब्रेक', title: true },
  { en: 'Drink water often,\neven if you are not thirsty', hi: 'प्यास न लगे तब भी\nबार-बार पानी पिएँ' },
  { en: 'Avoid the sun\nbetween 12 noon and 3 pm', hi: 'दोपहर 12 से 3 बजे तक\nधूप से बचें' },
  { en: 'Every hour: stand up,\nstretch, breathe slowly', hi: 'हर घंटे: उठें, शरीर को खींचें,\nधीरे-धीरे श्वास लें' },
  { en: 'Y-Break: 5 minutes of yoga at work\nMinistry of AYUSH', hi: 'वाई-ब्रेक: कार्यस्थल पर 5 मिनट योग\nआयुष मंत्रालय' },
];
export const VIDEO_FILE = 'heat-health-y-break.mp4';
const SECONDS_PER_SLIDE = 4;

async function slidesPdf(file: string) {
  const doc = new PDFDocument({ size: [640, 360], margin: 0, autoFirstPage: false });
  registerFonts(doc);
  const out = fs.createWriteStream(file);
  doc.pipe(out);
  SLIDES.forEach((s, i) => {
    doc.addPage();
    doc.rect(0, 0, 640, 360).fill(s.title ? '#0b3d62' : '#fdf6ec');
    doc.rect(0, 340, 640, 20).fill('#b3541e');
    const color = s.title ? '#ffffff' : '#0b3d62';
    const enLines = s.en.split('\n').length, hiLines = s.hi.split('\n').length;
    const enSize = s.title ? 30 : 26, hiSize = s.title ? 28 : 24;
    const height = enLines * enSize * 1.45 + 18 + hiLines * hiSize * 1.45;
    let y = (340 - height) / 2;
    y = writeCentered(doc, s.en, { size: enSize, bold: true, color, y, pageWidth: 640 });
    writeCentered(doc, s.hi, { size: hiSize, color: s.title ? '#ffd9a8' : '#b3541e', y: y + 18, pageWidth: 640 });
    writeCentered(doc, `Kshamata · क्षमता   ${i + 1}/${SLIDES.length}`, { size: 11, color: '#ffffff', y: 343, pageWidth: 640 });
  });
  doc.end();
  await new Promise<void>((resolve, reject) => { out.on('finish', () => resolve()); out.on('error', reject); });
}

async function video() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ksh-video-'));
  const pdf = path.join(tmp, 'slides.pdf');
  await slidesPdf(pdf);
  // 72 dpi on a 640×360 pt page gives 640×360 px.
  execFileSync('pdftoppm', ['-png', '-r', '72', pdf, path.join(tmp, 'slide')]);
  const pngs = fs.readdirSync(tmp).filter((f) => f.endsWith('.png')).sort();
  const list = pngs.map((f) => `file '${path.join(tmp, f)}'\nduration ${SECONDS_PER_SLIDE}`).join('\n') + `\nfile '${path.join(tmp, pngs[pngs.length - 1]!)}'\n`;
  fs.writeFileSync(path.join(tmp, 'list.txt'), list);
  const total = SECONDS_PER_SLIDE * pngs.length;
  execFileSync('ffmpeg', [
    '-y', '-loglevel', 'error',
    '-f', 'concat', '-safe', '0', '-i', path.join(tmp, 'list.txt'),
    '-f', 'lavfi', '-i', `sine=frequency=220:sample_rate=44100:duration=${total}`,
    '-filter:a', 'volume=0.05,afade=t=in:d=1,afade=t=out:st=' + (total - 1.5) + ':d=1.5',
    '-vf', 'scale=640:360,format=yuv420p,fps=25',
    '-c:v', 'libx264', '-profile:v', 'main', '-preset', 'slow', '-crf', '28', '-tune', 'stillimage',
    '-c:a', 'aac', '-b:a', '48k', '-ac', '1',
    '-t', String(total), '-movflags', '+faststart', '-map_metadata', '-1',
    path.join(ASSETS_DIR, VIDEO_FILE),
  ]);
  fs.rmSync(tmp, { recursive: true, force: true });
}

async function main() {
  fs.mkdirSync(ASSETS_DIR, { recursive: true });
  for (const h of HANDOUTS) for (const lang of ['en', 'hi'] as const) await handoutPdf(h, lang);
  if (!process.argv.includes('--no-video')) await video();
  for (const f of fs.readdirSync(ASSETS_DIR).sort()) console.log(`${f}\t${fs.statSync(path.join(ASSETS_DIR, f)).size}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
