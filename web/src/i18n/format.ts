import { useTranslation } from 'react-i18next';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/* Intl formatters are slow to build (locale data is looked up each time) and a list page formats hundreds of
   values: each kind, locale and options is built once. */
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function once<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  const known = formats.get(key) as T | undefined;
  if (known) return known;
  const made = make();
  formats.set(key, made);
  return made;
}

/** The number formatter for a locale and options, built once. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  once(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** The date-time formatter for a locale and options, built once. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat =>
  once(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

const ONE_DECIMAL: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1 };

/** A date as DD-MM-YYYY, the form Indian offices write. */
export function ddmmyyyy(iso: string): string {
  const plain = DATE_ONLY.exec(iso);
  if (plain) return `${plain[3]}-${plain[2]}-${plain[1]}`;
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}-${two(d.getMonth() + 1)}-${d.getFullYear()}`;
}

/** A time of day: Hindi names the part of the day (सुबह, दोपहर, शाम, रात) instead of "am"/"pm". */
function timeOfDay(locale: string, hindi: boolean, iso: string, seconds: boolean): string {
  const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}) };
  return dateTimeFormat(locale, hindi ? { ...options, dayPeriod: 'short' } : options).format(new Date(iso));
}

/** Formatting helpers bound to the current language: Indian digit grouping, local dates, bilingual names. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'hi' ? 'hi-IN' : 'en-IN';
  const hindi = i18n.language === 'hi';
  return {
    number: (value: number) => numberFormat(locale).format(value),
    /** DD-MM-YYYY; a date-only value ("2026-01-01") is taken as written, a timestamp in this browser's time zone. */
    date: (iso: string) => ddmmyyyy(iso),
    /** DD-MM-YYYY and the time of day in the locale's words ("दोपहर 2:30" / "2:30 pm"). */
    dateTime: (iso: string) => `${ddmmyyyy(iso)}, ${timeOfDay(locale, hindi, iso, false)}`,
    time: (iso: string) => timeOfDay(locale, hindi, iso, true),
    /** Picks the Hindi or English name of an org or designation. */
    name: (item: { nameEn: string; nameHi: string } | null | undefined) =>
      item ? (hindi && item.nameHi ? item.nameHi : item.nameEn) : '',
    /** Picks the text in the UI language from per-language texts, else the other language. */
    local: <T>(texts: { en?: T; hi?: T } | null | undefined): T | undefined => (hindi ? (texts?.hi ?? texts?.en) : (texts?.en ?? texts?.hi)),
    /** Course length in hours and minutes, e.g. "1 h 30 min" / "1 घं 30 मि". */
    minutes: (total: number) => {
      const h = Math.floor(total / 60);
      const m = total % 60;
      const [hu, mu] = hindi ? ['घं', 'मि'] : ['h', 'min'];
      return h ? (m ? `${h} ${hu} ${m} ${mu}` : `${h} ${hu}`) : `${m} ${mu}`;
    },
    /** Learning hours with exactly one decimal (the server rounds minutes to 0.1 h), e.g. 12,34,567.8. */
    hours: (value: number) => numberFormat(locale, ONE_DECIMAL).format(value),
    /** A rating average with one decimal. */
    rating: (value: number) => numberFormat(locale, ONE_DECIMAL).format(value),
    /** m:ss for a countdown. */
    duration: (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`,
  };
}
