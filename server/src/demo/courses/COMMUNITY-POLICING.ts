import type { DemoCourse } from './types';

export const COMMUNITY_POLICING: DemoCourse = {
  code: 'COMMUNITY-POLICING',
  provider: 'UP-HOME',
  title: { en: 'Community Policing and Citizen Service for Constables', hi: 'आरक्षियों के लिए सामुदायिक पुलिसिंग और नागरिक सेवा' },
  summary: {
    en: 'Treating every complainant with respect, registering FIRs as the law requires, working with the community on the beat, and the helplines citizens should know.',
    hi: 'हर शिकायतकर्ता से सम्मानजनक व्यवहार, क़ानून के अनुसार प्राथमिकी दर्ज करना, बीट पर समुदाय के साथ काम करना, और वे हेल्पलाइन जिन्हें नागरिकों को जानना चाहिए।',
  },
  description: {
    en: 'For constables and head constables at police stations, on the beat and on UP 112 vehicles. The course covers the duties under the Bharatiya Nagarik Suraksha Sanhita, 2023 that citizens experience first — registering information, zero FIR, rights on arrest — and the community policing practices that build trust: knowing the beat, village and mohalla meetings, help for women, children and the elderly, and calm handling of crowds.',
    hi: 'थानों, बीट और यूपी 112 वाहनों पर तैनात आरक्षियों और मुख्य आरक्षियों के लिए। पाठ्यक्रम भारतीय नागरिक सुरक्षा संहिता, 2023 के वे कर्तव्य समझाता है जिनका नागरिक सबसे पहले अनुभव करते हैं — सूचना दर्ज करना, ज़ीरो एफ़आईआर, गिरफ़्तारी पर अधिकार — और सामुदायिक पुलिसिंग के वे तरीक़े जो भरोसा बनाते हैं: बीट की जानकारी, गाँव और मोहल्ले की बैठकें, महिलाओं, बच्चों और बुज़ुर्गों की सहायता, और भीड़ को शांति से संभालना।',
  },
  durationMinutes: 60,
  difficulty: 'beginner',
  competencies: [{ code: 'citizen-service', level: 2 }, { code: 'community-policing', level: 2 }, { code: 'integrity', level: 1 }],
  tags: ['police', 'citizen-service', 'community-policing'],
  publishedAt: '2025-09-01T05:30:00.000Z',
  modules: [
    {
      key: 'community-policing-m1-citizen',
      title: { en: 'The citizen at the police station', hi: 'थाने पर नागरिक' },
      lessons: [
        {
          key: 'community-policing-1-fir-rights',
          type: 'html',
          title: { en: 'FIR, zero FIR and rights on arrest', hi: 'प्राथमिकी, ज़ीरो एफ़आईआर और गिरफ़्तारी पर अधिकार' },
          html: {
            en: `<h2>First impressions</h2>
<p>For most citizens, the constable at the police station's help desk or on the UP 112 vehicle <em>is</em> the police. A person who comes to the station is usually frightened, angry or grieving. Stand up, greet them, offer water and a seat, listen without interrupting, and write down what they say. A woman complainant should be able to speak to a woman officer; the station's women help desk exists for this.</p>
<h2>Registering information</h2>
<p>The new criminal laws — the <strong>Bharatiya Nyaya Sanhita</strong>, the <strong>Bharatiya Nagarik Suraksha Sanhita (BNSS)</strong> and the <strong>Bharatiya Sakshya Adhiniyam</strong> — came into force on <strong>1 July 2024</strong>. Under <strong>Section 173 of the BNSS</strong>, information about a <strong>cognizable offence</strong> must be recorded, whether given orally, in writing or electronically:</p>
<ul>
<li><strong>Zero FIR:</strong> the information must be registered <em>irrespective of the area where the offence was committed</em>, and then transferred to the police station that has jurisdiction.</li>
<li><strong>e-FIR:</strong> information given electronically is taken on record once the informant signs it within three days.</li>
<li>A copy of the FIR is given to the informant <strong>free of cost</strong>.</li>
<li>Refusing to register a cognizable offence is a serious lapse; the Supreme Court held in <em>Lalita Kumari (2013)</em> that registration is mandatory in such cases.</li>
</ul>
<p>For non-cognizable matters, record the substance in the station diary and direct the informant to the Magistrate, explaining clearly what will happen next.</p>
<h2>Rights of an arrested person</h2>
<ul>
<li>The person must be told the <strong>grounds of arrest</strong> and, for bailable offences, the right to bail.</li>
<li>An <strong>arrest memo</strong> is prepared, attested by a witness, and a relative or friend is informed of the arrest and place of custody.</li>
<li>The person may meet an advocate during interrogation, though not throughout it.</li>
<li>The person must be produced before a Magistrate <strong>within 24 hours</strong>, excluding travel time (Article 22 of the Constitution).</li>
<li>Women may not be arrested after sunset and before sunrise except in exceptional circumstances with a Magistrate's permission.</li>
</ul>
<p>These rules are not obstacles to policing; they are what make the evidence stand up in court and the public trust the police.</p>`,
            hi: `<h2>पहली छाप</h2>
<p>अधिकांश नागरिकों के लिए थाने की हेल्प डेस्क या यूपी 112 वाहन पर तैनात आरक्षी ही <em>पुलिस</em> है। थाने आने वाला व्यक्ति प्रायः डरा हुआ, नाराज़ या दुखी होता है। खड़े होकर उसका अभिवादन करें, पानी और बैठने की जगह दें, बिना टोके सुनें और जो वह कहे उसे लिखें। महिला शिकायतकर्ता को महिला अधिकारी से बात करने का अवसर मिलना चाहिए; थाने की महिला हेल्प डेस्क इसी के लिए है।</p>
<h2>सूचना दर्ज करना</h2>
<p>नए आपराधिक क़ानून — <strong>भारतीय न्याय संहिता</strong>, <strong>भारतीय नागरिक सुरक्षा संहिता (बीएनएसएस)</strong> और <strong>भारतीय साक्ष्य अधिनियम</strong> — <strong>1 जुलाई 2024</strong> से लागू हुए। <strong>बीएनएसएस की धारा 173</strong> के अंतर्गत <strong>संज्ञेय अपराध</strong> की सूचना दर्ज करना अनिवार्य है, चाहे वह मौखिक, लिखित या इलेक्ट्रॉनिक रूप में दी गई हो:</p>
<ul>
<li><strong>ज़ीरो एफ़आईआर:</strong> सूचना <em>अपराध किस क्षेत्र में हुआ, इसकी परवाह किए बिना</em> दर्ज की जानी चाहिए, और फिर क्षेत्राधिकार वाले थाने को भेजी जाती है।</li>
<li><strong>ई-एफ़आईआर:</strong> इलेक्ट्रॉनिक रूप से दी गई सूचना, सूचनादाता द्वारा तीन दिन के भीतर हस्ताक्षर करने पर अभिलेख में ली जाती है।</li>
<li>प्राथमिकी की प्रति सूचनादाता को <strong>निःशुल्क</strong> दी जाती है।</li>
<li>संज्ञेय अपराध दर्ज करने से इनकार गंभीर चूक है; सर्वोच्च न्यायालय ने <em>ललिता कुमारी (2013)</em> मामले में कहा कि ऐसे मामलों में पंजीकरण अनिवार्य है।</li>
</ul>
<p>असंज्ञेय मामलों में सूचना का सार थाने की दैनिकी (जीडी) में दर्ज करें और सूचनादाता को मजिस्ट्रेट के पास जाने की सलाह दें, साथ ही स्पष्ट बताएँ कि आगे क्या होगा।</p>
<h2>गिरफ़्तार व्यक्ति के अधिकार</h2>
<ul>
<li>व्यक्ति को <strong>गिरफ़्तारी के आधार</strong> बताए जाएँ और ज़मानती अपराध में ज़मानत के अधिकार की जानकारी दी जाए।</li>
<li>गवाह द्वारा सत्यापित <strong>गिरफ़्तारी मेमो</strong> बनाया जाए, और किसी संबंधी या मित्र को गिरफ़्तारी तथा हिरासत के स्थान की सूचना दी जाए।</li>
<li>पूछताछ के दौरान व्यक्ति अपने अधिवक्ता से मिल सकता है, यद्यपि पूरी पूछताछ के दौरान नहीं।</li>
<li>यात्रा का समय छोड़कर <strong>24 घंटे के भीतर</strong> व्यक्ति को मजिस्ट्रेट के सामने प्रस्तुत करना अनिवार्य है (संविधान का अनुच्छेद 22)।</li>
<li>असाधारण परिस्थितियों में मजिस्ट्रेट की अनुमति के बिना महिलाओं को सूर्यास्त के बाद और सूर्योदय से पहले गिरफ़्तार नहीं किया जा सकता।</li>
</ul>
<p>ये नियम पुलिसिंग में बाधा नहीं हैं; इन्हीं से साक्ष्य न्यायालय में टिकते हैं और जनता पुलिस पर भरोसा करती है।</p>`,
          },
        },
        {
          key: 'community-policing-2-quiz',
          type: 'quiz',
          title: { en: 'Quick check: the law', hi: 'त्वरित जाँच: क़ानून' },
          settings: { passMark: 60, shuffle: true },
          questions: [
            {
              type: 'true_false',
              prompt: { en: 'A police station may refuse to register a cognizable offence because it happened in another district.', hi: 'कोई थाना संज्ञेय अपराध दर्ज करने से इसलिए मना कर सकता है कि अपराध दूसरे ज़िले में हुआ।' },
              correct: false,
              explanation: { en: 'Section 173 BNSS: register a zero FIR and transfer it to the station with jurisdiction.', hi: 'बीएनएसएस धारा 173: ज़ीरो एफ़आईआर दर्ज करें और क्षेत्राधिकार वाले थाने को भेजें।' },
            },
            {
              type: 'fill_numeric',
              prompt: { en: 'Within how many hours must an arrested person be produced before a Magistrate?', hi: 'गिरफ़्तार व्यक्ति को कितने घंटे के भीतर मजिस्ट्रेट के सामने प्रस्तुत करना होता है?' },
              value: 24,
              tolerance: 0,
              explanation: { en: 'Article 22(2) of the Constitution: within 24 hours, excluding travel time.', hi: 'संविधान का अनुच्छेद 22(2): यात्रा का समय छोड़कर 24 घंटे के भीतर।' },
            },
          ],
        },
      ],
    },
    {
      key: 'community-policing-m2-beat',
      title: { en: 'Policing with the community', hi: 'समुदाय के साथ पुलिसिंग' },
      lessons: [
        {
          key: 'community-policing-3-beat',
          type: 'html',
          title: { en: 'The beat constable and the community', hi: 'बीट आरक्षी और समुदाय' },
          html: {
            en: `<h2>Why community policing works</h2>
<p>No police station has enough staff to watch every street. Crime is prevented and solved faster when people trust the police enough to share information early — about a stranger renting a room, a family quarrel turning violent, a child missing from school, or a land dispute about to become a fight. <strong>Community policing</strong> means building that trust deliberately, through regular contact between the same constable and the same people.</p>
<h2>Knowing your beat</h2>
<ul>
<li>Walk your beat regularly, at different times of day, and meet the village head, the chowkidar, shopkeepers, teachers, ASHA and Anganwadi workers.</li>
<li>Keep the beat book up to date: vulnerable persons such as elderly people living alone, habitual offenders, places where disputes often start, and contact numbers of respected local people.</li>
<li>Know the <strong>land and family disputes</strong> in your area; many serious crimes in rural Uttar Pradesh begin as such disputes. Report them early so that revenue and police officers can act together.</li>
</ul>
<h2>Help for those who need it most</h2>
<ul>
<li><strong>Women:</strong> under Mission Shakti, every police station has a women help desk. The UP Women Power Line is <strong>1090</strong>; the women helpline is 181.</li>
<li><strong>Children:</strong> a lost or abandoned child goes to the Child Welfare Committee, not to a lock-up; the child helpline is <strong>1098</strong>.</li>
<li><strong>Senior citizens:</strong> register those living alone and visit them.</li>
<li><strong>Cyber fraud victims:</strong> tell them to call <strong>1930</strong> at once so that the money can be frozen.</li>
</ul>
<p>In any emergency, citizens in Uttar Pradesh call <strong>112</strong>. The response vehicle's conduct — reaching quickly, being polite, and reporting back — is the most visible face of the force.</p>
<h2>Meetings, festivals and crowds</h2>
<p>Before festivals, fairs and processions, hold peace committee meetings with all communities, agree routes and timings, and identify volunteers. During a tense situation, speak calmly, keep your own language free of abuse, separate the groups, and call senior officers early. Force is the last resort and must be proportionate.</p>
<h2>Integrity</h2>
<p>One demand for money undoes months of trust. Never take anything for doing your duty, and report anyone who does.</p>`,
            hi: `<h2>सामुदायिक पुलिसिंग क्यों कारगर है</h2>
<p>किसी भी थाने के पास इतने कर्मचारी नहीं होते कि हर गली पर नज़र रखी जा सके। अपराध तब रुकते और जल्दी सुलझते हैं जब लोग पुलिस पर इतना भरोसा करें कि समय रहते जानकारी दें — किराये पर कमरा लेने वाले अजनबी के बारे में, हिंसक होते पारिवारिक झगड़े के बारे में, स्कूल से ग़ायब बच्चे के बारे में, या मारपीट में बदलने वाले ज़मीन के विवाद के बारे में। <strong>सामुदायिक पुलिसिंग</strong> का अर्थ है एक ही आरक्षी और एक ही लोगों के बीच नियमित संपर्क से यह भरोसा सोच-समझकर बनाना।</p>
<h2>अपनी बीट को जानें</h2>
<ul>
<li>अपनी बीट में नियमित रूप से, दिन के अलग-अलग समय पर, पैदल घूमें और ग्राम प्रधान, चौकीदार, दुकानदारों, शिक्षकों, आशा और आँगनवाड़ी कार्यकर्ताओं से मिलें।</li>
<li>बीट बुक अद्यतन रखें: अकेले रहने वाले बुज़ुर्ग जैसे असुरक्षित लोग, आदतन अपराधी, ऐसे स्थान जहाँ अक्सर विवाद होते हैं, और सम्मानित स्थानीय लोगों के संपर्क नंबर।</li>
<li>अपने क्षेत्र के <strong>ज़मीन और पारिवारिक विवादों</strong> की जानकारी रखें; ग्रामीण उत्तर प्रदेश में कई गंभीर अपराध ऐसे ही विवादों से शुरू होते हैं। इनकी सूचना जल्दी दें ताकि राजस्व और पुलिस अधिकारी मिलकर कार्रवाई कर सकें।</li>
</ul>
<h2>सबसे ज़रूरतमंदों की सहायता</h2>
<ul>
<li><strong>महिलाएँ:</strong> मिशन शक्ति के अंतर्गत हर थाने में महिला हेल्प डेस्क है। यूपी वीमेन पावर लाइन <strong>1090</strong> है; महिला हेल्पलाइन 181 है।</li>
<li><strong>बच्चे:</strong> खोया या परित्यक्त बच्चा हवालात में नहीं, बाल कल्याण समिति के पास जाता है; चाइल्ड हेल्पलाइन <strong>1098</strong> है।</li>
<li><strong>वरिष्ठ नागरिक:</strong> अकेले रहने वालों का पंजीकरण करें और उनसे मिलने जाएँ।</li>
<li><strong>साइबर धोखाधड़ी के पीड़ित:</strong> उन्हें तुरंत <strong>1930</strong> पर कॉल करने को कहें ताकि पैसा रोका जा सके।</li>
</ul>
<p>किसी भी आपात स्थिति में उत्तर प्रदेश के नागरिक <strong>112</strong> पर कॉल करते हैं। रिस्पॉन्स वाहन का आचरण — जल्दी पहुँचना, विनम्र रहना और बाद में जानकारी देना — पुलिस बल का सबसे दिखाई देने वाला चेहरा है।</p>
<h2>बैठकें, त्योहार और भीड़</h2>
<p>त्योहारों, मेलों और जुलूसों से पहले सभी समुदायों के साथ शांति समिति की बैठक करें, मार्ग और समय तय करें, और स्वयंसेवकों की पहचान करें। तनाव की स्थिति में शांति से बोलें, अपनी भाषा में अपशब्द न आने दें, समूहों को अलग करें और वरिष्ठ अधिकारियों को जल्दी बुलाएँ। बल प्रयोग अंतिम उपाय है और वह आनुपातिक होना चाहिए।</p>
<h2>सत्यनिष्ठा</h2>
<p>पैसे की एक माँग महीनों के भरोसे को मिटा देती है। अपना कर्तव्य निभाने के लिए कभी कुछ न लें, और जो ऐसा करे उसकी सूचना दें।</p>`,
          },
        },
        {
          key: 'community-policing-4-final',
          type: 'final_assessment',
          title: { en: 'Final assessment', hi: 'अंतिम मूल्यांकन' },
          settings: { passMark: 60, attemptLimit: 3, drawCount: 5, shuffle: true },
          questions: [
            {
              type: 'match',
              prompt: { en: 'Match each helpline with its purpose.', hi: 'प्रत्येक हेल्पलाइन को उसके उद्देश्य से मिलाएँ।' },
              pairs: [
                { left: { en: '112', hi: '112' }, right: { en: 'Emergency response', hi: 'आपातकालीन सहायता' } },
                { left: { en: '1090', hi: '1090' }, right: { en: 'UP Women Power Line', hi: 'यूपी वीमेन पावर लाइन' } },
                { left: { en: '1098', hi: '1098' }, right: { en: 'Child helpline', hi: 'चाइल्ड हेल्पलाइन' } },
                { left: { en: '1930', hi: '1930' }, right: { en: 'Cyber fraud', hi: 'साइबर धोखाधड़ी' } },
              ],
              explanation: { en: 'Give citizens the right number the first time.', hi: 'नागरिकों को पहली बार में ही सही नंबर बताएँ।' },
            },
            {
              type: 'single',
              prompt: { en: 'Which section of the BNSS deals with recording information about a cognizable offence?', hi: 'बीएनएसएस की कौन-सी धारा संज्ञेय अपराध की सूचना दर्ज करने से संबंधित है?' },
              options: [
                { en: 'Section 173', hi: 'धारा 173' },
                { en: 'Section 154', hi: 'धारा 154' },
                { en: 'Section 302', hi: 'धारा 302' },
              ],
              correct: 0,
              explanation: { en: 'Section 173 BNSS replaced Section 154 of the old CrPC.', hi: 'बीएनएसएस की धारा 173 ने पुरानी दंड प्रक्रिया संहिता की धारा 154 का स्थान लिया।' },
            },
            {
              type: 'multiple',
              prompt: { en: 'What must be done when a person is arrested?', hi: 'किसी व्यक्ति की गिरफ़्तारी पर क्या करना अनिवार्य है?' },
              options: [
                { en: 'Tell the grounds of arrest', hi: 'गिरफ़्तारी के आधार बताना' },
                { en: 'Prepare an arrest memo attested by a witness', hi: 'गवाह द्वारा सत्यापित गिरफ़्तारी मेमो बनाना' },
                { en: 'Inform a relative or friend', hi: 'किसी संबंधी या मित्र को सूचित करना' },
                { en: 'Keep the arrest secret from the family', hi: 'परिवार से गिरफ़्तारी छिपाना' },
              ],
              correct: [0, 1, 2],
              explanation: { en: 'Grounds, arrest memo and intimation to a relative are legal duties.', hi: 'आधार बताना, गिरफ़्तारी मेमो और संबंधी को सूचना देना क़ानूनी कर्तव्य हैं।' },
            },
            {
              type: 'fill_text',
              prompt: { en: 'An FIR registered at a station without jurisdiction and then transferred is called a ______ FIR.', hi: 'क्षेत्राधिकार न होने पर भी दर्ज कर आगे भेजी गई प्राथमिकी ______ एफ़आईआर कहलाती है।' },
              accepted: { en: ['zero', 'Zero'], hi: ['ज़ीरो', 'जीरो', 'शून्य'] },
              explanation: { en: 'Zero FIR, now written into Section 173 BNSS.', hi: 'ज़ीरो एफ़आईआर, जो अब बीएनएसएस की धारा 173 में शामिल है।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'The informant must pay a fee for a copy of the FIR.', hi: 'प्राथमिकी की प्रति के लिए सूचनादाता को शुल्क देना होता है।' },
              correct: false,
              explanation: { en: 'The copy is given free of cost.', hi: 'प्रति निःशुल्क दी जाती है।' },
            },
            {
              type: 'single',
              prompt: { en: 'Where should a lost child found on the beat be taken after care and first enquiry?', hi: 'बीट पर मिले खोए बच्चे को देखभाल और प्रारंभिक पूछताछ के बाद कहाँ ले जाना चाहिए?' },
              options: [
                { en: 'The Child Welfare Committee', hi: 'बाल कल्याण समिति' },
                { en: 'The police lock-up', hi: 'पुलिस हवालात' },
                { en: 'Any neighbour willing to keep the child', hi: 'बच्चे को रखने को तैयार कोई भी पड़ोसी' },
              ],
              correct: 0,
              explanation: { en: 'Under the Juvenile Justice Act, children in need of care go to the Child Welfare Committee.', hi: 'किशोर न्याय अधिनियम के अंतर्गत देखभाल के ज़रूरतमंद बच्चे बाल कल्याण समिति के पास जाते हैं।' },
            },
          ],
        },
      ],
    },
  ],
};
