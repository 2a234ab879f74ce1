import type { DemoCourse } from './types';

export const RTI_2005: DemoCourse = {
  code: 'RTI-2005',
  provider: 'DOPT',
  title: { en: 'Right to Information Act 2005', hi: 'सूचना का अधिकार अधिनियम 2005' },
  summary: {
    en: 'How to receive, decide and reply to RTI requests on time: timelines, fees, exemptions, appeals and penalties.',
    hi: 'आरटीआई आवेदनों को समय पर प्राप्त करना, निर्णय लेना और उत्तर देना: समय-सीमाएँ, शुल्क, छूट, अपील और दंड।',
  },
  description: {
    en: 'For Public Information Officers, Assistant PIOs, first appellate authorities and every dealing hand who supplies information. The course walks through the life of an RTI application — from receipt to reply, transfer, exemption and appeal — and the suo motu disclosures that reduce the number of requests in the first place.',
    hi: 'लोक सूचना अधिकारियों, सहायक लोक सूचना अधिकारियों, प्रथम अपीलीय अधिकारियों और सूचना देने वाले हर पटल सहायक के लिए। पाठ्यक्रम एक आरटीआई आवेदन की पूरी यात्रा समझाता है — प्राप्ति से उत्तर, अंतरण, छूट और अपील तक — और वे स्वतः प्रकटीकरण भी जिनसे आवेदनों की संख्या ही कम हो जाती है।',
  },
  durationMinutes: 50,
  difficulty: 'beginner',
  competencies: [{ code: 'rti', level: 2 }, { code: 'transparency', level: 1 }],
  tags: ['rti', 'transparency', 'governance'],
  publishedAt: '2025-07-15T05:30:00.000Z',
  modules: [
    {
      key: 'rti-m1-the-act',
      title: { en: 'The Act and an application', hi: 'अधिनियम और एक आवेदन' },
      lessons: [
        {
          key: 'rti-1-life-of-a-request',
          type: 'html',
          title: { en: 'The life of an RTI request', hi: 'एक आरटीआई आवेदन की यात्रा' },
          html: {
            en: `<h2>The right</h2>
<p>The <strong>Right to Information Act, 2005</strong>, in force since 12 October 2005, gives every citizen the right to obtain information held by or under the control of a public authority: records, files, emails, opinions, contracts, samples and data in electronic form. Citizens do not have to give any reason for asking (Section 6(2)). Every public authority designates <strong>Public Information Officers (PIOs)</strong> and, at sub-divisional level, <strong>Assistant PIOs</strong>.</p>
<h2>Receiving the application</h2>
<p>A request can be made in writing or electronically, in English, Hindi or the official language of the area, with the fee of <strong>₹10</strong> under the central rules (states set their own fees; most are also ₹10). Applicants below the poverty line pay no fee. If the applicant cannot write, the PIO must help reduce the oral request to writing. Online requests to central ministries are filed on <em>rtionline.gov.in</em>.</p>
<h2>Time limits</h2>
<ul>
<li><strong>30 days</strong> from receipt to supply the information or reject the request with reasons (Section 7(1)).</li>
<li><strong>48 hours</strong> where the information concerns the <strong>life or liberty</strong> of a person.</li>
<li>5 days are added when the request is received through an APIO.</li>
<li>If the information is held by another authority, transfer the request under Section 6(3) within <strong>5 days</strong> and inform the applicant.</li>
<li>Where third-party information is involved (Section 11), the limit is 40 days.</li>
</ul>
<p>If the PIO does not decide within the time limit, the request is <em>deemed refused</em>, and the information must later be given free of charge.</p>
<h2>Exemptions and refusal</h2>
<p>Section 8 lists the only grounds for withholding, such as information that would prejudice national security, cabinet papers before a decision is taken, or personal information with no relationship to any public activity. Section 9 covers copyright of third parties. Even exempt information may be disclosed if the public interest outweighs the harm, and Section 10 allows the non-exempt part of a record to be given after severing the rest. A refusal must state the reasons, the section relied on, and the name of the first appellate authority with the time for appeal.</p>
<h2>Penalty</h2>
<p>The Information Commission can impose a penalty of <strong>₹250 per day</strong> of delay, up to <strong>₹25,000</strong>, on a PIO who refuses without reasonable cause, delays, or gives false information (Section 20).</p>`,
            hi: `<h2>अधिकार</h2>
<p>12 अक्टूबर 2005 से लागू <strong>सूचना का अधिकार अधिनियम, 2005</strong> हर नागरिक को किसी लोक प्राधिकरण के पास या उसके नियंत्रण में रखी सूचना पाने का अधिकार देता है: अभिलेख, फ़ाइलें, ईमेल, राय, अनुबंध, नमूने और इलेक्ट्रॉनिक रूप में डेटा। नागरिक को माँगने का कोई कारण बताने की आवश्यकता नहीं है (धारा 6(2))। हर लोक प्राधिकरण <strong>लोक सूचना अधिकारी</strong> और उपमंडल स्तर पर <strong>सहायक लोक सूचना अधिकारी</strong> नामित करता है।</p>
<h2>आवेदन प्राप्त करना</h2>
<p>आवेदन लिखित या इलेक्ट्रॉनिक रूप में, अंग्रेज़ी, हिंदी या क्षेत्र की राजभाषा में, केंद्रीय नियमों के अनुसार <strong>₹10</strong> शुल्क के साथ दिया जा सकता है (राज्य अपना शुल्क तय करते हैं; अधिकांश में यह भी ₹10 है)। गरीबी रेखा से नीचे के आवेदकों से कोई शुल्क नहीं लिया जाता। यदि आवेदक लिख नहीं सकता, तो लोक सूचना अधिकारी को मौखिक अनुरोध लिखित रूप में दर्ज करने में सहायता करनी होती है। केंद्रीय मंत्रालयों के लिए ऑनलाइन आवेदन <em>rtionline.gov.in</em> पर होते हैं।</p>
<h2>समय-सीमाएँ</h2>
<ul>
<li>प्राप्ति से <strong>30 दिन</strong> के भीतर सूचना देना या कारण सहित आवेदन अस्वीकार करना (धारा 7(1))।</li>
<li>जहाँ सूचना किसी व्यक्ति के <strong>जीवन या स्वतंत्रता</strong> से जुड़ी हो, वहाँ <strong>48 घंटे</strong>।</li>
<li>सहायक लोक सूचना अधिकारी के माध्यम से आवेदन आने पर 5 दिन जोड़े जाते हैं।</li>
<li>यदि सूचना किसी अन्य प्राधिकरण के पास है, तो धारा 6(3) के अंतर्गत <strong>5 दिन</strong> के भीतर आवेदन अंतरित करें और आवेदक को बताएँ।</li>
<li>जहाँ तृतीय पक्ष की सूचना शामिल हो (धारा 11), वहाँ सीमा 40 दिन है।</li>
</ul>
<p>यदि लोक सूचना अधिकारी समय-सीमा में निर्णय नहीं लेता, तो आवेदन <em>अस्वीकृत माना जाता है</em>, और बाद में सूचना निःशुल्क देनी होती है।</p>
<h2>छूट और अस्वीकृति</h2>
<p>धारा 8 में ही सूचना रोकने के आधार गिनाए गए हैं, जैसे राष्ट्रीय सुरक्षा को हानि पहुँचाने वाली सूचना, निर्णय होने से पहले के मंत्रिमंडल के काग़ज़, या ऐसी व्यक्तिगत सूचना जिसका किसी सार्वजनिक गतिविधि से संबंध न हो। धारा 9 तृतीय पक्ष के कॉपीराइट से संबंधित है। छूट वाली सूचना भी दी जा सकती है यदि जनहित हानि से अधिक हो, और धारा 10 के अंतर्गत अभिलेख का छूट-रहित भाग बाक़ी को अलग करके दिया जा सकता है। अस्वीकृति में कारण, संबंधित धारा, तथा प्रथम अपीलीय अधिकारी का नाम और अपील की समय-सीमा बताना अनिवार्य है।</p>
<h2>दंड</h2>
<p>बिना उचित कारण अस्वीकार करने, देरी करने या ग़लत सूचना देने वाले लोक सूचना अधिकारी पर सूचना आयोग देरी के प्रत्येक दिन <strong>₹250</strong>, अधिकतम <strong>₹25,000</strong> तक का दंड लगा सकता है (धारा 20)।</p>`,
          },
        },
        {
          key: 'rti-2-quiz',
          type: 'quiz',
          title: { en: 'Quick check: time limits', hi: 'त्वरित जाँच: समय-सीमाएँ' },
          settings: { passMark: 50, shuffle: true },
          questions: [
            {
              type: 'fill_numeric',
              prompt: { en: 'Within how many days must a PIO normally reply to an RTI request?', hi: 'लोक सूचना अधिकारी को सामान्यतः कितने दिन में आरटीआई आवेदन का उत्तर देना होता है?' },
              value: 30,
              tolerance: 0,
              explanation: { en: 'Section 7(1): 30 days from receipt.', hi: 'धारा 7(1): प्राप्ति से 30 दिन।' },
            },
            {
              type: 'single',
              prompt: { en: 'Information about a person held in illegal detention has been requested. The time limit is:', hi: 'अवैध हिरासत में रखे गए व्यक्ति के बारे में सूचना माँगी गई है। समय-सीमा है:' },
              options: [
                { en: '48 hours', hi: '48 घंटे' },
                { en: '30 days', hi: '30 दिन' },
                { en: '7 days', hi: '7 दिन' },
              ],
              correct: 0,
              explanation: { en: 'Life or liberty: 48 hours (proviso to Section 7(1)).', hi: 'जीवन या स्वतंत्रता: 48 घंटे (धारा 7(1) का परंतुक)।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'A PIO may ask the applicant why the information is needed before supplying it.', hi: 'सूचना देने से पहले लोक सूचना अधिकारी आवेदक से पूछ सकता है कि सूचना क्यों चाहिए।' },
              correct: false,
              explanation: { en: 'Section 6(2): no reason need be given.', hi: 'धारा 6(2): कोई कारण बताना आवश्यक नहीं है।' },
            },
          ],
        },
      ],
    },
    {
      key: 'rti-m2-appeals',
      title: { en: 'Appeals and good practice', hi: 'अपील और अच्छे व्यवहार' },
      lessons: [
        {
          key: 'rti-3-quick-reference',
          type: 'pdf',
          title: { en: 'RTI quick reference (handout)', hi: 'आरटीआई त्वरित संदर्भ (पत्रक)' },
          pdf: { en: 'rti-quick-reference-en.pdf', hi: 'rti-quick-reference-hi.pdf' },
        },
        {
          key: 'rti-4-portal',
          type: 'link',
          title: { en: 'RTI portal of the Government of India', hi: 'भारत सरकार का आरटीआई पोर्टल' },
          link: {
            url: 'https://rti.gov.in/',
            note: { en: 'The Act, rules, DoPT circulars and the list of PIOs and appellate authorities.', hi: 'अधिनियम, नियम, कार्मिक एवं प्रशिक्षण विभाग के परिपत्र और लोक सूचना अधिकारियों व अपीलीय अधिकारियों की सूची।' },
          },
        },
        {
          key: 'rti-5-final',
          type: 'final_assessment',
          title: { en: 'Final assessment', hi: 'अंतिम मूल्यांकन' },
          settings: { passMark: 60, attemptLimit: 3, drawCount: 5, shuffle: true },
          questions: [
            {
              type: 'fill_numeric',
              prompt: { en: 'What is the application fee in rupees under the central RTI rules?', hi: 'केंद्रीय आरटीआई नियमों के अंतर्गत आवेदन शुल्क कितने रुपये है?' },
              value: 10,
              tolerance: 0,
              explanation: { en: '₹10; applicants below the poverty line are exempt.', hi: '₹10; गरीबी रेखा से नीचे के आवेदकों को छूट है।' },
            },
            {
              type: 'single',
              prompt: { en: 'Within how many days of the PIO’s decision can the first appeal be filed?', hi: 'लोक सूचना अधिकारी के निर्णय के कितने दिन के भीतर प्रथम अपील की जा सकती है?' },
              options: [
                { en: '30 days', hi: '30 दिन' },
                { en: '90 days', hi: '90 दिन' },
                { en: '10 days', hi: '10 दिन' },
              ],
              correct: 0,
              explanation: { en: 'Section 19(1): 30 days; the second appeal to the Commission is within 90 days.', hi: 'धारा 19(1): 30 दिन; आयोग में द्वितीय अपील 90 दिन के भीतर।' },
            },
            {
              type: 'match',
              prompt: { en: 'Match each section with its subject.', hi: 'प्रत्येक धारा को उसके विषय से मिलाएँ।' },
              pairs: [
                { left: { en: 'Section 4', hi: 'धारा 4' }, right: { en: 'Suo motu disclosure', hi: 'स्वतः प्रकटीकरण' } },
                { left: { en: 'Section 8', hi: 'धारा 8' }, right: { en: 'Exemptions from disclosure', hi: 'प्रकटीकरण से छूट' } },
                { left: { en: 'Section 20', hi: 'धारा 20' }, right: { en: 'Penalties on the PIO', hi: 'लोक सूचना अधिकारी पर दंड' } },
                { left: { en: 'Section 6(3)', hi: 'धारा 6(3)' }, right: { en: 'Transfer to another authority', hi: 'दूसरे प्राधिकरण को अंतरण' } },
              ],
              explanation: { en: 'These four sections cover most day-to-day RTI work.', hi: 'ये चार धाराएँ रोज़ के आरटीआई काम का अधिकांश भाग हैं।' },
            },
            {
              type: 'multiple',
              prompt: { en: 'What must a letter refusing information contain?', hi: 'सूचना अस्वीकार करने वाले पत्र में क्या होना आवश्यक है?' },
              options: [
                { en: 'The reasons for refusal', hi: 'अस्वीकृति के कारण' },
                { en: 'The section relied on', hi: 'संबंधित धारा' },
                { en: 'The first appellate authority and the appeal period', hi: 'प्रथम अपीलीय अधिकारी और अपील की अवधि' },
                { en: 'The applicant’s reason for asking', hi: 'आवेदक द्वारा सूचना माँगने का कारण' },
              ],
              correct: [0, 1, 2],
              explanation: { en: 'Section 7(8) requires reasons, the appeal period and the appellate authority’s particulars.', hi: 'धारा 7(8) के अनुसार कारण, अपील की अवधि और अपीलीय अधिकारी का विवरण देना आवश्यक है।' },
            },
            {
              type: 'fill_numeric',
              prompt: { en: 'What is the maximum penalty in rupees that a Commission can impose on a PIO?', hi: 'सूचना आयोग लोक सूचना अधिकारी पर अधिकतम कितने रुपये का दंड लगा सकता है?' },
              value: 25000,
              tolerance: 0,
              explanation: { en: '₹250 a day up to ₹25,000 (Section 20(1)).', hi: '₹250 प्रतिदिन, अधिकतम ₹25,000 (धारा 20(1))।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'If the PIO misses the deadline, the information must later be supplied free of charge.', hi: 'यदि लोक सूचना अधिकारी समय-सीमा चूक जाए, तो बाद में सूचना निःशुल्क देनी होगी।' },
              correct: true,
              explanation: { en: 'Section 7(6).', hi: 'धारा 7(6)।' },
            },
          ],
        },
      ],
    },
  ],
};
