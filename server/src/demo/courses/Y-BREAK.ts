import type { DemoCourse } from './types';

export const Y_BREAK: DemoCourse = {
  code: 'Y-BREAK',
  provider: 'DOPT',
  title: { en: 'Y-Break: Yoga at the Workplace', hi: 'वाई-ब्रेक: कार्यस्थल पर योग' },
  summary: {
    en: 'The Ministry of AYUSH 5-minute Y-Break protocol: a short, safe routine of stretches, breathing and meditation you can do at your desk.',
    hi: 'आयुष मंत्रालय का 5 मिनट का वाई-ब्रेक प्रोटोकॉल: खिंचाव, श्वास और ध्यान का छोटा व सुरक्षित क्रम, जिसे आप अपनी कुर्सी के पास कर सकते हैं।',
  },
  description: {
    en: 'Long hours at a desk cause stiffness, back and neck pain and stress. The Y-Break protocol, developed with the Morarji Desai National Institute of Yoga and launched by the Ministry of AYUSH in September 2021 with its mobile app, takes about five minutes and needs no mat or change of clothes. Learn why short breaks matter, the steps of the protocol and the precautions.',
    hi: 'मेज़ पर लंबे समय तक बैठने से अकड़न, पीठ और गर्दन में दर्द और तनाव होता है। मोरारजी देसाई राष्ट्रीय योग संस्थान के सहयोग से तैयार और आयुष मंत्रालय द्वारा सितंबर 2021 में मोबाइल ऐप के साथ शुरू किया गया वाई-ब्रेक प्रोटोकॉल लगभग पाँच मिनट का है और इसके लिए न चटाई चाहिए न कपड़े बदलने की ज़रूरत। जानें कि छोटे विराम क्यों ज़रूरी हैं, प्रोटोकॉल के चरण क्या हैं और क्या सावधानियाँ रखनी हैं।',
  },
  durationMinutes: 25,
  difficulty: 'beginner',
  competencies: [{ code: 'wellbeing', level: 1 }, { code: 'self-management', level: 1 }],
  tags: ['wellbeing', 'yoga', 'health'],
  publishedAt: '2025-06-21T05:30:00.000Z',
  modules: [
    {
      key: 'y-break-m1-why',
      title: { en: 'Why take a Y-Break', hi: 'वाई-ब्रेक क्यों' },
      lessons: [
        {
          key: 'y-break-1-why-breaks',
          type: 'html',
          title: { en: 'Desk work, stress and the 5-minute break', hi: 'मेज़ का काम, तनाव और 5 मिनट का विराम' },
          html: {
            en: `<h2>The problem</h2>
<p>A typical office day means six or more hours of sitting, much of it bent over files or a screen. Muscles in the neck, shoulders and lower back tighten; breathing becomes shallow; eyes tire; and stress builds up quietly through the day. Over years this contributes to back pain, high blood pressure, diabetes and poor sleep. Long meetings and field visits in the heat add fatigue of their own.</p>
<h2>The idea of Y-Break</h2>
<p>The <strong>Ministry of AYUSH</strong> designed <strong>Y-Break</strong> as a yoga protocol of about <strong>five minutes</strong> that working people can do at the workplace, without a mat and in office clothes. It was developed by experts including the Morarji Desai National Institute of Yoga, tried out in several cities, and launched with the <strong>Y-Break mobile app</strong> on 1 September 2021. The app guides you through each step with video and audio. The Department of Personnel and Training has encouraged ministries and offices to adopt it.</p>
<h3>What the protocol contains</h3>
<ol>
<li><strong>Loosening practices:</strong> Tadasana with arm stretches (Urdhva-hastottanasana) and shoulder rotation (Skandha-chakra).</li>
<li><strong>Stretches:</strong> Uttana-mandukasana and Kati-chakrasana (waist rotation), Ardha-chakrasana and Prasarita-padottanasana.</li>
<li><strong>Breathing:</strong> Nadishodhana pranayama (alternate-nostril breathing) and Bhramari (humming-bee breath).</li>
<li><strong>Dhyana:</strong> a minute of quiet awareness.</li>
</ol>
<h3>How to make it a habit</h3>
<ul>
<li>Fix a time, for example 11 am and 4 pm, and set a reminder in the app.</li>
<li>Do it as a section or team; senior officers joining in sends a strong signal.</li>
<li>Between Y-Breaks, stand up at least once an hour, drink water, and rest your eyes by looking at something 20 feet away for 20 seconds.</li>
</ul>
<h3>Safety first</h3>
<p>Move slowly and breathe normally; yoga should never hurt. People with high blood pressure, heart disease, recent surgery, back or neck problems, vertigo, or who are pregnant should skip forward bends and check with a doctor. Do not practise immediately after a heavy meal. The protocol supports, but does not replace, medical treatment.</p>`,
            hi: `<h2>समस्या</h2>
<p>कार्यालय के एक सामान्य दिन में छह या अधिक घंटे बैठे रहना पड़ता है, जिसमें अधिकतर समय फ़ाइलों या स्क्रीन पर झुककर बीतता है। गर्दन, कंधों और कमर की मांसपेशियाँ अकड़ जाती हैं; श्वास उथली हो जाती है; आँखें थक जाती हैं; और दिन भर चुपचाप तनाव बढ़ता रहता है। वर्षों में यही पीठ दर्द, उच्च रक्तचाप, मधुमेह और ख़राब नींद का कारण बनता है। लंबी बैठकें और गर्मी में क्षेत्रीय दौरे अपनी अलग थकान जोड़ते हैं।</p>
<h2>वाई-ब्रेक का विचार</h2>
<p><strong>आयुष मंत्रालय</strong> ने <strong>वाई-ब्रेक</strong> को लगभग <strong>पाँच मिनट</strong> के योग प्रोटोकॉल के रूप में तैयार किया, जिसे कामकाजी लोग कार्यस्थल पर, बिना चटाई और कार्यालय के कपड़ों में ही कर सकें। इसे मोरारजी देसाई राष्ट्रीय योग संस्थान सहित विशेषज्ञों ने विकसित किया, कई शहरों में परखा गया, और 1 सितंबर 2021 को <strong>वाई-ब्रेक मोबाइल ऐप</strong> के साथ शुरू किया गया। ऐप वीडियो और ऑडियो से हर चरण में मार्गदर्शन करता है। कार्मिक एवं प्रशिक्षण विभाग ने मंत्रालयों और कार्यालयों को इसे अपनाने के लिए प्रोत्साहित किया है।</p>
<h3>प्रोटोकॉल में क्या है</h3>
<ol>
<li><strong>सूक्ष्म व्यायाम:</strong> भुजाओं के खिंचाव (ऊर्ध्व-हस्तोत्तानासन) के साथ ताड़ासन और कंधों का घुमाव (स्कंध-चक्र)।</li>
<li><strong>खिंचाव:</strong> उत्तान-मंडूकासन और कटि-चक्रासन (कमर का घुमाव), अर्धचक्रासन और प्रसारित-पादोत्तानासन।</li>
<li><strong>श्वास:</strong> नाड़ीशोधन प्राणायाम (अनुलोम-विलोम) और भ्रामरी (भौंरे की गुंजन जैसी श्वास)।</li>
<li><strong>ध्यान:</strong> एक मिनट की शांत सजगता।</li>
</ol>
<h3>इसे आदत कैसे बनाएँ</h3>
<ul>
<li>समय तय करें, जैसे सुबह 11 बजे और शाम 4 बजे, और ऐप में अनुस्मारक लगाएँ।</li>
<li>इसे पूरे अनुभाग या दल के साथ करें; वरिष्ठ अधिकारियों के शामिल होने से अच्छा संदेश जाता है।</li>
<li>दो वाई-ब्रेक के बीच हर घंटे कम से कम एक बार खड़े हों, पानी पिएँ, और 20 सेकंड के लिए 20 फ़ुट दूर किसी वस्तु को देखकर आँखों को आराम दें।</li>
</ul>
<h3>सुरक्षा पहले</h3>
<p>धीरे-धीरे करें और सामान्य श्वास लें; योग से कभी दर्द नहीं होना चाहिए। उच्च रक्तचाप, हृदय रोग, हाल की शल्य-चिकित्सा, पीठ या गर्दन की समस्या, चक्कर आने की शिकायत वाले लोग, या गर्भवती महिलाएँ आगे झुकने वाले आसन न करें और चिकित्सक से सलाह लें। भारी भोजन के तुरंत बाद अभ्यास न करें। यह प्रोटोकॉल चिकित्सा उपचार में सहायक है, उसका विकल्प नहीं।</p>`,
          },
        },
        {
          key: 'y-break-2-video',
          type: 'video',
          title: { en: 'Video: heat, health and a 5-minute Y-Break', hi: 'वीडियो: गर्मी, स्वास्थ्य और 5 मिनट का वाई-ब्रेक' },
          video: { file: 'heat-health-y-break.mp4', durationSeconds: 20 },
        },
      ],
    },
    {
      key: 'y-break-m2-practice',
      title: { en: 'The protocol', hi: 'प्रोटोकॉल' },
      lessons: [
        {
          key: 'y-break-3-protocol-sheet',
          type: 'pdf',
          title: { en: 'Y-Break protocol card (handout)', hi: 'वाई-ब्रेक प्रोटोकॉल कार्ड (पत्रक)' },
          pdf: { en: 'y-break-protocol-en.pdf', hi: 'y-break-protocol-hi.pdf' },
        },
        {
          key: 'y-break-4-quiz',
          type: 'quiz',
          title: { en: 'Quick check', hi: 'त्वरित जाँच' },
          settings: { passMark: 60, shuffle: true },
          questions: [
            {
              type: 'fill_numeric',
              prompt: { en: 'About how many minutes does the Y-Break protocol take?', hi: 'वाई-ब्रेक प्रोटोकॉल में लगभग कितने मिनट लगते हैं?' },
              value: 5,
              tolerance: 0,
              explanation: { en: 'It is a 5-minute protocol designed for the workplace.', hi: 'यह कार्यस्थल के लिए बना 5 मिनट का प्रोटोकॉल है।' },
            },
            {
              type: 'single',
              prompt: { en: 'Which ministry designed the Y-Break protocol?', hi: 'वाई-ब्रेक प्रोटोकॉल किस मंत्रालय ने तैयार किया?' },
              options: [
                { en: 'Ministry of AYUSH', hi: 'आयुष मंत्रालय' },
                { en: 'Ministry of Health and Family Welfare', hi: 'स्वास्थ्य एवं परिवार कल्याण मंत्रालय' },
                { en: 'Ministry of Youth Affairs and Sports', hi: 'युवा कार्यक्रम एवं खेल मंत्रालय' },
              ],
              correct: 0,
              explanation: { en: 'The Ministry of AYUSH launched Y-Break and its app in September 2021.', hi: 'आयुष मंत्रालय ने सितंबर 2021 में वाई-ब्रेक और उसका ऐप शुरू किया।' },
            },
            {
              type: 'multiple',
              prompt: { en: 'Which breathing practices are part of the protocol?', hi: 'प्रोटोकॉल में कौन-से श्वास अभ्यास शामिल हैं?' },
              options: [
                { en: 'Nadishodhana pranayama', hi: 'नाड़ीशोधन प्राणायाम' },
                { en: 'Bhramari pranayama', hi: 'भ्रामरी प्राणायाम' },
                { en: 'Holding the breath for two minutes', hi: 'दो मिनट तक श्वास रोकना' },
              ],
              correct: [0, 1],
              explanation: { en: 'Nadishodhana and Bhramari, followed by a short dhyana.', hi: 'नाड़ीशोधन और भ्रामरी, उसके बाद थोड़ी देर ध्यान।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'A pregnant employee should check with a doctor and skip forward bends.', hi: 'गर्भवती कर्मचारी को चिकित्सक से सलाह लेनी चाहिए और आगे झुकने वाले आसन नहीं करने चाहिए।' },
              correct: true,
              explanation: { en: 'Forward bends are not advised in pregnancy, high blood pressure or back problems.', hi: 'गर्भावस्था, उच्च रक्तचाप या पीठ की समस्या में आगे झुकने वाले आसन उचित नहीं हैं।' },
            },
          ],
        },
      ],
    },
  ],
};
