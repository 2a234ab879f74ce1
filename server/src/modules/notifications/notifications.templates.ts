import type { Bilingual } from '../../platform/i18n';

interface Template {
  subject: Bilingual;
  body: Bilingual;
}

function defineTemplates<T extends Record<string, Template>>(t: T): T {
  return t;
}

/** Every message the platform sends, in both languages; `{name}` placeholders are filled at send time. */
export const templates = defineTemplates({
  otp_verify_email: {
    subject: { en: 'Kshamata: your e-mail verification code', hi: 'क्षमता: आपका ई-मेल सत्यापन कोड' },
    body: {
      en: 'Your Kshamata verification code is {code}. It is valid for 15 minutes. Do not share it with anyone.',
      hi: 'आपका क्षमता सत्यापन कोड {code} है। यह 15 मिनट तक मान्य है। इसे किसी के साथ साझा न करें।',
    },
  },
  otp_verify_mobile: {
    subject: { en: 'Kshamata mobile verification code', hi: 'क्षमता मोबाइल सत्यापन कोड' },
    body: {
      en: '{code} is your Kshamata mobile verification code, valid for 15 minutes. Do not share it.',
      hi: '{code} आपका क्षमता मोबाइल सत्यापन कोड है, 15 मिनट तक मान्य। इसे साझा न करें।',
    },
  },
  otp_password_reset: {
    subject: { en: 'Kshamata: password reset code', hi: 'क्षमता: पासवर्ड रीसेट कोड' },
    body: {
      en: 'Your code to reset your Kshamata password is {code}. It is valid for 15 minutes. If you did not ask for it, ignore this message.',
      hi: 'क्षमता पासवर्ड रीसेट करने के लिए आपका कोड {code} है। यह 15 मिनट तक मान्य है। यदि आपने इसका अनुरोध नहीं किया, तो इस संदेश को अनदेखा करें।',
    },
  },
  registration_pending: {
    subject: { en: 'Kshamata: registration received', hi: 'क्षमता: पंजीकरण प्राप्त हुआ' },
    body: {
      en: 'Dear {name}, your registration is verified and waits for approval by your department nodal officer. You will be told as soon as it is decided.',
      hi: 'प्रिय {name}, आपका पंजीकरण सत्यापित हो गया है और आपके विभाग के नोडल अधिकारी की स्वीकृति की प्रतीक्षा में है। निर्णय होते ही आपको सूचित किया जाएगा।',
    },
  },
  registration_approved: {
    subject: { en: 'Kshamata: your account is active', hi: 'क्षमता: आपका खाता सक्रिय है' },
    body: {
      en: 'Dear {name}, your Kshamata account is active. Sign in at {url} with your e-mail, mobile number or employee ID.',
      hi: 'प्रिय {name}, आपका क्षमता खाता सक्रिय है। {url} पर अपने ई-मेल, मोबाइल नंबर या कर्मचारी आईडी से साइन इन करें।',
    },
  },
  registration_rejected: {
    subject: { en: 'Kshamata: registration not approved', hi: 'क्षमता: पंजीकरण स्वीकृत नहीं हुआ' },
    body: {
      en: 'Dear {name}, your registration was not approved. Reason: {reason}. You may register again with corrected details.',
      hi: 'प्रिय {name}, आपका पंजीकरण स्वीकृत नहीं हुआ। कारण: {reason}। आप सही विवरण के साथ फिर से पंजीकरण कर सकते हैं।',
    },
  },
  account_created: {
    subject: { en: 'Kshamata: set your password', hi: 'क्षमता: अपना पासवर्ड सेट करें' },
    body: {
      en: 'Dear {name}, an account was created for you on Kshamata. Set your password within 7 days at {url}',
      hi: 'प्रिय {name}, क्षमता पर आपका खाता बनाया गया है। 7 दिनों के भीतर {url} पर अपना पासवर्ड सेट करें',
    },
  },
  password_changed: {
    subject: { en: 'Kshamata: your password was changed', hi: 'क्षमता: आपका पासवर्ड बदला गया' },
    body: {
      en: 'Dear {name}, your Kshamata password was changed and your other sessions were signed out. If this was not you, reset your password at once.',
      hi: 'प्रिय {name}, आपका क्षमता पासवर्ड बदला गया और आपके अन्य सत्र साइन आउट कर दिए गए। यदि यह आपने नहीं किया, तो तुरंत पासवर्ड रीसेट करें।',
    },
  },
  account_deactivated: {
    subject: { en: 'Kshamata: your account was deactivated', hi: 'क्षमता: आपका खाता निष्क्रिय किया गया' },
    body: {
      en: 'Dear {name}, your Kshamata account has been deactivated by your department nodal officer. Contact them if you think this is a mistake.',
      hi: 'प्रिय {name}, आपके विभाग के नोडल अधिकारी ने आपका क्षमता खाता निष्क्रिय कर दिया है। यदि यह गलती लगे, तो उनसे संपर्क करें।',
    },
  },
  account_reactivated: {
    subject: { en: 'Kshamata: your account is active again', hi: 'क्षमता: आपका खाता फिर से सक्रिय है' },
    body: {
      en: 'Dear {name}, your Kshamata account is active again. Sign in at {url}.',
      hi: 'प्रिय {name}, आपका क्षमता खाता फिर से सक्रिय है। {url} पर साइन इन करें।',
    },
  },
  transfer_completed: {
    subject: { en: 'Kshamata: your posting was updated', hi: 'क्षमता: आपकी तैनाती अपडेट हुई' },
    body: {
      en: 'Dear {name}, your posting is now {org} from {date}.',
      hi: 'प्रिय {name}, {date} से आपकी तैनाती अब {org} में है।',
    },
  },
  profile_change_decided: {
    subject: { en: 'Kshamata: profile change {decision}', hi: 'क्षमता: प्रोफ़ाइल बदलाव {decision}' },
    body: {
      en: 'Dear {name}, your request to change your organisation or designation was {decision}. {reason}',
      hi: 'प्रिय {name}, संगठन या पदनाम बदलने का आपका अनुरोध {decision}। {reason}',
    },
  },
  account_merged: {
    subject: { en: 'Kshamata: duplicate account merged', hi: 'क्षमता: दोहरा खाता मिलाया गया' },
    body: {
      en: 'Dear {name}, a duplicate account was merged into this one. Your learning history is now in one place.',
      hi: 'प्रिय {name}, आपका एक दोहरा खाता इस खाते में मिला दिया गया है। आपके सीखने का पूरा इतिहास अब एक ही जगह है।',
    },
  },
  // certificates (modules/certificates)
  certificate_ready: {
    subject: { en: 'Kshamata: your certificate for "{title}" is ready', hi: 'क्षमता: "{title}" का आपका प्रमाणपत्र तैयार है' },
    body: {
      en: 'Dear {name}, your certificate {number} for "{title}" is ready. View, download or share it: {url}',
      hi: 'प्रिय {name}, "{title}" का आपका प्रमाणपत्र {number} तैयार है। इसे देखें, डाउनलोड करें या साझा करें: {url}',
    },
  },
  // training plans (modules/plans)
  plan_assigned: {
    subject: { en: 'Kshamata: new training plan "{plan}", due {date}', hi: 'क्षमता: नई प्रशिक्षण योजना "{plan}", नियत तिथि {date}' },
    body: {
      en: 'Dear {name}, you have been assigned the training plan "{plan}". Complete it by {date}. See what it asks on Kshamata: {url}',
      hi: 'प्रिय {name}, आपको प्रशिक्षण योजना "{plan}" सौंपी गई है। इसे {date} तक पूरा करें। इसमें क्या करना है, क्षमता पर देखें: {url}',
    },
  },
  plan_due_soon: {
    subject: { en: 'Kshamata: {plan} is due on {date}', hi: 'क्षमता: {plan} की नियत तिथि {date} है' },
    body: {
      en: 'Dear {name}, the training plan "{plan}" is due on {date} ({days} day(s) left). Finish it on Kshamata: {url}',
      hi: 'प्रिय {name}, प्रशिक्षण योजना "{plan}" की नियत तिथि {date} है ({days} दिन शेष)। इसे क्षमता पर पूरा करें: {url}',
    },
  },
  plan_overdue: {
    subject: { en: 'Kshamata: {plan} is overdue', hi: 'क्षमता: {plan} की समय-सीमा पार हो गई है' },
    body: {
      en: 'Dear {name}, the training plan "{plan}" was due on {date} and is not complete. Please complete it as soon as possible: {url}',
      hi: 'प्रिय {name}, प्रशिक्षण योजना "{plan}" की नियत तिथि {date} थी और यह पूरी नहीं हुई है। कृपया इसे जल्द से जल्द पूरा करें: {url}',
    },
  },
  plan_renewal_due: {
    subject: { en: 'Kshamata: time to renew {plan}', hi: 'क्षमता: {plan} के नवीकरण का समय' },
    body: {
      en: 'Dear {name}, your completion for the training plan "{plan}" has expired. Renew it by {date}: {url}',
      hi: 'प्रिय {name}, प्रशिक्षण योजना "{plan}" के लिए आपकी पूर्णता की अवधि समाप्त हो गई है। {date} तक इसका नवीकरण करें: {url}',
    },
  },
  plan_overdue_digest: {
    subject: { en: 'Kshamata: {count} people overdue on training plans', hi: 'क्षमता: प्रशिक्षण योजनाओं में {count} लोगों की समय-सीमा पार' },
    body: {
      en: 'Dear {name}, {count} people in your organisation are overdue on live training plans. {lines} See everyone and export the list: {url}',
      hi: 'प्रिय {name}, आपके संगठन के {count} लोगों की सक्रिय प्रशिक्षण योजनाओं की समय-सीमा पार हो चुकी है। {lines} सभी को देखें और सूची निर्यात करें: {url}',
    },
  },
  monthly_report: {
    subject: { en: 'Kshamata: {org}, learning in {month}', hi: 'क्षमता: {org}, {month} में सीखने का सारांश' },
    body: {
      en: 'Dear {name}, in {month} the people of {org} completed {completions} courses ({hours} learning hours); {active} were active. Registered: {registered}; completed at least one course: {completedOne}; three or more: {completedThree}; none yet: {none}. See the dashboard: {url}',
      hi: 'प्रिय {name}, {month} में {org} के लोगों ने {completions} पाठ्यक्रम पूरे किए (सीखने के {hours} घंटे); {active} सक्रिय रहे। पंजीकृत: {registered}; कम से कम एक पाठ्यक्रम पूरा: {completedOne}; तीन या अधिक: {completedThree}; अभी तक कोई नहीं: {none}। डैशबोर्ड देखें: {url}',
    },
  },
});

export type TemplateName = keyof typeof templates;
