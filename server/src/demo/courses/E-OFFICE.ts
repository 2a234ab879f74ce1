import type { DemoCourse } from './types';

export const E_OFFICE: DemoCourse = {
  code: 'E-OFFICE',
  provider: 'DOPT',
  title: { en: 'e-Office and e-Governance Basics', hi: 'ई-ऑफ़िस और ई-गवर्नेंस की मूल बातें' },
  summary: {
    en: 'Working with electronic files in e-Office — receipts, notes, drafts, digital signatures — and the national e-governance platforms citizens use.',
    hi: 'ई-ऑफ़िस में इलेक्ट्रॉनिक फ़ाइलों पर काम — डाक (रसीद), नोटिंग, मसौदे, डिजिटल हस्ताक्षर — और नागरिकों द्वारा उपयोग किए जाने वाले राष्ट्रीय ई-गवर्नेंस प्लेटफ़ॉर्म।',
  },
  description: {
    en: 'Government offices across India are moving from paper files to e-Office, the NIC product for paperless working. This course explains the e-File life cycle step by step, the habits that make electronic files faster than paper, and the wider e-governance ecosystem — Digital India, DigiLocker, UMANG, e-District and Common Service Centres — so that you can guide citizens to the right service.',
    hi: 'देश भर के सरकारी कार्यालय काग़ज़ी फ़ाइलों से ई-ऑफ़िस की ओर बढ़ रहे हैं, जो काग़ज़-रहित कामकाज के लिए एनआईसी का उत्पाद है। यह पाठ्यक्रम ई-फ़ाइल के पूरे जीवन-चक्र को चरण-दर-चरण समझाता है, वे आदतें बताता है जिनसे इलेक्ट्रॉनिक फ़ाइलें काग़ज़ से तेज़ चलती हैं, और व्यापक ई-गवर्नेंस व्यवस्था — डिजिटल इंडिया, डिजिलॉकर, उमंग, ई-डिस्ट्रिक्ट और सामान्य सेवा केंद्र — से परिचित कराता है ताकि आप नागरिकों को सही सेवा तक पहुँचा सकें।',
  },
  durationMinutes: 60,
  difficulty: 'beginner',
  competencies: [{ code: 'e-governance', level: 2 }, { code: 'digital-literacy', level: 2 }],
  tags: ['e-governance', 'e-office', 'digital-skills'],
  publishedAt: '2026-01-20T05:30:00.000Z',
  modules: [
    {
      key: 'e-office-m1-efile',
      title: { en: 'Working in e-Office', hi: 'ई-ऑफ़िस में काम' },
      lessons: [
        {
          key: 'e-office-1-efile-lifecycle',
          type: 'html',
          title: { en: 'The life of an e-File', hi: 'एक ई-फ़ाइल का जीवन-चक्र' },
          html: {
            en: `<h2>What e-Office is</h2>
<p><strong>e-Office</strong> is a suite developed by the <strong>National Informatics Centre (NIC)</strong> to replace paper files with electronic ones. Its main module, <strong>e-File</strong>, follows the same rules as the <em>Central Secretariat Manual of Office Procedure</em>, so the concepts you already know — receipt, note, draft, file movement — stay the same. Other modules include leave management, knowledge management for circulars and orders, and tour management. In Uttar Pradesh, the Secretariat and many directorates and district offices have moved to e-Office.</p>
<h2>Step by step</h2>
<ol>
<li><strong>Receipt (dak):</strong> a letter arriving on paper is scanned and diarised as an electronic receipt; an email or letter from another e-Office user arrives directly. Each receipt gets a unique number.</li>
<li><strong>Attach to a file:</strong> the dealing hand puts the receipt into an existing e-File or opens a new one with the correct file number from the approved subject heads.</li>
<li><strong>Noting:</strong> the note is typed in the green note sheet. References to correspondence are hyperlinked, so the reader opens the document with one click instead of flagging pages.</li>
<li><strong>Draft for approval:</strong> the draft letter is created in the file and moves up with it. Changes by each officer are kept as versions.</li>
<li><strong>Signing:</strong> officers approve notes and sign letters with a <strong>Digital Signature Certificate (DSC)</strong> token or <strong>e-Sign</strong> based on Aadhaar OTP.</li>
<li><strong>Dispatch and closure:</strong> the signed letter is dispatched electronically or printed; the file is parked, closed or recorded.</li>
</ol>
<h3>Good habits</h3>
<ul>
<li>Never print an e-File to "read it properly"; that recreates the paper system you are leaving.</li>
<li>Send files to the next officer in the approved channel only; skipping levels or sending to many people at once causes confusion.</li>
<li>Clear your inbox every day. e-Office records every movement, so pendency is visible to senior officers.</li>
<li>Keep your DSC token and e-Office password to yourself. A note signed from your account is your note.</li>
<li>Use proper subject lines and file titles; they make electronic search work.</li>
</ul>
<p>Offices that moved to e-Office report faster disposal, no lost files, and the ability to work during tours. The gains come only when everyone — from the section to the head of department — actually works on screen.</p>`,
            hi: `<h2>ई-ऑफ़िस क्या है</h2>
<p><strong>ई-ऑफ़िस</strong> काग़ज़ी फ़ाइलों के स्थान पर इलेक्ट्रॉनिक फ़ाइलों के लिए <strong>राष्ट्रीय सूचना विज्ञान केंद्र (एनआईसी)</strong> द्वारा विकसित एक सॉफ़्टवेयर समूह है। इसका मुख्य मॉड्यूल <strong>ई-फ़ाइल</strong> <em>केंद्रीय सचिवालय कार्यालय प्रक्रिया नियमावली</em> के नियमों का ही पालन करता है, इसलिए जो अवधारणाएँ आप पहले से जानते हैं — डाक, नोट, मसौदा, फ़ाइल का संचलन — वही रहती हैं। अन्य मॉड्यूल में अवकाश प्रबंधन, परिपत्रों और आदेशों के लिए ज्ञान प्रबंधन, और दौरा प्रबंधन शामिल हैं। उत्तर प्रदेश में सचिवालय और अनेक निदेशालय तथा ज़िला कार्यालय ई-ऑफ़िस पर आ चुके हैं।</p>
<h2>चरण-दर-चरण</h2>
<ol>
<li><strong>डाक (रसीद):</strong> काग़ज़ पर आया पत्र स्कैन कर इलेक्ट्रॉनिक रसीद के रूप में दर्ज होता है; किसी अन्य ई-ऑफ़िस उपयोगकर्ता का ईमेल या पत्र सीधे आ जाता है। हर रसीद को एक विशिष्ट संख्या मिलती है।</li>
<li><strong>फ़ाइल से जोड़ना:</strong> पटल सहायक रसीद को किसी मौजूदा ई-फ़ाइल में रखता है या स्वीकृत विषय-शीर्षों से सही फ़ाइल संख्या के साथ नई फ़ाइल खोलता है।</li>
<li><strong>नोटिंग:</strong> टिप्पणी हरे नोट शीट में टाइप की जाती है। पत्राचार के संदर्भ हाइपरलिंक होते हैं, जिससे पढ़ने वाला पन्नों पर फ़्लैग लगाने के बजाय एक क्लिक में दस्तावेज़ खोल लेता है।</li>
<li><strong>अनुमोदन हेतु मसौदा:</strong> पत्र का मसौदा फ़ाइल में ही बनता है और उसके साथ ऊपर जाता है। हर अधिकारी के बदलाव संस्करणों के रूप में सुरक्षित रहते हैं।</li>
<li><strong>हस्ताक्षर:</strong> अधिकारी <strong>डिजिटल हस्ताक्षर प्रमाणपत्र (डीएससी)</strong> टोकन या आधार ओटीपी पर आधारित <strong>ई-साइन</strong> से नोट अनुमोदित करते और पत्रों पर हस्ताक्षर करते हैं।</li>
<li><strong>प्रेषण और समापन:</strong> हस्ताक्षरित पत्र इलेक्ट्रॉनिक रूप से भेजा या छापा जाता है; फ़ाइल पार्क, बंद या अभिलेखित की जाती है।</li>
</ol>
<h3>अच्छी आदतें</h3>
<ul>
<li>ई-फ़ाइल को "ठीक से पढ़ने" के लिए कभी न छापें; इससे वही काग़ज़ी व्यवस्था लौट आती है जिसे आप छोड़ रहे हैं।</li>
<li>फ़ाइल केवल स्वीकृत चैनल में अगले अधिकारी को भेजें; स्तर लाँघने या एक साथ कई लोगों को भेजने से भ्रम होता है।</li>
<li>हर दिन अपना इनबॉक्स ख़ाली करें। ई-ऑफ़िस हर संचलन दर्ज करता है, इसलिए लंबित मामले वरिष्ठ अधिकारियों को दिखते हैं।</li>
<li>अपना डीएससी टोकन और ई-ऑफ़िस पासवर्ड किसी को न दें। आपके खाते से हस्ताक्षरित नोट आपका ही नोट है।</li>
<li>उचित विषय-पंक्तियाँ और फ़ाइल शीर्षक लिखें; इन्हीं से इलेक्ट्रॉनिक खोज काम करती है।</li>
</ul>
<p>ई-ऑफ़िस अपनाने वाले कार्यालयों में मामलों का निस्तारण तेज़ हुआ, कोई फ़ाइल गुम नहीं होती, और दौरे पर रहते हुए भी काम हो पाता है। ये लाभ तभी मिलते हैं जब अनुभाग से लेकर विभागाध्यक्ष तक सभी वास्तव में स्क्रीन पर काम करें।</p>`,
          },
        },
        {
          key: 'e-office-2-quiz',
          type: 'quiz',
          title: { en: 'Quick check: e-File', hi: 'त्वरित जाँच: ई-फ़ाइल' },
          settings: { passMark: 50, shuffle: true },
          questions: [
            {
              type: 'single',
              prompt: { en: 'Which organisation developed e-Office?', hi: 'ई-ऑफ़िस किस संस्था ने विकसित किया?' },
              options: [
                { en: 'National Informatics Centre (NIC)', hi: 'राष्ट्रीय सूचना विज्ञान केंद्र (एनआईसी)' },
                { en: 'Reserve Bank of India', hi: 'भारतीय रिज़र्व बैंक' },
                { en: 'Election Commission of India', hi: 'भारत निर्वाचन आयोग' },
              ],
              correct: 0,
              explanation: { en: 'e-Office is an NIC product under MeitY.', hi: 'ई-ऑफ़िस इलेक्ट्रॉनिकी एवं सूचना प्रौद्योगिकी मंत्रालय के अंतर्गत एनआईसी का उत्पाद है।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'Printing e-Files for reading is good practice.', hi: 'पढ़ने के लिए ई-फ़ाइलें छापना अच्छा व्यवहार है।' },
              correct: false,
              explanation: { en: 'Printing defeats the purpose of paperless working.', hi: 'छापने से काग़ज़-रहित कामकाज का उद्देश्य ही समाप्त हो जाता है।' },
            },
          ],
        },
      ],
    },
    {
      key: 'e-office-m2-egovernance',
      title: { en: 'e-Governance for citizens', hi: 'नागरिकों के लिए ई-गवर्नेंस' },
      lessons: [
        {
          key: 'e-office-3-platforms',
          type: 'html',
          title: { en: 'Digital India platforms every employee should know', hi: 'डिजिटल इंडिया के प्लेटफ़ॉर्म जिन्हें हर कर्मचारी को जानना चाहिए' },
          html: {
            en: `<h2>From NeGP to Digital India</h2>
<p>India's e-governance effort began at scale with the <strong>National e-Governance Plan (NeGP) of 2006</strong>, which created Mission Mode Projects such as passports, income tax, land records and e-District. In July 2015 the government launched <strong>Digital India</strong> with three aims: digital infrastructure as a utility for every citizen, governance and services on demand, and digital empowerment of citizens. Together these have produced shared platforms — often called digital public infrastructure — that departments now build on instead of creating everything themselves.</p>
<h2>Platforms to know</h2>
<table>
<tr><th>Platform</th><th>What it does</th></tr>
<tr><td>Aadhaar</td><td>Unique identity and authentication, used for DBT and e-KYC</td></tr>
<tr><td>DigiLocker</td><td>Issued documents such as driving licences, mark sheets and certificates, legally valid in digital form</td></tr>
<tr><td>UMANG</td><td>One mobile app for hundreds of central and state services</td></tr>
<tr><td>e-District</td><td>Certificates such as income, caste and domicile issued online by district offices</td></tr>
<tr><td>Common Service Centres</td><td>Village-level entrepreneurs who help citizens use online services</td></tr>
<tr><td>PFMS and DBT</td><td>Payments of benefits directly into bank accounts</td></tr>
<tr><td>CPGRAMS</td><td>Online public grievance redress and monitoring</td></tr>
</table>
<h2>What this means at your desk</h2>
<ul>
<li><strong>Do not ask for what the government already has.</strong> If a certificate is in DigiLocker, accept the digital copy instead of demanding a photocopy attested by a gazetted officer. Self-attestation has been the norm since 2014.</li>
<li><strong>Design for the citizen with a basic phone.</strong> Keep SMS and CSC routes open, and keep forms short and bilingual.</li>
<li><strong>Close grievances properly.</strong> On CPGRAMS or a state portal such as IGRS in Uttar Pradesh, a grievance is resolved only when the citizen's problem is actually addressed, not when a reply is uploaded.</li>
<li><strong>Protect data.</strong> Every digital service collects personal data; collect only what is needed and follow your department's security rules.</li>
</ul>
<p>Good e-governance is not about the technology alone. It works when an employee who knows these platforms can tell a citizen exactly where to go and what to carry — or, better still, that there is no need to come at all.</p>`,
            hi: `<h2>राष्ट्रीय ई-गवर्नेंस योजना से डिजिटल इंडिया तक</h2>
<p>भारत में ई-गवर्नेंस का बड़े स्तर पर प्रयास <strong>2006 की राष्ट्रीय ई-गवर्नेंस योजना</strong> से शुरू हुआ, जिसने पासपोर्ट, आयकर, भू-अभिलेख और ई-डिस्ट्रिक्ट जैसी मिशन मोड परियोजनाएँ बनाईं। जुलाई 2015 में सरकार ने तीन उद्देश्यों के साथ <strong>डिजिटल इंडिया</strong> शुरू किया: हर नागरिक के लिए उपयोगी सेवा के रूप में डिजिटल अवसंरचना, माँग पर शासन और सेवाएँ, और नागरिकों का डिजिटल सशक्तीकरण। इनसे साझा प्लेटफ़ॉर्म बने हैं — जिन्हें अक्सर डिजिटल सार्वजनिक अवसंरचना कहा जाता है — जिन पर विभाग अब सब कुछ स्वयं बनाने के बजाय अपनी सेवाएँ खड़ी करते हैं।</p>
<h2>जानने योग्य प्लेटफ़ॉर्म</h2>
<table>
<tr><th>प्लेटफ़ॉर्म</th><th>क्या करता है</th></tr>
<tr><td>आधार</td><td>विशिष्ट पहचान और प्रमाणीकरण, डीबीटी और ई-केवाईसी में उपयोग</td></tr>
<tr><td>डिजिलॉकर</td><td>ड्राइविंग लाइसेंस, अंकपत्र और प्रमाणपत्र जैसे जारी दस्तावेज़, डिजिटल रूप में क़ानूनी रूप से मान्य</td></tr>
<tr><td>उमंग</td><td>सैकड़ों केंद्रीय और राज्य सेवाओं के लिए एक मोबाइल ऐप</td></tr>
<tr><td>ई-डिस्ट्रिक्ट</td><td>आय, जाति और निवास जैसे प्रमाणपत्र ज़िला कार्यालयों द्वारा ऑनलाइन जारी</td></tr>
<tr><td>सामान्य सेवा केंद्र</td><td>गाँव स्तर के उद्यमी जो नागरिकों को ऑनलाइन सेवाओं के उपयोग में मदद करते हैं</td></tr>
<tr><td>पीएफ़एमएस और डीबीटी</td><td>लाभ का भुगतान सीधे बैंक खातों में</td></tr>
<tr><td>सीपीग्राम्स</td><td>ऑनलाइन लोक शिकायत निवारण और निगरानी</td></tr>
</table>
<h2>आपकी मेज़ पर इसका अर्थ</h2>
<ul>
<li><strong>जो सरकार के पास पहले से है, उसे न माँगें।</strong> यदि प्रमाणपत्र डिजिलॉकर में है, तो राजपत्रित अधिकारी से सत्यापित फ़ोटोकॉपी माँगने के बजाय डिजिटल प्रति स्वीकार करें। 2014 से स्व-सत्यापन ही नियम है।</li>
<li><strong>साधारण फ़ोन वाले नागरिक को ध्यान में रखें।</strong> एसएमएस और सामान्य सेवा केंद्र के रास्ते खुले रखें, और फ़ॉर्म छोटे व द्विभाषी रखें।</li>
<li><strong>शिकायतों का सही निस्तारण करें।</strong> सीपीग्राम्स या उत्तर प्रदेश के आईजीआरएस जैसे राज्य पोर्टल पर शिकायत तभी निस्तारित मानी जाए जब नागरिक की समस्या वास्तव में हल हो, न कि केवल उत्तर अपलोड होने पर।</li>
<li><strong>डेटा की रक्षा करें।</strong> हर डिजिटल सेवा व्यक्तिगत डेटा लेती है; केवल आवश्यक डेटा लें और विभाग के सुरक्षा नियमों का पालन करें।</li>
</ul>
<p>अच्छा ई-गवर्नेंस केवल तकनीक नहीं है। यह तब सफल होता है जब इन प्लेटफ़ॉर्म को जानने वाला कर्मचारी नागरिक को ठीक-ठीक बता सके कि कहाँ जाना है और क्या साथ लाना है — या इससे भी अच्छा, कि आने की ज़रूरत ही नहीं है।</p>`,
          },
        },
        {
          key: 'e-office-4-final',
          type: 'final_assessment',
          title: { en: 'Final assessment', hi: 'अंतिम मूल्यांकन' },
          settings: { passMark: 60, attemptLimit: 3, timeLimitSeconds: 600, drawCount: 5, shuffle: true },
          questions: [
            {
              type: 'match',
              prompt: { en: 'Match each platform with its purpose.', hi: 'प्रत्येक प्लेटफ़ॉर्म को उसके उद्देश्य से मिलाएँ।' },
              pairs: [
                { left: { en: 'DigiLocker', hi: 'डिजिलॉकर' }, right: { en: 'Digitally issued documents', hi: 'डिजिटल रूप में जारी दस्तावेज़' } },
                { left: { en: 'UMANG', hi: 'उमंग' }, right: { en: 'One app for many services', hi: 'अनेक सेवाओं के लिए एक ऐप' } },
                { left: { en: 'CPGRAMS', hi: 'सीपीग्राम्स' }, right: { en: 'Public grievances', hi: 'लोक शिकायतें' } },
                { left: { en: 'e-Office', hi: 'ई-ऑफ़िस' }, right: { en: 'Electronic files in offices', hi: 'कार्यालयों में इलेक्ट्रॉनिक फ़ाइलें' } },
              ],
              explanation: { en: 'Each platform solves one part of the citizen’s or the office’s work.', hi: 'हर प्लेटफ़ॉर्म नागरिक या कार्यालय के काम का एक हिस्सा हल करता है।' },
            },
            {
              type: 'fill_numeric',
              prompt: { en: 'In which year was Digital India launched?', hi: 'डिजिटल इंडिया किस वर्ष शुरू हुआ?' },
              value: 2015,
              tolerance: 0,
              explanation: { en: 'Digital India was launched on 1 July 2015.', hi: 'डिजिटल इंडिया 1 जुलाई 2015 को शुरू हुआ।' },
            },
            {
              type: 'multiple',
              prompt: { en: 'Which are ways to sign in e-Office?', hi: 'ई-ऑफ़िस में हस्ताक्षर के कौन-से तरीक़े हैं?' },
              options: [
                { en: 'Digital Signature Certificate (DSC) token', hi: 'डिजिटल हस्ताक्षर प्रमाणपत्र (डीएससी) टोकन' },
                { en: 'Aadhaar OTP based e-Sign', hi: 'आधार ओटीपी पर आधारित ई-साइन' },
                { en: 'A scanned image of your signature pasted by the clerk', hi: 'लिपिक द्वारा चिपकाई गई आपके हस्ताक्षर की स्कैन छवि' },
              ],
              correct: [0, 1],
              explanation: { en: 'DSC and e-Sign are legally valid electronic signatures; a pasted image is not.', hi: 'डीएससी और ई-साइन क़ानूनी रूप से मान्य इलेक्ट्रॉनिक हस्ताक्षर हैं; चिपकाई गई छवि नहीं।' },
            },
            {
              type: 'single',
              prompt: { en: 'A citizen’s mark sheet is available in DigiLocker. What should the office do?', hi: 'नागरिक का अंकपत्र डिजिलॉकर में उपलब्ध है। कार्यालय को क्या करना चाहिए?' },
              options: [
                { en: 'Accept the DigiLocker copy', hi: 'डिजिलॉकर प्रति स्वीकार करें' },
                { en: 'Insist on a photocopy attested by a gazetted officer', hi: 'राजपत्रित अधिकारी से सत्यापित फ़ोटोकॉपी पर ज़ोर दें' },
                { en: 'Ask the citizen to bring the original to every visit', hi: 'हर बार मूल प्रति लाने को कहें' },
              ],
              correct: 0,
              explanation: { en: 'Documents issued in DigiLocker are treated as equivalent to the originals.', hi: 'डिजिलॉकर में जारी दस्तावेज़ मूल के समान माने जाते हैं।' },
            },
            {
              type: 'fill_text',
              prompt: { en: 'The e-Office module for electronic files is called e-______.', hi: 'इलेक्ट्रॉनिक फ़ाइलों के लिए ई-ऑफ़िस का मॉड्यूल ई-______ कहलाता है।' },
              accepted: { en: ['File', 'file'], hi: ['फ़ाइल', 'फाइल', 'File'] },
              explanation: { en: 'e-File is the core module of e-Office.', hi: 'ई-फ़ाइल ई-ऑफ़िस का मुख्य मॉड्यूल है।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'e-Office records every movement of a file, so pendency is visible.', hi: 'ई-ऑफ़िस फ़ाइल का हर संचलन दर्ज करता है, इसलिए लंबित मामले दिखाई देते हैं।' },
              correct: true,
              explanation: { en: 'Movement history and pendency reports are built in.', hi: 'संचलन इतिहास और लंबित मामलों की रिपोर्ट इसमें ही बनी होती हैं।' },
            },
          ],
        },
      ],
    },
  ],
};
