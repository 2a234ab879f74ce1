import { useTranslation } from 'react-i18next';
import { numberFormat, useFormat } from '../../i18n/format';

/** A grid of labelled figures in Indian digit grouping; learning hours (`hours: true`) always with one decimal. */
export function FigureGrid({ label, items }: { label: string; items: { key: string; label: string; value: number | null; note?: string; hours?: boolean }[] }) {
  const f = useFormat();
  return (
    <ul className="figure-grid" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className="figure">
          <span className="figure-value">{item.value === null ? '…' : item.hours ? f.hours(item.value) : f.number(item.value)}</span>
          <span className="figure-label">{item.label}</span>
          {item.note ? <span className="figure-label">{item.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** A share (0…1) as a percentage with one decimal, or a dash. */
export function usePercent() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'hi' ? 'hi-IN' : 'en-IN';
  return (share: number | null | undefined) =>
    share === null || share === undefined ? '—' : numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A horizontal bar for a value between 0 and 1, with its text alternative beside it. */
export function Meter({ value, label }: { value: number; label: string }) {
  const width = `${Math.max(0, Math.min(1, value)) * 100}%`;
  return (
    <span className="meter" role="img" aria-label={label}>
      <span style={{ width }} />
    </span>
  );
}
