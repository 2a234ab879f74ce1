import type { DemoCourse } from './types';

export const CYBER_SEC: DemoCourse = {
  code: 'CYBER-SEC',
  provider: 'DOPT',
  title: { en: 'Cyber Security for Government Employees', hi: 'सरकारी कर्मचारियों के लिए साइबर सुरक्षा' },
  summary: {
    en: 'Recognise phishing, protect passwords and devices, handle personal data under the DPDP Act, and report incidents to CERT-In within 6 hours.',
    hi: 'फ़िशिंग पहचानें, पासवर्ड और उपकरण सुरक्षित रखें, डीपीडीपी अधिनियम के अनुसार व्यक्तिगत डेटा संभालें और घटनाओं की सूचना 6 घंटे में सर्ट-इन को दें।',
  },
  description: {
    en: 'Most attacks on government offices begin with one click by one employee. This course teaches the everyday habits that stop them: spotting fake emails and calls, strong passwords with two-factor authentication, safe use of official devices and email, careful handling of citizens’ personal data, and what to do — and whom to tell — when something goes wrong.',
    hi: 'सरकारी कार्यालयों पर अधिकांश हमले किसी एक कर्मचारी के एक क्लिक से शुरू होते हैं। यह पाठ्यक्रम वे दैनिक आदतें सिखाता है जो इन्हें रोकती हैं: नकली ईमेल और कॉल पहचानना, दो-चरणीय प्रमाणीकरण के साथ मज़बूत पासवर्ड, सरकारी उपकरणों और ईमेल का सुरक्षित उपयोग, नागरिकों के व्यक्तिगत डेटा को सावधानी से संभालना, और कुछ ग़लत होने पर क्या करें व किसे बताएँ।',
  },
  durationMinutes: 75,
  difficulty: 'beginner',
  competencies: [{ code: 'cyber-security', level: 2 }, { code: 'data-protection', level: 1 }],
  tags: ['cyber-security', 'digital-skills'],
  publishedAt: '2026-02-16T05:30:00.000Z',
  modules: [
    {
      key: 'cyber-sec-m1-everyday-threats',
      title: { en: 'Everyday threats', hi: 'रोज़मर्रा के ख़तरे' },
      lessons: [
        {
          key: 'cyber-sec-1-phishing',
          type: 'html',
          title: { en: 'Phishing, fake calls and passwords', hi: 'फ़िशिंग, फ़र्ज़ी कॉल और पासवर्ड' },
          html: {
            en: `<h2>How attacks reach you</h2>
<p><strong>Phishing</strong> is a message that pretends to come from someone you trust — a senior officer, the treasury, NIC, a bank — and pushes you to click a link, open an attachment or share an OTP. In government offices, common lures are "revised DA order.pdf", "pending salary arrears", or an urgent request from a "Secretary" using a Gmail address. The same trick by phone is called <strong>vishing</strong>, and by SMS or WhatsApp <strong>smishing</strong>.</p>
<h3>Warning signs</h3>
<ul>
<li>Urgency or fear: "your account will be blocked today".</li>
<li>A sender address that is close to, but not exactly, an official one (for example <em>nic-in.co</em> instead of <em>nic.in</em>).</li>
<li>Attachments you did not expect, especially .zip, .exe, .html or Office files asking to "enable macros".</li>
<li>Any request for a password or OTP. No genuine officer, bank or NIC helpdesk will ask for your OTP.</li>
</ul>
<p>When in doubt, do not reply to the message. Call the person on a number you already know, or check with your IT nodal officer.</p>
<h2>Passwords and accounts</h2>
<p>Use a long passphrase of at least 12 characters rather than a short complex word, and never reuse your government email password anywhere else. Turn on <strong>two-factor authentication</strong> (Kavach or OTP) for government email and for every portal that offers it. Do not write passwords on the desk or share them with a data-entry operator "just for today"; the account holder is responsible for everything done from the account.</p>
<h2>Devices</h2>
<p>Lock your screen (Windows key + L) whenever you leave the desk. Install updates when prompted. Do not plug unknown pen drives into office computers, and do not keep official files on personal cloud storage or in personal WhatsApp groups. Public Wi-Fi in railway stations and hotels should not be used for official work without the department's VPN.</p>`,
            hi: `<h2>हमले आप तक कैसे पहुँचते हैं</h2>
<p><strong>फ़िशिंग</strong> ऐसा संदेश है जो किसी भरोसेमंद स्रोत — वरिष्ठ अधिकारी, कोषागार, एनआईसी या बैंक — से आने का दिखावा करता है और आपको लिंक पर क्लिक करने, अटैचमेंट खोलने या ओटीपी बताने के लिए उकसाता है। सरकारी कार्यालयों में आम जाल होते हैं "संशोधित डीए आदेश.pdf", "लंबित वेतन बकाया", या जीमेल पते से किसी "सचिव" का तत्काल अनुरोध। फ़ोन पर यही चाल <strong>विशिंग</strong> और एसएमएस या व्हाट्सऐप पर <strong>स्मिशिंग</strong> कहलाती है।</p>
<h3>चेतावनी के संकेत</h3>
<ul>
<li>जल्दबाज़ी या डर: "आज आपका खाता बंद हो जाएगा"।</li>
<li>भेजने वाले का पता जो सरकारी पते जैसा दिखे पर बिल्कुल वैसा न हो (जैसे <em>nic.in</em> के स्थान पर <em>nic-in.co</em>)।</li>
<li>अनपेक्षित अटैचमेंट, विशेषकर .zip, .exe, .html या "मैक्रो चालू करें" कहने वाली ऑफ़िस फ़ाइलें।</li>
<li>पासवर्ड या ओटीपी का कोई भी अनुरोध। कोई भी असली अधिकारी, बैंक या एनआईसी हेल्पडेस्क आपका ओटीपी नहीं माँगता।</li>
</ul>
<p>संदेह हो तो संदेश का उत्तर न दें। व्यक्ति को उस नंबर पर फ़ोन करें जो आपके पास पहले से है, या अपने आईटी नोडल अधिकारी से पूछें।</p>
<h2>पासवर्ड और खाते</h2>
<p>छोटे जटिल शब्द के बजाय कम से कम 12 अक्षरों का लंबा पासफ़्रेज़ रखें, और सरकारी ईमेल का पासवर्ड कहीं और दोबारा उपयोग न करें। सरकारी ईमेल और हर उस पोर्टल पर जहाँ सुविधा हो, <strong>दो-चरणीय प्रमाणीकरण</strong> (कवच या ओटीपी) चालू करें। पासवर्ड मेज़ पर न लिखें और "सिर्फ़ आज के लिए" किसी डेटा एंट्री ऑपरेटर को न बताएँ; खाते से हुए हर काम की ज़िम्मेदारी खाताधारक की होती है।</p>
<h2>उपकरण</h2>
<p>सीट छोड़ते समय हर बार स्क्रीन लॉक करें (विंडोज़ कुंजी + L)। अपडेट आने पर उन्हें इंस्टॉल करें। अनजान पेन ड्राइव कार्यालय के कंप्यूटर में न लगाएँ, और सरकारी फ़ाइलें निजी क्लाउड या निजी व्हाट्सऐप समूहों में न रखें। रेलवे स्टेशन और होटल के सार्वजनिक वाई-फ़ाई का उपयोग विभाग के वीपीएन के बिना सरकारी काम के लिए न करें।</p>`,
          },
        },
        {
          key: 'cyber-sec-2-quiz',
          type: 'quiz',
          title: { en: 'Spot the attack', hi: 'हमले को पहचानें' },
          settings: { passMark: 60, shuffle: true },
          questions: [
            {
              type: 'single',
              prompt: { en: 'An email from "secretary.up.gov@gmail.com" asks you to urgently open "Transfer list.zip". What do you do?', hi: '"secretary.up.gov@gmail.com" से आए ईमेल में "Transfer list.zip" तुरंत खोलने को कहा गया है। आप क्या करेंगे?' },
              options: [
                { en: 'Open it, it is from the Secretary', hi: 'खोल लूँगा, यह सचिव का है' },
                { en: 'Do not open it; verify through a known number and report it', hi: 'नहीं खोलूँगा; ज्ञात नंबर से पुष्टि करूँगा और इसकी सूचना दूँगा' },
                { en: 'Forward it to colleagues to ask', hi: 'पूछने के लिए सहकर्मियों को फ़ॉरवर्ड कर दूँगा' },
              ],
              correct: 1,
              explanation: { en: 'A personal Gmail address, urgency and a .zip attachment are three phishing signs.', hi: 'निजी जीमेल पता, जल्दबाज़ी और .zip अटैचमेंट — ये फ़िशिंग के तीन संकेत हैं।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'An NIC helpdesk may ask for your OTP to fix your email account.', hi: 'ईमेल खाता ठीक करने के लिए एनआईसी हेल्पडेस्क आपका ओटीपी माँग सकता है।' },
              correct: false,
              explanation: { en: 'No genuine helpdesk or bank ever asks for an OTP.', hi: 'कोई भी असली हेल्पडेस्क या बैंक कभी ओटीपी नहीं माँगता।' },
            },
            {
              type: 'fill_text',
              prompt: { en: 'A phishing attempt made by phone call is called ______.', hi: 'फ़ोन कॉल द्वारा की गई फ़िशिंग को ______ कहते हैं।' },
              accepted: { en: ['vishing'], hi: ['विशिंग', 'vishing'] },
              explanation: { en: 'Voice + phishing = vishing; SMS phishing is smishing.', hi: 'वॉइस + फ़िशिंग = विशिंग; एसएमएस से फ़िशिंग स्मिशिंग कहलाती है।' },
            },
          ],
        },
      ],
    },
    {
      key: 'cyber-sec-m2-data-and-incidents',
      title: { en: 'Personal data and incident reporting', hi: 'व्यक्तिगत डेटा और घटना की सूचना' },
      lessons: [
        {
          key: 'cyber-sec-3-dpdp-certin',
          type: 'html',
          title: { en: 'DPDP Act 2023 and CERT-In reporting', hi: 'डीपीडीपी अधिनियम 2023 और सर्ट-इन को सूचना' },
          html: {
            en: `<h2>Citizens' personal data</h2>
<p>Government offices hold more personal data than almost anyone: Aadhaar-linked beneficiary lists, land records, health records, bank accounts for direct benefit transfer. The <strong>Digital Personal Data Protection Act, 2023 (DPDP Act)</strong> makes every organisation that decides why and how personal data is processed a <strong>data fiduciary</strong>. Its duties include collecting only the data needed for a stated purpose, keeping it accurate, protecting it with reasonable security safeguards, and erasing it when the purpose is over, unless a law requires it to be kept. The Act allows notified exemptions for the State, but careless handling is still a breach of trust and of service conduct rules.</p>
<h3>Practical rules</h3>
<ul>
<li>Share beneficiary lists only through official systems, never by personal WhatsApp or pen drive.</li>
<li>Mask Aadhaar numbers (show only the last four digits) in any list that is printed or published.</li>
<li>Do not put lists with phone numbers and addresses on public notice boards or websites unless a rule requires it.</li>
<li>Shred printouts with personal data; do not sell them as scrap paper.</li>
</ul>
<h2>When something goes wrong</h2>
<p>A cyber security incident can be a hacked website, ransomware on an office computer, a lost laptop, an email account sending spam, or a data leak. Under the <strong>CERT-In directions of 28 April 2022</strong>, organisations must report specified cyber incidents to the Indian Computer Emergency Response Team <strong>within 6 hours</strong> of noticing them. As an employee you do not need to investigate: your duty is to stop using the affected device, disconnect it from the network if safe, note what you saw and when, and inform your IT nodal officer or Chief Information Security Officer (CISO) immediately so that the department can report in time.</p>
<p>Individuals who lose money to online fraud should call the national cyber crime helpline <strong>1930</strong> or file a complaint at cybercrime.gov.in as quickly as possible; early reporting improves the chance of freezing the money.</p>`,
            hi: `<h2>नागरिकों का व्यक्तिगत डेटा</h2>
<p>सरकारी कार्यालयों के पास लगभग किसी भी अन्य संस्था से अधिक व्यक्तिगत डेटा होता है: आधार से जुड़ी लाभार्थी सूचियाँ, भू-अभिलेख, स्वास्थ्य अभिलेख, प्रत्यक्ष लाभ अंतरण के बैंक खाते। <strong>डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 (डीपीडीपी अधिनियम)</strong> के अनुसार जो भी संस्था यह तय करती है कि व्यक्तिगत डेटा क्यों और कैसे संसाधित होगा, वह <strong>डेटा न्यासी</strong> है। उसके कर्तव्यों में बताए गए उद्देश्य के लिए केवल आवश्यक डेटा लेना, उसे सही रखना, उचित सुरक्षा उपायों से उसकी रक्षा करना और उद्देश्य पूरा होने पर उसे मिटाना शामिल है, जब तक कि किसी क़ानून में उसे रखना आवश्यक न हो। अधिनियम राज्य को अधिसूचित छूट देता है, परंतु लापरवाही फिर भी विश्वास और सेवा आचरण नियमों का उल्लंघन है।</p>
<h3>व्यावहारिक नियम</h3>
<ul>
<li>लाभार्थी सूचियाँ केवल सरकारी प्रणालियों से साझा करें, निजी व्हाट्सऐप या पेन ड्राइव से कभी नहीं।</li>
<li>छपी या प्रकाशित सूची में आधार संख्या छिपाएँ (केवल अंतिम चार अंक दिखाएँ)।</li>
<li>फ़ोन नंबर और पते वाली सूचियाँ सार्वजनिक सूचना पट या वेबसाइट पर तभी लगाएँ जब कोई नियम ऐसा कहे।</li>
<li>व्यक्तिगत डेटा वाले प्रिंटआउट नष्ट करें; उन्हें रद्दी में न बेचें।</li>
</ul>
<h2>जब कुछ ग़लत हो जाए</h2>
<p>साइबर सुरक्षा घटना में हैक हुई वेबसाइट, कार्यालय के कंप्यूटर पर रैनसमवेयर, खोया हुआ लैपटॉप, स्पैम भेजता ईमेल खाता या डेटा लीक शामिल हो सकते हैं। <strong>सर्ट-इन के 28 अप्रैल 2022 के निर्देशों</strong> के अनुसार संस्थाओं को निर्दिष्ट साइबर घटनाओं की सूचना भारतीय कंप्यूटर आपात प्रतिक्रिया दल को घटना का पता चलने के <strong>6 घंटे के भीतर</strong> देनी होती है। कर्मचारी के रूप में आपको जाँच नहीं करनी है: आपका कर्तव्य है प्रभावित उपकरण का उपयोग बंद करना, सुरक्षित हो तो उसे नेटवर्क से अलग करना, जो देखा और जब देखा उसे लिख लेना, और तुरंत अपने आईटी नोडल अधिकारी या मुख्य सूचना सुरक्षा अधिकारी (सीआईएसओ) को बताना, ताकि विभाग समय पर सूचना दे सके।</p>
<p>ऑनलाइन धोखाधड़ी में पैसा गँवाने वाले व्यक्ति जितनी जल्दी हो सके राष्ट्रीय साइबर अपराध हेल्पलाइन <strong>1930</strong> पर कॉल करें या cybercrime.gov.in पर शिकायत दर्ज करें; जल्दी सूचना देने से पैसा रोके जाने की संभावना बढ़ती है।</p>`,
          },
        },
        {
          key: 'cyber-sec-4-cybercrime-portal',
          type: 'link',
          title: { en: 'National Cyber Crime Reporting Portal', hi: 'राष्ट्रीय साइबर अपराध रिपोर्टिंग पोर्टल' },
          link: {
            url: 'https://cybercrime.gov.in/',
            note: { en: 'Where citizens and employees report cyber crime; helpline 1930.', hi: 'जहाँ नागरिक और कर्मचारी साइबर अपराध की सूचना देते हैं; हेल्पलाइन 1930।' },
          },
        },
        {
          key: 'cyber-sec-5-final',
          type: 'final_assessment',
          title: { en: 'Final assessment', hi: 'अंतिम मूल्यांकन' },
          settings: { passMark: 60, attemptLimit: 3, timeLimitSeconds: 900, drawCount: 5, shuffle: true },
          questions: [
            {
              type: 'fill_numeric',
              prompt: { en: 'Within how many hours must specified cyber incidents be reported to CERT-In?', hi: 'निर्दिष्ट साइबर घटनाओं की सूचना सर्ट-इन को कितने घंटे के भीतर देनी होती है?' },
              value: 6,
              tolerance: 0,
              explanation: { en: 'CERT-In directions of April 2022: report within 6 hours of noticing the incident.', hi: 'अप्रैल 2022 के सर्ट-इन निर्देश: घटना का पता चलने के 6 घंटे के भीतर सूचना दें।' },
            },
            {
              type: 'multiple',
              prompt: { en: 'Your office computer shows a ransom note. Which steps are right?', hi: 'आपके कार्यालय के कंप्यूटर पर फिरौती का संदेश दिख रहा है। कौन-से क़दम सही हैं?' },
              options: [
                { en: 'Disconnect it from the network if safe', hi: 'सुरक्षित हो तो उसे नेटवर्क से अलग करें' },
                { en: 'Inform the IT nodal officer or CISO at once', hi: 'तुरंत आईटी नोडल अधिकारी या सीआईएसओ को बताएँ' },
                { en: 'Pay the ransom quickly to save the files', hi: 'फ़ाइलें बचाने के लिए जल्दी फिरौती चुका दें' },
                { en: 'Note what you saw and the time', hi: 'जो देखा और जिस समय देखा, लिख लें' },
              ],
              correct: [0, 1, 3],
              explanation: { en: 'Contain, record and report. Never pay; the department decides the response and reports to CERT-In.', hi: 'रोकें, दर्ज करें और सूचना दें। फिरौती कभी न दें; प्रतिक्रिया विभाग तय करता है और सर्ट-इन को सूचना देता है।' },
            },
            {
              type: 'match',
              prompt: { en: 'Match each term with what it means.', hi: 'प्रत्येक शब्द को उसके अर्थ से मिलाएँ।' },
              pairs: [
                { left: { en: 'Data fiduciary', hi: 'डेटा न्यासी' }, right: { en: 'Decides why and how personal data is processed', hi: 'तय करता है कि व्यक्तिगत डेटा क्यों और कैसे संसाधित हो' } },
                { left: { en: '1930', hi: '1930' }, right: { en: 'Cyber crime helpline', hi: 'साइबर अपराध हेल्पलाइन' } },
                { left: { en: 'Smishing', hi: 'स्मिशिंग' }, right: { en: 'Phishing by SMS or chat', hi: 'एसएमएस या चैट से फ़िशिंग' } },
              ],
              explanation: { en: 'DPDP Act terms, the national helpline and attack names are all part of everyday cyber hygiene.', hi: 'डीपीडीपी अधिनियम के शब्द, राष्ट्रीय हेल्पलाइन और हमलों के नाम — सब दैनिक साइबर स्वच्छता का हिस्सा हैं।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'Aadhaar numbers in a printed beneficiary list should be masked to show only the last four digits.', hi: 'छपी लाभार्थी सूची में आधार संख्या छिपाकर केवल अंतिम चार अंक दिखाने चाहिए।' },
              correct: true,
              explanation: { en: 'Masking limits the harm if the list is seen by the wrong people.', hi: 'छिपाने से सूची ग़लत लोगों तक पहुँचने पर होने वाली हानि कम होती है।' },
            },
            {
              type: 'single',
              prompt: { en: 'Which password practice is best?', hi: 'पासवर्ड का सबसे अच्छा तरीक़ा कौन-सा है?' },
              options: [
                { en: 'A long passphrase with two-factor authentication', hi: 'दो-चरणीय प्रमाणीकरण के साथ लंबा पासफ़्रेज़' },
                { en: 'The same strong password on every site', hi: 'हर साइट पर एक ही मज़बूत पासवर्ड' },
                { en: 'A short password shared with a trusted operator', hi: 'भरोसेमंद ऑपरेटर के साथ साझा छोटा पासवर्ड' },
              ],
              correct: 0,
              explanation: { en: 'Length plus a second factor protects the account even if the password leaks; reuse and sharing defeat both.', hi: 'लंबाई और दूसरा चरण पासवर्ड लीक होने पर भी खाते को बचाते हैं; दोबारा उपयोग और साझा करना दोनों को बेकार कर देते हैं।' },
            },
            {
              type: 'fill_text',
              prompt: { en: 'The national team that receives cyber incident reports is called ______ (short name).', hi: 'साइबर घटनाओं की सूचना प्राप्त करने वाले राष्ट्रीय दल का संक्षिप्त नाम ______ है।' },
              accepted: { en: ['CERT-In', 'CERTIn', 'CERT In'], hi: ['सर्ट-इन', 'CERT-In', 'सर्ट इन'] },
              explanation: { en: 'CERT-In is the Indian Computer Emergency Response Team under MeitY.', hi: 'सर्ट-इन इलेक्ट्रॉनिकी एवं सूचना प्रौद्योगिकी मंत्रालय के अंतर्गत भारतीय कंप्यूटर आपात प्रतिक्रिया दल है।' },
            },
          ],
        },
      ],
    },
  ],
};
