import type { DemoCourse } from './types';

export const NOTING_DRAFTING: DemoCourse = {
  code: 'NOTING-DRAFTING',
  provider: 'DOPT',
  title: { en: 'Noting and Drafting', hi: 'टिप्पण और आलेखन' },
  summary: {
    en: 'Write clear, self-contained notes and choose the right form of communication — letter, D.O., office memorandum, order, notification — for every draft.',
    hi: 'स्पष्ट और स्वतः पूर्ण टिप्पणी लिखें और हर मसौदे के लिए सही प्रकार का पत्राचार चुनें — पत्र, अर्ध-शासकीय पत्र, कार्यालय ज्ञापन, आदेश, अधिसूचना।',
  },
  description: {
    en: 'Good files move fast. This course, based on the Central Secretariat Manual of Office Procedure, teaches how to put up a case with a short, logical note; how to use precedents and rules without copying the whole file; and how to draft each form of official communication with the right opening, tone and signature.',
    hi: 'अच्छी फ़ाइलें तेज़ी से चलती हैं। केंद्रीय सचिवालय कार्यालय प्रक्रिया नियमावली पर आधारित यह पाठ्यक्रम सिखाता है कि छोटी और तर्कसंगत टिप्पणी के साथ मामला कैसे प्रस्तुत करें; पूरी फ़ाइल की नक़ल किए बिना पूर्व-दृष्टांतों और नियमों का उपयोग कैसे करें; और हर प्रकार के सरकारी पत्राचार का मसौदा सही आरंभ, भाषा और हस्ताक्षर के साथ कैसे बनाएँ।',
  },
  durationMinutes: 60,
  difficulty: 'intermediate',
  competencies: [{ code: 'noting-drafting', level: 2 }, { code: 'written-communication', level: 2 }],
  tags: ['office-procedure', 'noting-drafting', 'communication'],
  publishedAt: '2025-10-06T05:30:00.000Z',
  modules: [
    {
      key: 'noting-drafting-m1-noting',
      title: { en: 'Noting', hi: 'टिप्पण' },
      lessons: [
        {
          key: 'noting-drafting-1-good-note',
          type: 'html',
          title: { en: 'How to write a good note', hi: 'अच्छी टिप्पणी कैसे लिखें' },
          html: {
            en: `<h2>What a note is for</h2>
<p>A <strong>note</strong> is the written record of the thinking on a file: what the issue is, what the rules and past decisions say, what the options are, and what is proposed. It helps the officer who must decide, and it tells anyone reading the file years later why a decision was taken. A file has two parts: the <strong>notes portion</strong> and the <strong>correspondence portion</strong>, and every page in each is numbered so that the note can refer to it precisely.</p>
<h2>The structure of a note</h2>
<ol>
<li><strong>The issue</strong> — in one or two sentences, what has been received and what decision is needed.</li>
<li><strong>Facts</strong> — only the facts needed for the decision, with page references (for example "p. 23/c" for page 23 of the correspondence).</li>
<li><strong>Rules and precedents</strong> — the provision that applies, quoted briefly; any earlier decision on a similar case.</li>
<li><strong>Analysis</strong> — what follows from the rules and facts, including points against the proposal.</li>
<li><strong>Proposal</strong> — a clear recommendation, often with a draft for approval (DFA) placed below.</li>
</ol>
<h3>Rules of good noting</h3>
<ul>
<li><strong>Be self-contained but brief.</strong> The reader should not have to read the whole file, but the note should not repeat the letter under consideration word for word.</li>
<li><strong>Number your paragraphs</strong> so that senior officers can refer to them ("as proposed at para 4").</li>
<li><strong>Do not repeat</strong> what an earlier note already says; refer to it instead.</li>
<li><strong>Use plain language.</strong> Short sentences, active voice and common words make a note faster to read and harder to misread.</li>
<li><strong>Stay objective.</strong> Criticism of a colleague or of the applicant has no place in a note; facts and rules do.</li>
<li>A senior officer agreeing with the proposal can simply sign the note; if the decision differs, the reasons must be written.</li>
</ul>
<h3>A short example</h3>
<p><em>"1. Shri R. K. Verma, Assistant, has applied for 15 days' earned leave from 2 June (p. 12/c). 2. He has 96 days of earned leave to his credit (p. 13/c). The section will manage the work with the existing staff. 3. We may sanction the leave. A draft office order is placed below for approval."</em> Three paragraphs, every fact referenced, and a clear proposal.</p>`,
            hi: `<h2>टिप्पणी किसलिए</h2>
<p><strong>टिप्पणी</strong> फ़ाइल पर हुए विचार का लिखित अभिलेख है: मुद्दा क्या है, नियम और पिछले निर्णय क्या कहते हैं, विकल्प क्या हैं और क्या प्रस्तावित है। यह निर्णय लेने वाले अधिकारी की सहायता करती है, और वर्षों बाद फ़ाइल पढ़ने वाले को बताती है कि निर्णय क्यों लिया गया। फ़ाइल के दो भाग होते हैं: <strong>टिप्पणी भाग</strong> और <strong>पत्राचार भाग</strong>, और दोनों के हर पृष्ठ पर संख्या डाली जाती है ताकि टिप्पणी में उनका सटीक संदर्भ दिया जा सके।</p>
<h2>टिप्पणी की संरचना</h2>
<ol>
<li><strong>मुद्दा</strong> — एक या दो वाक्यों में, क्या प्राप्त हुआ है और कौन-सा निर्णय चाहिए।</li>
<li><strong>तथ्य</strong> — निर्णय के लिए आवश्यक तथ्य ही, पृष्ठ संदर्भ के साथ (जैसे पत्राचार के पृष्ठ 23 के लिए "पृ. 23/प")।</li>
<li><strong>नियम और पूर्व-दृष्टांत</strong> — लागू होने वाला प्रावधान, संक्षेप में उद्धृत; किसी समान मामले में पहले लिया गया निर्णय।</li>
<li><strong>विश्लेषण</strong> — नियमों और तथ्यों से क्या निकलता है, जिसमें प्रस्ताव के विरुद्ध बिंदु भी शामिल हों।</li>
<li><strong>प्रस्ताव</strong> — स्पष्ट अनुशंसा, प्रायः नीचे रखे अनुमोदन हेतु मसौदे के साथ।</li>
</ol>
<h3>अच्छी टिप्पणी के नियम</h3>
<ul>
<li><strong>स्वतः पूर्ण पर संक्षिप्त रहें।</strong> पढ़ने वाले को पूरी फ़ाइल न पढ़नी पड़े, पर टिप्पणी विचाराधीन पत्र को शब्दशः न दोहराए।</li>
<li><strong>अनुच्छेदों पर क्रमांक डालें</strong> ताकि वरिष्ठ अधिकारी उनका संदर्भ दे सकें ("अनुच्छेद 4 में प्रस्तावित अनुसार")।</li>
<li>जो पिछली टिप्पणी में पहले से लिखा है, उसे <strong>दोहराएँ नहीं</strong>; उसका संदर्भ दें।</li>
<li><strong>सरल भाषा का प्रयोग करें।</strong> छोटे वाक्य, कर्तृवाच्य और प्रचलित शब्द टिप्पणी को जल्दी पढ़ने योग्य और ग़लत समझे जाने से सुरक्षित बनाते हैं।</li>
<li><strong>वस्तुनिष्ठ रहें।</strong> किसी सहकर्मी या आवेदक की आलोचना का टिप्पणी में कोई स्थान नहीं; तथ्य और नियम ही लिखें।</li>
<li>प्रस्ताव से सहमत वरिष्ठ अधिकारी केवल हस्ताक्षर कर सकता है; यदि निर्णय भिन्न हो, तो कारण लिखना आवश्यक है।</li>
</ul>
<h3>एक छोटा उदाहरण</h3>
<p><em>"1. श्री आर. के. वर्मा, सहायक, ने 2 जून से 15 दिन के अर्जित अवकाश के लिए आवेदन किया है (पृ. 12/प)। 2. उनके खाते में 96 दिन का अर्जित अवकाश शेष है (पृ. 13/प)। अनुभाग वर्तमान कर्मचारियों से काम संभाल लेगा। 3. अवकाश स्वीकृत किया जा सकता है। कार्यालय आदेश का मसौदा अनुमोदन हेतु नीचे प्रस्तुत है।"</em> तीन अनुच्छेद, हर तथ्य का संदर्भ, और स्पष्ट प्रस्ताव।</p>`,
          },
        },
        {
          key: 'noting-drafting-2-quiz',
          type: 'quiz',
          title: { en: 'Quick check: noting', hi: 'त्वरित जाँच: टिप्पण' },
          settings: { passMark: 50, shuffle: true },
          questions: [
            {
              type: 'true_false',
              prompt: { en: 'A good note copies the whole letter under consideration so nothing is missed.', hi: 'अच्छी टिप्पणी विचाराधीन पूरे पत्र की नक़ल करती है ताकि कुछ छूटे नहीं।' },
              correct: false,
              explanation: { en: 'Refer to the letter by page number; do not reproduce it.', hi: 'पत्र का पृष्ठ संख्या से संदर्भ दें; उसकी नक़ल न करें।' },
            },
            {
              type: 'fill_text',
              prompt: { en: 'A draft placed below a note for the officer’s approval is abbreviated ______.', hi: 'अधिकारी के अनुमोदन हेतु टिप्पणी के नीचे रखे मसौदे को अंग्रेज़ी में संक्षेप में ______ कहते हैं।' },
              accepted: { en: ['DFA'], hi: ['DFA', 'डीएफ़ए', 'डीएफए'] },
              explanation: { en: 'DFA = draft for approval.', hi: 'DFA = ड्राफ़्ट फ़ॉर अप्रूवल (अनुमोदन हेतु मसौदा)।' },
            },
          ],
        },
      ],
    },
    {
      key: 'noting-drafting-m2-drafting',
      title: { en: 'Drafting', hi: 'आलेखन' },
      lessons: [
        {
          key: 'noting-drafting-3-forms',
          type: 'html',
          title: { en: 'Forms of official communication', hi: 'सरकारी पत्राचार के प्रकार' },
          html: {
            en: `<h2>Choosing the right form</h2>
<p>The form of a communication tells the reader who is writing, with what authority and how formally. Using the wrong form causes delay, because the receiving office may return it or treat it as less important than it is.</p>
<table>
<tr><th>Form</th><th>When to use</th></tr>
<tr><td>Letter</td><td>Correspondence with state governments, the public, associations and other bodies outside the Central Government; begins "Sir/Madam" and ends "Yours faithfully".</td></tr>
<tr><td>Demi-official (D.O.) letter</td><td>When the personal attention of a named officer is needed, or to exchange views informally between officers; written in the first person and begins with the officer's name.</td></tr>
<tr><td>Office memorandum (O.M.)</td><td>Correspondence between ministries and departments, and for conveying information to employees; written in the third person, with no salutation or subscription.</td></tr>
<tr><td>Inter-departmental note</td><td>Obtaining the advice or concurrence of another department on a file, such as Finance or Law.</td></tr>
<tr><td>Office order</td><td>Internal administration: distribution of work, grant of leave, appointments of a routine kind.</td></tr>
<tr><td>Order</td><td>Sanctions of a financial nature and orders such as disciplinary decisions.</td></tr>
<tr><td>Notification</td><td>Rules, orders and appointments published in the Gazette of India.</td></tr>
<tr><td>Resolution</td><td>Announcing important policy decisions and the appointment of committees or commissions of inquiry, published in the Gazette.</td></tr>
<tr><td>Endorsement</td><td>Sending a copy of a communication to others for information or action.</td></tr>
</table>
<h2>Drafting well</h2>
<ul>
<li>Put the <strong>subject line</strong> and the reference to the earlier letter at the top, so the receiver can link it at once.</li>
<li>State the decision or request in the <strong>first paragraph</strong>; background can follow.</li>
<li>Write <strong>what is to be done, by whom and by when</strong>. "Necessary action may be taken" helps nobody.</li>
<li>Use the active voice and avoid stock phrases like "it is submitted that".</li>
<li>Check names, numbers, dates and amounts against the file before the draft goes up.</li>
<li>Hindi and English versions of documents covered by Section 3(3) of the Official Languages Act, 1963 — such as general orders, notifications and resolutions — must be issued together.</li>
</ul>
<p>A good draft needs few changes. Every correction made by a senior officer is a lesson for the next draft.</p>`,
            hi: `<h2>सही प्रकार चुनना</h2>
<p>पत्राचार का प्रकार पाठक को बताता है कि कौन लिख रहा है, किस अधिकार से और कितनी औपचारिकता से। ग़लत प्रकार चुनने से देरी होती है, क्योंकि प्राप्त करने वाला कार्यालय उसे लौटा सकता है या उसे वास्तविकता से कम महत्वपूर्ण मान सकता है।</p>
<table>
<tr><th>प्रकार</th><th>कब उपयोग करें</th></tr>
<tr><td>पत्र</td><td>राज्य सरकारों, जनता, संघों और केंद्र सरकार से बाहर के अन्य निकायों से पत्राचार; "महोदय/महोदया" से आरंभ और "भवदीय" से समाप्त।</td></tr>
<tr><td>अर्ध-शासकीय पत्र</td><td>जब किसी नामित अधिकारी का व्यक्तिगत ध्यान चाहिए, या अधिकारियों के बीच अनौपचारिक विचार-विनिमय के लिए; उत्तम पुरुष में लिखा जाता है और अधिकारी के नाम से आरंभ होता है।</td></tr>
<tr><td>कार्यालय ज्ञापन</td><td>मंत्रालयों और विभागों के बीच पत्राचार, और कर्मचारियों को सूचना देने के लिए; अन्य पुरुष में, बिना संबोधन और अधोलेख के।</td></tr>
<tr><td>अंतर्विभागीय टिप्पणी</td><td>किसी फ़ाइल पर वित्त या विधि जैसे अन्य विभाग की सलाह या सहमति लेने के लिए।</td></tr>
<tr><td>कार्यालय आदेश</td><td>आंतरिक प्रशासन: काम का बँटवारा, अवकाश की स्वीकृति, सामान्य प्रकार की नियुक्तियाँ।</td></tr>
<tr><td>आदेश</td><td>वित्तीय स्वीकृतियाँ और अनुशासनिक निर्णय जैसे आदेश।</td></tr>
<tr><td>अधिसूचना</td><td>भारत के राजपत्र में प्रकाशित होने वाले नियम, आदेश और नियुक्तियाँ।</td></tr>
<tr><td>संकल्प</td><td>महत्वपूर्ण नीतिगत निर्णयों और समितियों या जाँच आयोगों के गठन की घोषणा, राजपत्र में प्रकाशित।</td></tr>
<tr><td>पृष्ठांकन</td><td>किसी पत्राचार की प्रति दूसरों को सूचना या कार्रवाई के लिए भेजना।</td></tr>
</table>
<h2>अच्छा आलेखन</h2>
<ul>
<li><strong>विषय-पंक्ति</strong> और पिछले पत्र का संदर्भ सबसे ऊपर लिखें, ताकि प्राप्तकर्ता तुरंत उसे जोड़ सके।</li>
<li>निर्णय या अनुरोध <strong>पहले अनुच्छेद</strong> में लिखें; पृष्ठभूमि बाद में आ सकती है।</li>
<li>लिखें कि <strong>क्या करना है, कौन करेगा और कब तक</strong>। "आवश्यक कार्यवाही करें" से किसी की मदद नहीं होती।</li>
<li>कर्तृवाच्य का प्रयोग करें और "निवेदन है कि" जैसे घिसे-पिटे वाक्यांशों से बचें।</li>
<li>मसौदा ऊपर भेजने से पहले नाम, संख्याएँ, तिथियाँ और राशियाँ फ़ाइल से मिलाएँ।</li>
<li>राजभाषा अधिनियम, 1963 की धारा 3(3) में आने वाले दस्तावेज़ — जैसे सामान्य आदेश, अधिसूचनाएँ और संकल्प — हिंदी और अंग्रेज़ी दोनों में एक साथ जारी होने चाहिए।</li>
</ul>
<p>अच्छे मसौदे में कम बदलाव करने पड़ते हैं। वरिष्ठ अधिकारी द्वारा किया गया हर सुधार अगले मसौदे के लिए एक सीख है।</p>`,
          },
        },
        {
          key: 'noting-drafting-4-final',
          type: 'final_assessment',
          title: { en: 'Final assessment', hi: 'अंतिम मूल्यांकन' },
          settings: { passMark: 60, attemptLimit: 3, drawCount: 4, shuffle: true },
          questions: [
            {
              type: 'match',
              prompt: { en: 'Match each purpose with the right form.', hi: 'प्रत्येक उद्देश्य को सही प्रकार से मिलाएँ।' },
              pairs: [
                { left: { en: 'Rules published in the Gazette', hi: 'राजपत्र में प्रकाशित नियम' }, right: { en: 'Notification', hi: 'अधिसूचना' } },
                { left: { en: 'Writing to another ministry', hi: 'दूसरे मंत्रालय को लिखना' }, right: { en: 'Office memorandum', hi: 'कार्यालय ज्ञापन' } },
                { left: { en: 'Personal attention of a named officer', hi: 'नामित अधिकारी का व्यक्तिगत ध्यान' }, right: { en: 'D.O. letter', hi: 'अर्ध-शासकीय पत्र' } },
                { left: { en: 'Distribution of work in a section', hi: 'अनुभाग में काम का बँटवारा' }, right: { en: 'Office order', hi: 'कार्यालय आदेश' } },
              ],
              explanation: { en: 'The form signals authority and formality; choose it by purpose and addressee.', hi: 'प्रकार अधिकार और औपचारिकता दर्शाता है; उसे उद्देश्य और प्राप्तकर्ता के अनुसार चुनें।' },
            },
            {
              type: 'single',
              prompt: { en: 'Which form is written in the third person without a salutation?', hi: 'कौन-सा प्रकार बिना संबोधन के अन्य पुरुष में लिखा जाता है?' },
              options: [
                { en: 'Office memorandum', hi: 'कार्यालय ज्ञापन' },
                { en: 'D.O. letter', hi: 'अर्ध-शासकीय पत्र' },
                { en: 'Letter to a citizen', hi: 'नागरिक को पत्र' },
              ],
              correct: 0,
              explanation: { en: 'An O.M. has no salutation or subscription, only the signature with designation.', hi: 'कार्यालय ज्ञापन में संबोधन या अधोलेख नहीं होता, केवल पदनाम सहित हस्ताक्षर।' },
            },
            {
              type: 'multiple',
              prompt: { en: 'Which are features of a good note?', hi: 'अच्छी टिप्पणी की कौन-सी विशेषताएँ हैं?' },
              options: [
                { en: 'Numbered paragraphs', hi: 'क्रमांकित अनुच्छेद' },
                { en: 'Page references for facts', hi: 'तथ्यों के लिए पृष्ठ संदर्भ' },
                { en: 'Personal remarks about the applicant', hi: 'आवेदक पर व्यक्तिगत टिप्पणियाँ' },
                { en: 'A clear proposal at the end', hi: 'अंत में स्पष्ट प्रस्ताव' },
              ],
              correct: [0, 1, 3],
              explanation: { en: 'Notes are objective, referenced and end with a proposal.', hi: 'टिप्पणियाँ वस्तुनिष्ठ, संदर्भ-युक्त होती हैं और प्रस्ताव के साथ समाप्त होती हैं।' },
            },
            {
              type: 'fill_numeric',
              prompt: { en: 'Section 3(3) of the Official Languages Act of which year requires bilingual issue of certain documents?', hi: 'किस वर्ष के राजभाषा अधिनियम की धारा 3(3) कुछ दस्तावेज़ द्विभाषी जारी करने की अपेक्षा करती है?' },
              value: 1963,
              tolerance: 0,
              explanation: { en: 'The Official Languages Act, 1963.', hi: 'राजभाषा अधिनियम, 1963।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'If a senior officer disagrees with the proposal, the reasons should be recorded on the file.', hi: 'यदि वरिष्ठ अधिकारी प्रस्ताव से असहमत हो, तो कारण फ़ाइल पर दर्ज किए जाने चाहिए।' },
              correct: true,
              explanation: { en: 'A decision that differs from the proposal must be reasoned.', hi: 'प्रस्ताव से भिन्न निर्णय सकारण होना चाहिए।' },
            },
          ],
        },
      ],
    },
  ],
};
