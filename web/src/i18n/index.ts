import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export type Language = 'en' | 'hi';
export const LANGUAGES: readonly Language[] = ['en', 'hi'];
/** Also read by the page's first inline script (web/build/shell-preloads.ts), which preloads that language's strings. */
const STORAGE_KEY = 'ksh_lang';

/* Each language's strings are a chunk of their own: a page loads only the language it shows (about 20-25 KB gzipped
   each), and the other one when the user switches. */
const STRINGS: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('./en.json'),
  hi: () => import('./hi.json'),
};

async function loadStrings(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const { default: strings } = await STRINGS[language]();
  i18n.addResourceBundle(language, 'translation', strings);
}

/** Switches the UI language at once, loading its strings first if this page has not shown it yet. */
export async function setLanguage(language: Language): Promise<void> {
  await loadStrings(language);
  await i18n.changeLanguage(language);
}

function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' || value === 'hi' ? value : null;
  } catch {
    return null;
  }
}

/** First visit follows the browser; after that, the stored choice. */
function initialLanguage(): Language {
  return storedLanguage() ?? (navigator.language.toLowerCase().startsWith('hi') ? 'hi' : 'en');
}

/** Remembers the language choice in this browser. */
export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** The current UI language, narrowed to the two we support. */
export function currentLanguage(): Language {
  return i18n.language === 'hi' ? 'hi' : 'en';
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/** Resolves once the first language's strings are loaded; the app renders after it. */
export const i18nReady: Promise<void> = (async () => {
  const lng = initialLanguage();
  const { default: strings } = await STRINGS[lng]();
  await i18n.use(initReactI18next).init({
    resources: { [lng]: { translation: strings } },
    partialBundledLanguages: true,
    lng,
    // Both languages have every key (npm run i18n:check), so there is nothing to fall back to.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18n.language;
})();

export default i18n;
