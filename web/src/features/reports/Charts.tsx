import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { dateTimeFormat, useFormat } from '../../i18n/format';

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
  return (period: string) => dateTimeFormat(locale, options).format(new Date(`${period}T00:00:00Z`));
}

type SeriesPoint = { period: string; partial?: boolean } & Record<string, number | string | boolean | undefined>;

/**
 * The chart's rows: each line's value, split so that the period not over yet (the last, `partial`) is drawn apart —
 * `<key>_rest` joins the last full period to it with a dashed segment, `<key>_sofar` carries its value (hollow dot,
 * tooltip "so far") — instead of a solid line that seems to plunge to zero.
 */
function chartRows(points: SeriesPoint[], lines: SeriesLine[], label: (period: string) => string) {
  const firstPartial = points.findIndex((p) => p.partial === true);
  return points.map((p, i) => {
    const row: Record<string, number | string | undefined> = { period: p.period, label: label(p.period) };
    const partial = firstPartial >= 0 && i >= firstPartial;
    for (const l of lines) {
      const v = Number(p[l.key] ?? 0);
      row[l.key] = partial ? undefined : v;
      row[`${l.key}_rest`] = firstPartial >= 0 && i >= firstPartial - 1 ? v : undefined;
      row[`${l.key}_sofar`] = partial ? v : undefined;
    }
    return { row, partial, value: (key: string) => Number(p[key] ?? 0) };
  });
}

/**
 * A time series as a line chart (SVG, responsive) with its numbers in a table below it: the table is the text
 * alternative for screen readers and for anyone who wants the exact figures. A period not over yet is dashed and
 * named below the chart and in the table.
 */
export function SeriesChart({ title, grain, points, lines }: { title: string; grain: string; points: SeriesPoint[]; lines: SeriesLine[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const label = usePeriodLabel(grain);
  const rows = chartRows(points, lines, label);
  const data = rows.map((r) => r.row);
  const partialIndex = rows.findIndex((r) => r.partial);
  const partial = partialIndex >= 0 ? rows[partialIndex] : undefined;
  const before = partialIndex > 0 ? rows[partialIndex - 1] : undefined;
  const soFar = t('reports.chart.soFar');
  const kind = grain === 'd' || grain === 'w' ? grain : 'm';
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
            {partial && before ? (
              <ReferenceArea x1={String(before.row.label)} x2={String(partial.row.label)} fill="#4f5863" fillOpacity={0.08} label={{ value: t('reports.chart.partialShort'), position: 'insideTop', fontSize: 12, fill: '#4f5863' }} />
            ) : null}
            {lines.map((l, i) => (
              <Line key={l.key} type="monotone" dataKey={l.key} name={l.label} stroke={COLOURS[i % COLOURS.length]} strokeWidth={2} dot={false} isAnimationActive={false} />
            ))}
            {partial
              ? lines.map((l, i) => (
                  <Line key={`${l.key}_rest`} type="linear" dataKey={`${l.key}_rest`} stroke={COLOURS[i % COLOURS.length]} strokeWidth={2} strokeDasharray="5 4" dot={false} legendType="none" tooltipType="none" isAnimationActive={false} />
                ))
              : null}
            {partial
              ? lines.map((l, i) => (
                  <Line key={`${l.key}_sofar`} dataKey={`${l.key}_sofar`} name={`${l.label} (${soFar})`} stroke={COLOURS[i % COLOURS.length]} strokeWidth={0} dot={{ r: 4, strokeWidth: 2, fill: '#fff' }} activeDot={{ r: 5 }} legendType="none" isAnimationActive={false} />
                ))
              : null}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {partial ? (
        <p className="chart-partial" data-testid="chart-partial">
          <span className="chart-partial-key" aria-hidden="true" />
          <span>{t(`reports.chart.partial.${kind}`, { period: partial.row.label })}</span>
        </p>
      ) : null}
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
              {rows.map((r) => (
                <tr key={r.row.period}>
                  <th scope="row">{r.row.label}{r.partial ? ` (${soFar})` : ''}</th>
                  {lines.map((l) => <td key={l.key} className="num">{f.number(r.value(l.key))}</td>)}
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
