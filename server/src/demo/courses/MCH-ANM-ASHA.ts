import type { DemoCourse } from './types';

export const MCH_ANM_ASHA: DemoCourse = {
  code: 'MCH-ANM-ASHA',
  provider: 'UP-MH',
  title: { en: 'Maternal and Child Health for ANMs and ASHAs', hi: 'एएनएम और आशा के लिए मातृ एवं शिशु स्वास्थ्य' },
  summary: {
    en: 'Antenatal care, safe institutional delivery, home-based newborn care and the danger signs every front-line worker must act on.',
    hi: 'प्रसवपूर्व देखभाल, सुरक्षित संस्थागत प्रसव, गृह-आधारित नवजात देखभाल और वे ख़तरे के लक्षण जिन पर हर अग्रिम पंक्ति कार्यकर्ता को तुरंत कार्रवाई करनी है।',
  },
  description: {
    en: 'A refresher for Auxiliary Nurse Midwives and Accredited Social Health Activists, built on National Health Mission guidelines. It follows a mother and baby from registration in pregnancy to the first 42 days after birth, with the schedules, schemes and referral numbers you use every day.',
    hi: 'राष्ट्रीय स्वास्थ्य मिशन के दिशानिर्देशों पर आधारित, सहायक नर्स मिडवाइफ़ (एएनएम) और मान्यता प्राप्त सामाजिक स्वास्थ्य कार्यकर्ता (आशा) के लिए पुनश्चर्या पाठ्यक्रम। यह गर्भावस्था में पंजीकरण से लेकर जन्म के बाद पहले 42 दिन तक माँ और शिशु के साथ चलता है, और उन समय-सारणियों, योजनाओं और रेफ़रल नंबरों को समझाता है जिनका आप रोज़ उपयोग करती हैं।',
  },
  durationMinutes: 70,
  difficulty: 'intermediate',
  competencies: [{ code: 'public-health', level: 2 }, { code: 'community-outreach', level: 2 }],
  tags: ['health', 'maternal-health', 'child-health', 'frontline-workers'],
  publishedAt: '2025-12-01T05:30:00.000Z',
  modules: [
    {
      key: 'mch-m1-pregnancy',
      title: { en: 'Pregnancy and delivery', hi: 'गर्भावस्था और प्रसव' },
      lessons: [
        {
          key: 'mch-1-antenatal-care',
          type: 'html',
          title: { en: 'Antenatal care and safe delivery', hi: 'प्रसवपूर्व देखभाल और सुरक्षित प्रसव' },
          html: {
            en: `<h2>Register early</h2>
<p>Every pregnancy should be registered in the <strong>first trimester</strong> (within 12 weeks), and the woman given a <strong>Mother and Child Protection (MCP) card</strong>. Early registration gives time to find anaemia, high blood pressure and other risks before they become emergencies. The ASHA identifies pregnant women in her village through home visits; the ANM registers them and records them in the RCH portal.</p>
<h2>Antenatal check-ups</h2>
<p>A pregnant woman needs <strong>at least four antenatal check-ups</strong>, including one in the first trimester. At each visit the ANM should:</p>
<ul>
<li>measure weight and blood pressure, and check for swelling of the face and hands;</li>
<li>test haemoglobin and urine (for sugar and protein);</li>
<li>examine the abdomen for the growth and position of the baby;</li>
<li>give <strong>two doses of Td (tetanus-diphtheria)</strong> vaccine, or one booster dose if vaccinated in a pregnancy within the last three years;</li>
<li>give <strong>iron and folic acid</strong> tablets — one a day for at least <strong>180 days</strong> from the second trimester, and calcium tablets — under Anaemia Mukt Bharat.</li>
</ul>
<p>Under the <strong>Pradhan Mantri Surakshit Matritva Abhiyan (PMSMA)</strong>, a specialist check-up is available free at government facilities on the <strong>9th of every month</strong>. Bring high-risk women to these sessions.</p>
<h3>Danger signs in pregnancy — refer immediately</h3>
<ul>
<li>Bleeding from the vagina at any stage</li>
<li>Severe headache, blurred vision or fits</li>
<li>High fever, or severe pain in the abdomen</li>
<li>Baby's movements reduced or stopped</li>
<li>Water breaking without labour pains</li>
</ul>
<h2>Safe delivery</h2>
<p>Every delivery should take place in a health facility with a skilled birth attendant. Help the family make a <strong>birth preparedness plan</strong>: the facility, transport, money, a blood donor and a companion. Free ambulance transport is available by calling <strong>102</strong> (or 108 in an emergency). Under <strong>Janani Shishu Suraksha Karyakram (JSSK)</strong>, delivery including caesarean section, drugs, diagnostics, diet, blood and transport are free in public facilities. <strong>Janani Suraksha Yojana (JSY)</strong> gives cash assistance for institutional delivery and an incentive to the ASHA. Encourage the mother to stay at the facility for at least 48 hours after a normal delivery.</p>`,
            hi: `<h2>जल्दी पंजीकरण</h2>
<p>हर गर्भावस्था का पंजीकरण <strong>पहली तिमाही</strong> (12 सप्ताह के भीतर) में होना चाहिए, और महिला को <strong>मातृ एवं शिशु सुरक्षा (एमसीपी) कार्ड</strong> दिया जाना चाहिए। जल्दी पंजीकरण से ख़ून की कमी, उच्च रक्तचाप और अन्य जोखिमों का पता आपात स्थिति बनने से पहले चल जाता है। आशा गृह-भ्रमण के दौरान अपने गाँव की गर्भवती महिलाओं की पहचान करती है; एएनएम उनका पंजीकरण कर आरसीएच पोर्टल पर दर्ज करती है।</p>
<h2>प्रसवपूर्व जाँच</h2>
<p>गर्भवती महिला की <strong>कम से कम चार प्रसवपूर्व जाँचें</strong> होनी चाहिए, जिनमें एक पहली तिमाही में हो। हर जाँच में एएनएम को:</p>
<ul>
<li>वज़न और रक्तचाप मापना चाहिए, और चेहरे व हाथों की सूजन देखनी चाहिए;</li>
<li>हीमोग्लोबिन और पेशाब (शुगर और प्रोटीन) की जाँच करनी चाहिए;</li>
<li>शिशु की वृद्धि और स्थिति के लिए पेट की जाँच करनी चाहिए;</li>
<li><strong>टीडी (टिटनेस-डिप्थीरिया) टीके की दो ख़ुराक</strong>, या पिछले तीन वर्ष के भीतर की गर्भावस्था में टीका लगा हो तो एक बूस्टर ख़ुराक देनी चाहिए;</li>
<li>एनीमिया मुक्त भारत के अंतर्गत दूसरी तिमाही से कम से कम <strong>180 दिन</strong> तक रोज़ एक <strong>आयरन-फ़ोलिक एसिड</strong> गोली और कैल्शियम की गोलियाँ देनी चाहिए।</li>
</ul>
<p><strong>प्रधानमंत्री सुरक्षित मातृत्व अभियान (पीएमएसएमए)</strong> के अंतर्गत <strong>हर महीने की 9 तारीख़</strong> को सरकारी स्वास्थ्य केंद्रों पर विशेषज्ञ जाँच निःशुल्क होती है। उच्च जोखिम वाली महिलाओं को इन सत्रों में अवश्य लाएँ।</p>
<h3>गर्भावस्था में ख़तरे के लक्षण — तुरंत रेफ़र करें</h3>
<ul>
<li>किसी भी समय योनि से रक्तस्राव</li>
<li>तेज़ सिरदर्द, धुँधला दिखना या दौरे पड़ना</li>
<li>तेज़ बुख़ार, या पेट में तेज़ दर्द</li>
<li>शिशु का हिलना-डुलना कम होना या बंद होना</li>
<li>प्रसव पीड़ा के बिना पानी की थैली फटना</li>
</ul>
<h2>सुरक्षित प्रसव</h2>
<p>हर प्रसव कुशल प्रसव सहायक की देखरेख में स्वास्थ्य केंद्र पर होना चाहिए। परिवार को <strong>प्रसव की तैयारी की योजना</strong> बनाने में मदद करें: स्वास्थ्य केंद्र, वाहन, पैसे, रक्तदाता और साथ जाने वाला व्यक्ति। <strong>102</strong> (आपात स्थिति में 108) पर कॉल करके निःशुल्क एंबुलेंस मिलती है। <strong>जननी शिशु सुरक्षा कार्यक्रम (जेएसएसके)</strong> के अंतर्गत सरकारी केंद्रों में सिज़ेरियन सहित प्रसव, दवाइयाँ, जाँचें, भोजन, रक्त और परिवहन निःशुल्क हैं। <strong>जननी सुरक्षा योजना (जेएसवाई)</strong> संस्थागत प्रसव के लिए नक़द सहायता और आशा को प्रोत्साहन राशि देती है। सामान्य प्रसव के बाद माँ को कम से कम 48 घंटे केंद्र पर रुकने के लिए प्रेरित करें।</p>`,
          },
        },
        {
          key: 'mch-2-quiz',
          type: 'quiz',
          title: { en: 'Quick check: pregnancy', hi: 'त्वरित जाँच: गर्भावस्था' },
          settings: { passMark: 60, shuffle: true },
          questions: [
            {
              type: 'fill_numeric',
              prompt: { en: 'On which date of every month are PMSMA specialist check-ups held?', hi: 'हर महीने की किस तारीख़ को पीएमएसएमए विशेषज्ञ जाँच होती है?' },
              value: 9,
              tolerance: 0,
              explanation: { en: 'PMSMA sessions are held on the 9th of every month.', hi: 'पीएमएसएमए सत्र हर महीने की 9 तारीख़ को होते हैं।' },
            },
            {
              type: 'multiple',
              prompt: { en: 'Which are danger signs in pregnancy that need immediate referral?', hi: 'गर्भावस्था के कौन-से ख़तरे के लक्षण तुरंत रेफ़रल माँगते हैं?' },
              options: [
                { en: 'Vaginal bleeding', hi: 'योनि से रक्तस्राव' },
                { en: 'Fits or blurred vision', hi: 'दौरे या धुँधला दिखना' },
                { en: 'Mild tiredness in the evening', hi: 'शाम को हल्की थकान' },
                { en: 'Baby’s movements stopped', hi: 'शिशु का हिलना-डुलना बंद होना' },
              ],
              correct: [0, 1, 3],
              explanation: { en: 'Bleeding, fits, blurred vision and absent fetal movements are emergencies.', hi: 'रक्तस्राव, दौरे, धुँधला दिखना और शिशु का न हिलना आपात स्थितियाँ हैं।' },
            },
            {
              type: 'fill_text',
              prompt: { en: 'The card that records a mother’s and child’s care is the MCP card — Mother and Child ______ card.', hi: 'माँ और शिशु की देखभाल दर्ज करने वाला कार्ड एमसीपी कार्ड है — मातृ एवं शिशु ______ कार्ड।' },
              accepted: { en: ['Protection'], hi: ['सुरक्षा', 'संरक्षण'] },
              explanation: { en: 'The Mother and Child Protection card goes with the family to every visit.', hi: 'मातृ एवं शिशु सुरक्षा कार्ड हर भेंट पर परिवार के साथ रहता है।' },
            },
          ],
        },
      ],
    },
    {
      key: 'mch-m2-newborn',
      title: { en: 'Newborn and postnatal care', hi: 'नवजात और प्रसवोत्तर देखभाल' },
      lessons: [
        {
          key: 'mch-3-hbnc',
          type: 'html',
          title: { en: 'Home-based newborn care', hi: 'गृह-आधारित नवजात देखभाल' },
          html: {
            en: `<h2>The first hour</h2>
<p>Help the mother start <strong>breastfeeding within one hour</strong> of birth. The first thick yellow milk, colostrum, is the baby's first vaccine — do not throw it away and do not give honey, water or ghutti. Keep the baby warm with skin-to-skin contact, dry the baby with a clean cloth, and <strong>delay the first bath</strong> for at least 24 hours. At the facility the baby should get vitamin K and the birth doses of <strong>BCG, OPV-0 and hepatitis B</strong>.</p>
<h2>Home visits by the ASHA</h2>
<p>Under the <strong>Home Based Newborn Care (HBNC)</strong> programme, the ASHA visits every newborn at home: on <strong>days 3, 7, 14, 21, 28 and 42</strong> after an institutional delivery (six visits), with an extra visit on day 1 if the baby was born at home (seven visits). At each visit she:</p>
<ul>
<li>weighs the baby and checks temperature, breathing, the cord and the skin;</li>
<li>watches a breastfeed and helps with attachment and position;</li>
<li>checks the mother for bleeding, fever, breast problems and low mood;</li>
<li>counsels on hand-washing, keeping the baby warm and exclusive breastfeeding;</li>
<li>fills the HBNC format so that the visit is recorded and paid for.</li>
</ul>
<h3>Low-birth-weight babies</h3>
<p>A baby weighing less than <strong>2,500 grams</strong> at birth is low birth weight. These babies lose heat and get infections easily. Teach <strong>Kangaroo Mother Care</strong>: the baby is held upright, skin-to-skin on the mother's chest, for as many hours a day as possible, and fed frequently. Visit such babies more often.</p>
<h3>Danger signs in a newborn — refer at once</h3>
<ul>
<li>Not feeding well or unable to suck</li>
<li>Fast breathing (60 or more breaths a minute) or chest in-drawing</li>
<li>Body cold to touch, or fever</li>
<li>Yellow palms and soles, convulsions, or a red or pus-filled cord</li>
<li>Baby very sleepy or moving less than usual</li>
</ul>
<h2>After six weeks</h2>
<p>Exclusive breastfeeding continues until <strong>six months</strong>, after which soft home-made foods are added while breastfeeding continues to two years or beyond. Make sure the baby starts the routine immunisation schedule at six weeks, and record every dose on the MCP card and in U-WIN. Discuss family planning choices with the mother before she leaves the facility and again at the day-42 visit.</p>`,
            hi: `<h2>पहला घंटा</h2>
<p>जन्म के <strong>एक घंटे के भीतर स्तनपान</strong> शुरू कराने में माँ की मदद करें। पहला गाढ़ा पीला दूध, खीस (कोलोस्ट्रम), शिशु का पहला टीका है — इसे फेंकें नहीं और शहद, पानी या घुट्टी न दें। त्वचा से त्वचा के संपर्क से शिशु को गर्म रखें, साफ़ कपड़े से पोंछें, और पहला <strong>स्नान कम से कम 24 घंटे टालें</strong>। स्वास्थ्य केंद्र पर शिशु को विटामिन के और जन्म के समय की <strong>बीसीजी, ओपीवी-0 और हेपेटाइटिस बी</strong> की ख़ुराक मिलनी चाहिए।</p>
<h2>आशा के गृह-भ्रमण</h2>
<p><strong>गृह-आधारित नवजात देखभाल (एचबीएनसी)</strong> कार्यक्रम के अंतर्गत आशा हर नवजात के घर जाती है: संस्थागत प्रसव के बाद <strong>तीसरे, सातवें, 14वें, 21वें, 28वें और 42वें दिन</strong> (छह भ्रमण), और यदि शिशु का जन्म घर पर हुआ हो तो पहले दिन एक अतिरिक्त भ्रमण (सात भ्रमण)। हर भ्रमण में वह:</p>
<ul>
<li>शिशु का वज़न लेती है और तापमान, श्वास, नाल और त्वचा की जाँच करती है;</li>
<li>स्तनपान होते देखती है और शिशु को सही ढंग से लगाने व स्थिति में मदद करती है;</li>
<li>माँ में रक्तस्राव, बुख़ार, स्तन की समस्या और उदासी की जाँच करती है;</li>
<li>हाथ धोने, शिशु को गर्म रखने और केवल स्तनपान के बारे में परामर्श देती है;</li>
<li>एचबीएनसी प्रपत्र भरती है ताकि भ्रमण दर्ज हो और उसका भुगतान हो सके।</li>
</ul>
<h3>कम वज़न वाले शिशु</h3>
<p>जन्म के समय <strong>2,500 ग्राम</strong> से कम वज़न वाला शिशु कम वज़न का होता है। ऐसे शिशु जल्दी ठंडे होते हैं और आसानी से संक्रमित होते हैं। <strong>कंगारू मदर केयर</strong> सिखाएँ: शिशु को माँ की छाती पर त्वचा से त्वचा सटाकर सीधा रखा जाता है, दिन में जितने अधिक घंटे संभव हो, और बार-बार स्तनपान कराया जाता है। ऐसे शिशुओं के घर अधिक बार जाएँ।</p>
<h3>नवजात में ख़तरे के लक्षण — तुरंत रेफ़र करें</h3>
<ul>
<li>ठीक से दूध न पीना या चूस न पाना</li>
<li>तेज़ साँस (एक मिनट में 60 या अधिक) या छाती का अंदर धँसना</li>
<li>शरीर छूने पर ठंडा, या बुख़ार</li>
<li>हथेलियाँ और तलवे पीले, दौरे, या नाल लाल अथवा उसमें मवाद</li>
<li>शिशु का बहुत सुस्त रहना या सामान्य से कम हिलना</li>
</ul>
<h2>छह सप्ताह के बाद</h2>
<p><strong>छह महीने</strong> तक केवल स्तनपान जारी रहता है, उसके बाद घर का बना नरम भोजन जोड़ा जाता है और स्तनपान दो वर्ष या उससे अधिक तक चलता रहता है। सुनिश्चित करें कि छह सप्ताह पर शिशु का नियमित टीकाकरण शुरू हो, और हर ख़ुराक एमसीपी कार्ड तथा यू-विन पर दर्ज हो। माँ के स्वास्थ्य केंद्र से जाने से पहले और 42वें दिन के भ्रमण में परिवार नियोजन के विकल्पों पर चर्चा करें।</p>`,
          },
        },
        {
          key: 'mch-4-final',
          type: 'final_assessment',
          title: { en: 'Final assessment', hi: 'अंतिम मूल्यांकन' },
          settings: { passMark: 60, attemptLimit: 3, drawCount: 5, shuffle: true },
          questions: [
            {
              type: 'fill_numeric',
              prompt: { en: 'Below what birth weight in grams is a baby considered low birth weight?', hi: 'जन्म के समय कितने ग्राम से कम वज़न वाला शिशु कम वज़न का माना जाता है?' },
              value: 2500,
              tolerance: 0,
              explanation: { en: 'Less than 2,500 g is low birth weight; start Kangaroo Mother Care.', hi: '2,500 ग्राम से कम कम वज़न है; कंगारू मदर केयर शुरू करें।' },
            },
            {
              type: 'single',
              prompt: { en: 'How many HBNC home visits does the ASHA make after an institutional delivery?', hi: 'संस्थागत प्रसव के बाद आशा एचबीएनसी के अंतर्गत कितने गृह-भ्रमण करती है?' },
              options: [
                { en: 'Six (days 3, 7, 14, 21, 28, 42)', hi: 'छह (दिन 3, 7, 14, 21, 28, 42)' },
                { en: 'Two (days 7 and 42)', hi: 'दो (दिन 7 और 42)' },
                { en: 'One, on day 1', hi: 'एक, पहले दिन' },
              ],
              correct: 0,
              explanation: { en: 'Six visits after institutional delivery; seven after home delivery.', hi: 'संस्थागत प्रसव के बाद छह भ्रमण; घर पर प्रसव के बाद सात।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'Giving honey or ghutti to a newborn before breastfeeding is recommended.', hi: 'स्तनपान से पहले नवजात को शहद या घुट्टी देने की सलाह दी जाती है।' },
              correct: false,
              explanation: { en: 'Start breastfeeding within an hour; nothing else, not even water, for six months.', hi: 'एक घंटे के भीतर स्तनपान शुरू करें; छह महीने तक पानी सहित और कुछ नहीं।' },
            },
            {
              type: 'match',
              prompt: { en: 'Match each scheme or service with what it provides.', hi: 'प्रत्येक योजना या सेवा को उससे मिलने वाली सुविधा से मिलाएँ।' },
              pairs: [
                { left: { en: 'JSSK', hi: 'जेएसएसके' }, right: { en: 'Free delivery, drugs, diet and transport', hi: 'निःशुल्क प्रसव, दवा, भोजन और परिवहन' } },
                { left: { en: 'JSY', hi: 'जेएसवाई' }, right: { en: 'Cash assistance for institutional delivery', hi: 'संस्थागत प्रसव के लिए नक़द सहायता' } },
                { left: { en: 'PMSMA', hi: 'पीएमएसएमए' }, right: { en: 'Specialist check-up on the 9th', hi: '9 तारीख़ को विशेषज्ञ जाँच' } },
                { left: { en: '102', hi: '102' }, right: { en: 'Free ambulance for mothers and infants', hi: 'माँ और शिशु के लिए निःशुल्क एंबुलेंस' } },
              ],
              explanation: { en: 'Knowing these entitlements helps families use them.', hi: 'इन अधिकारों की जानकारी से परिवार इनका लाभ ले पाते हैं।' },
            },
            {
              type: 'fill_numeric',
              prompt: { en: 'A newborn breathing how many times a minute or more has fast breathing (a danger sign)?', hi: 'एक मिनट में कितनी या अधिक बार साँस लेने वाले नवजात की साँस तेज़ मानी जाती है (ख़तरे का लक्षण)?' },
              value: 60,
              tolerance: 0,
              explanation: { en: '60 or more breaths a minute in a newborn is fast breathing; refer.', hi: 'नवजात में एक मिनट में 60 या अधिक साँस तेज़ साँस है; रेफ़र करें।' },
            },
            {
              type: 'multiple',
              prompt: { en: 'Which vaccines are given at birth?', hi: 'जन्म के समय कौन-से टीके दिए जाते हैं?' },
              options: [
                { en: 'BCG', hi: 'बीसीजी' },
                { en: 'OPV-0', hi: 'ओपीवी-0' },
                { en: 'Hepatitis B birth dose', hi: 'हेपेटाइटिस बी जन्म ख़ुराक' },
                { en: 'Measles-rubella', hi: 'खसरा-रूबेला' },
              ],
              correct: [0, 1, 2],
              explanation: { en: 'MR is given at 9–12 months, not at birth.', hi: 'खसरा-रूबेला टीका 9–12 महीने पर दिया जाता है, जन्म के समय नहीं।' },
            },
          ],
        },
      ],
    },
  ],
};
