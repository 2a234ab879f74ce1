import type { Language } from '../../db/column-types';
import { format } from '../../platform/i18n';
import { templates, type TemplateName } from './notifications.templates';

/** A template parameter given in both languages (a plan's name, a formatted date), picked at render time. */
export interface BilingualParam {
  en: string;
  hi: string;
}

function isBilingual(value: unknown): value is BilingualParam {
  return typeof value === 'object' && value !== null && typeof (value as BilingualParam).en === 'string' && typeof (value as BilingualParam).hi === 'string';
}

/** The parameters in one language: `{en, hi}` values become the text of that language, others stay as they are. */
export function paramsIn(params: Record<string, unknown>, language: Language): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, isBilingual(value) ? value[language] : value]));
}

/** Whether a stored template name is one this build knows (a removed template keeps its stored text). */
export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(templates, name);
}

/** A template's subject and body in one language, with its parameters filled in. */
export function renderTemplate(template: TemplateName, params: Record<string, unknown>, language: Language): { subject: string; body: string } {
  const values = paramsIn(params, language);
  return { subject: format(templates[template].subject[language], values), body: format(templates[template].body[language], values) };
}
