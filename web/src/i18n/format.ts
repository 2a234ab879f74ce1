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
    /** Picks the Hindi or English name of an org or designation. */
    name: (item: { nameEn: string; nameHi: string } | null | undefined) =>
      item ? (hindi && item.nameHi ? item.nameHi : item.nameEn) : '',
    /** m:ss for a countdown. */
    duration: (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`,
  };
}
