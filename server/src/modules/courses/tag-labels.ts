import type { Language } from '../../db/column-types';
import type { Bilingual } from '../../platform/i18n';

/*
 * Course tags are short keys (`cyber-security`) chosen by authors for search and for training plans' "courses tagged…"
 * rules. Where a person reads a tag, it is named in their language: the common ones here; any other is shown as words
 * ("district administration"), which is still better than a key.
 */
const TAG_NAMES: Record<string, Bilingual> = {
  ai: { en: 'AI (artificial intelligence)', hi: 'एआई (कृत्रिम बुद्धिमत्ता)' },
  'digital-skills': { en: 'Digital skills', hi: 'डिजिटल कौशल' },
  'cyber-security': { en: 'Cyber security', hi: 'साइबर सुरक्षा' },
  'e-governance': { en: 'E-governance', hi: 'ई-गवर्नेंस' },
  'e-office': { en: 'e-Office', hi: 'ई-ऑफ़िस' },
  health: { en: 'Health', hi: 'स्वास्थ्य' },
  'maternal-health': { en: 'Maternal health', hi: 'मातृ स्वास्थ्य' },
  'child-health': { en: 'Child health', hi: 'शिशु स्वास्थ्य' },
  'frontline-workers': { en: 'Frontline workers', hi: 'अग्रिम पंक्ति कार्यकर्ता' },
  rti: { en: 'Right to Information', hi: 'सूचना का अधिकार' },
  transparency: { en: 'Transparency', hi: 'पारदर्शिता' },
  governance: { en: 'Governance', hi: 'शासन' },
  wellbeing: { en: 'Well-being', hi: 'कल्याण' },
  yoga: { en: 'Yoga', hi: 'योग' },
  posh: { en: 'Prevention of sexual harassment (POSH)', hi: 'यौन उत्पीड़न की रोकथाम (POSH)' },
  gender: { en: 'Gender', hi: 'जेंडर' },
  'workplace-ethics': { en: 'Workplace ethics', hi: 'कार्यस्थल नैतिकता' },
  mandatory: { en: 'Mandatory', hi: 'अनिवार्य' },
  'office-procedure': { en: 'Office procedure', hi: 'कार्यालय प्रक्रिया' },
  'noting-drafting': { en: 'Noting and drafting', hi: 'टिप्पण और प्रारूपण' },
  communication: { en: 'Communication', hi: 'संप्रेषण' },
  education: { en: 'Education', hi: 'शिक्षा' },
  policy: { en: 'Policy', hi: 'नीति' },
  'disaster-management': { en: 'Disaster management', hi: 'आपदा प्रबंधन' },
  'district-administration': { en: 'District administration', hi: 'ज़िला प्रशासन' },
  police: { en: 'Police', hi: 'पुलिस' },
  'citizen-service': { en: 'Citizen services', hi: 'नागरिक सेवाएँ' },
  'community-policing': { en: 'Community policing', hi: 'सामुदायिक पुलिसिंग' },
  procurement: { en: 'Procurement', hi: 'खरीद' },
  gem: { en: 'GeM (Government e-Marketplace)', hi: 'जेम (गवर्नमेंट ई-मार्केटप्लेस)' },
  finance: { en: 'Finance', hi: 'वित्त' },
};

/** A course tag as a person reads it in their language: its name when known, else its key as words. */
export function tagLabel(tag: string, language: Language): string {
  return TAG_NAMES[tag]?.[language] ?? tag.replace(/[-_]+/g, ' ');
}
