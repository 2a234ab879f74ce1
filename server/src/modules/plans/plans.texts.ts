import type { Language } from '../../db/column-types';
import { dayMonthYear, defineMessages, format } from '../../platform/i18n';
import { tagLabel } from '../courses';
import type { RequirementRule } from './plans.rules';

/** How a requirement is described when its author gave it no title, and the statement's labels. */
export const requirementTexts = defineMessages({
  courses_one: { en: 'Complete {titles}', hi: '{titles} पूरा करें' },
  courses_all: { en: 'Complete all {n} courses: {titles}', hi: 'सभी {n} पाठ्यक्रम पूरे करें: {titles}' },
  any_of: { en: 'Complete any {count} of: {titles}', hi: 'इनमें से कोई {count} पूरे करें: {titles}' },
  tagged_one: { en: 'Complete 1 course on {tags}', hi: '{tags} विषय का 1 पाठ्यक्रम पूरा करें' },
  tagged: { en: 'Complete {count} courses on {tags}', hi: '{tags} विषयों के {count} पाठ्यक्रम पूरे करें' },
  tagged_after_one: {
    en: 'Complete 1 course on {tags}, published on or after {date}',
    hi: '{tags} विषय का 1 पाठ्यक्रम पूरा करें, जो {date} को या उसके बाद प्रकाशित हुआ हो',
  },
  tagged_after: {
    en: 'Complete {count} courses on {tags}, published on or after {date}',
    hi: '{tags} विषयों के {count} पाठ्यक्रम पूरे करें, जो {date} को या उसके बाद प्रकाशित हुए हों',
  },
  programme: { en: 'Complete the programme {titles}', hi: 'कार्यक्रम {titles} पूरा करें' },
  renewal: { en: '; renew every {months} months', hi: '; हर {months} महीने में नवीकरण' },
});

export const statementTexts = defineMessages({
  heading: { en: 'Training compliance statement', hi: 'प्रशिक्षण अनुपालन विवरण' },
  year: { en: 'Appraisal year', hi: 'मूल्यांकन वर्ष' },
  employee: { en: 'Employee', hi: 'कर्मचारी' },
  employeeId: { en: 'Employee ID', hi: 'कर्मचारी आईडी' },
  designation: { en: 'Designation', hi: 'पदनाम' },
  org: { en: 'Organisation', hi: 'संगठन' },
  overall: { en: 'Overall', hi: 'समग्र' },
  plan: { en: 'Plan', hi: 'योजना' },
  required: { en: 'Required', hi: 'आवश्यक' },
  due: { en: 'Due', hi: 'नियत तिथि' },
  completed: { en: 'Completed', hi: 'पूर्ण' },
  status: { en: 'Status', hi: 'स्थिति' },
  none: { en: 'No ACR-linked training plan applied to this employee in this year.', hi: 'इस वर्ष इस कर्मचारी पर ACR से संबद्ध कोई प्रशिक्षण योजना लागू नहीं थी।' },
  verify: { en: 'Verify this statement by scanning the code or at', hi: 'कोड स्कैन करके या यहाँ इस विवरण का सत्यापन करें' },
  number: { en: 'Statement number', hi: 'विवरण संख्या' },
  generated: { en: 'Generated', hi: 'तैयार किया गया' },
  exempted: { en: 'Exempted by {name}: {reason}', hi: '{name} द्वारा छूट: {reason}' },
  extended: { en: 'Extended to {date} by {name}: {reason}', hi: '{name} द्वारा समय {date} तक बढ़ाया गया: {reason}' },
  platform: { en: 'Kshamata — capacity building for government employees', hi: 'क्षमता — सरकारी कर्मचारियों के लिए क्षमता निर्माण' },
});

export const outcomeLabels = defineMessages({
  compliant: { en: 'Compliant', hi: 'अनुपालित' },
  compliant_late: { en: 'Compliant (completed late)', hi: 'अनुपालित (देर से पूरा)' },
  pending: { en: 'Pending (not yet due)', hi: 'लंबित (नियत तिथि अभी नहीं आई)' },
  non_compliant: { en: 'Not compliant (overdue)', hi: 'अनुपालन नहीं (समय-सीमा पार)' },
  exempted: { en: 'Exempted', hi: 'छूट प्राप्त' },
  not_applicable: { en: 'Not applicable', hi: 'लागू नहीं' },
});

/** A requirement's description in one language, from its explicit title or its rule. */
export function describeRequirement(
  rule: RequirementRule,
  title: { en: string; hi: string },
  courseTitles: ReadonlyMap<string, { en: string; hi: string }>,
  programmeTitle: { en: string; hi: string } | null,
  lang: Language,
): string {
  const explicit = title[lang] || title[lang === 'en' ? 'hi' : 'en'];
  if (explicit) return explicit;
  const titles = rule.courseIds.map((id) => courseTitles.get(id)?.[lang] ?? id).join(', ');
  const t = requirementTexts;
  let text: string;
  if (rule.kind === 'programme') text = format(t.programme[lang], { titles: programmeTitle?.[lang] ?? '' });
  else if (rule.kind === 'tagged') {
    // Tags by name in the reader's language ("साइबर सुरक्षा", not "cyber-security"); the date as DD-MM-YYYY.
    const count = rule.count ?? 1;
    const texts = rule.publishedAfter ? (count === 1 ? t.tagged_after_one : t.tagged_after) : count === 1 ? t.tagged_one : t.tagged;
    const tags = rule.tags.map((tag) => tagLabel(tag, lang)).join(', ');
    text = format(texts[lang], { count, tags, date: rule.publishedAfter ? dayMonthYear(rule.publishedAfter) : undefined });
  }
  else if (rule.kind === 'any_of') text = format(t.any_of[lang], { count: rule.count ?? 1, titles });
  else text = format((rule.courseIds.length === 1 ? t.courses_one : t.courses_all)[lang], { n: rule.courseIds.length, titles });
  return rule.validityMonths ? text + format(t.renewal[lang], { months: rule.validityMonths }) : text;
}
