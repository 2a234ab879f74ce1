import { useTranslation } from 'react-i18next';

/** Formatting helpers bound to the current language: Indian digit grouping, local dates, bilingual names. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'hi' ? 'hi-IN' : 'en-IN';
  const hindi = i18n.language === 'hi';
  return {
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    date: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)),
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    time: (iso: string) => new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(new Date(iso)),
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
    hours: (value: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value),
    /** A rating average with one decimal. */
    rating: (value: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value),
    /** m:ss for a countdown. */
    duration: (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`,
  };
}
