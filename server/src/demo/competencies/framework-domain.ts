import { competency as c, type SeedArea } from './types';

/** Domain competencies of the demo framework (Karmayogi Competency Model). */
export const DOMAIN: SeedArea[] = [
  {
    type: 'domain',
    code: 'dom-revenue',
    name: ['Revenue and district administration', 'राजस्व और ज़िला प्रशासन'],
    themes: [
      {
        code: 'dom-land',
        name: ['Land administration', 'भूमि प्रशासन'],
        competencies: [
          c('land-revenue', ['Land revenue administration', 'भू-राजस्व प्रशासन'], ['Administers land revenue law: assessment, collection, mutation and land use.', 'भू-राजस्व कानून का प्रशासन करता है: निर्धारण, वसूली, नामांतरण और भूमि उपयोग।'], [
            ["Knows the Revenue Code and the revenue officers' hierarchy.", 'राजस्व संहिता और राजस्व अधिकारियों का पदानुक्रम जानता है।'],
            ['Handles mutation, recovery and land-use applications.', 'नामांतरण, वसूली और भूमि उपयोग के आवेदनों का निपटारा करता है।'],
            ['Decides contested revenue matters and runs revenue recovery.', 'विवादित राजस्व मामलों का निर्णय करता है और राजस्व वसूली चलाता है।'],
            ["Supervises the tehsils' revenue work and hears appeals.", 'तहसीलों के राजस्व कार्य की निगरानी करता है और अपीलें सुनता है।'],
            ['Directs the land policy, acquisition and revenue administration of a district.', 'ज़िले की भूमि नीति, अधिग्रहण और राजस्व प्रशासन का निर्देशन करता है।'],
          ]),
          c('land-records', ['Land records', 'भू-अभिलेख'], ['Maintains accurate, digital land records and maps.', 'सटीक और डिजिटल भू-अभिलेख तथा नक्शे रखता है।'], [
            ['Reads the khatauni, the khasra and village maps.', 'खतौनी, खसरा और ग्राम नक्शे पढ़ता है।'],
            ['Updates the records after mutation and partition.', 'नामांतरण और बँटवारे के बाद अभिलेख अद्यतन करता है।'],
            ['Checks field measurements and corrects errors in the records.', 'क्षेत्रीय पैमाइश जाँचता है और अभिलेखों की त्रुटियाँ सुधारता है।'],
            ['Runs record digitisation and survey operations.', 'अभिलेख डिजिटलीकरण और सर्वेक्षण कार्य चलाता है।'],
            ['Leads land-record modernisation for a district or state.', 'ज़िले या राज्य के भू-अभिलेख आधुनिकीकरण का नेतृत्व करता है।'],
          ]),
          c('revenue-courts', ['Revenue courts', 'राजस्व न्यायालय'], ['Conducts revenue court cases fairly and writes lawful orders.', 'राजस्व न्यायालय के मामले निष्पक्षता से चलाता है और विधिसम्मत आदेश लिखता है।'], [
            ['Knows court procedure, summons and the case register.', 'न्यायालय प्रक्रिया, सम्मन और वाद रजिस्टर जानता है।'],
            ['Prepares case files, notices and hearing dates.', 'वाद फ़ाइलें, नोटिस और सुनवाई की तिथियाँ तैयार करता है।'],
            ['Hears cases and writes reasoned judgments on time.', 'मामलों की सुनवाई करता है और समय पर सकारण निर्णय लिखता है।'],
            ['Hears appeals and reduces pendency across courts.', 'अपीलें सुनता है और न्यायालयों में लंबित मामले घटाता है।'],
            ['Shapes revenue jurisprudence through landmark orders and guidance.', 'महत्वपूर्ण आदेशों और मार्गदर्शन से राजस्व न्यायशास्त्र को दिशा देता है।'],
          ]),
        ],
      },
      {
        code: 'dom-disaster',
        name: ['Disaster management', 'आपदा प्रबंधन'],
        competencies: [
          c('disaster-management', ['Disaster management', 'आपदा प्रबंधन'], ['Prepares for, responds to and recovers from floods, heat waves, fires and other disasters.', 'बाढ़, लू, आग और अन्य आपदाओं की तैयारी, प्रतिक्रिया और पुनर्प्राप्ति करता है।'], [
            ['Knows the hazards of the area and the warning system.', 'क्षेत्र के खतरों और चेतावनी प्रणाली को जानता है।'],
            ['Carries out the assigned tasks of the district disaster plan.', 'ज़िला आपदा योजना के सौंपे गए कार्य पूरे करता है।'],
            ['Runs relief, evacuation and shelters for an area.', 'किसी क्षेत्र में राहत, निकासी और आश्रय स्थल चलाता है।'],
            ['Prepares and tests the disaster plan and coordinates agencies.', 'आपदा योजना बनाता और परखता है तथा एजेंसियों का समन्वय करता है।'],
            ['Leads disaster risk reduction for a district or state.', 'ज़िले या राज्य में आपदा जोखिम न्यूनीकरण का नेतृत्व करता है।'],
          ]),
          c('relief-rehabilitation', ['Relief and rehabilitation', 'राहत और पुनर्वास'], ['Assesses losses and delivers relief and rehabilitation under the SDRF norms.', 'एसडीआरएफ़ मानकों के अनुसार क्षति का आकलन करता है और राहत तथा पुनर्वास देता है।'], [
            ['Knows the SDRF relief norms and the eligible losses.', 'एसडीआरएफ़ राहत मानक और पात्र क्षतियाँ जानता है।'],
            ['Surveys losses and prepares relief lists.', 'क्षति का सर्वेक्षण करता है और राहत सूचियाँ तैयार करता है।'],
            ['Pays relief correctly and quickly through DBT.', 'डीबीटी के माध्यम से सही और शीघ्र राहत भुगतान करता है।'],
            ['Plans the rehabilitation of housing, livelihoods and services.', 'आवास, आजीविका और सेवाओं के पुनर्वास की योजना बनाता है।'],
            ['Designs recovery programmes that build back better.', 'ऐसे पुनर्प्राप्ति कार्यक्रम बनाता है जो पहले से बेहतर पुनर्निर्माण करें।'],
          ]),
        ],
      },
    ],
  },
  {
    type: 'domain',
    code: 'dom-police',
    name: ['Policing and security', 'पुलिस और सुरक्षा'],
    themes: [
      {
        code: 'dom-policing',
        name: ['Policing', 'पुलिसिंग'],
        competencies: [
          c('law-and-order', ['Law and order', 'कानून-व्यवस्था'], ['Maintains public order and prevents breaches of the peace.', 'सार्वजनिक व्यवस्था बनाए रखता है और शांति भंग होने से रोकता है।'], [
            ['Knows the preventive sections and the duties at a picket.', 'निवारक धाराएँ और पिकेट पर कर्तव्य जानता है।'],
            ['Performs patrol, picket and crowd duties correctly.', 'गश्त, पिकेट और भीड़ संबंधी ड्यूटी सही ढंग से करता है।'],
            ['Plans the arrangements for fairs, processions and elections in an area.', 'किसी क्षेत्र में मेलों, जुलूसों और चुनावों की व्यवस्था की योजना बनाता है।'],
            ['Handles tense situations and uses preventive law proportionately.', 'तनावपूर्ण स्थितियाँ संभालता है और निवारक कानूनों का आनुपातिक उपयोग करता है।'],
            ['Leads law and order for a district with all agencies.', 'सभी एजेंसियों के साथ ज़िले की कानून-व्यवस्था का नेतृत्व करता है।'],
          ]),
          c('crime-investigation', ['Crime investigation', 'अपराध अन्वेषण'], ['Registers and investigates crimes lawfully and builds cases that stand in court.', 'अपराध विधिवत दर्ज करता है, उनकी जाँच करता है और न्यायालय में टिकने वाले मामले बनाता है।'], [
            ['Knows FIR registration and the rights of the accused and of victims.', 'एफ़आईआर दर्ज करना और अभियुक्त तथा पीड़ित के अधिकार जानता है।'],
            ['Records statements, seizes evidence and keeps the case diary.', 'बयान दर्ज करता है, साक्ष्य ज़ब्त करता है और केस डायरी रखता है।'],
            ['Investigates cases fully and files charge sheets on time.', 'मामलों की पूरी जाँच करता है और समय पर आरोप-पत्र दाखिल करता है।'],
            ['Supervises investigations and uses forensic and digital evidence.', 'विवेचनाओं का पर्यवेक्षण करता है और फ़ोरेंसिक तथा डिजिटल साक्ष्यों का उपयोग करता है।'],
            ['Leads the investigation of organised and complex crime.', 'संगठित और जटिल अपराधों की जाँच का नेतृत्व करता है।'],
          ]),
          c('community-policing', ['Community policing', 'सामुदायिक पुलिसिंग'], ['Builds trust with communities and solves local problems together with them.', 'समुदायों के साथ विश्वास बनाता है और उनके साथ मिलकर स्थानीय समस्याएँ हल करता है।'], [
            ['Knows the beat and its people.', 'अपनी बीट और उसके लोगों को जानता है।'],
            ['Treats complainants with courtesy and follows up.', 'शिकायतकर्ताओं से शिष्टता से पेश आता है और अनुवर्ती कार्रवाई करता है।'],
            ['Runs beat meetings and works with village and ward committees.', 'बीट बैठकें चलाता है और ग्राम तथा वार्ड समितियों के साथ काम करता है।'],
            ['Designs community programmes for women, youth and elders.', 'महिलाओं, युवाओं और बुज़ुर्गों के लिए सामुदायिक कार्यक्रम तैयार करता है।'],
            ['Builds a citizen-friendly policing culture in a district.', 'ज़िले में नागरिक-हितैषी पुलिसिंग संस्कृति बनाता है।'],
          ]),
        ],
      },
      {
        code: 'dom-cyber',
        name: ['Cyber security and data', 'साइबर सुरक्षा और डेटा'],
        competencies: [
          c('cyber-security', ['Cyber security', 'साइबर सुरक्षा'], ['Protects government systems and data from cyber threats.', 'सरकारी प्रणालियों और डेटा को साइबर खतरों से बचाता है।'], [
            ['Recognises phishing, weak passwords and unsafe links.', 'फ़िशिंग, कमज़ोर पासवर्ड और असुरक्षित लिंक पहचानता है।'],
            ['Follows safe practices on devices, e-mail and networks.', 'उपकरणों, ई-मेल और नेटवर्क पर सुरक्षित तरीके अपनाता है।'],
            ['Reports and contains incidents as the CERT-In guidelines require.', 'सर्ट-इन दिशानिर्देशों के अनुसार घटनाओं की सूचना देता है और उन्हें सीमित करता है।'],
            ['Runs security audits and awareness for an office.', 'कार्यालय के लिए सुरक्षा ऑडिट और जागरूकता चलाता है।'],
            ['Sets the cyber security policy of a department.', 'विभाग की साइबर सुरक्षा नीति तय करता है।'],
          ]),
          c('data-protection', ['Data protection', 'डेटा संरक्षण'], ['Handles personal data lawfully under the Digital Personal Data Protection Act.', 'डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम के अंतर्गत व्यक्तिगत डेटा का विधिवत उपयोग करता है।'], [
            ['Knows what personal data is and why it must be protected.', 'जानता है कि व्यक्तिगत डेटा क्या है और उसकी सुरक्षा क्यों आवश्यक है।'],
            ['Collects only the data needed and shares it only as allowed.', 'केवल आवश्यक डेटा लेता है और उसे केवल अनुमति के अनुसार साझा करता है।'],
            ['Applies the consent, retention and breach rules in a service.', 'किसी सेवा में सहमति, प्रतिधारण और उल्लंघन संबंधी नियम लागू करता है।'],
            ["Reviews the office's systems for data protection.", 'डेटा संरक्षण की दृष्टि से कार्यालय की प्रणालियों की समीक्षा करता है।'],
            ['Leads data governance for a department.', 'विभाग के डेटा शासन का नेतृत्व करता है।'],
          ]),
        ],
      },
    ],
  },
  {
    type: 'domain',
    code: 'dom-health',
    name: ['Public health', 'जन स्वास्थ्य'],
    themes: [
      {
        code: 'dom-health-programmes',
        name: ['Health programmes', 'स्वास्थ्य कार्यक्रम'],
        competencies: [
          c('public-health', ['Public health', 'जन स्वास्थ्य'], ['Promotes health and prevents disease in the community.', 'समुदाय में स्वास्थ्य को बढ़ावा देता है और रोगों की रोकथाम करता है।'], [
            ['Knows the main health programmes and services in the area.', 'क्षेत्र के मुख्य स्वास्थ्य कार्यक्रम और सेवाएँ जानता है।'],
            ['Makes home visits, counsels and refers patients.', 'गृह भ्रमण करता है, परामर्श देता है और मरीज़ों को रेफ़र करता है।'],
            ['Tracks the health indicators of the area and acts on gaps.', 'क्षेत्र के स्वास्थ्य संकेतकों पर नज़र रखता है और कमियों पर कार्रवाई करता है।'],
            ['Plans and supervises programmes across a block.', 'ब्लॉक स्तर पर कार्यक्रमों की योजना और पर्यवेक्षण करता है।'],
            ['Leads district public health and outbreak response.', 'ज़िले के जन स्वास्थ्य और प्रकोप प्रतिक्रिया का नेतृत्व करता है।'],
          ]),
          c('maternal-child-health', ['Maternal and child health', 'मातृ एवं शिशु स्वास्थ्य'], ['Supports safe pregnancy and delivery and the health of newborns and children.', 'सुरक्षित गर्भावस्था, प्रसव और नवजात तथा बच्चों के स्वास्थ्य में सहयोग करता है।'], [
            ['Knows the danger signs in pregnancy and in newborns.', 'गर्भावस्था और नवजात में खतरे के लक्षण जानता है।'],
            ['Registers pregnancies and ensures antenatal check-ups.', 'गर्भावस्था का पंजीकरण करता है और प्रसव-पूर्व जाँच सुनिश्चित करता है।'],
            ['Manages high-risk cases and home-based newborn care.', 'उच्च जोखिम वाले मामलों और घर पर नवजात देखभाल का प्रबंधन करता है।'],
            ['Supervises MCH services and reviews maternal deaths.', 'मातृ-शिशु स्वास्थ्य सेवाओं का पर्यवेक्षण करता है और मातृ मृत्यु की समीक्षा करता है।'],
            ['Leads the strategy to reduce maternal and infant deaths.', 'मातृ और शिशु मृत्यु घटाने की रणनीति का नेतृत्व करता है।'],
          ]),
          c('immunisation', ['Immunisation', 'टीकाकरण'], ['Plans and delivers vaccination so that every child and mother is protected.', 'टीकाकरण की योजना बनाता है और उसे ऐसे पूरा करता है कि हर बच्चा और माँ सुरक्षित हो।'], [
            ['Knows the national immunisation schedule.', 'राष्ट्रीय टीकाकरण सारणी जानता है।'],
            ['Lists the beneficiaries due and brings them to sessions.', 'देय लाभार्थियों की सूची बनाता है और उन्हें सत्र तक लाता है।'],
            ['Runs sessions with the cold chain and records doses in U-WIN.', 'कोल्ड चेन के साथ सत्र चलाता है और यू-विन में खुराकें दर्ज करता है।'],
            ['Finds and closes coverage gaps across villages.', 'गाँवों में टीकाकरण की कमियाँ खोजता है और दूर करता है।'],
            ['Leads the immunisation programmes and campaigns of a district.', 'ज़िले के टीकाकरण कार्यक्रमों और अभियानों का नेतृत्व करता है।'],
          ]),
        ],
      },
    ],
  },
  {
    type: 'domain',
    code: 'dom-governance',
    name: ['Governance and policy', 'शासन और नीति'],
    themes: [
      {
        code: 'dom-rti',
        name: ['Right to information', 'सूचना का अधिकार'],
        competencies: [
          c('rti', ['Right to Information', 'सूचना का अधिकार'], ['Supplies information to citizens as the RTI Act 2005 requires.', 'सूचना का अधिकार अधिनियम 2005 के अनुसार नागरिकों को सूचना देता है।'], [
            ['Knows the time limits, fees and exemptions under the Act.', 'अधिनियम के अंतर्गत समय-सीमाएँ, शुल्क और छूट जानता है।'],
            ['Collects and supplies information for RTI replies on time.', 'आरटीआई उत्तरों के लिए समय पर सूचना एकत्र करता है और देता है।'],
            ['Decides RTI requests as PIO, including exemptions and severance.', 'लोक सूचना अधिकारी के रूप में छूट और पृथक्करण सहित आवेदनों का निर्णय करता है।'],
            ['Hears first appeals and improves suo motu disclosure.', 'प्रथम अपीलें सुनता है और स्वतः प्रकटीकरण में सुधार करता है।'],
            ['Sets the RTI practice of a department and represents it before the Commission.', 'विभाग की आरटीआई कार्यप्रणाली तय करता है और आयोग के समक्ष उसका प्रतिनिधित्व करता है।'],
          ]),
        ],
      },
      {
        code: 'dom-policy',
        name: ['Public policy', 'लोक नीति'],
        competencies: [
          c('public-policy', ['Public policy', 'लोक नीति'], ['Understands, implements and helps shape public policy.', 'लोक नीति को समझता है, लागू करता है और उसे आकार देने में सहायता करता है।'], [
            ['Knows the main policies that govern own work.', 'अपने कार्य को संचालित करने वाली मुख्य नीतियाँ जानता है।'],
            ['Implements policy guidelines correctly in the field.', 'नीतिगत दिशानिर्देशों को क्षेत्र में सही ढंग से लागू करता है।'],
            ['Reports implementation problems with evidence.', 'कार्यान्वयन की समस्याओं की साक्ष्य सहित सूचना देता है।'],
            ['Drafts policy proposals and consults stakeholders.', 'नीति प्रस्ताव तैयार करता है और हितधारकों से परामर्श करता है।'],
            ['Designs and evaluates the policy of a sector.', 'किसी क्षेत्र के लिए नीति बनाता है और उसका मूल्यांकन करता है।'],
          ]),
          c('education-policy', ['Education policy', 'शिक्षा नीति'], ['Applies the National Education Policy 2020 in schools and programmes.', 'राष्ट्रीय शिक्षा नीति 2020 को विद्यालयों और कार्यक्रमों में लागू करता है।'], [
            ['Knows the main changes that NEP 2020 brings.', 'एनईपी 2020 से आने वाले मुख्य बदलाव जानता है।'],
            ['Applies foundational literacy and numeracy practices in class.', 'कक्षा में बुनियादी साक्षरता और संख्या ज्ञान की पद्धतियाँ अपनाता है।'],
            ['Plans school improvement in line with NEP 2020.', 'एनईपी 2020 के अनुरूप विद्यालय सुधार की योजना बनाता है।'],
            ['Supports and monitors clusters of schools.', 'विद्यालयों के समूहों को सहयोग देता है और उनकी निगरानी करता है।'],
            ['Shapes the education plans of a district or state.', 'ज़िले या राज्य की शिक्षा योजनाएँ तैयार करता है।'],
          ]),
        ],
      },
    ],
  },
];
