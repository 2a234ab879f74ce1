import type { DemoCourse } from './types';

export const POSH_2013: DemoCourse = {
  code: 'POSH-2013',
  provider: 'DOPT',
  title: { en: 'Prevention of Sexual Harassment at the Workplace (POSH Act 2013)', hi: 'कार्यस्थल पर लैंगिक उत्पीड़न की रोकथाम (पॉश अधिनियम 2013)' },
  summary: {
    en: 'What counts as sexual harassment, the Internal Committee, how to complain, time limits and the duties of every office.',
    hi: 'लैंगिक उत्पीड़न क्या है, आंतरिक समिति, शिकायत कैसे करें, समय-सीमाएँ और हर कार्यालय के कर्तव्य।',
  },
  description: {
    en: 'Every employee must know the Sexual Harassment of Women at Workplace (Prevention, Prohibition and Redressal) Act, 2013. This course explains the definition in the Act, who is protected, how the Internal Committee and Local Committee work, the time limits for complaints and inquiries, and what supervisors and colleagues should do to keep the office safe. Central Civil Services (Conduct) Rule 3C applies the same standard to government servants.',
    hi: 'हर कर्मचारी को कार्यस्थल पर महिलाओं का लैंगिक उत्पीड़न (निवारण, प्रतिषेध और प्रतितोष) अधिनियम, 2013 की जानकारी होनी चाहिए। यह पाठ्यक्रम अधिनियम की परिभाषा, संरक्षित व्यक्ति, आंतरिक समिति और स्थानीय समिति का कामकाज, शिकायत और जाँच की समय-सीमाएँ, तथा कार्यालय को सुरक्षित रखने में पर्यवेक्षकों और सहकर्मियों की भूमिका समझाता है। केंद्रीय सिविल सेवा (आचरण) नियम 3ग सरकारी सेवकों पर यही मानक लागू करता है।',
  },
  durationMinutes: 45,
  difficulty: 'beginner',
  competencies: [{ code: 'gender-sensitivity', level: 2 }, { code: 'integrity', level: 1 }],
  tags: ['posh', 'gender', 'workplace-ethics', 'mandatory'],
  publishedAt: '2025-08-12T05:30:00.000Z',
  modules: [
    {
      key: 'posh-m1-the-law',
      title: { en: 'The law', hi: 'क़ानून' },
      lessons: [
        {
          key: 'posh-1-what-is-harassment',
          type: 'html',
          title: { en: 'What the Act says', hi: 'अधिनियम क्या कहता है' },
          html: {
            en: `<h2>Why the Act exists</h2>
<p>The Supreme Court's <strong>Vishaka guidelines (1997)</strong> first required employers to prevent sexual harassment. Parliament turned them into law with the <strong>POSH Act, 2013</strong>, which came into force on 9 December 2013. It protects every woman at a workplace — permanent, contractual, daily-wage, trainee, intern or visitor — whatever her age or employment status. The workplace includes the office, field sites, vehicles provided by the employer, and any place visited during work, including tours and training.</p>
<h2>What is sexual harassment</h2>
<p>Section 2(n) lists unwelcome acts or behaviour, directly or by implication:</p>
<ul>
<li>physical contact and advances;</li>
<li>a demand or request for sexual favours;</li>
<li>sexually coloured remarks;</li>
<li>showing pornography;</li>
<li>any other unwelcome physical, verbal or non-verbal conduct of a sexual nature.</li>
</ul>
<p>Section 3 adds circumstances such as an implied promise of preferential treatment, a threat about present or future employment, interference with work, or creating an intimidating or hostile work environment. What matters is how the behaviour is received, not what the person intended: a "joke" that a colleague finds humiliating can be harassment. Messages on WhatsApp or email are covered just like spoken words.</p>
<h2>The committees</h2>
<p>Every office with <strong>10 or more employees</strong> must constitute an <strong>Internal Committee (IC)</strong>: a senior woman employee as Presiding Officer, at least two employees committed to the cause or with legal knowledge, and one external member from an NGO or association familiar with the issue. At least half the members must be women, and members serve for up to three years. For offices with fewer than ten employees, or when the complaint is against the employer, the District Officer constitutes a <strong>Local Committee</strong>.</p>
<p>The committee has the powers of a civil court for summoning witnesses and requiring documents. Before starting an inquiry, it may attempt conciliation if the complainant asks for it, but money cannot be the basis of a settlement.</p>`,
            hi: `<h2>अधिनियम की आवश्यकता क्यों</h2>
<p>सर्वोच्च न्यायालय के <strong>विशाखा दिशानिर्देशों (1997)</strong> ने पहली बार नियोक्ताओं से लैंगिक उत्पीड़न रोकने की अपेक्षा की। संसद ने इन्हें <strong>पॉश अधिनियम, 2013</strong> के रूप में क़ानून बनाया, जो 9 दिसंबर 2013 से लागू है। यह कार्यस्थल पर हर महिला की रक्षा करता है — स्थायी, संविदा, दैनिक वेतनभोगी, प्रशिक्षु, इंटर्न या आगंतुक — चाहे उसकी आयु या रोज़गार की स्थिति कुछ भी हो। कार्यस्थल में कार्यालय, क्षेत्रीय स्थल, नियोक्ता द्वारा दिया गया वाहन और काम के दौरान जाने वाला हर स्थान शामिल है, जिसमें दौरे और प्रशिक्षण भी आते हैं।</p>
<h2>लैंगिक उत्पीड़न क्या है</h2>
<p>धारा 2(ढ) में प्रत्यक्ष या परोक्ष रूप से किए गए ऐसे अवांछित कृत्य या व्यवहार गिनाए गए हैं:</p>
<ul>
<li>शारीरिक संपर्क और आगे बढ़ने की कोशिश;</li>
<li>यौन स्वीकृति की माँग या अनुरोध;</li>
<li>यौन रंग वाली टिप्पणियाँ;</li>
<li>अश्लील सामग्री दिखाना;</li>
<li>यौन प्रकृति का कोई अन्य अवांछित शारीरिक, मौखिक या अमौखिक आचरण।</li>
</ul>
<p>धारा 3 में ऐसी परिस्थितियाँ भी जोड़ी गई हैं जैसे विशेष लाभ का अप्रत्यक्ष वादा, वर्तमान या भविष्य के रोज़गार को लेकर धमकी, काम में बाधा, या डराने वाला अथवा शत्रुतापूर्ण कार्य-वातावरण बनाना। महत्व इस बात का है कि व्यवहार को सामने वाला कैसे अनुभव करता है, न कि करने वाले की मंशा क्या थी: जो "मज़ाक़" किसी सहकर्मी को अपमानजनक लगे, वह उत्पीड़न हो सकता है। व्हाट्सऐप या ईमेल के संदेश भी बोले गए शब्दों की तरह ही इसके दायरे में आते हैं।</p>
<h2>समितियाँ</h2>
<p><strong>10 या अधिक कर्मचारियों</strong> वाले हर कार्यालय को <strong>आंतरिक समिति (IC)</strong> बनानी होती है: पीठासीन अधिकारी के रूप में एक वरिष्ठ महिला कर्मचारी, इस विषय के प्रति प्रतिबद्ध या क़ानूनी जानकारी रखने वाले कम से कम दो कर्मचारी, और इस विषय से परिचित किसी गैर-सरकारी संगठन या संस्था से एक बाहरी सदस्य। कम से कम आधी सदस्य महिलाएँ होनी चाहिए और सदस्य अधिकतम तीन वर्ष तक रहते हैं। दस से कम कर्मचारियों वाले कार्यालयों के लिए, या जब शिकायत स्वयं नियोक्ता के विरुद्ध हो, ज़िला अधिकारी <strong>स्थानीय समिति</strong> गठित करता है।</p>
<p>गवाहों को बुलाने और दस्तावेज़ मँगाने के लिए समिति के पास दीवानी न्यायालय की शक्तियाँ होती हैं। जाँच शुरू करने से पहले, शिकायतकर्ता के अनुरोध पर समिति सुलह का प्रयास कर सकती है, परंतु धन के भुगतान को समझौते का आधार नहीं बनाया जा सकता।</p>`,
          },
        },
        {
          key: 'posh-2-quiz',
          type: 'quiz',
          title: { en: 'Quick check', hi: 'त्वरित जाँच' },
          settings: { passMark: 50, shuffle: true },
          questions: [
            {
              type: 'fill_numeric',
              prompt: { en: 'An Internal Committee is mandatory in every office with at least how many employees?', hi: 'कम से कम कितने कर्मचारियों वाले हर कार्यालय में आंतरिक समिति अनिवार्य है?' },
              value: 10,
              tolerance: 0,
              explanation: { en: 'Section 4: every workplace with 10 or more employees.', hi: 'धारा 4: 10 या अधिक कर्मचारियों वाला हर कार्यस्थल।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'If the person "only meant it as a joke", it cannot be sexual harassment.', hi: 'यदि व्यक्ति ने "सिर्फ़ मज़ाक़ में" कहा था, तो वह लैंगिक उत्पीड़न नहीं हो सकता।' },
              correct: false,
              explanation: { en: 'The test is whether the conduct was unwelcome, not the intention behind it.', hi: 'कसौटी यह है कि आचरण अवांछित था या नहीं, न कि उसके पीछे की मंशा।' },
            },
          ],
        },
      ],
    },
    {
      key: 'posh-m2-complaints',
      title: { en: 'Complaints and inquiry', hi: 'शिकायत और जाँच' },
      lessons: [
        {
          key: 'posh-3-quick-guide',
          type: 'pdf',
          title: { en: 'POSH quick guide (handout)', hi: 'पॉश त्वरित मार्गदर्शिका (पत्रक)' },
          pdf: { en: 'posh-quick-guide-en.pdf', hi: 'posh-quick-guide-hi.pdf' },
        },
        {
          key: 'posh-4-shebox',
          type: 'link',
          title: { en: 'SHe-Box portal', hi: 'शी-बॉक्स पोर्टल' },
          link: {
            url: 'https://shebox.wcd.gov.in/',
            note: { en: 'The Ministry of Women and Child Development’s online complaint portal for sexual harassment at the workplace.', hi: 'कार्यस्थल पर लैंगिक उत्पीड़न की शिकायत के लिए महिला एवं बाल विकास मंत्रालय का ऑनलाइन पोर्टल।' },
          },
        },
        {
          key: 'posh-5-final',
          type: 'final_assessment',
          title: { en: 'Final assessment', hi: 'अंतिम मूल्यांकन' },
          settings: { passMark: 60, attemptLimit: 3, drawCount: 4, shuffle: true },
          questions: [
            {
              type: 'single',
              prompt: { en: 'Within what period of the incident should a complaint normally be made?', hi: 'घटना के कितने समय के भीतर सामान्यतः शिकायत की जानी चाहिए?' },
              options: [
                { en: '3 months (extendable by 3 more months)', hi: '3 महीने (3 महीने और बढ़ाए जा सकते हैं)' },
                { en: '7 days', hi: '7 दिन' },
                { en: '1 year', hi: '1 वर्ष' },
              ],
              correct: 0,
              explanation: { en: 'Section 9: within 3 months; the committee can extend by up to 3 months for sufficient reasons.', hi: 'धारा 9: 3 महीने के भीतर; पर्याप्त कारण होने पर समिति 3 महीने तक बढ़ा सकती है।' },
            },
            {
              type: 'fill_numeric',
              prompt: { en: 'Within how many days must the inquiry be completed?', hi: 'जाँच कितने दिन के भीतर पूरी करनी होती है?' },
              value: 90,
              tolerance: 0,
              explanation: { en: 'Section 11(4): the inquiry must be completed within 90 days.', hi: 'धारा 11(4): जाँच 90 दिन के भीतर पूरी करनी होती है।' },
            },
            {
              type: 'multiple',
              prompt: { en: 'Who must be on an Internal Committee?', hi: 'आंतरिक समिति में किसका होना आवश्यक है?' },
              options: [
                { en: 'A senior woman employee as Presiding Officer', hi: 'पीठासीन अधिकारी के रूप में वरिष्ठ महिला कर्मचारी' },
                { en: 'An external member from an NGO or association', hi: 'गैर-सरकारी संगठन या संस्था से बाहरी सदस्य' },
                { en: 'The accused person’s reporting officer', hi: 'आरोपी का प्रतिवेदक अधिकारी' },
                { en: 'At least two employees', hi: 'कम से कम दो कर्मचारी' },
              ],
              correct: [0, 1, 3],
              explanation: { en: 'Section 4(2) sets the composition; at least half the members must be women.', hi: 'धारा 4(2) संरचना तय करती है; कम से कम आधी सदस्य महिलाएँ हों।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'The identity of the complainant and witnesses must be kept confidential.', hi: 'शिकायतकर्ता और गवाहों की पहचान गोपनीय रखनी होती है।' },
              correct: true,
              explanation: { en: 'Section 16 bars publishing the identity and the inquiry proceedings.', hi: 'धारा 16 पहचान और जाँच कार्यवाही के प्रकाशन पर रोक लगाती है।' },
            },
            {
              type: 'fill_text',
              prompt: { en: 'The 1997 Supreme Court guidelines that preceded the Act are known as the ______ guidelines.', hi: 'अधिनियम से पहले के 1997 के सर्वोच्च न्यायालय के दिशानिर्देश ______ दिशानिर्देश कहलाते हैं।' },
              accepted: { en: ['Vishaka', 'Vishakha'], hi: ['विशाखा', 'Vishaka'] },
              explanation: { en: 'Vishaka v. State of Rajasthan (1997).', hi: 'विशाखा बनाम राजस्थान राज्य (1997)।' },
            },
          ],
        },
      ],
    },
  ],
};
