import type { DemoCourse } from './types';

export const NEP_2020: DemoCourse = {
  code: 'NEP-2020',
  provider: 'DOPT',
  title: { en: 'National Education Policy 2020: An Overview', hi: 'राष्ट्रीय शिक्षा नीति 2020: एक परिचय' },
  summary: {
    en: 'The main reforms of NEP 2020 in school and higher education, and what they mean for officers working with schools, colleges and skills.',
    hi: 'विद्यालयी और उच्च शिक्षा में राष्ट्रीय शिक्षा नीति 2020 के प्रमुख सुधार, और विद्यालयों, महाविद्यालयों व कौशल से जुड़े अधिकारियों के लिए उनका अर्थ।',
  },
  description: {
    en: 'NEP 2020 replaced the 1986 policy, as modified in 1992, and is being implemented through schemes such as NIPUN Bharat and PM SHRI. This course explains the new 5+3+3+4 school structure, foundational literacy and numeracy, the approach to language, the targets for higher education, and the Academic Bank of Credit.',
    hi: 'राष्ट्रीय शिक्षा नीति 2020 ने 1986 की नीति (1992 में संशोधित) का स्थान लिया और निपुण भारत तथा पीएम श्री जैसी योजनाओं के माध्यम से लागू हो रही है। यह पाठ्यक्रम 5+3+3+4 की नई विद्यालय संरचना, बुनियादी साक्षरता और संख्या-ज्ञान, भाषा के प्रति दृष्टिकोण, उच्च शिक्षा के लक्ष्य और एकेडमिक बैंक ऑफ़ क्रेडिट को समझाता है।',
  },
  durationMinutes: 40,
  difficulty: 'beginner',
  competencies: [{ code: 'education-policy', level: 1 }, { code: 'public-policy', level: 1 }],
  tags: ['education', 'policy'],
  publishedAt: '2025-06-05T05:30:00.000Z',
  modules: [
    {
      key: 'nep-2020-m1-school',
      title: { en: 'School education', hi: 'विद्यालयी शिक्षा' },
      lessons: [
        {
          key: 'nep-2020-1-key-reforms',
          type: 'html',
          title: { en: 'Key reforms at a glance', hi: 'प्रमुख सुधार एक नज़र में' },
          html: {
            en: `<h2>A new school structure</h2>
<p>The <strong>National Education Policy 2020</strong>, approved by the Union Cabinet on 29 July 2020, replaces the old 10+2 structure with a <strong>5+3+3+4</strong> design matched to how children develop:</p>
<table>
<tr><th>Stage</th><th>Ages</th><th>Classes</th></tr>
<tr><td>Foundational</td><td>3–8</td><td>3 years of pre-school (Anganwadi/Balvatika) + Classes 1–2</td></tr>
<tr><td>Preparatory</td><td>8–11</td><td>Classes 3–5</td></tr>
<tr><td>Middle</td><td>11–14</td><td>Classes 6–8</td></tr>
<tr><td>Secondary</td><td>14–18</td><td>Classes 9–12</td></tr>
</table>
<p>Bringing ages 3–6 into the system means Anganwadi centres and primary schools must work together on early childhood care and education.</p>
<h3>Foundational literacy and numeracy</h3>
<p>The policy calls universal foundational literacy and numeracy by Class 3 the most urgent priority. The <strong>NIPUN Bharat</strong> mission, launched in 2021, turns this into classroom targets; Uttar Pradesh runs it as Mission Prerna and NIPUN assessments.</p>
<h3>Language, curriculum and assessment</h3>
<ul>
<li>Wherever possible, the medium of instruction until at least Class 5, preferably Class 8, should be the home language or mother tongue.</li>
<li>No hard separation between arts and science, curricular and extra-curricular, or vocational and academic streams; vocational exposure and internships begin from Class 6.</li>
<li>Board examinations are to test core concepts rather than rote learning; a 360-degree holistic progress card replaces marks-only reports.</li>
</ul>
<h2>Higher education</h2>
<ul>
<li>Raise the Gross Enrolment Ratio in higher education to <strong>50% by 2035</strong>.</li>
<li>Four-year multidisciplinary undergraduate programmes with <strong>multiple entry and exit</strong>: a certificate after one year, a diploma after two, a degree after three.</li>
<li>The <strong>Academic Bank of Credit</strong> stores credits earned so that students can move between institutions.</li>
<li>A single Higher Education Commission of India is proposed to regulate all higher education except medical and legal education.</li>
</ul>
<h2>Funding and the role of officers</h2>
<p>The policy reaffirms the goal of public spending on education of <strong>6% of GDP</strong>. District and block officers see NEP through school mergers and pairing, teacher training, Balvatika classes in primary schools, and data on learning outcomes. Knowing the intent behind each reform helps officers explain changes to parents and to teachers.</p>`,
            hi: `<h2>विद्यालय की नई संरचना</h2>
<p>29 जुलाई 2020 को केंद्रीय मंत्रिमंडल द्वारा स्वीकृत <strong>राष्ट्रीय शिक्षा नीति 2020</strong> पुरानी 10+2 संरचना के स्थान पर बच्चों के विकास के चरणों के अनुरूप <strong>5+3+3+4</strong> संरचना लाती है:</p>
<table>
<tr><th>चरण</th><th>आयु</th><th>कक्षाएँ</th></tr>
<tr><td>बुनियादी</td><td>3–8</td><td>3 वर्ष पूर्व-प्राथमिक (आँगनवाड़ी/बालवाटिका) + कक्षा 1–2</td></tr>
<tr><td>प्रारंभिक</td><td>8–11</td><td>कक्षा 3–5</td></tr>
<tr><td>मध्य</td><td>11–14</td><td>कक्षा 6–8</td></tr>
<tr><td>माध्यमिक</td><td>14–18</td><td>कक्षा 9–12</td></tr>
</table>
<p>3 से 6 वर्ष की आयु को व्यवस्था में लाने का अर्थ है कि प्रारंभिक बाल्यावस्था देखभाल और शिक्षा के लिए आँगनवाड़ी केंद्रों और प्राथमिक विद्यालयों को साथ मिलकर काम करना होगा।</p>
<h3>बुनियादी साक्षरता और संख्या-ज्ञान</h3>
<p>नीति कक्षा 3 तक सभी बच्चों में बुनियादी साक्षरता और संख्या-ज्ञान को सबसे तात्कालिक प्राथमिकता बताती है। 2021 में शुरू हुआ <strong>निपुण भारत</strong> मिशन इसे कक्षा-स्तर के लक्ष्यों में बदलता है; उत्तर प्रदेश इसे मिशन प्रेरणा और निपुण आकलन के रूप में चलाता है।</p>
<h3>भाषा, पाठ्यक्रम और मूल्यांकन</h3>
<ul>
<li>जहाँ संभव हो, कम से कम कक्षा 5 तक, और बेहतर हो कि कक्षा 8 तक, शिक्षा का माध्यम घर की भाषा या मातृभाषा हो।</li>
<li>कला और विज्ञान, पाठ्यक्रम और पाठ्येतर, तथा व्यावसायिक और शैक्षणिक धाराओं के बीच कठोर विभाजन नहीं; कक्षा 6 से व्यावसायिक अनुभव और इंटर्नशिप।</li>
<li>बोर्ड परीक्षाएँ रटने के बजाय मूल अवधारणाओं की जाँच करें; केवल अंकों वाली रिपोर्ट के स्थान पर 360 डिग्री समग्र प्रगति कार्ड।</li>
</ul>
<h2>उच्च शिक्षा</h2>
<ul>
<li>उच्च शिक्षा में सकल नामांकन अनुपात <strong>2035 तक 50%</strong> करना।</li>
<li><strong>बहु-प्रवेश और बहु-निकास</strong> वाले चार वर्षीय बहुविषयक स्नातक कार्यक्रम: एक वर्ष के बाद प्रमाणपत्र, दो वर्ष के बाद डिप्लोमा, तीन वर्ष के बाद डिग्री।</li>
<li><strong>एकेडमिक बैंक ऑफ़ क्रेडिट</strong> अर्जित क्रेडिट सुरक्षित रखता है ताकि विद्यार्थी एक संस्थान से दूसरे में जा सकें।</li>
<li>चिकित्सा और विधि शिक्षा को छोड़कर पूरी उच्च शिक्षा के नियमन के लिए एक भारतीय उच्च शिक्षा आयोग प्रस्तावित है।</li>
</ul>
<h2>वित्त और अधिकारियों की भूमिका</h2>
<p>नीति शिक्षा पर सार्वजनिक व्यय को <strong>सकल घरेलू उत्पाद के 6%</strong> तक ले जाने के लक्ष्य को दोहराती है। ज़िला और विकास खंड के अधिकारी इस नीति को विद्यालयों की पेयरिंग, शिक्षक प्रशिक्षण, प्राथमिक विद्यालयों में बालवाटिका कक्षाओं और सीखने के परिणामों के आँकड़ों के रूप में देखते हैं। हर सुधार के पीछे का उद्देश्य जानने से अधिकारी अभिभावकों और शिक्षकों को बदलाव बेहतर ढंग से समझा पाते हैं।</p>`,
          },
        },
        {
          key: 'nep-2020-2-policy-document',
          type: 'link',
          title: { en: 'Read the policy document', hi: 'नीति दस्तावेज़ पढ़ें' },
          link: {
            url: 'https://www.education.gov.in/nep/about-nep',
            note: { en: 'The Ministry of Education’s NEP 2020 page with the full policy in English and Hindi.', hi: 'शिक्षा मंत्रालय का राष्ट्रीय शिक्षा नीति 2020 पृष्ठ, जहाँ पूरी नीति अंग्रेज़ी और हिंदी में उपलब्ध है।' },
          },
        },
      ],
    },
    {
      key: 'nep-2020-m2-check',
      title: { en: 'Check your understanding', hi: 'अपनी समझ जाँचें' },
      lessons: [
        {
          key: 'nep-2020-3-quiz',
          type: 'quiz',
          title: { en: 'NEP 2020 quiz', hi: 'राष्ट्रीय शिक्षा नीति 2020 प्रश्नोत्तरी' },
          settings: { passMark: 60, attemptLimit: 5, drawCount: 5, shuffle: true },
          questions: [
            {
              type: 'match',
              prompt: { en: 'Match each stage with its age group.', hi: 'प्रत्येक चरण को उसके आयु वर्ग से मिलाएँ।' },
              pairs: [
                { left: { en: 'Foundational', hi: 'बुनियादी' }, right: { en: '3–8 years', hi: '3–8 वर्ष' } },
                { left: { en: 'Preparatory', hi: 'प्रारंभिक' }, right: { en: '8–11 years', hi: '8–11 वर्ष' } },
                { left: { en: 'Middle', hi: 'मध्य' }, right: { en: '11–14 years', hi: '11–14 वर्ष' } },
                { left: { en: 'Secondary', hi: 'माध्यमिक' }, right: { en: '14–18 years', hi: '14–18 वर्ष' } },
              ],
              explanation: { en: 'The 5+3+3+4 structure covers ages 3 to 18.', hi: '5+3+3+4 संरचना 3 से 18 वर्ष की आयु को समेटती है।' },
            },
            {
              type: 'fill_numeric',
              prompt: { en: 'What Gross Enrolment Ratio (in %) in higher education does NEP 2020 target by 2035?', hi: 'राष्ट्रीय शिक्षा नीति 2020 ने 2035 तक उच्च शिक्षा में कितने प्रतिशत सकल नामांकन अनुपात का लक्ष्य रखा है?' },
              value: 50,
              tolerance: 0,
              explanation: { en: '50% GER by 2035.', hi: '2035 तक 50% सकल नामांकन अनुपात।' },
            },
            {
              type: 'single',
              prompt: { en: 'By which class should every child attain foundational literacy and numeracy?', hi: 'हर बच्चे को किस कक्षा तक बुनियादी साक्षरता और संख्या-ज्ञान प्राप्त कर लेना चाहिए?' },
              options: [
                { en: 'Class 3', hi: 'कक्षा 3' },
                { en: 'Class 5', hi: 'कक्षा 5' },
                { en: 'Class 8', hi: 'कक्षा 8' },
              ],
              correct: 0,
              explanation: { en: 'FLN by Class 3 is the policy’s most urgent priority (NIPUN Bharat).', hi: 'कक्षा 3 तक बुनियादी साक्षरता और संख्या-ज्ञान नीति की सबसे तात्कालिक प्राथमिकता है (निपुण भारत)।' },
            },
            {
              type: 'fill_text',
              prompt: { en: 'Credits earned by students are stored in the Academic Bank of ______.', hi: 'विद्यार्थियों द्वारा अर्जित क्रेडिट एकेडमिक बैंक ऑफ़ ______ में रखे जाते हैं।' },
              accepted: { en: ['Credit', 'Credits'], hi: ['क्रेडिट', 'Credit'] },
              explanation: { en: 'The Academic Bank of Credit makes multiple entry and exit possible.', hi: 'एकेडमिक बैंक ऑफ़ क्रेडिट से बहु-प्रवेश और बहु-निकास संभव होता है।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'NEP 2020 recommends the home language as the medium of instruction at least until Class 5 wherever possible.', hi: 'राष्ट्रीय शिक्षा नीति 2020 जहाँ संभव हो, कम से कम कक्षा 5 तक घर की भाषा को शिक्षा का माध्यम बनाने की अनुशंसा करती है।' },
              correct: true,
              explanation: { en: 'Paragraph 4.11 of the policy; preferably until Class 8 and beyond.', hi: 'नीति का अनुच्छेद 4.11; बेहतर हो कि कक्षा 8 और उससे आगे तक।' },
            },
            {
              type: 'fill_numeric',
              prompt: { en: 'Public spending on education should reach what percentage of GDP?', hi: 'शिक्षा पर सार्वजनिक व्यय सकल घरेलू उत्पाद के कितने प्रतिशत तक पहुँचना चाहिए?' },
              value: 6,
              tolerance: 0,
              explanation: { en: 'The policy reaffirms the 6% of GDP goal.', hi: 'नीति सकल घरेलू उत्पाद के 6% के लक्ष्य को दोहराती है।' },
            },
          ],
        },
      ],
    },
  ],
};
