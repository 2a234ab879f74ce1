import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

const COLOURS = ['#0b4f8a', '#a4161a', '#145c2c', '#6b3fa0'];

export interface SeriesLine {
  key: string;
  label: string;
}

/** A period label for the chart's axis: day and month, or month and year. */
function usePeriodLabel(grain: string) {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'hi' ? 'hi-IN' : 'en-IN';
  const options: Intl.DateTimeFormatOptions = grain === 'm' ? { month: 'short', year: '2-digit', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return (period: string) => new Intl.DateTimeFormat(locale, options).format(new Date(`${period}T00:00:00Z`));
}

/**
 * A time series as a line chart (SVG, responsive) with its numbers in a table below it: the table is the text
 * alternative for screen readers and for anyone who wants the exact figures.
 */
export function SeriesChart({ title, grain, points, lines }: { title: string; grain: string; points: ({ period: string } & Record<string, number | string>)[]; lines: SeriesLine[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = usePeriodLabel(grain);
  const data: ({ period: string; label: string } & Record<string, number | string>)[] = points.map((p) => ({ ...p, label: label(p.period) }));
  return (
    <figure className="chart-box">
      <figcaption>{title}</figcaption>
      <div className="chart-area" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 5, right: 8, bottom: 5, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
            <YAxis tick={{ fontSize: 12 }} width={44} tickFormatter={(v: number) => f.number(v)} allowDecimals={false} />
            <Tooltip formatter={(v) => f.number(Number(v))} />
            <Legend />
            {lines.map((l, i) => (
              <Line key={l.key} type="monotone" dataKey={l.key} name={l.label} stroke={COLOURS[i % COLOURS.length]} strokeWidth={2} dot={false} isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>{t('reports.chart.table')}</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={title}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reports.chart.period')}</th>
                {lines.map((l) => <th key={l.key} scope="col" className="num">{l.label}</th>)}
              </tr>
            </thead>
            <tbody>
              {data.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{p.label}</th>
                  {lines.map((l) => <td key={l.key} className="num">{f.number(Number(p[l.key] ?? 0))}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** Horizontal bars of labelled values (e.g. people by completions), with the values written beside the chart. */
export function BarsChart({ title, bars }: { title: string; bars: { label: string; value: number }[] }) {
  const f = useFormat();
  return (
    <figure className="chart-box">
      <figcaption>{title}</figcaption>
      <div className="chart-area" style={{ height: `${Math.max(120, bars.length * 44)}px` }} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={bars} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <XAxis type="number" hide />
            <YAxis type="category" dataKey="label" width={140} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => f.number(Number(v))} />
            <Bar dataKey="value" fill={COLOURS[0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="plain-list small">
        {bars.map((b) => (
          <li key={b.label}>
            {b.label}: <strong>{f.number(b.value)}</strong>
          </li>
        ))}
      </ul>
    </figure>
  );
}
