import type { DemoCourse } from './types';

export const AI_BASICS: DemoCourse = {
  code: 'AI-BASICS',
  provider: 'DOPT',
  title: { en: 'Basics of Artificial Intelligence', hi: 'कृत्रिम बुद्धिमत्ता की मूल बातें' },
  summary: {
    en: 'What AI is, how generative AI tools work, and how to use them safely and responsibly in government work.',
    hi: 'एआई क्या है, जनरेटिव एआई टूल कैसे काम करते हैं, और सरकारी काम में इनका सुरक्षित व ज़िम्मेदार उपयोग कैसे करें।',
  },
  description: {
    en: 'A plain-language introduction for every officer and employee. You will learn the difference between rules-based software, machine learning and generative AI; see examples of AI in public services in India; and practise simple rules for using chatbots at work without leaking official data or trusting wrong answers. No technical background is needed.',
    hi: 'हर अधिकारी और कर्मचारी के लिए सरल भाषा में परिचय। आप नियम-आधारित सॉफ़्टवेयर, मशीन लर्निंग और जनरेटिव एआई का अंतर समझेंगे; भारत की सार्वजनिक सेवाओं में एआई के उदाहरण देखेंगे; और कार्यालय में चैटबॉट का उपयोग करने के सरल नियम सीखेंगे, ताकि न सरकारी डेटा बाहर जाए और न ही ग़लत उत्तरों पर आँख मूँदकर भरोसा हो। किसी तकनीकी पृष्ठभूमि की आवश्यकता नहीं है।',
  },
  durationMinutes: 60,
  difficulty: 'beginner',
  competencies: [{ code: 'ai-literacy', level: 1 }, { code: 'digital-literacy', level: 2 }],
  tags: ['ai', 'digital-skills'],
  publishedAt: '2026-03-02T05:30:00.000Z',
  modules: [
    {
      key: 'ai-basics-m1-understanding-ai',
      title: { en: 'Understanding AI', hi: 'एआई को समझना' },
      lessons: [
        {
          key: 'ai-basics-1-what-is-ai',
          type: 'html',
          title: { en: 'What is artificial intelligence?', hi: 'कृत्रिम बुद्धिमत्ता क्या है?' },
          html: {
            en: `<h2>From rules to learning</h2>
<p>Most software in government offices follows <strong>rules written by people</strong>. A pension calculator, for example, applies a formula that someone typed in. <strong>Artificial intelligence (AI)</strong> is the name for computer systems that do tasks which normally need human judgement: recognising a face, reading handwriting, translating a sentence, or predicting which road will flood first.</p>
<p>Most modern AI is built by <strong>machine learning</strong>. Instead of writing every rule, engineers show the system thousands of examples — scanned land records with the correct entries, or photographs of crops labelled healthy or diseased — and the system learns patterns that let it handle new examples. The quality of what it learns depends on the quality of the examples, which is why biased or incomplete data produces biased or wrong results.</p>
<h3>Generative AI</h3>
<p><strong>Generative AI</strong> produces new text, images or speech. Large language models, the engine behind chatbots, are trained on huge amounts of text and learn to predict the next word. This makes them very good at drafting, summarising and translating. It also means they can write confident sentences that are <em>false</em> — a problem called <strong>hallucination</strong>. A chatbot does not "know" the latest government order unless it has been given it.</p>
<h3>AI in Indian public services</h3>
<ul>
<li><strong>Bhashini</strong>, the National Language Translation Mission, offers speech and text translation across Indian languages.</li>
<li>Crop-disease detection and weather advisories help agriculture departments reach farmers.</li>
<li>Chatbots answer routine citizen questions on portals, leaving staff free for complex cases.</li>
<li>The <strong>IndiaAI Mission</strong>, approved in 2024, funds computing capacity, datasets and skilling.</li>
</ul>
<h3>What AI cannot do</h3>
<p>AI does not take responsibility. A file decision, a sanction or a reply to a citizen remains the decision of the officer who signs it. Treat AI as a fast assistant whose work must always be checked, never as the authority. Keep three questions in mind whenever you see an AI output: Where did this come from? Could it be wrong or out of date? Who is accountable if it is?</p>`,
            hi: `<h2>नियमों से सीखने तक</h2>
<p>सरकारी कार्यालयों का अधिकांश सॉफ़्टवेयर <strong>मनुष्यों द्वारा लिखे नियमों</strong> पर चलता है। उदाहरण के लिए पेंशन कैलकुलेटर वही सूत्र लागू करता है जो किसी ने उसमें डाला है। <strong>कृत्रिम बुद्धिमत्ता (एआई)</strong> उन कंप्यूटर प्रणालियों को कहते हैं जो ऐसे काम करती हैं जिनके लिए सामान्यतः मानवीय विवेक चाहिए: चेहरा पहचानना, हस्तलिखित पाठ पढ़ना, वाक्य का अनुवाद करना, या यह अनुमान लगाना कि कौन-सी सड़क पहले डूबेगी।</p>
<p>आधुनिक एआई अधिकतर <strong>मशीन लर्निंग</strong> से बनता है। हर नियम लिखने के बजाय इंजीनियर प्रणाली को हज़ारों उदाहरण दिखाते हैं — सही प्रविष्टियों वाले स्कैन किए गए भू-अभिलेख, या स्वस्थ और रोगग्रस्त फ़सलों की चिह्नित तस्वीरें — और प्रणाली ऐसे पैटर्न सीख लेती है जिनसे वह नए उदाहरणों को संभाल सके। वह क्या सीखती है, यह उदाहरणों की गुणवत्ता पर निर्भर है; इसीलिए पक्षपाती या अधूरा डेटा पक्षपाती या ग़लत परिणाम देता है।</p>
<h3>जनरेटिव एआई</h3>
<p><strong>जनरेटिव एआई</strong> नया पाठ, चित्र या आवाज़ बनाता है। चैटबॉट के पीछे काम करने वाले बड़े भाषा मॉडल विशाल पाठ-सामग्री पर प्रशिक्षित होते हैं और अगला शब्द अनुमान लगाना सीखते हैं। इसलिए वे मसौदा बनाने, सारांश लिखने और अनुवाद में बहुत अच्छे हैं। पर इसी कारण वे पूरे आत्मविश्वास से <em>ग़लत</em> वाक्य भी लिख सकते हैं — इसे <strong>हैलुसिनेशन</strong> कहते हैं। जब तक चैटबॉट को नवीनतम शासनादेश दिया न जाए, वह उसे "जानता" नहीं है।</p>
<h3>भारत की सार्वजनिक सेवाओं में एआई</h3>
<ul>
<li><strong>भाषिणी</strong> (राष्ट्रीय भाषा अनुवाद मिशन) भारतीय भाषाओं में वाणी और पाठ का अनुवाद उपलब्ध कराता है।</li>
<li>फ़सल-रोग की पहचान और मौसम परामर्श से कृषि विभाग किसानों तक पहुँचते हैं।</li>
<li>पोर्टलों पर चैटबॉट नागरिकों के सामान्य प्रश्नों का उत्तर देते हैं, जिससे कर्मचारी जटिल मामलों पर ध्यान दे पाते हैं।</li>
<li>2024 में स्वीकृत <strong>इंडियाएआई मिशन</strong> कंप्यूटिंग क्षमता, डेटासेट और कौशल विकास के लिए धन देता है।</li>
</ul>
<h3>एआई क्या नहीं कर सकता</h3>
<p>एआई ज़िम्मेदारी नहीं लेता। फ़ाइल पर निर्णय, स्वीकृति या नागरिक को दिया गया उत्तर उसी अधिकारी का निर्णय रहता है जो उस पर हस्ताक्षर करता है। एआई को एक तेज़ सहायक मानें जिसके काम की हमेशा जाँच करनी है, उसे कभी अंतिम प्राधिकारी न मानें। जब भी एआई का कोई परिणाम देखें, तीन प्रश्न याद रखें: यह कहाँ से आया? क्या यह ग़लत या पुराना हो सकता है? अगर ग़लत निकला तो जवाबदेह कौन होगा?</p>`,
          },
        },
        {
          key: 'ai-basics-2-quiz',
          type: 'quiz',
          title: { en: 'Check your understanding', hi: 'अपनी समझ जाँचें' },
          settings: { passMark: 50, shuffle: true },
          questions: [
            {
              type: 'single',
              prompt: { en: 'How does a machine-learning system usually learn a task?', hi: 'मशीन लर्निंग प्रणाली आम तौर पर कोई काम कैसे सीखती है?' },
              options: [
                { en: 'From many labelled examples', hi: 'अनेक चिह्नित उदाहरणों से' },
                { en: 'From a formula typed in by a clerk', hi: 'किसी लिपिक द्वारा डाले गए सूत्र से' },
                { en: 'By reading the latest government orders on its own', hi: 'नवीनतम शासनादेश स्वयं पढ़कर' },
              ],
              correct: 0,
              explanation: { en: 'Machine learning finds patterns in examples; its quality depends on the quality of that data.', hi: 'मशीन लर्निंग उदाहरणों में पैटर्न खोजती है; उसकी गुणवत्ता उस डेटा की गुणवत्ता पर निर्भर करती है।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'If a chatbot states a rule confidently, the rule must be correct.', hi: 'यदि चैटबॉट किसी नियम को आत्मविश्वास से बताता है, तो वह नियम अवश्य सही होगा।' },
              correct: false,
              explanation: { en: 'Generative AI can "hallucinate": it writes fluent but false statements. Always check against the original order.', hi: 'जनरेटिव एआई "हैलुसिनेट" कर सकता है: वह धाराप्रवाह पर ग़लत बातें लिखता है। हमेशा मूल आदेश से मिलान करें।' },
            },
            {
              type: 'fill_text',
              prompt: { en: 'The National Language Translation Mission platform is called ______.', hi: 'राष्ट्रीय भाषा अनुवाद मिशन के प्लेटफ़ॉर्म का नाम ______ है।' },
              accepted: { en: ['Bhashini', 'BHASHINI'], hi: ['भाषिणी', 'Bhashini'] },
              explanation: { en: 'Bhashini provides translation and speech services across Indian languages.', hi: 'भाषिणी भारतीय भाषाओं में अनुवाद और वाणी सेवाएँ देता है।' },
            },
          ],
        },
      ],
    },
    {
      key: 'ai-basics-m2-using-ai-at-work',
      title: { en: 'Using AI responsibly at work', hi: 'कार्यस्थल पर एआई का ज़िम्मेदार उपयोग' },
      lessons: [
        {
          key: 'ai-basics-3-safe-use',
          type: 'html',
          title: { en: 'Seven rules for using AI tools at work', hi: 'कार्यालय में एआई टूल के उपयोग के सात नियम' },
          html: {
            en: `<h2>Good uses</h2>
<p>Generative AI can save hours on routine writing. Officers use it to draft a first version of a circular in simple language, to summarise a long public report, to translate a notice between Hindi and English, or to turn a table of figures into a short note. In each case the human remains the author: the tool produces a draft, and you correct, verify and own the final text.</p>
<h2>Seven rules</h2>
<ol>
<li><strong>Never paste confidential or personal data</strong> into a public chatbot: no Aadhaar numbers, mobile numbers, beneficiary lists, file notings marked secret, or draft policy not yet approved. Public tools may store what you type on servers outside government control.</li>
<li><strong>Use approved tools</strong> where your department provides them, and follow the guidelines issued by your department and by MeitY.</li>
<li><strong>Verify every fact</strong>, figure, section number and date against the original source before it goes into a file.</li>
<li><strong>Watch for bias.</strong> If an AI tool ranks applicants or flags cases, ask what data it learned from and whether some groups could be treated unfairly.</li>
<li><strong>Be transparent.</strong> When AI has shaped an analysis or a citizen-facing message, say so where appropriate.</li>
<li><strong>Keep the decision human.</strong> Sanctions, penalties and eligibility decisions must be taken and recorded by the competent authority.</li>
<li><strong>Protect personal data.</strong> The Digital Personal Data Protection Act, 2023 applies to personal data handled by government offices too.</li>
</ol>
<h3>Writing a good prompt</h3>
<p>State the role, the task, the audience and the format. For example: "You are helping a block office. Draft a 150-word notice in simple Hindi informing farmers that the crop insurance enrolment deadline is 31 July. Use short sentences." Then read the result critically. If the answer contains a fact you did not give it, check that fact.</p>
<h3>A quick test before you use an output</h3>
<p>Ask yourself: would I sign this if a colleague had drafted it? Can I show where every fact came from? Have I removed anything that identifies a citizen? If all three answers are yes, the draft is ready for the normal approval process.</p>`,
            hi: `<h2>अच्छे उपयोग</h2>
<p>जनरेटिव एआई नियमित लेखन में घंटों बचा सकता है। अधिकारी इसका उपयोग सरल भाषा में परिपत्र का पहला मसौदा बनाने, लंबी सार्वजनिक रिपोर्ट का सारांश लिखने, किसी सूचना का हिंदी और अंग्रेज़ी में अनुवाद करने, या आँकड़ों की तालिका को छोटी टिप्पणी में बदलने के लिए करते हैं। हर स्थिति में लेखक मनुष्य ही रहता है: टूल मसौदा देता है, और आप उसे सुधारते, सत्यापित करते और अंतिम पाठ की ज़िम्मेदारी लेते हैं।</p>
<h2>सात नियम</h2>
<ol>
<li><strong>गोपनीय या व्यक्तिगत डेटा कभी न डालें</strong> — किसी सार्वजनिक चैटबॉट में आधार संख्या, मोबाइल नंबर, लाभार्थियों की सूची, गोपनीय नोटिंग या अस्वीकृत नीति का मसौदा न डालें। सार्वजनिक टूल आपकी लिखी बातें सरकारी नियंत्रण से बाहर के सर्वर पर रख सकते हैं।</li>
<li><strong>स्वीकृत टूल का ही उपयोग करें</strong> जहाँ विभाग उन्हें उपलब्ध कराता है, और अपने विभाग तथा इलेक्ट्रॉनिकी एवं सूचना प्रौद्योगिकी मंत्रालय के दिशानिर्देशों का पालन करें।</li>
<li><strong>हर तथ्य की जाँच करें</strong> — हर आँकड़ा, धारा संख्या और तिथि फ़ाइल में जाने से पहले मूल स्रोत से मिलाएँ।</li>
<li><strong>पक्षपात पर नज़र रखें।</strong> यदि कोई एआई टूल आवेदकों को क्रम देता है या मामलों को चिह्नित करता है, तो पूछें कि उसने किस डेटा से सीखा और क्या किसी वर्ग के साथ अन्याय हो सकता है।</li>
<li><strong>पारदर्शी रहें।</strong> जब किसी विश्लेषण या नागरिकों के लिए संदेश में एआई की भूमिका रही हो, तो उचित स्थान पर यह बताएँ।</li>
<li><strong>निर्णय मनुष्य का ही रहे।</strong> स्वीकृति, दंड और पात्रता के निर्णय सक्षम प्राधिकारी द्वारा ही लिए और दर्ज किए जाएँ।</li>
<li><strong>व्यक्तिगत डेटा की रक्षा करें।</strong> डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 सरकारी कार्यालयों द्वारा रखे गए व्यक्तिगत डेटा पर भी लागू होता है।</li>
</ol>
<h3>अच्छा प्रॉम्प्ट कैसे लिखें</h3>
<p>भूमिका, काम, पाठक और प्रारूप स्पष्ट लिखें। उदाहरण: "आप एक विकास खंड कार्यालय की सहायता कर रहे हैं। सरल हिंदी में 150 शब्दों की सूचना लिखें कि फ़सल बीमा में नामांकन की अंतिम तिथि 31 जुलाई है। छोटे वाक्य रखें।" फिर परिणाम को ध्यान से पढ़ें। यदि उत्तर में कोई ऐसा तथ्य है जो आपने नहीं दिया था, तो उसकी जाँच अवश्य करें।</p>
<h3>उपयोग से पहले एक छोटी जाँच</h3>
<p>स्वयं से पूछें: यदि यह मसौदा किसी सहकर्मी ने बनाया होता, तो क्या मैं इस पर हस्ताक्षर करता? क्या मैं हर तथ्य का स्रोत दिखा सकता हूँ? क्या मैंने नागरिक की पहचान बताने वाली हर जानकारी हटा दी है? तीनों का उत्तर हाँ हो, तभी मसौदा सामान्य अनुमोदन प्रक्रिया के लिए तैयार है।</p>`,
          },
        },
        {
          key: 'ai-basics-4-indiaai-link',
          type: 'link',
          title: { en: 'IndiaAI portal', hi: 'इंडियाएआई पोर्टल' },
          link: {
            url: 'https://indiaai.gov.in/',
            note: { en: 'The national AI portal: IndiaAI Mission updates, government use cases and free courses.', hi: 'राष्ट्रीय एआई पोर्टल: इंडियाएआई मिशन की जानकारी, सरकारी उपयोग के उदाहरण और निःशुल्क पाठ्यक्रम।' },
          },
        },
        {
          key: 'ai-basics-5-final',
          type: 'final_assessment',
          title: { en: 'Final assessment', hi: 'अंतिम मूल्यांकन' },
          settings: { passMark: 60, attemptLimit: 3, timeLimitSeconds: 600, drawCount: 5, shuffle: true },
          questions: [
            {
              type: 'multiple',
              prompt: { en: 'Which of these must never be pasted into a public chatbot?', hi: 'इनमें से क्या कभी भी किसी सार्वजनिक चैटबॉट में नहीं डालना चाहिए?' },
              options: [
                { en: 'A list of beneficiaries with Aadhaar numbers', hi: 'आधार संख्या सहित लाभार्थियों की सूची' },
                { en: 'A draft policy that has not been approved', hi: 'नीति का ऐसा मसौदा जो स्वीकृत नहीं हुआ है' },
                { en: 'A request to explain a term in simple words', hi: 'किसी शब्द को सरल भाषा में समझाने का अनुरोध' },
                { en: 'Citizens’ mobile numbers', hi: 'नागरिकों के मोबाइल नंबर' },
              ],
              correct: [0, 1, 3],
              explanation: { en: 'Personal data and unapproved official material must stay inside government systems. Asking for a plain explanation is harmless.', hi: 'व्यक्तिगत डेटा और अस्वीकृत सरकारी सामग्री सरकारी प्रणालियों के भीतर ही रहनी चाहिए। किसी शब्द का सरल अर्थ पूछना हानिरहित है।' },
            },
            {
              type: 'single',
              prompt: { en: 'Who is accountable for a reply to a citizen drafted with AI help?', hi: 'एआई की सहायता से बने नागरिक को दिए गए उत्तर के लिए कौन जवाबदेह है?' },
              options: [
                { en: 'The company that made the AI tool', hi: 'एआई टूल बनाने वाली कंपनी' },
                { en: 'The officer who approves and signs it', hi: 'वह अधिकारी जो उसे अनुमोदित कर हस्ताक्षर करता है' },
                { en: 'Nobody, because a machine wrote it', hi: 'कोई नहीं, क्योंकि उसे मशीन ने लिखा' },
              ],
              correct: 1,
              explanation: { en: 'AI does not take responsibility; the competent officer does.', hi: 'एआई ज़िम्मेदारी नहीं लेता; सक्षम अधिकारी लेता है।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'The Digital Personal Data Protection Act, 2023 also applies to government offices that handle personal data.', hi: 'डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 व्यक्तिगत डेटा रखने वाले सरकारी कार्यालयों पर भी लागू होता है।' },
              correct: true,
              explanation: { en: 'The State is a data fiduciary too, with limited exemptions notified under the Act.', hi: 'राज्य भी डेटा न्यासी है; अधिनियम के अंतर्गत अधिसूचित सीमित छूटें ही लागू होती हैं।' },
            },
            {
              type: 'match',
              prompt: { en: 'Match each term with its meaning.', hi: 'प्रत्येक शब्द को उसके अर्थ से मिलाएँ।' },
              pairs: [
                { left: { en: 'Machine learning', hi: 'मशीन लर्निंग' }, right: { en: 'Learning patterns from examples', hi: 'उदाहरणों से पैटर्न सीखना' } },
                { left: { en: 'Hallucination', hi: 'हैलुसिनेशन' }, right: { en: 'A fluent but false answer', hi: 'धाराप्रवाह पर ग़लत उत्तर' } },
                { left: { en: 'Prompt', hi: 'प्रॉम्प्ट' }, right: { en: 'The instruction you give the tool', hi: 'टूल को दिया गया निर्देश' } },
              ],
              explanation: { en: 'These three terms come up every time you use a generative AI tool.', hi: 'जनरेटिव एआई टूल के हर उपयोग में ये तीनों शब्द सामने आते हैं।' },
            },
            {
              type: 'fill_numeric',
              prompt: { en: 'In which year was the IndiaAI Mission approved by the Union Cabinet?', hi: 'केंद्रीय मंत्रिमंडल ने इंडियाएआई मिशन को किस वर्ष स्वीकृति दी?' },
              value: 2024,
              tolerance: 0,
              explanation: { en: 'The IndiaAI Mission was approved in March 2024.', hi: 'इंडियाएआई मिशन को मार्च 2024 में स्वीकृति मिली।' },
            },
            {
              type: 'single',
              prompt: { en: 'A chatbot gives you a section number you did not provide. What should you do?', hi: 'चैटबॉट ने एक ऐसी धारा संख्या बताई जो आपने नहीं दी थी। आपको क्या करना चाहिए?' },
              options: [
                { en: 'Use it, chatbots are trained on laws', hi: 'उसका उपयोग करें, चैटबॉट क़ानूनों पर प्रशिक्षित होते हैं' },
                { en: 'Check it against the Act before using it', hi: 'उपयोग से पहले अधिनियम से मिलान करें' },
                { en: 'Delete the whole draft', hi: 'पूरा मसौदा हटा दें' },
              ],
              correct: 1,
              explanation: { en: 'Verify every fact, figure and section number against the original source.', hi: 'हर तथ्य, आँकड़ा और धारा संख्या मूल स्रोत से मिलाएँ।' },
            },
          ],
        },
      ],
    },
  ],
};
