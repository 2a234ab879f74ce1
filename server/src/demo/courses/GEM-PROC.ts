import type { DemoCourse } from './types';

export const GEM_PROC: DemoCourse = {
  code: 'GEM-PROC',
  provider: 'DOPT',
  title: { en: 'Public Procurement on GeM', hi: 'जेम पर सार्वजनिक ख़रीद' },
  summary: {
    en: 'Buying goods and services on the Government e-Marketplace under GFR 2017 Rule 149: modes of purchase, bids, payments and common mistakes.',
    hi: 'सामान्य वित्तीय नियम 2017 के नियम 149 के अंतर्गत गवर्नमेंट ई-मार्केटप्लेस पर वस्तुओं और सेवाओं की ख़रीद: ख़रीद के तरीक़े, बोली, भुगतान और आम ग़लतियाँ।',
  },
  description: {
    en: 'For buyers, consignees, paying authorities and drawing and disbursing officers. Learn why GeM is mandatory for items available on it, how to choose between direct purchase, L1 purchase and bid or reverse auction, how to write fair specifications, and how to close an order properly with the CRAC and timely payment.',
    hi: 'क्रेताओं, परेषितियों, भुगतान प्राधिकारियों और आहरण-वितरण अधिकारियों के लिए। जानें कि जेम पर उपलब्ध वस्तुओं के लिए यह अनिवार्य क्यों है, सीधी ख़रीद, एल-1 ख़रीद और बोली या रिवर्स ऑक्शन में से कैसे चुनें, निष्पक्ष विनिर्देश कैसे लिखें, और सीआरएसी तथा समय पर भुगतान के साथ ऑर्डर ठीक से कैसे पूरा करें।',
  },
  durationMinutes: 60,
  difficulty: 'intermediate',
  competencies: [{ code: 'procurement', level: 2 }, { code: 'financial-management', level: 1 }],
  tags: ['procurement', 'gem', 'finance'],
  publishedAt: '2025-09-22T05:30:00.000Z',
  modules: [
    {
      key: 'gem-proc-m1-rules',
      title: { en: 'Rules and roles', hi: 'नियम और भूमिकाएँ' },
      lessons: [
        {
          key: 'gem-proc-1-why-gem',
          type: 'html',
          title: { en: 'GeM and GFR 2017', hi: 'जेम और सामान्य वित्तीय नियम 2017' },
          html: {
            en: `<h2>What GeM is</h2>
<p>The <strong>Government e-Marketplace (GeM)</strong> is the national online portal for public procurement, launched in August 2016 and run by GeM SPV under the Ministry of Commerce and Industry. Ministries, departments, states, PSUs and local bodies buy goods and services from registered sellers, including micro and small enterprises, start-ups, self-help groups and artisans. Because prices, specifications and orders are visible online, GeM reduces delay, discretion and the scope for favouritism.</p>
<h2>What the rules say</h2>
<p><strong>Rule 149 of the General Financial Rules (GFR) 2017</strong> makes procurement of goods and services available on GeM <strong>mandatory</strong> for ministries and departments. If an item is not available on GeM, or is not suitable, the buyer may use other modes of procurement, but should record the reason and, where required, obtain a <em>GeM Availability Report and Past Transaction Summary (GeMAR&amp;PTS)</em> ID. Many states, including Uttar Pradesh, have issued their own orders requiring departments to buy through GeM.</p>
<h3>Modes of purchase (as notified in GFR 2017, Rule 149)</h3>
<table>
<tr><th>Value</th><th>Mode</th></tr>
<tr><td>Up to ₹25,000</td><td>Direct purchase from any seller who meets the quality, specification and delivery period</td></tr>
<tr><td>₹25,000 to ₹5 lakh</td><td>From the seller with the lowest price (L1) among at least three sellers or manufacturers</td></tr>
<tr><td>Above ₹5 lakh</td><td>Through bid or reverse auction on GeM</td></tr>
</table>
<p>Thresholds are revised from time to time by the Ministry of Finance, so always check the current order. Splitting a requirement into smaller orders to avoid a bid is not allowed.</p>
<h2>Roles</h2>
<ul>
<li><strong>Primary user</strong> (a senior officer) creates and manages secondary user accounts.</li>
<li><strong>Buyer</strong> places the order or creates the bid.</li>
<li><strong>Consignee</strong> receives and inspects the goods and issues the receipt.</li>
<li><strong>Paying authority / DDO</strong> makes the payment.</li>
</ul>
<p>The buyer and the paying authority must be different people; this separation of duties is a basic financial control.</p>`,
            hi: `<h2>जेम क्या है</h2>
<p><strong>गवर्नमेंट ई-मार्केटप्लेस (जेम)</strong> सार्वजनिक ख़रीद का राष्ट्रीय ऑनलाइन पोर्टल है, जो अगस्त 2016 में शुरू हुआ और वाणिज्य एवं उद्योग मंत्रालय के अंतर्गत जेम एसपीवी द्वारा चलाया जाता है। मंत्रालय, विभाग, राज्य, सार्वजनिक उपक्रम और स्थानीय निकाय पंजीकृत विक्रेताओं से वस्तुएँ और सेवाएँ ख़रीदते हैं, जिनमें सूक्ष्म और लघु उद्यम, स्टार्ट-अप, स्वयं सहायता समूह और कारीगर भी शामिल हैं। कीमतें, विनिर्देश और ऑर्डर ऑनलाइन दिखने के कारण जेम देरी, विवेकाधिकार और पक्षपात की गुंजाइश कम करता है।</p>
<h2>नियम क्या कहते हैं</h2>
<p><strong>सामान्य वित्तीय नियम (जीएफ़आर) 2017 का नियम 149</strong> मंत्रालयों और विभागों के लिए जेम पर उपलब्ध वस्तुओं और सेवाओं की ख़रीद जेम से करना <strong>अनिवार्य</strong> बनाता है। यदि कोई वस्तु जेम पर उपलब्ध नहीं है या उपयुक्त नहीं है, तो क्रेता अन्य तरीक़ों से ख़रीद कर सकता है, परंतु उसे कारण दर्ज करना चाहिए और जहाँ आवश्यक हो, <em>जेम उपलब्धता रिपोर्ट एवं पिछले लेन-देन का सारांश (GeMAR&amp;PTS)</em> आईडी लेनी चाहिए। उत्तर प्रदेश सहित कई राज्यों ने भी विभागों के लिए जेम से ख़रीद अनिवार्य करने के आदेश जारी किए हैं।</p>
<h3>ख़रीद के तरीक़े (सामान्य वित्तीय नियम 2017 में अधिसूचित नियम 149 के अनुसार)</h3>
<table>
<tr><th>मूल्य</th><th>तरीक़ा</th></tr>
<tr><td>₹25,000 तक</td><td>गुणवत्ता, विनिर्देश और आपूर्ति अवधि पूरी करने वाले किसी भी विक्रेता से सीधी ख़रीद</td></tr>
<tr><td>₹25,000 से ₹5 लाख</td><td>कम से कम तीन विक्रेताओं या निर्माताओं में सबसे कम कीमत (एल-1) वाले विक्रेता से</td></tr>
<tr><td>₹5 लाख से अधिक</td><td>जेम पर बोली (बिड) या रिवर्स ऑक्शन द्वारा</td></tr>
</table>
<p>वित्त मंत्रालय समय-समय पर ये सीमाएँ संशोधित करता है, इसलिए हमेशा वर्तमान आदेश देखें। बोली से बचने के लिए किसी आवश्यकता को छोटे-छोटे ऑर्डरों में बाँटना वर्जित है।</p>
<h2>भूमिकाएँ</h2>
<ul>
<li><strong>प्राथमिक उपयोगकर्ता</strong> (एक वरिष्ठ अधिकारी) द्वितीयक उपयोगकर्ताओं के खाते बनाता और संभालता है।</li>
<li><strong>क्रेता</strong> ऑर्डर देता है या बोली बनाता है।</li>
<li><strong>परेषिती</strong> सामान प्राप्त कर उसका निरीक्षण करता है और प्राप्ति जारी करता है।</li>
<li><strong>भुगतान प्राधिकारी / आहरण-वितरण अधिकारी</strong> भुगतान करता है।</li>
</ul>
<p>क्रेता और भुगतान प्राधिकारी अलग-अलग व्यक्ति होने चाहिए; कर्तव्यों का यह विभाजन एक बुनियादी वित्तीय नियंत्रण है।</p>`,
          },
        },
        {
          key: 'gem-proc-2-quiz',
          type: 'quiz',
          title: { en: 'Quick check', hi: 'त्वरित जाँच' },
          settings: { passMark: 50, shuffle: true },
          questions: [
            {
              type: 'fill_numeric',
              prompt: { en: 'Which rule of GFR 2017 makes procurement through GeM mandatory for items available on it?', hi: 'सामान्य वित्तीय नियम 2017 का कौन-सा नियम जेम पर उपलब्ध वस्तुओं की ख़रीद जेम से अनिवार्य करता है?' },
              value: 149,
              tolerance: 0,
              explanation: { en: 'GFR 2017 Rule 149.', hi: 'सामान्य वित्तीय नियम 2017 का नियम 149।' },
            },
            {
              type: 'match',
              prompt: { en: 'Match each GeM role with its task.', hi: 'जेम की प्रत्येक भूमिका को उसके काम से मिलाएँ।' },
              pairs: [
                { left: { en: 'Buyer', hi: 'क्रेता' }, right: { en: 'Places the order or creates the bid', hi: 'ऑर्डर देता है या बोली बनाता है' } },
                { left: { en: 'Consignee', hi: 'परेषिती' }, right: { en: 'Inspects the goods and issues the CRAC', hi: 'सामान का निरीक्षण कर सीआरएसी जारी करता है' } },
                { left: { en: 'Paying authority', hi: 'भुगतान प्राधिकारी' }, right: { en: 'Makes the payment', hi: 'भुगतान करता है' } },
              ],
              explanation: { en: 'Separate roles keep each step accountable.', hi: 'अलग-अलग भूमिकाएँ हर चरण की जवाबदेही तय करती हैं।' },
            },
          ],
        },
      ],
    },
    {
      key: 'gem-proc-m2-buying',
      title: { en: 'Buying step by step', hi: 'चरण-दर-चरण ख़रीद' },
      lessons: [
        {
          key: 'gem-proc-3-checklist',
          type: 'pdf',
          title: { en: 'Buyer’s checklist (handout)', hi: 'क्रेता की जाँच-सूची (पत्रक)' },
          pdf: { en: 'gem-buying-checklist-en.pdf', hi: 'gem-buying-checklist-hi.pdf' },
        },
        {
          key: 'gem-proc-4-gem-portal',
          type: 'link',
          title: { en: 'GeM portal and training', hi: 'जेम पोर्टल और प्रशिक्षण' },
          link: {
            url: 'https://gem.gov.in/',
            note: { en: 'The official GeM portal: buyer registration, product catalogue, bid documents and training videos.', hi: 'आधिकारिक जेम पोर्टल: क्रेता पंजीकरण, उत्पाद सूची, बोली दस्तावेज़ और प्रशिक्षण वीडियो।' },
          },
        },
        {
          key: 'gem-proc-5-final',
          type: 'final_assessment',
          title: { en: 'Final assessment', hi: 'अंतिम मूल्यांकन' },
          settings: { passMark: 60, attemptLimit: 3, drawCount: 4, shuffle: true },
          questions: [
            {
              type: 'single',
              prompt: { en: 'You need printers worth ₹3.2 lakh. Which mode applies under Rule 149?', hi: 'आपको ₹3.2 लाख के प्रिंटर चाहिए। नियम 149 के अंतर्गत कौन-सा तरीक़ा लागू होगा?' },
              options: [
                { en: 'Direct purchase from any seller', hi: 'किसी भी विक्रेता से सीधी ख़रीद' },
                { en: 'L1 among at least three sellers', hi: 'कम से कम तीन विक्रेताओं में एल-1' },
                { en: 'Purchase from the local market without GeM', hi: 'जेम के बिना स्थानीय बाज़ार से ख़रीद' },
              ],
              correct: 1,
              explanation: { en: 'Between ₹25,000 and ₹5 lakh: the lowest-priced seller among at least three.', hi: '₹25,000 से ₹5 लाख के बीच: कम से कम तीन में सबसे कम कीमत वाला विक्रेता।' },
            },
            {
              type: 'true_false',
              prompt: { en: 'Splitting a ₹12 lakh requirement into three orders of ₹4 lakh each to avoid a bid is allowed.', hi: 'बोली से बचने के लिए ₹12 लाख की आवश्यकता को ₹4-4 लाख के तीन ऑर्डरों में बाँटना अनुमत है।' },
              correct: false,
              explanation: { en: 'Splitting to avoid the required mode is prohibited and is an audit objection.', hi: 'निर्धारित तरीक़े से बचने के लिए बाँटना वर्जित है और यह लेखा-परीक्षा आपत्ति बनती है।' },
            },
            {
              type: 'multiple',
              prompt: { en: 'Which are good practices for a GeM buyer?', hi: 'जेम क्रेता के लिए कौन-से अच्छे व्यवहार हैं?' },
              options: [
                { en: 'Writing generic specifications', hi: 'सामान्य विनिर्देश लिखना' },
                { en: 'Issuing the CRAC on time after inspection', hi: 'निरीक्षण के बाद समय पर सीआरएसी जारी करना' },
                { en: 'Naming a favourite brand without justification', hi: 'बिना औचित्य पसंदीदा ब्रांड का नाम लिखना' },
                { en: 'Paying within the time GeM allows', hi: 'जेम द्वारा निर्धारित समय में भुगतान करना' },
              ],
              correct: [0, 1, 3],
              explanation: { en: 'Fair specifications and prompt acceptance and payment keep sellers, including MSEs, willing to supply.', hi: 'निष्पक्ष विनिर्देश और समय पर स्वीकृति व भुगतान से विक्रेता, विशेषकर लघु उद्यम, आपूर्ति के लिए तत्पर रहते हैं।' },
            },
            {
              type: 'fill_text',
              prompt: { en: 'Above ₹5 lakh, GeM purchases are made through a bid or a reverse ______.', hi: '₹5 लाख से अधिक की जेम ख़रीद बोली या रिवर्स ______ से होती है।' },
              accepted: { en: ['auction'], hi: ['ऑक्शन', 'नीलामी', 'auction'] },
              explanation: { en: 'Bid or reverse auction (RA) on GeM.', hi: 'जेम पर बोली या रिवर्स ऑक्शन (आरए)।' },
            },
            {
              type: 'fill_numeric',
              prompt: { en: 'Under Rule 149 as notified in GFR 2017, up to what amount in rupees may a buyer make a direct purchase on GeM?', hi: 'सामान्य वित्तीय नियम 2017 में अधिसूचित नियम 149 के अनुसार जेम पर कितने रुपये तक क्रेता सीधी ख़रीद कर सकता है?' },
              value: 25000,
              tolerance: 0,
              explanation: { en: 'Direct purchase is allowed up to ₹25,000 under Rule 149.', hi: 'नियम 149 के अंतर्गत ₹25,000 तक सीधी ख़रीद की अनुमति है।' },
            },
          ],
        },
      ],
    },
  ],
};
