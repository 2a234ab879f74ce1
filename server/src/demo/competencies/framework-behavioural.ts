import { competency as c, type SeedArea } from './types';

/** Behavioural competencies of the demo framework (Karmayogi Competency Model). */
export const BEHAVIOURAL: SeedArea[] = [
  {
    type: 'behavioural',
    code: 'beh-ethics',
    name: ['Ethics and values', 'नैतिकता और मूल्य'],
    themes: [
      {
        code: 'beh-integrity',
        name: ['Integrity and accountability', 'सत्यनिष्ठा और जवाबदेही'],
        competencies: [
          c('integrity', ['Integrity', 'सत्यनिष्ठा'], ['Acts honestly and impartially, and declares and avoids conflicts of interest.', 'ईमानदारी और निष्पक्षता से कार्य करता है तथा हितों के टकराव को घोषित करता है और उससे बचता है।'], [
            ['Knows the conduct rules and what counts as a conflict of interest.', 'आचरण नियमों को और हितों के टकराव की परिभाषा को जानता है।'],
            ['Follows the conduct rules in daily work and declares gifts and interests.', 'दैनिक कार्य में आचरण नियमों का पालन करता है और उपहारों व हितों की घोषणा करता है।'],
            ['Takes impartial decisions under pressure and records the reasons.', 'दबाव में भी निष्पक्ष निर्णय लेता है और उनके कारण दर्ज करता है।'],
            ["Builds checks into the team's processes and acts on lapses.", 'टीम की प्रक्रियाओं में नियंत्रण बनाता है और चूक पर कार्रवाई करता है।'],
            ['Sets the ethical tone of the organisation and protects those who report wrongdoing.', 'संगठन का नैतिक वातावरण तय करता है और गड़बड़ी की सूचना देने वालों की रक्षा करता है।'],
          ]),
          c('transparency', ['Transparency', 'पारदर्शिता'], ['Keeps decisions, rules and records open to citizens by default.', 'निर्णयों, नियमों और अभिलेखों को स्वभावतः नागरिकों के लिए खुला रखता है।'], [
            ['Knows which information must be published proactively.', 'जानता है कि कौन-सी सूचना स्वतः प्रकाशित करनी होती है।'],
            ['Keeps files and registers so that they can be shown on request.', 'फ़ाइलें और रजिस्टर इस तरह रखता है कि माँगने पर दिखाए जा सकें।'],
            ['Publishes decisions, criteria and timelines for the services handled.', 'अपनी सेवाओं के निर्णय, मानदंड और समय-सीमाएँ प्रकाशित करता है।'],
            ['Designs open processes, dashboards and disclosures for the office.', 'कार्यालय के लिए खुली प्रक्रियाएँ, डैशबोर्ड और प्रकटीकरण तैयार करता है।'],
            ['Leads a culture of openness across departments and with the public.', 'विभागों में और जनता के साथ खुलेपन की संस्कृति का नेतृत्व करता है।'],
          ]),
        ],
      },
      {
        code: 'beh-inclusion',
        name: ['Inclusion and sensitivity', 'समावेशन और संवेदनशीलता'],
        competencies: [
          c('gender-sensitivity', ['Gender sensitivity', 'लैंगिक संवेदनशीलता'], ['Treats colleagues and citizens of every gender with dignity and prevents harassment.', 'हर लिंग के सहकर्मियों और नागरिकों से गरिमा के साथ व्यवहार करता है और उत्पीड़न रोकता है।'], [
            ['Knows the POSH Act and where to report harassment.', 'पॉश अधिनियम और उत्पीड़न की शिकायत कहाँ करनी है, यह जानता है।'],
            ['Uses respectful language and notices exclusion at work.', 'सम्मानजनक भाषा का प्रयोग करता है और कार्यस्थल पर बहिष्कार को पहचानता है।'],
            ['Applies a gender lens to services and handles complaints correctly.', 'सेवाओं में लैंगिक दृष्टि अपनाता है और शिकायतों का सही निपटारा करता है।'],
            ['Serves on or runs an Internal Committee and trains others.', 'आंतरिक समिति में कार्य करता है या उसे चलाता है और दूसरों को प्रशिक्षित करता है।'],
            ['Shapes gender-responsive policies and budgets for the organisation.', 'संगठन के लिए लैंगिक-संवेदी नीतियाँ और बजट तैयार करता है।'],
          ]),
          c('empathy', ['Empathy', 'समानुभूति'], ['Understands the situation of citizens and colleagues and responds with care.', 'नागरिकों और सहकर्मियों की स्थिति को समझता है और संवेदना के साथ प्रतिक्रिया देता है।'], [
            ['Listens without interrupting and asks what the person needs.', 'बिना टोके सुनता है और पूछता है कि व्यक्ति को क्या चाहिए।'],
            ['Explains procedures patiently to people who find them hard.', 'कठिनाई महसूस करने वालों को प्रक्रियाएँ धैर्य से समझाता है।'],
            ['Adapts service to the elderly, the disabled and first-time visitors.', 'बुज़ुर्गों, दिव्यांगों और पहली बार आने वालों के अनुसार सेवा ढालता है।'],
            ['Coaches the team to handle distressed citizens with care.', 'परेशान नागरिकों से संवेदना से पेश आने के लिए टीम को सिखाता है।'],
            ['Designs services around the lived experience of citizens.', 'नागरिकों के वास्तविक अनुभव के आधार पर सेवाएँ तैयार करता है।'],
          ]),
        ],
      },
    ],
  },
  {
    type: 'behavioural',
    code: 'beh-self',
    name: ['Personal effectiveness', 'व्यक्तिगत प्रभावशीलता'],
    themes: [
      {
        code: 'beh-self-management',
        name: ['Managing oneself', 'स्वयं का प्रबंधन'],
        competencies: [
          c('self-management', ['Self-management', 'स्व-प्रबंधन'], ['Plans own work, manages time and keeps commitments.', 'अपने कार्य की योजना बनाता है, समय का प्रबंधन करता है और प्रतिबद्धताएँ निभाता है।'], [
            ['Keeps a daily list of tasks and deadlines.', 'कार्यों और समय-सीमाओं की दैनिक सूची रखता है।'],
            ['Prioritises urgent and important work without reminders.', 'बिना याद दिलाए ज़रूरी और महत्वपूर्ण काम को प्राथमिकता देता है।'],
            ['Balances several assignments and reports progress on time.', 'कई कार्यों में संतुलन रखता है और समय पर प्रगति बताता है।'],
            ['Stays effective through crises, transfers and heavy workloads.', 'संकट, स्थानांतरण और भारी कार्यभार में भी प्रभावी रहता है।'],
            ['Models disciplined, reflective work habits for the organisation.', 'संगठन के लिए अनुशासित और चिंतनशील कार्य-आदतों का उदाहरण बनता है।'],
          ]),
          c('wellbeing', ['Health and wellbeing', 'स्वास्थ्य और कल्याण'], ["Looks after own physical and mental health and supports colleagues' wellbeing.", 'अपने शारीरिक और मानसिक स्वास्थ्य का ध्यान रखता है और सहकर्मियों के कल्याण में सहयोग करता है।'], [
            ['Knows simple practices for stress, posture and breaks at work.', 'तनाव, बैठने की मुद्रा और कार्य के बीच विराम के सरल उपाय जानता है।'],
            ['Uses short breaks and stress practices during the working day.', 'कार्य-दिवस में छोटे विराम और तनाव-मुक्ति के अभ्यास अपनाता है।'],
            ['Notices signs of burnout in self and others and seeks help.', 'स्वयं और दूसरों में थकावट के लक्षण पहचानता है और सहायता लेता है।'],
            ['Organises wellbeing routines and support for the team.', 'टीम के लिए कल्याण की दिनचर्या और सहायता का आयोजन करता है।'],
            ['Builds a workplace that protects health and morale.', 'ऐसा कार्यस्थल बनाता है जो स्वास्थ्य और मनोबल की रक्षा करे।'],
          ]),
          c('adaptability', ['Adaptability', 'अनुकूलनशीलता'], ['Adjusts to new rules, places, tools and ways of working.', 'नए नियमों, स्थानों, साधनों और कार्य-पद्धतियों के अनुसार स्वयं को ढालता है।'], [
            ['Accepts changes in procedure and asks how they work.', 'प्रक्रिया में बदलाव स्वीकार करता है और पूछता है कि वे कैसे काम करते हैं।'],
            ['Learns new tools and rules quickly after a change.', 'बदलाव के बाद नए साधन और नियम जल्दी सीखता है।'],
            ['Settles into a new posting and delivers early.', 'नई तैनाती में जल्दी रम जाता है और शीघ्र परिणाम देता है।'],
            ['Helps the team through reorganisations and new systems.', 'पुनर्गठन और नई प्रणालियों के दौरान टीम की सहायता करता है।'],
            ['Leads change across the organisation and sustains it.', 'पूरे संगठन में बदलाव का नेतृत्व करता है और उसे टिकाऊ बनाता है।'],
          ]),
        ],
      },
      {
        code: 'beh-communication',
        name: ['Communication', 'संप्रेषण'],
        competencies: [
          c('written-communication', ['Written communication', 'लिखित संप्रेषण'], ['Writes clear, correct and concise letters, notes and reports in Hindi and English.', 'हिंदी और अंग्रेज़ी में स्पष्ट, शुद्ध और संक्षिप्त पत्र, टिप्पणियाँ और प्रतिवेदन लिखता है।'], [
            ['Writes simple messages with the facts in order.', 'तथ्यों को क्रम से रखते हुए सरल संदेश लिखता है।'],
            ['Drafts routine letters and replies in the standard formats.', 'मानक प्रारूपों में सामान्य पत्र और उत्तर तैयार करता है।'],
            ['Writes reasoned reports and orders that need little correction.', 'तर्कपूर्ण प्रतिवेदन और आदेश लिखता है जिनमें कम सुधार की ज़रूरत पड़ती है।'],
            ["Edits others' drafts and writes for senior officers and courts.", 'दूसरों के मसौदे संपादित करता है और वरिष्ठ अधिकारियों तथा न्यायालयों के लिए लिखता है।'],
            ['Writes policy papers and public communication for the government.', 'सरकार के लिए नीति-पत्र और सार्वजनिक संप्रेषण लिखता है।'],
          ]),
          c('oral-communication', ['Oral communication', 'मौखिक संप्रेषण'], ['Speaks clearly with citizens, colleagues and the media, and listens well.', 'नागरिकों, सहकर्मियों और मीडिया से स्पष्ट बात करता है और ध्यान से सुनता है।'], [
            ['Explains a simple matter clearly in person or by phone.', 'किसी सरल विषय को आमने-सामने या फ़ोन पर स्पष्ट समझाता है।'],
            ["Answers citizens' questions at the counter with correct information.", 'काउंटर पर नागरिकों के प्रश्नों का सही जानकारी के साथ उत्तर देता है।'],
            ['Presents a case in meetings and handles objections calmly.', 'बैठकों में पक्ष रखता है और आपत्तियों को शांति से संभालता है।'],
            ['Chairs meetings, public hearings and briefings.', 'बैठकों, जनसुनवाइयों और ब्रीफ़िंग की अध्यक्षता करता है।'],
            ['Speaks for the organisation to the media and the public in a crisis.', 'संकट में मीडिया और जनता के सामने संगठन की ओर से बोलता है।'],
          ]),
        ],
      },
    ],
  },
  {
    type: 'behavioural',
    code: 'beh-people',
    name: ['Working with people', 'लोगों के साथ कार्य'],
    themes: [
      {
        code: 'beh-citizen',
        name: ['Citizen centricity', 'नागरिक केंद्रितता'],
        competencies: [
          c('citizen-service', ['Citizen service', 'नागरिक सेवा'], ['Delivers services to citizens on time, courteously and within the rules.', 'नागरिकों को समय पर, शिष्टता से और नियमों के भीतर सेवाएँ देता है।'], [
            ['Knows the services of the office and their time limits.', 'कार्यालय की सेवाओं और उनकी समय-सीमाओं को जानता है।'],
            ['Handles applications completely and tells citizens what happens next.', 'आवेदनों का पूरा निपटारा करता है और नागरिकों को अगला चरण बताता है।'],
            ['Resolves difficult cases and prevents repeat visits.', 'कठिन मामलों का समाधान करता है और बार-बार के चक्कर रोकता है।'],
            ['Improves service standards and monitors delays in the office.', 'कार्यालय में सेवा मानकों में सुधार करता है और विलंब की निगरानी करता है।'],
            ["Redesigns services end to end around citizens' needs.", 'नागरिकों की ज़रूरतों के अनुसार सेवाओं को शुरू से अंत तक नए सिरे से बनाता है।'],
          ]),
        ],
      },
      {
        code: 'beh-collaboration',
        name: ['Teamwork and collaboration', 'टीम भावना और सहयोग'],
        competencies: [
          c('teamwork', ['Teamwork', 'टीम भावना'], ['Works with others towards shared goals and shares information and credit.', 'साझा लक्ष्यों के लिए दूसरों के साथ मिलकर काम करता है तथा जानकारी और श्रेय साझा करता है।'], [
            ['Does own part of a shared task reliably.', 'साझा कार्य में अपना हिस्सा भरोसे के साथ पूरा करता है।'],
            ['Shares information and helps colleagues when asked.', 'जानकारी साझा करता है और माँगने पर सहकर्मियों की सहायता करता है।'],
            ['Works across sections and departments to finish joint work.', 'संयुक्त कार्य पूरा करने के लिए अनुभागों और विभागों के बीच काम करता है।'],
            ['Builds cooperation between teams with different interests.', 'भिन्न हितों वाली टीमों के बीच सहयोग बनाता है।'],
            ['Creates lasting partnerships across government and with civil society.', 'सरकार के भीतर और नागरिक समाज के साथ स्थायी साझेदारियाँ बनाता है।'],
          ]),
          c('conflict-resolution', ['Conflict resolution', 'विवाद समाधान'], ['Resolves disagreements between people or groups fairly and calmly.', 'व्यक्तियों या समूहों के बीच मतभेदों को निष्पक्षता और शांति से सुलझाता है।'], [
            ['Stays calm and respectful when there is disagreement.', 'मतभेद होने पर शांत और सम्मानजनक रहता है।'],
            ['Hears both sides and finds the facts before acting.', 'कार्रवाई से पहले दोनों पक्षों को सुनता है और तथ्य जानता है।'],
            ['Mediates routine disputes between colleagues or citizens.', 'सहकर्मियों या नागरिकों के बीच सामान्य विवादों में मध्यस्थता करता है।'],
            ['Settles community and inter-departmental disputes.', 'सामुदायिक और अंतर्विभागीय विवादों का निपटारा करता है।'],
            ['Defuses large and sensitive conflicts and builds lasting settlements.', 'बड़े और संवेदनशील विवादों को शांत करता है और स्थायी समाधान बनाता है।'],
          ]),
        ],
      },
    ],
  },
  {
    type: 'behavioural',
    code: 'beh-leadership',
    name: ['Leadership and judgement', 'नेतृत्व और विवेक'],
    themes: [
      {
        code: 'beh-decisions',
        name: ['Decision-making', 'निर्णय लेना'],
        competencies: [
          c('decision-making', ['Decision-making', 'निर्णय लेना'], ['Takes timely, lawful and well-reasoned decisions.', 'समय पर, विधिसम्मत और तर्कसंगत निर्णय लेता है।'], [
            ['Knows own powers and when to refer a matter upwards.', 'अपनी शक्तियाँ जानता है और कब मामला ऊपर भेजना है, यह समझता है।'],
            ['Decides routine matters within the rules without delay.', 'नियमों के भीतर सामान्य मामलों का बिना विलंब निर्णय करता है।'],
            ['Weighs options and evidence and records a speaking order.', 'विकल्पों और साक्ष्यों को तौलता है और सकारण आदेश दर्ज करता है।'],
            ['Decides complex cases with incomplete information and owns the outcome.', 'अधूरी जानकारी में जटिल मामलों का निर्णय करता है और परिणाम की ज़िम्मेदारी लेता है।'],
            ['Takes strategic decisions with long-term public consequences.', 'दूरगामी सार्वजनिक प्रभाव वाले रणनीतिक निर्णय लेता है।'],
          ]),
          c('problem-solving', ['Problem solving', 'समस्या समाधान'], ['Finds the causes of problems and practical ways to fix them.', 'समस्याओं के कारण और उन्हें दूर करने के व्यावहारिक उपाय खोजता है।'], [
            ['Describes a problem clearly with its facts.', 'किसी समस्या को उसके तथ्यों सहित स्पष्ट बताता है।'],
            ['Solves routine problems using known procedures.', 'ज्ञात प्रक्रियाओं से सामान्य समस्याएँ हल करता है।'],
            ['Finds root causes and tries new solutions.', 'मूल कारण खोजता है और नए समाधान आज़माता है।'],
            ['Solves problems that cut across sections and departments.', 'अनुभागों और विभागों में फैली समस्याओं को हल करता है।'],
            ['Solves systemic problems and scales what works.', 'व्यवस्थागत समस्याएँ हल करता है और सफल उपायों का विस्तार करता है।'],
          ]),
        ],
      },
      {
        code: 'beh-leading',
        name: ['Leading people', 'लोगों का नेतृत्व'],
        competencies: [
          c('team-leadership', ['Leading teams', 'टीम नेतृत्व'], ['Sets direction, delegates and develops the people in the team.', 'दिशा तय करता है, कार्य सौंपता है और टीम के लोगों का विकास करता है।'], [
            ['Understands the roles in the team and who does what.', 'टीम की भूमिकाओं और कौन क्या करता है, यह समझता है।'],
            ['Allocates and follows up the work of a small team.', 'छोटी टीम का कार्य बाँटता है और उसकी अनुवर्ती निगरानी करता है।'],
            ['Sets goals, gives feedback and handles performance issues.', 'लक्ष्य तय करता है, प्रतिक्रिया देता है और कार्य-निष्पादन के मुद्दे संभालता है।'],
            ['Leads several teams or an office and develops future leaders.', 'कई टीमों या एक कार्यालय का नेतृत्व करता है और भावी नेतृत्व तैयार करता है।'],
            ['Leads a district or department and shapes its culture.', 'किसी ज़िले या विभाग का नेतृत्व करता है और उसकी कार्य-संस्कृति गढ़ता है।'],
          ]),
          c('crisis-leadership', ['Crisis leadership', 'संकट में नेतृत्व'], ['Leads people and resources calmly in emergencies.', 'आपात स्थितियों में लोगों और संसाधनों का शांति से नेतृत्व करता है।'], [
            ['Knows own duties in the emergency plan.', 'आपातकालीन योजना में अपने कर्तव्य जानता है।'],
            ['Carries out assigned emergency duties under pressure.', 'दबाव में सौंपे गए आपातकालीन कर्तव्य निभाता है।'],
            ['Leads a field team or a control-room shift in an emergency.', 'आपात स्थिति में किसी फ़ील्ड टीम या नियंत्रण कक्ष की पाली का नेतृत्व करता है।'],
            ["Commands a sub-division's response as incident commander.", 'घटना कमांडर के रूप में उपमंडल की प्रतिक्रिया की कमान संभालता है।'],
            ['Commands a district or state response and coordinates all agencies.', 'ज़िले या राज्य की प्रतिक्रिया की कमान संभालता है और सभी एजेंसियों का समन्वय करता है।'],
          ]),
        ],
      },
    ],
  },
];
