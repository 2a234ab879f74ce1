import type { DemoCourse } from './types';

export const DM_DISTRICT: DemoCourse = {
  code: 'DM-DISTRICT',
  provider: 'UP-REV',
  title: {
    en: 'Disaster Management for District Officers: Floods, Heatwave and Lightning',
    hi: 'आपदा प्रबंधन: ज़िला अधिकारियों के लिए बाढ़, लू और आकाशीय बिजली',
  },
  summary: {
    en: 'The district disaster management system, flood preparedness and response, and NDMA guidance on heatwave and lightning. Mandatory within one month of a new district posting.',
    hi: 'ज़िला आपदा प्रबंधन व्यवस्था, बाढ़ की तैयारी और राहत, तथा लू और आकाशीय बिजली पर एनडीएमए के दिशानिर्देश। ज़िले में नई तैनाती के एक महीने के भीतर अनिवार्य।',
  },
  description: {
    en: 'For DMs, SPs, ADMs, CDOs, SDMs, ASPs and Tehsildars. Covers the Disaster Management Act 2005 and the role of the District Disaster Management Authority, the flood season cycle from pre-monsoon preparation to relief and ex gratia, and the heat and lightning risks that kill more people in Uttar Pradesh each year than any other hazard. Includes a short video, a printable do’s-and-don’ts sheet and a final assessment.',
    hi: 'ज़िलाधिकारी, पुलिस अधीक्षक, अपर ज़िलाधिकारी, मुख्य विकास अधिकारी, उपज़िलाधिकारी, अपर पुलिस अधीक्षक और तहसीलदार के लिए। इसमें आपदा प्रबंधन अधिनियम 2005 और ज़िला आपदा प्रबंधन प्राधिकरण की भूमिका, मानसून-पूर्व तैयारी से लेकर राहत और अनुग्रह राशि तक बाढ़ का पूरा चक्र, तथा लू और आकाशीय बिजली के वे ख़तरे शामिल हैं जिनसे उत्तर प्रदेश में हर वर्ष बड़ी संख्या में लोगों की जान जाती है। एक छोटा वीडियो, छापने योग्य "क्या करें, क्या न करें" पत्रक और अंतिम मूल्यांकन भी शामिल है।',
  },
  durationMinutes: 90,
  difficulty: 'intermediate',
  competencies: [{ code: 'disaster-management', level: 2 }, { code: 'crisis-leadership', level: 2 }],
  tags: ['disaster-management', 'district-administration', 'mandatory'],
  publishedAt: '2025-11-10T05:30:00.000Z',
  modules: [
    {
      key: 'dm-district-m1-system-and-floods',
      title: { en: 'The district system and floods', hi: 'ज़िला व्यवस्था और बाढ़' },
      lessons: [
        {
          key: 'dm-district-1-ddma-floods',
          type: 'html',
          title: { en: 'The DDMA and the flood season', hi: 'ज़िला आपदा प्रबंधन प्राधिकरण और बाढ़ का मौसम' },
          html: {
            en: `<h2>Who does what</h2>
<p>The <strong>Disaster Management Act, 2005</strong> sets up a three-tier system. The <strong>National Disaster Management Authority (NDMA)</strong> is chaired by the Prime Minister, the State Disaster Management Authority by the Chief Minister, and the <strong>District Disaster Management Authority (DDMA)</strong> by the District Collector or District Magistrate, with the elected head of the Zila Panchayat as co-chairperson. The DDMA prepares the <strong>District Disaster Management Plan</strong>, reviews it every year, and coordinates every department during an emergency. The district Emergency Operations Centre runs the <strong>1077</strong> helpline.</p>
<p>Relief is paid from the <strong>State Disaster Response Fund (SDRF)</strong> according to norms set by the Ministry of Home Affairs; the National Disaster Response Force (NDRF) and the state SDRF teams can be requisitioned for search and rescue.</p>
<h2>The flood cycle</h2>
<h3>Before the monsoon (April–June)</h3>
<ul>
<li>Update the plan, the list of flood-prone villages and the resource inventory (boats, divers, life jackets, generators).</li>
<li>Inspect embankments with the irrigation department and fix weak points before June.</li>
<li>Identify relief camps on high ground with water, toilets, lighting and separate space for women and children.</li>
<li>Pre-position food, fodder, medicines, chlorine tablets and anti-snake venom.</li>
</ul>
<h3>During floods</h3>
<ul>
<li>Track river gauge levels and CWC forecasts; warn villages early through Sachet alerts, sirens, Lekhpals and village heads.</li>
<li>Evacuate the elderly, pregnant women, children and people with disabilities first, with their livestock where possible.</li>
<li>Run camps with health teams; prevent water-borne disease.</li>
</ul>
<h3>After floods</h3>
<p>Complete damage assessment quickly and transparently, pay ex gratia and house-damage assistance by DBT as per SDRF norms, and record lessons for next year's plan. A good district measures success by lives saved and by how fast families recover, not only by money spent.</p>`,
            hi: `<h2>कौन क्या करता है</h2>
<p><strong>आपदा प्रबंधन अधिनियम, 2005</strong> त्रि-स्तरीय व्यवस्था बनाता है। <strong>राष्ट्रीय आपदा प्रबंधन प्राधिकरण (एनडीएमए)</strong> के अध्यक्ष प्रधानमंत्री, राज्य आपदा प्रबंधन प्राधिकरण के अध्यक्ष मुख्यमंत्री, और <strong>ज़िला आपदा प्रबंधन प्राधिकरण (डीडीएमए)</strong> के अध्यक्ष ज़िलाधिकारी होते हैं, तथा ज़िला पंचायत के निर्वाचित अध्यक्ष सह-अध्यक्ष होते हैं। डीडीएमए <strong>ज़िला आपदा प्रबंधन योजना</strong> बनाता है, हर वर्ष उसकी समीक्षा करता है और आपात स्थिति में सभी विभागों का समन्वय करता है। ज़िले का आपातकालीन संचालन केंद्र <strong>1077</strong> हेल्पलाइन चलाता है।</p>
<p>राहत का भुगतान गृह मंत्रालय द्वारा तय मानकों के अनुसार <strong>राज्य आपदा मोचन निधि (एसडीआरएफ़)</strong> से होता है; खोज और बचाव के लिए राष्ट्रीय आपदा मोचन बल (एनडीआरएफ़) और राज्य के एसडीआरएफ़ दल बुलाए जा सकते हैं।</p>
<h2>बाढ़ का चक्र</h2>
<h3>मानसून से पहले (अप्रैल–जून)</h3>
<ul>
<li>योजना, बाढ़-प्रभावित गाँवों की सूची और संसाधन सूची (नावें, गोताख़ोर, लाइफ़ जैकेट, जनरेटर) अद्यतन करें।</li>
<li>सिंचाई विभाग के साथ तटबंधों का निरीक्षण करें और जून से पहले कमज़ोर स्थान ठीक कराएँ।</li>
<li>ऊँचे स्थानों पर राहत शिविर चिह्नित करें जहाँ पानी, शौचालय, रोशनी और महिलाओं व बच्चों के लिए अलग स्थान हो।</li>
<li>खाद्यान्न, पशु-चारा, दवाइयाँ, क्लोरीन की गोलियाँ और सर्पदंश-रोधी दवा पहले से रखें।</li>
</ul>
<h3>बाढ़ के दौरान</h3>
<ul>
<li>नदी के गेज स्तर और केंद्रीय जल आयोग के पूर्वानुमान देखते रहें; सचेत अलर्ट, सायरन, लेखपाल और ग्राम प्रधान के माध्यम से गाँवों को समय से चेतावनी दें।</li>
<li>बुज़ुर्गों, गर्भवती महिलाओं, बच्चों और दिव्यांगजनों को सबसे पहले निकालें, संभव हो तो उनके पशुओं के साथ।</li>
<li>स्वास्थ्य दलों के साथ शिविर चलाएँ; जल-जनित रोगों को रोकें।</li>
</ul>
<h3>बाढ़ के बाद</h3>
<p>क्षति का आकलन जल्दी और पारदर्शी ढंग से पूरा करें, एसडीआरएफ़ मानकों के अनुसार अनुग्रह राशि और मकान-क्षति सहायता डीबीटी से दें, और अगले वर्ष की योजना के लिए सीख दर्ज करें। अच्छा ज़िला अपनी सफलता ख़र्च हुए पैसे से नहीं, बल्कि बचाई गई जानों और परिवारों के जल्दी सँभलने से मापता है।</p>`,
          },
        },
        {
          key: 'dm-district-2-quiz',
          type: 'quiz',
          title: { en: 'Quick check: the district system', hi: 'त्वरित जाँच: ज़िला व्यवस्था' },
          settings: { passMark: 50, shuffle: true },
          questions: [
            {
              type: 'single',
              prompt: { en: 'Who chairs the District Disaster Management Authority?', hi: 'ज़िला आपदा प्रबंधन प्राधिकरण का अध्यक्ष कौन होता है?' },
              options: [
                { en: 'The District Collector / District Magistrate', hi: 'ज़िलाधिकारी / कलेक्टर' },
                { en: 'The Superintendent of Police', hi: 'पुलिस अधीक्षक' },
                { en: 'The Chief Medical Officer', hi: 'मुख्य चिकित्सा अधिकारी' },
              ],
              correct: 0,
              explanation: { en: 'Section 25 of the DM Act 2005: the Collector/DM chairs the DDMA.', hi: 'आपदा प्रबंधन अधिनियम 2005 की धारा 25: ज़िलाधिकारी डीडीएमए के अध्यक्ष होते हैं।' },
            },
            {
              type: 'fill_numeric',
              prompt: { en: 'What is the district disaster helpline number?', hi: 'ज़िला आपदा हेल्पलाइन का नंबर क्या है?' },
              value: 1077,
              tolerance: 0,
              explanation: { en: '1077 is the district Emergency Operations Centre number; 1070 is the state number.', hi: '1077 ज़िला आपातकालीन संचालन केंद्र का नंबर है; 1070 राज्य का नंबर है।' },
            },
          ],
        },
      ],
    },
    {
      key: 'dm-district-m2-heat-and-lightning',
      title: { en: 'Heatwave and lightning', hi: 'लू और आकाशीय बिजली' },
      lessons: [
        {
          key: 'dm-district-3-video',
          type: 'video',
          title: { en: 'Video: heat, health and breaks at work', hi: 'वीडियो: गर्मी, स्वास्थ्य और काम के बीच विराम' },
          video: { file: 'heat-health-y-break.mp4', durationSeconds: 20 },
        },
        {
          key: 'dm-district-4-dos-donts',
          type: 'pdf',
          title: { en: 'Heatwave and lightning: do’s and don’ts (handout)', hi: 'लू और आकाशीय बिजली: क्या करें, क्या न करें (पत्रक)' },
          pdf: { en: 'heatwave-lightning-dos-donts-en.pdf', hi: 'heatwave-lightning-dos-donts-hi.pdf' },
        },
        {
          key: 'dm-district-5-ndma-link',
          type: 'link',
          title: { en: 'NDMA guidelines', hi: 'एनडीएमए दिशानिर्देश' },
          link: {
            url: 'https://ndma.gov.in/',
            note: { en: 'Read the NDMA guidelines on heat waves and on thunderstorm and lightning, and the heat action plan template.', hi: 'लू तथा आँधी-तूफ़ान और आकाशीय बिजली पर एनडीएमए के दिशानिर्देश और हीट एक्शन प्लान का नमूना पढ़ें।' },
          },
        },
        {
          key: 'dm-district-6-final',
          type: 'final_assessment',
          title: { en: 'Final assessment', hi: 'अंतिम मूल्यांकन' },
          settings: { passMark: 60, attemptLimit: 3, timeLimitSeconds: 600, drawCount: 5, shuffle: true },
          questions: [
            {
              type: 'true_false',
              prompt: { en: 'During a thunderstorm, a large isolated tree is a safe shelter.', hi: 'आँधी-तूफ़ान के दौरान अकेला बड़ा पेड़ सुरक्षित आश्रय है।' },
              correct: false,
              explanation: { en: 'Isolated trees attract lightning. Go indoors; in the open, crouch low with feet together.', hi: 'अकेले पेड़ पर बिजली गिरने की संभावना अधिक होती है। घर के अंदर जाएँ; खुले में पैर सटाकर नीचे बैठ जाएँ।' },
            },
            {
              type: 'fill_numeric',
              prompt: { en: 'After the last thunder, how many minutes should people wait before going out?', hi: 'आख़िरी गरज के बाद बाहर निकलने से पहले कितने मिनट प्रतीक्षा करनी चाहिए?' },
              value: 30,
              tolerance: 0,
              explanation: { en: 'Stay indoors for 30 minutes after the last thunder.', hi: 'आख़िरी गरज के बाद 30 मिनट तक अंदर रहें।' },
            },
            {
              type: 'multiple',
              prompt: { en: 'Which are part of a district heat action plan?', hi: 'ज़िले की हीट एक्शन प्लान में इनमें से क्या शामिल है?' },
              options: [
                { en: 'Shifting outdoor work hours to cooler times', hi: 'बाहरी काम का समय ठंडे समय में करना' },
                { en: 'Drinking-water points and cooling shelters', hi: 'पेयजल केंद्र और शीतलन आश्रय' },
                { en: 'Closing all hospitals in the afternoon', hi: 'दोपहर में सभी अस्पताल बंद करना' },
                { en: 'Preparing hospitals to treat heat stroke', hi: 'अस्पतालों को लू के उपचार के लिए तैयार रखना' },
              ],
              correct: [0, 1, 3],
              explanation: { en: 'Heat action plans change work timings, provide water and shade, and prepare health services.', hi: 'हीट एक्शन प्लान काम का समय बदलते हैं, पानी और छाया देते हैं और स्वास्थ्य सेवाओं को तैयार करते हैं।' },
            },
            {
              type: 'single',
              prompt: { en: 'Which app from IITM Pune warns of lightning nearby?', hi: 'आईआईटीएम पुणे का कौन-सा ऐप पास में बिजली गिरने की चेतावनी देता है?' },
              options: [
                { en: 'Damini', hi: 'दामिनी' },
                { en: 'UMANG', hi: 'उमंग' },
                { en: 'DigiLocker', hi: 'डिजिलॉकर' },
              ],
              correct: 0,
              explanation: { en: 'Damini shows lightning activity in the surrounding area.', hi: 'दामिनी आसपास के क्षेत्र में बिजली गिरने की गतिविधि दिखाता है।' },
            },
            {
              type: 'match',
              prompt: { en: 'Match each phase with an action.', hi: 'प्रत्येक चरण को उसकी कार्रवाई से मिलाएँ।' },
              pairs: [
                { left: { en: 'Before the monsoon', hi: 'मानसून से पहले' }, right: { en: 'Inspect embankments', hi: 'तटबंधों का निरीक्षण' } },
                { left: { en: 'During floods', hi: 'बाढ़ के दौरान' }, right: { en: 'Evacuate vulnerable people first', hi: 'कमज़ोर वर्गों को पहले निकालना' } },
                { left: { en: 'After floods', hi: 'बाढ़ के बाद' }, right: { en: 'Damage assessment and ex gratia', hi: 'क्षति आकलन और अनुग्रह राशि' } },
              ],
              explanation: { en: 'Preparation, response and recovery each have their own tasks.', hi: 'तैयारी, प्रतिक्रिया और पुनर्वास — हर चरण के अपने काम हैं।' },
            },
            {
              type: 'single',
              prompt: { en: 'A worker collapses with hot, dry skin and confusion in May. What first?', hi: 'मई में एक श्रमिक गर्म, सूखी त्वचा और भ्रम के साथ गिर पड़ा। पहले क्या करें?' },
              options: [
                { en: 'Move to shade, cool the body, call 108', hi: 'छाया में ले जाएँ, शरीर ठंडा करें, 108 पर कॉल करें' },
                { en: 'Give hot tea and let him rest in the sun', hi: 'गरम चाय दें और धूप में आराम करने दें' },
                { en: 'Wait an hour to see if he recovers', hi: 'एक घंटा रुककर देखें कि ठीक होता है या नहीं' },
              ],
              correct: 0,
              explanation: { en: 'Heat stroke is a medical emergency: cool quickly and get an ambulance.', hi: 'लू लगना चिकित्सीय आपातकाल है: जल्दी ठंडा करें और एंबुलेंस बुलाएँ।' },
            },
          ],
        },
      ],
    },
  ],
};
