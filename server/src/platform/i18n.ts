import type { FastifyRequest } from 'fastify';
import type { Language } from '../db/column-types';

/** A message in both languages; `{name}` placeholders are filled from params. */
export interface Bilingual {
  en: string;
  hi: string;
}
export type MessageCatalog = Record<string, Bilingual>;

export const LANGUAGES: readonly Language[] = ['en', 'hi'];

/** Declares a module's messages; the type demands both languages for every key. */
export function defineMessages<T extends MessageCatalog>(catalog: T): T {
  return catalog;
}

/** Fills `{name}` placeholders in a template. */
export function format(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    params[key] === undefined ? whole : String(params[key]),
  );
}

/** A calendar date (YYYY-MM-DD) as DD-MM-YYYY, the way every date the platform shows is written. */
export function dayMonthYear(date: string): string {
  return date.split('-').reverse().join('-');
}

/** The header the web app sends with every call: the language on screen, which wins over the saved preference. */
export const UI_LANGUAGE_HEADER = 'x-ui-language';

/**
 * Picks the language of a request: the language the web app shows (its header), else the signed-in user's saved
 * choice, else Accept-Language, else English. The header matters just after a switch, before the new choice is saved.
 */
export function requestLanguage(request: FastifyRequest): Language {
  const shown = request.headers[UI_LANGUAGE_HEADER];
  if (shown === 'en' || shown === 'hi') return shown;
  const fromUser = request.actor?.language;
  if (fromUser) return fromUser;
  return acceptedLanguage(request.headers['accept-language']);
}

/** The language an Accept-Language header prefers among ours, else English. */
export function acceptedLanguage(header: string | string[] | undefined): Language {
  if (typeof header !== 'string') return 'en';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('hi')) return 'hi';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}
