import { competency as c, type SeedArea } from './types';

/** Functional competencies of the demo framework (Karmayogi Competency Model). */
export const FUNCTIONAL: SeedArea[] = [
  {
    type: 'functional',
    code: 'fn-office',
    name: ['Office management', 'कार्यालय प्रबंधन'],
    themes: [
      {
        code: 'fn-files',
        name: ['Files, records and rules', 'फ़ाइलें, अभिलेख और नियम'],
        competencies: [
          c('noting-drafting', ['Noting and drafting', 'टिप्पण और आलेखन'], ['Writes file notes and drafts as the Manual of Office Procedure requires.', 'कार्यालय प्रक्रिया नियमावली के अनुसार फ़ाइल टिप्पणियाँ और मसौदे लिखता है।'], [
            ['Knows the parts of a file and the kinds of official letters.', 'फ़ाइल के भाग और सरकारी पत्रों के प्रकार जानता है।'],
            ['Writes routine notes and drafts in the right format.', 'सही प्रारूप में सामान्य टिप्पणियाँ और मसौदे लिखता है।'],
            ['Writes notes that analyse the case and propose a decision.', 'ऐसी टिप्पणियाँ लिखता है जो मामले का विश्लेषण कर निर्णय प्रस्तावित करें।'],
            ['Vets the notes and drafts of the section before they go up.', 'ऊपर भेजने से पहले अनुभाग की टिप्पणियाँ और मसौदे जाँचता है।'],
            ['Drafts Cabinet notes, rules and orders of wide effect.', 'मंत्रिमंडल टिप्पणियाँ, नियम और व्यापक प्रभाव वाले आदेश तैयार करता है।'],
          ]),
          c('records-management', ['Records management', 'अभिलेख प्रबंधन'], ['Keeps, indexes, retains and destroys records as the rules require.', 'नियमों के अनुसार अभिलेखों को रखता है, अनुक्रमित करता है, संरक्षित करता है और नष्ट करता है।'], [
            ['Knows how files are numbered and where records are kept.', 'जानता है कि फ़ाइलों की संख्या कैसे दी जाती है और अभिलेख कहाँ रखे जाते हैं।'],
            ['Opens, indexes and moves files correctly.', 'फ़ाइलें सही ढंग से खोलता, अनुक्रमित करता और आगे बढ़ाता है।'],
            ['Applies the retention schedule and the record-room rules.', 'प्रतिधारण अनुसूची और अभिलेख कक्ष के नियम लागू करता है।'],
            ["Organises the digitisation and weeding of the office's records.", 'कार्यालय के अभिलेखों के डिजिटलीकरण और छँटाई की व्यवस्था करता है।'],
            ['Sets the records policy of a department.', 'किसी विभाग की अभिलेख नीति तय करता है।'],
          ]),
          c('service-rules', ['Service rules', 'सेवा नियम'], ['Applies the rules on pay, leave, promotion, discipline and pensions.', 'वेतन, अवकाश, पदोन्नति, अनुशासन और पेंशन के नियम लागू करता है।'], [
            ['Knows the main service rules that apply to own cadre.', 'अपने संवर्ग पर लागू मुख्य सेवा नियम जानता है।'],
            ['Processes leave, increments and service-book entries.', 'अवकाश, वेतन-वृद्धि और सेवा पुस्तिका की प्रविष्टियाँ निपटाता है।'],
            ['Handles promotion, seniority and pension cases correctly.', 'पदोन्नति, वरिष्ठता और पेंशन के मामलों का सही निपटारा करता है।'],
            ['Conducts disciplinary proceedings and advises on the rules.', 'अनुशासनिक कार्यवाही संचालित करता है और नियमों पर परामर्श देता है।'],
            ['Frames and amends service rules.', 'सेवा नियम बनाता और संशोधित करता है।'],
          ]),
        ],
      },
      {
        code: 'fn-digital',
        name: ['Digital government', 'डिजिटल शासन'],
        competencies: [
          c('digital-literacy', ['Digital literacy', 'डिजिटल साक्षरता'], ['Uses computers, phones and online services confidently and safely.', 'कंप्यूटर, फ़ोन और ऑनलाइन सेवाओं का आत्मविश्वास और सुरक्षा के साथ उपयोग करता है।'], [
            ['Uses e-mail, a browser and a smartphone for work.', 'कार्य के लिए ई-मेल, ब्राउज़र और स्मार्टफ़ोन का उपयोग करता है।'],
            ['Works with documents, spreadsheets and shared folders.', 'दस्तावेज़, स्प्रेडशीट और साझा फ़ोल्डरों के साथ काम करता है।'],
            ['Uses department portals and solves common problems alone.', 'विभागीय पोर्टलों का उपयोग करता है और सामान्य समस्याएँ स्वयं हल करता है।'],
            ['Helps colleagues adopt digital tools.', 'सहकर्मियों को डिजिटल साधन अपनाने में सहायता करता है।'],
            ['Plans the digital skills of a whole office.', 'पूरे कार्यालय के डिजिटल कौशल की योजना बनाता है।'],
          ]),
          c('e-governance', ['e-Governance', 'ई-गवर्नेंस'], ['Runs office work and services through e-Office and online service portals.', 'कार्यालय का कार्य और सेवाएँ ई-ऑफ़िस तथा ऑनलाइन सेवा पोर्टलों से चलाता है।'], [
            ['Knows the e-Office and service portals used by the office.', 'कार्यालय में प्रयुक्त ई-ऑफ़िस और सेवा पोर्टलों को जानता है।'],
            ['Creates and moves e-files and processes online applications.', 'ई-फ़ाइलें बनाता और आगे बढ़ाता है तथा ऑनलाइन आवेदन निपटाता है।'],
            ['Runs a service fully online and tracks its time limits.', 'किसी सेवा को पूरी तरह ऑनलाइन चलाता है और उसकी समय-सीमा पर नज़र रखता है।'],
            ["Moves an office's processes online and monitors their use.", 'कार्यालय की प्रक्रियाओं को ऑनलाइन ले जाता है और उनके उपयोग की निगरानी करता है।'],
            ['Designs integrated e-services across departments.', 'विभागों में एकीकृत ई-सेवाएँ तैयार करता है।'],
          ]),
          c('ai-literacy', ['AI literacy', 'एआई साक्षरता'], ['Understands what AI tools can and cannot do and uses them responsibly.', 'समझता है कि एआई साधन क्या कर सकते हैं और क्या नहीं, और उनका ज़िम्मेदारी से उपयोग करता है।'], [
            ['Knows what AI is and its common uses in government.', 'जानता है कि एआई क्या है और सरकार में इसके सामान्य उपयोग क्या हैं।'],
            ['Uses AI assistants for drafts and translation and checks the output.', 'मसौदों और अनुवाद के लिए एआई सहायकों का उपयोग करता है और परिणाम जाँचता है।'],
            ['Spots bias, errors and data risks in AI output.', 'एआई के परिणामों में पूर्वाग्रह, त्रुटियाँ और डेटा जोखिम पहचानता है।'],
            ['Plans AI use cases for the office with safeguards.', 'सुरक्षा उपायों के साथ कार्यालय के लिए एआई उपयोग की योजना बनाता है।'],
            ['Sets policy and governance for AI in public services.', 'लोक सेवाओं में एआई के लिए नीति और शासन व्यवस्था तय करता है।'],
          ]),
        ],
      },
    ],
  },
  {
    type: 'functional',
    code: 'fn-finance',
    name: ['Finance and procurement', 'वित्त और क्रय'],
    themes: [
      {
        code: 'fn-public-finance',
        name: ['Public finance', 'लोक वित्त'],
        competencies: [
          c('financial-management', ['Financial management', 'वित्तीय प्रबंधन'], ['Spends public money within the rules and keeps proper accounts.', 'नियमों के भीतर सार्वजनिक धन व्यय करता है और उचित लेखा रखता है।'], [
            ['Knows the basic financial rules and delegations.', 'मूल वित्तीय नियम और प्रत्यायोजित शक्तियाँ जानता है।'],
            ['Prepares bills and keeps cash and stock registers.', 'बिल तैयार करता है और रोकड़ तथा भंडार रजिस्टर रखता है।'],
            ['Checks sanctions and expenditure against the budget and the rules.', 'स्वीकृतियों और व्यय को बजट और नियमों के अनुसार जाँचता है।'],
            ["Manages an office's budget and answers audit objections.", 'कार्यालय का बजट संभालता है और लेखा-परीक्षा आपत्तियों का उत्तर देता है।'],
            ['Directs the finances of a department or a large scheme.', 'किसी विभाग या बड़ी योजना के वित्त का निर्देशन करता है।'],
          ]),
          c('budgeting', ['Budgeting', 'बजट निर्माण'], ['Estimates needs and prepares and monitors budgets.', 'आवश्यकताओं का आकलन करता है तथा बजट तैयार करता है और उसकी निगरानी करता है।'], [
            ['Knows the budget heads and the budget calendar of the department.', 'विभाग के बजट शीर्ष और बजट कैलेंडर जानता है।'],
            ['Compiles budget estimates from the sections’ data.', 'अनुभागों के आंकड़ों से बजट अनुमान संकलित करता है।'],
            ['Prepares a budget with justifications and tracks spending.', 'औचित्य सहित बजट तैयार करता है और व्यय पर नज़र रखता है।'],
            ['Re-appropriates funds and plans budgets across schemes.', 'योजनाओं के बीच पुनर्विनियोजन करता है और बजट की योजना बनाता है।'],
            ['Shapes outcome budgets and medium-term plans.', 'परिणाम बजट और मध्यम अवधि की योजनाएँ तैयार करता है।'],
          ]),
        ],
      },
      {
        code: 'fn-procurement',
        name: ['Procurement and contracts', 'क्रय और अनुबंध'],
        competencies: [
          c('procurement', ['Public procurement', 'लोक क्रय'], ['Buys goods and services fairly and economically, through GeM where required.', 'आवश्यकतानुसार जेम के माध्यम से वस्तुएँ और सेवाएँ निष्पक्ष और किफ़ायती ढंग से खरीदता है।'], [
            ['Knows the GFR purchase methods and when GeM is required.', 'जीएफ़आर की क्रय विधियाँ और जेम कब आवश्यक है, यह जानता है।'],
            ['Places direct purchases and L1 orders on GeM.', 'जेम पर सीधी खरीद और एल1 आदेश देता है।'],
            ['Runs bids and reverse auctions and evaluates them.', 'बोलियाँ और रिवर्स नीलामी चलाता है और उनका मूल्यांकन करता है।'],
            ["Plans the office's procurement and handles complaints.", 'कार्यालय के क्रय की योजना बनाता है और शिकायतों का निपटारा करता है।'],
            ['Sets procurement policy and oversees large purchases.', 'क्रय नीति तय करता है और बड़ी खरीदों की निगरानी करता है।'],
          ]),
          c('contract-management', ['Contract management', 'अनुबंध प्रबंधन'], ['Drafts, monitors and enforces contracts with suppliers.', 'आपूर्तिकर्ताओं के साथ अनुबंध तैयार करता है, उनकी निगरानी करता है और उन्हें लागू कराता है।'], [
            ['Knows the main clauses of a government contract.', 'सरकारी अनुबंध की मुख्य शर्तें जानता है।'],
            ['Tracks deliveries, payments and guarantees.', 'आपूर्ति, भुगतान और प्रतिभूतियों पर नज़र रखता है।'],
            ['Handles delays, penalties and variations under the contract.', 'अनुबंध के अंतर्गत विलंब, दंड और परिवर्तनों का निपटारा करता है।'],
            ['Resolves contract disputes and terminations.', 'अनुबंध विवादों और समाप्ति के मामलों का समाधान करता है।'],
            ['Designs contract models for complex projects.', 'जटिल परियोजनाओं के लिए अनुबंध मॉडल तैयार करता है।'],
          ]),
        ],
      },
    ],
  },
  {
    type: 'functional',
    code: 'fn-programmes',
    name: ['Programmes and data', 'कार्यक्रम और आंकड़े'],
    themes: [
      {
        code: 'fn-projects',
        name: ['Project and scheme management', 'परियोजना और योजना प्रबंधन'],
        competencies: [
          c('project-management', ['Project management', 'परियोजना प्रबंधन'], ['Plans and delivers projects on time, within budget and to quality.', 'परियोजनाओं की योजना बनाता है और उन्हें समय पर, बजट में और गुणवत्ता के साथ पूरा करता है।'], [
            ['Knows the stages of a project and its milestones.', 'परियोजना के चरण और उसके पड़ाव जानता है।'],
            ['Keeps a work plan and reports progress against it.', 'कार्य योजना रखता है और उसके सापेक्ष प्रगति बताता है।'],
            ["Manages a project's schedule, risks and contractors.", 'परियोजना की समय-सारणी, जोखिम और ठेकेदारों का प्रबंधन करता है।'],
            ['Runs several projects and fixes delays across them.', 'कई परियोजनाएँ चलाता है और उनमें विलंब दूर करता है।'],
            ['Directs large programmes across agencies.', 'विभिन्न एजेंसियों में बड़े कार्यक्रमों का निर्देशन करता है।'],
          ]),
          c('monitoring-evaluation', ['Monitoring and evaluation', 'निगरानी और मूल्यांकन'], ['Tracks schemes with indicators and learns from evaluation.', 'संकेतकों से योजनाओं की निगरानी करता है और मूल्यांकन से सीखता है।'], [
            ['Knows the indicators of the schemes handled.', 'अपनी योजनाओं के संकेतक जानता है।'],
            ['Collects and reports scheme data accurately and on time.', 'योजना के आंकड़े सही और समय पर एकत्र करता है और भेजता है।'],
            ['Reviews progress, finds lagging areas and follows up.', 'प्रगति की समीक्षा करता है, पिछड़े क्षेत्रों को पहचानता है और अनुवर्ती कार्रवाई करता है।'],
            ['Designs monitoring systems and field verification.', 'निगरानी प्रणालियाँ और क्षेत्रीय सत्यापन तैयार करता है।'],
            ['Commissions evaluations and uses them to redesign schemes.', 'मूल्यांकन करवाता है और उनके आधार पर योजनाओं को नया रूप देता है।'],
          ]),
        ],
      },
      {
        code: 'fn-data',
        name: ['Data and evidence', 'आंकड़े और साक्ष्य'],
        competencies: [
          c('data-analysis', ['Data analysis', 'आंकड़ा विश्लेषण'], ['Collects, cleans and analyses data to support decisions.', 'निर्णयों के लिए आंकड़े एकत्र करता है, उन्हें शुद्ध करता है और उनका विश्लेषण करता है।'], [
            ['Reads tables and charts correctly.', 'तालिकाएँ और चार्ट सही ढंग से पढ़ता है।'],
            ['Builds simple tables and totals in a spreadsheet.', 'स्प्रेडशीट में सरल तालिकाएँ और योग बनाता है।'],
            ['Compares trends and areas and explains what the data shows.', 'रुझानों और क्षेत्रों की तुलना करता है और बताता है कि आंकड़े क्या दर्शाते हैं।'],
            ['Builds dashboards and checks data quality across sources.', 'डैशबोर्ड बनाता है और विभिन्न स्रोतों के आंकड़ों की गुणवत्ता जाँचता है।'],
            ['Leads evidence-based policy using advanced analysis.', 'उन्नत विश्लेषण से साक्ष्य-आधारित नीति का नेतृत्व करता है।'],
          ]),
        ],
      },
    ],
  },
  {
    type: 'functional',
    code: 'fn-service-delivery',
    name: ['Public service delivery', 'लोक सेवा प्रदाय'],
    themes: [
      {
        code: 'fn-grievances',
        name: ['Grievances and outreach', 'शिकायतें और जनसंपर्क'],
        competencies: [
          c('grievance-redressal', ['Grievance redressal', 'शिकायत निवारण'], ['Receives, investigates and resolves public grievances within the time limits.', 'लोक शिकायतों को प्राप्त करता है, उनकी जाँच करता है और समय-सीमा में उनका निवारण करता है।'], [
            ['Knows the grievance portals and their time limits.', 'शिकायत पोर्टल और उनकी समय-सीमाएँ जानता है।'],
            ['Registers grievances and forwards them to the right officer.', 'शिकायतें दर्ज करता है और सही अधिकारी को भेजता है।'],
            ['Investigates grievances and writes reasoned replies.', 'शिकायतों की जाँच करता है और सकारण उत्तर लिखता है।'],
            ['Monitors the pendency and quality of disposal in the office.', 'कार्यालय में लंबित शिकायतों और निस्तारण की गुणवत्ता की निगरानी करता है।'],
            ['Fixes the causes of recurring grievances across services.', 'सेवाओं में बार-बार आने वाली शिकायतों के कारण दूर करता है।'],
          ]),
          c('community-outreach', ['Community outreach', 'सामुदायिक संपर्क'], ['Works with communities, panchayats and volunteers to reach every household.', 'हर परिवार तक पहुँचने के लिए समुदायों, पंचायतों और स्वयंसेवकों के साथ काम करता है।'], [
            ['Knows the households and groups in own area.', 'अपने क्षेत्र के परिवारों और समूहों को जानता है।'],
            ['Visits households and explains schemes in the local language.', 'घर-घर जाता है और स्थानीय भाषा में योजनाएँ समझाता है।'],
            ['Holds community meetings and brings in hard-to-reach groups.', 'सामुदायिक बैठकें करता है और पहुँच से दूर समूहों को जोड़ता है।'],
            ['Plans outreach campaigns with panchayats and volunteers.', 'पंचायतों और स्वयंसेवकों के साथ जागरूकता अभियानों की योजना बनाता है।'],
            ['Builds lasting community institutions for public services.', 'लोक सेवाओं के लिए स्थायी सामुदायिक संस्थाएँ बनाता है।'],
          ]),
        ],
      },
    ],
  },
];
